#pragma once

#include <QSqlDatabase>
#include <QString>

namespace InviteDesk {

// The client cache's schema, versioned by PRAGMA user_version. Each step runs in its
// own transaction; a file from a newer InviteDesk, or one that is not a cache at all,
// is refused with a sentence that says so.
class CacheSchema final
{
public:
    static constexpr int currentVersion = 4;
    // PRAGMA application_id of every cache: "IDCL".
    static constexpr int applicationId = 0x4944434C;
    static bool migrate(QSqlDatabase &db, QString *error);
};

} // namespace InviteDesk
