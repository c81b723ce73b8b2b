#pragma once

#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <memory>
#include <unordered_map>

struct sqlite3_stmt;

namespace InviteDesk::Server {

// The statements prepared on one connection, kept for reuse: preparing costs about as
// much as running a small query in SQLite, and in PostgreSQL a round trip to prepare
// and another to deallocate. Lives with its connection, on that connection's thread.
class StatementCache final
{
public:
    StatementCache() = default;
    ~StatementCache();
    Q_DISABLE_COPY_MOVE(StatementCache)

    struct Entry
    {
        std::unique_ptr<QSqlQuery> query;
        bool inUse = false;
    };

    // The cache of `connectionName` on this thread, if it has one.
    static StatementCache *find(const QString &connectionName);
    // Makes this cache the one of `connectionName` on the calling thread.
    void attach(const QString &connectionName);
    Entry *entry(const QSqlDatabase &db, const QString &sql, QString *error);
    // The slot of `sql` prepared through SQLite's own API (SqliteRows), null until then.
    sqlite3_stmt *&sqliteStatement(const QString &sql) { return m_sqliteStatements[sql]; }
    // Forgets every statement, e.g. before the connection reopens.
    void clear();

private:
    // Node-based, so an Entry stays where it is while others are added.
    std::unordered_map<QString, Entry> m_entries;
    std::unordered_map<QString, sqlite3_stmt *> m_sqliteStatements;
};

// A prepared statement for one use: bind, execute, read, and on destruction it is
// finished (in SQLite an unfinished SELECT would hold its read snapshot open and the
// next statement on the connection would see old data) and handed back to the cache.
class Statement final
{
public:
    explicit Statement(StatementCache::Entry *cached);
    explicit Statement(std::unique_ptr<QSqlQuery> own);
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&) = delete;
    ~Statement();
    Q_DISABLE_COPY(Statement)

    QSqlQuery &query() { return *m_query; }
    void addBindValue(const QVariant &value) { m_query->addBindValue(value); }
    void bindValue(const QString &placeholder, const QVariant &value) { m_query->bindValue(placeholder, value); }
    void bindValue(int position, const QVariant &value) { m_query->bindValue(position, value); }
    bool next() { return m_query->next(); }
    QVariant value(int index) const { return m_query->value(index); }
    int numRowsAffected() const { return m_query->numRowsAffected(); }
    void finish() { m_query->finish(); }

private:
    StatementCache::Entry *m_cached = nullptr;
    std::unique_ptr<QSqlQuery> m_own;
    QSqlQuery *m_query = nullptr;
};

// Prepares `sql` on `db` (or reuses its prepared statement), or throws DatabaseError.
Statement prepareQuery(const QSqlDatabase &db, const QString &sql);
// Executes a prepared statement, or throws with the statement and the database's message.
void execQuery(Statement &statement);
// Prepares and executes a statement without parameters, or throws.
void execStatement(const QSqlDatabase &db, const QString &sql);

} // namespace InviteDesk::Server
