#pragma once

#include <QSqlQuery>
#include <QString>

#include <stdexcept>

namespace InviteDesk::Server {

// A statement that failed. Thrown only inside the server's synchronous request
// handling; ApiServer turns it into a 500 problem after the transaction rolled back.
class DatabaseError final : public std::runtime_error
{
public:
    explicit DatabaseError(const QString &message);
};

// Prepares `sql` on `db`, or throws.
QSqlQuery prepareQuery(const QSqlDatabase &db, const QString &sql);
// Executes a prepared query, or throws with the statement and SQLite's message.
void execQuery(QSqlQuery &query);
// Prepares and executes a statement without parameters, or throws.
void execStatement(const QSqlDatabase &db, const QString &sql);

} // namespace InviteDesk::Server
