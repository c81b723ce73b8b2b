#pragma once

#include <QStringList>

#include <optional>

namespace InviteDesk::Server {

class ServerDatabase;

// Moves an installation: copies every row of one server database into another of
// the same schema that holds no data yet (SQLite into PostgreSQL), in one
// transaction. The database's epoch and the change feed's counter come along, so
// clients keep their sign-ins and continue their sync where they were.
class DatabaseMigrator final
{
public:
    // What was copied ("120 people", ...), or nothing and the reason.
    static std::optional<QStringList> copy(ServerDatabase &from, ServerDatabase &to, QString *error);
};

} // namespace InviteDesk::Server
