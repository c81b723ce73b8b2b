#pragma once

#include "server/statement.h"

#include <QSqlDatabase>
#include <QString>

namespace InviteDesk::Server {

// SqliteRows' interface over Qt SQL, for PostgreSQL: one user's page query, bound to
// `:me`, executed at the first next(). Text comes out as QString.
class QtSqlRows final
{
public:
    QtSqlRows(const QSqlDatabase &db, const QString &sql, const QString &me);

    void bind(const char *name, qint64 number);
    void bind(const char *name, const QString &text);
    bool next();

    QString text(int column) const { return m_statement.value(column).toString(); }
    qint64 integer(int column) const { return m_statement.value(column).toLongLong(); }
    bool isNull(int column) const { return m_statement.value(column).isNull(); }
    bool sentByMe() const { return text(1) == m_me; }

private:
    Statement m_statement;
    QString m_me;
    bool m_executed = false;
};

} // namespace InviteDesk::Server
