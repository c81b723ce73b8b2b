#include "server/statement.h"

#include "server/databaseerror.h"

#include <QHash>
#include <QSqlError>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace InviteDesk::Server {

namespace {

// Connection names are unique per process (ServerDatabase numbers its instances), so
// an entry left behind by a closed database is never looked up again.
thread_local QHash<QString, StatementCache *> cachesOfThisThread;

} // namespace

StatementCache::~StatementCache()
{
    clear();
}

StatementCache *StatementCache::find(const QString &connectionName)
{
    return cachesOfThisThread.value(connectionName, nullptr);
}

void StatementCache::attach(const QString &connectionName)
{
    cachesOfThisThread.insert(connectionName, this);
}

StatementCache::Entry *StatementCache::entry(const QSqlDatabase &db, const QString &sql, QString *error)
{
    auto it = m_entries.find(sql);
    if (it == m_entries.end()) {
        auto query = std::make_unique<QSqlQuery>(db);
        query->setForwardOnly(true);
        if (!query->prepare(sql)) {
            *error = query->lastError().text();
            return nullptr;
        }
        it = m_entries.emplace(sql, Entry{std::move(query), false}).first;
    }
    return &it->second;
}

void StatementCache::clear()
{
    m_entries.clear();
    for (const auto &[sql, statement] : m_sqliteStatements)
        sqlite3_finalize(statement);
    m_sqliteStatements.clear();
}

Statement::Statement(StatementCache::Entry *cached)
    : m_cached(cached)
    , m_query(cached->query.get())
{
    m_cached->inUse = true;
}

Statement::Statement(std::unique_ptr<QSqlQuery> own)
    : m_own(std::move(own))
    , m_query(m_own.get())
{
}

Statement::Statement(Statement &&other) noexcept
    : m_cached(std::exchange(other.m_cached, nullptr))
    , m_own(std::move(other.m_own))
    , m_query(std::exchange(other.m_query, nullptr))
{
}

Statement::~Statement()
{
    if (!m_query)
        return;
    m_query->finish();
    if (m_cached)
        m_cached->inUse = false;
}

Statement prepareQuery(const QSqlDatabase &db, const QString &sql)
{
    QString error;
    if (StatementCache *cache = StatementCache::find(db.connectionName())) {
        StatementCache::Entry *entry = cache->entry(db, sql, &error);
        if (!entry)
            throw DatabaseError(u"cannot prepare \"%1\": %2"_s.arg(sql, error));
        // Two uses of one statement at once (a nested call) get a private copy.
        if (!entry->inUse)
            return Statement(entry);
    }
    auto query = std::make_unique<QSqlQuery>(db);
    query->setForwardOnly(true);
    if (!query->prepare(sql))
        throw DatabaseError(u"cannot prepare \"%1\": %2"_s.arg(sql, query->lastError().text()));
    return Statement(std::move(query));
}

void execQuery(Statement &statement)
{
    QSqlQuery &query = statement.query();
    if (!query.exec())
        throw DatabaseError(u"\"%1\" failed: %2"_s.arg(query.lastQuery(), query.lastError().text()));
}

void execStatement(const QSqlDatabase &db, const QString &sql)
{
    // Not prepared: PostgreSQL prepares only queries, not BEGIN, COMMIT or DDL.
    QSqlQuery query(db);
    if (!query.exec(sql))
        throw DatabaseError(u"\"%1\" failed: %2"_s.arg(sql, query.lastError().text()));
}

} // namespace InviteDesk::Server
