#include "server/sqliterows.h"

#include "server/databaseerror.h"
#include "server/statement.h"

#include <QSqlDriver>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace InviteDesk::Server {

namespace {

sqlite3_stmt *prepare(sqlite3 *db, const QString &sql)
{
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v3(db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &statement, nullptr)
        != SQLITE_OK) {
        sqlite3_finalize(statement);
        throw DatabaseError(u"cannot prepare \"%1\": %2"_s.arg(sql, QString::fromUtf8(sqlite3_errmsg(db))));
    }
    return statement;
}

} // namespace

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        throw DatabaseError(u"internal error: not a SQLite connection"_s);
    return *static_cast<sqlite3 *const *>(handle.constData());
}

SqliteRows::SqliteRows(const QSqlDatabase &db, const QString &sql, const QString &me)
    : m_db(sqliteHandle(db))
    , m_me(me.toUtf8())
{
    StatementCache *cache = StatementCache::find(db.connectionName());
    sqlite3_stmt **cached = cache ? &cache->sqliteStatement(sql) : nullptr;
    if (cached && !*cached)
        *cached = prepare(m_db, sql);
    // A statement still stepping belongs to a caller further up: take a copy of our own.
    if (cached && !sqlite3_stmt_busy(*cached)) {
        m_statement = *cached;
    } else {
        m_statement = prepare(m_db, sql);
        m_owned = true;
    }
    bind(":me", me);
}

SqliteRows::~SqliteRows()
{
    if (m_owned) {
        sqlite3_finalize(m_statement);
        return;
    }
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

int SqliteRows::parameter(const char *name) const
{
    const int index = sqlite3_bind_parameter_index(m_statement, name);
    if (index == 0)
        throw DatabaseError(u"internal error: \"%1\" has no parameter %2"_s.arg(
            QString::fromUtf8(sqlite3_sql(m_statement)), QLatin1StringView(name)));
    return index;
}

void SqliteRows::fail(const char *what) const
{
    throw DatabaseError(u"\"%1\" failed to %2: %3"_s.arg(QString::fromUtf8(sqlite3_sql(m_statement)),
                                                          QLatin1StringView(what),
                                                          QString::fromUtf8(sqlite3_errmsg(m_db))));
}

void SqliteRows::bind(const char *name, qint64 number)
{
    if (sqlite3_bind_int64(m_statement, parameter(name), number) != SQLITE_OK)
        fail("bind");
}

void SqliteRows::bind(const char *name, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    if (sqlite3_bind_text(m_statement, parameter(name), utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT)
        != SQLITE_OK)
        fail("bind");
}

bool SqliteRows::next()
{
    switch (sqlite3_step(m_statement)) {
    case SQLITE_ROW:
        return true;
    case SQLITE_DONE:
        return false;
    default:
        fail("run");
    }
}

QByteArrayView SqliteRows::text(int column) const
{
    // sqlite3_column_text() before _bytes(), as SQLite documents, so the size is the UTF-8 one.
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return {data, sqlite3_column_bytes(m_statement, column)};
}

qint64 SqliteRows::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

bool SqliteRows::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

} // namespace InviteDesk::Server
