#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QSqlDatabase>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace InviteDesk::Server {

// The SQLite connection behind a Qt SQL one; throws DatabaseError for another driver.
sqlite3 *sqliteHandle(const QSqlDatabase &db);

// One user's page query (bound to `:me`) run through SQLite's own API instead of Qt
// SQL: a text column comes out as the UTF-8 bytes SQLite stores and goes into the JSON
// as it is, where Qt SQL made a QString and a QVariant of every value (a quarter of a
// page's cost, and SQLite's UTF-16 conversion another tenth). The statement is
// prepared once per connection and reset when this goes, which ends its read.
// QtSqlRows has the same interface for PostgreSQL.
class SqliteRows final
{
public:
    // Prepares `sql` on `db`'s connection (or reuses it) and binds `me`; throws DatabaseError.
    SqliteRows(const QSqlDatabase &db, const QString &sql, const QString &me);
    ~SqliteRows();
    Q_DISABLE_COPY_MOVE(SqliteRows)

    void bind(const char *name, qint64 number);
    void bind(const char *name, const QString &text);
    // Steps to the next row; false after the last. Throws DatabaseError.
    bool next();

    // Columns are 0-based, as in QSqlQuery::value().
    QByteArrayView text(int column) const;
    qint64 integer(int column) const;
    bool isNull(int column) const;
    // Whether column 1, the sender's id, is the caller.
    bool sentByMe() const { return text(1) == QByteArrayView(m_me); }

private:
    int parameter(const char *name) const;
    [[noreturn]] void fail(const char *what) const;

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    bool m_owned = false; // a private copy, finalised here, when the cached one is in use
    QByteArray m_me;
};

} // namespace InviteDesk::Server
