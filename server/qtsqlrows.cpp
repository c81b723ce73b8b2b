#include "server/qtsqlrows.h"

namespace InviteDesk::Server {

QtSqlRows::QtSqlRows(const QSqlDatabase &db, const QString &sql, const QString &me)
    : m_statement(prepareQuery(db, sql))
    , m_me(me)
{
    bind(":me", me);
}

void QtSqlRows::bind(const char *name, qint64 number)
{
    m_statement.bindValue(QString::fromLatin1(name), number);
}

void QtSqlRows::bind(const char *name, const QString &text)
{
    m_statement.bindValue(QString::fromLatin1(name), text);
}

bool QtSqlRows::next()
{
    if (!m_executed) {
        execQuery(m_statement);
        m_executed = true;
    }
    return m_statement.next();
}

} // namespace InviteDesk::Server
