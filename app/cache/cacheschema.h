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
    static bool migrate(QSqlDatabase &db, QString *error);
};

} // namespace InviteDesk
