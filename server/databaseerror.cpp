#include "server/databaseerror.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

namespace InviteDesk::Server {

DatabaseError::DatabaseError(const QString &message)
    : std::runtime_error(message.toStdString())
{
}

QSqlQuery prepareQuery(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        throw DatabaseError(u"cannot prepare \"%1\": %2"_s.arg(sql, query.lastError().text()));
    return query;
}

void execQuery(QSqlQuery &query)
{
    if (!query.exec())
        throw DatabaseError(u"\"%1\" failed: %2"_s.arg(query.lastQuery(), query.lastError().text()));
}

void execStatement(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query = prepareQuery(db, sql);
    execQuery(query);
}

} // namespace InviteDesk::Server
