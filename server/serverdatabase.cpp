#include "server/serverdatabase.h"

#include "core/ownerfiles.h"
#include "server/databaseerror.h"
#include "server/randombytes.h"
#include "server/serverschema.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <sqlite3.h>

#include <atomic>

using namespace Qt::StringLiterals;

namespace InviteDesk::Server {

namespace {

// "IDSV": marks a SQLite file as an InviteDesk server database; in PostgreSQL it is
// the advisory lock that lets one instance at a time migrate.
constexpr int applicationId = 0x49445356;

// This thread's connection of each open database, by the database's unique prefix.
thread_local QHash<QString, QSqlDatabase> connectionsOfThisThread;

std::optional<int> pragmaInt(const QSqlDatabase &db, const QString &pragma, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA "_s + pragma) || !query.next()) {
        *error = query.lastError().databaseText();
        return std::nullopt;
    }
    return query.value(0).toInt();
}

// SQLite counts every allocation of every connection under one global mutex unless
// told not to; with many threads reading at once that mutex was a sixth of the
// server's time. Only possible before SQLite's first use in the process (later the
// call fails harmlessly, e.g. in a test that opened a client cache first).
void stopSqliteMemoryStatistics()
{
    static std::once_flag once;
    std::call_once(once, [] { sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); });
}

} // namespace

std::unique_ptr<ServerDatabase> ServerDatabase::open(const QString &sqlitePath, QString *error)
{
    return open(DatabaseLocation::sqliteFile(sqlitePath), error);
}

std::unique_ptr<ServerDatabase> ServerDatabase::open(const DatabaseLocation &location, QString *error, int poolSize)
{
    std::unique_ptr<ServerDatabase> database(new ServerDatabase(location));
    if (!database->isPostgreSQL()) {
        stopSqliteMemoryStatistics();
        if (!database->checkSqliteFile(error))
            return nullptr;
    }
    if (!database->migrate(error))
        return nullptr;
    if (database->isPostgreSQL())
        database->m_executor = std::make_unique<DatabaseExecutor>(std::max(1, poolSize));
    return database;
}

ServerDatabase::ServerDatabase(DatabaseLocation location)
    : m_location(std::move(location))
    , m_ownerThread(std::this_thread::get_id())
{
    static std::atomic_int instances{0};
    m_connectionPrefix = u"invitedesk-server-%1-"_s.arg(instances.fetch_add(1));
}

ServerDatabase::~ServerDatabase()
{
    // The pool's threads end first; then their connections can go.
    m_executor.reset();
    connectionsOfThisThread.remove(m_connectionPrefix);
    std::lock_guard lock(m_connectionsMutex);
    for (auto &[thread, connection] : m_connections) {
        connection->statements.clear();
        connection->db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connection->name);
    }
}

QString ServerDatabase::beginWrite() const
{
    // SQLite: take the write lock now, not at the first write, so a reader's snapshot
    // can never need upgrading (which would fail with SQLITE_BUSY).
    return isPostgreSQL() ? u"BEGIN"_s : u"BEGIN IMMEDIATE"_s;
}

QString ServerDatabase::beginSnapshot() const
{
    // PostgreSQL's default (READ COMMITTED) takes a new snapshot per statement.
    return isPostgreSQL() ? u"BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"_s : u"BEGIN"_s;
}

QString ServerDatabase::forUpdate() const
{
    // NO KEY: the foreign keys of other transactions' inserts take KEY SHARE locks on
    // the rows they point at; FOR UPDATE would block those and deadlock with them.
    return isPostgreSQL() ? u" FOR NO KEY UPDATE"_s : QString();
}

bool ServerDatabase::openConnection(QSqlDatabase &db, QString *error)
{
    if (!db.open()) {
        *error = isPostgreSQL() ? u"cannot connect to %1: %2"_s.arg(displayName(), db.lastError().databaseText().trimmed())
                                : db.lastError().text();
        return false;
    }
    if (isPostgreSQL())
        return true;
    // Per connection, not per file: foreign keys are off unless asked for.
    for (const QString &pragma : {u"PRAGMA foreign_keys = ON"_s, u"PRAGMA busy_timeout = 10000"_s,
                                  u"PRAGMA synchronous = FULL"_s}) {
        QSqlQuery query(db);
        if (!query.exec(pragma)) {
            *error = query.lastError().text();
            return false;
        }
    }
    return true;
}

QSqlDatabase ServerDatabase::connection()
{
    QSqlDatabase db = connectionsOfThisThread.value(m_connectionPrefix);
    if (db.isValid() && db.isOpen())
        return db;

    const std::thread::id thread = std::this_thread::get_id();
    if (isPostgreSQL() && !DatabaseExecutor::onWorkerThread() && thread != m_ownerThread)
        throw DatabaseError(u"internal error: PostgreSQL used outside the connection pool"_s);

    Connection *connection = nullptr;
    {
        std::lock_guard lock(m_connectionsMutex);
        std::unique_ptr<Connection> &slot = m_connections[thread];
        if (!slot) {
            slot = std::make_unique<Connection>();
            slot->name = m_connectionPrefix + QString::number(m_connections.size());
            slot->db = m_location.addConnection(slot->name);
        }
        connection = slot.get();
    }
    // A lost connection's statements died with it.
    connection->statements.clear();
    QString error;
    if (!openConnection(connection->db, &error))
        throw DatabaseError(error);
    connection->statements.attach(connection->name);
    connectionsOfThisThread.insert(m_connectionPrefix, connection->db);
    return connection->db;
}

bool ServerDatabase::ping(QString *error)
{
    try {
        // A prepared statement of the connection: load balancers ask often.
        Statement probe = prepareQuery(connection(), u"SELECT 1"_s);
        execQuery(probe);
        return true;
    } catch (const DatabaseError &e) {
        *error = QString::fromUtf8(e.what());
        recoverConnection();
    }
    return false;
}

void ServerDatabase::recoverConnection()
{
    QSqlDatabase db = connectionsOfThisThread.value(m_connectionPrefix);
    if (!db.isOpen())
        return;
    QSqlQuery probe(db);
    if (probe.exec(u"SELECT 1"_s))
        return;
    probe = QSqlQuery();
    // The server went away or the session broke: open a fresh one next time.
    if (StatementCache *statements = StatementCache::find(db.connectionName()))
        statements->clear();
    db.close();
}

bool ServerDatabase::checkSqliteFile(QString *error)
{
    const QFileInfo file(m_location.path);
    if (file.exists() && !file.isFile()) {
        *error = u"%1 is not a file"_s.arg(m_location.path);
        return false;
    }
    if (!file.exists() && !QFileInfo(file.absolutePath()).isWritable()) {
        *error = u"cannot create %1: the folder %2 does not exist or is not writable"_s.arg(m_location.path,
                                                                                          file.absolutePath());
        return false;
    }
    // Password hashes, token hashes and the sync secret: for the server's user only.
    return OwnerFiles::makeFilePrivate(m_location.path, error);
}

std::optional<int> ServerDatabase::schemaVersion(const QSqlDatabase &db, QString *error)
{
    QString sqlError;
    if (!isPostgreSQL()) {
        const QString &path = m_location.path;
        const auto version = pragmaInt(db, u"user_version"_s, &sqlError);
        const auto appId = pragmaInt(db, u"application_id"_s, &sqlError);
        const auto tables = pragmaInt(db, u"schema_version"_s, &sqlError);
        if (!version || !appId || !tables) {
            *error = u"%1 is not an InviteDesk server database or is damaged (SQLite: %2)"_s.arg(path, sqlError);
            return std::nullopt;
        }
        if (*appId != applicationId && (*appId != 0 || *tables != 0)) {
            *error = u"%1 is not an InviteDesk server database"_s.arg(path);
            return std::nullopt;
        }
        return *version;
    }

    QSqlQuery meta(db);
    if (!meta.exec(u"SELECT to_regclass('meta') IS NOT NULL,"
                   " (SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema())"_s)
        || !meta.next()) {
        *error = u"cannot read %1: %2"_s.arg(displayName(), meta.lastError().databaseText());
        return std::nullopt;
    }
    if (!meta.value(0).toBool()) {
        if (meta.value(1).toInt() > 0) {
            *error = u"%1 already holds tables that are not an InviteDesk server's; give the server an empty"
                     " database of its own"_s.arg(displayName());
            return std::nullopt;
        }
        return 0;
    }
    QSqlQuery version(db);
    if (!version.exec(u"SELECT value FROM meta WHERE key = 'schema_version'"_s) || !version.next()) {
        *error = u"%1 is not an InviteDesk server database or is damaged (no schema version)"_s.arg(displayName());
        return std::nullopt;
    }
    return version.value(0).toInt();
}

bool ServerDatabase::migrate(QString *error)
{
    QSqlDatabase db;
    try {
        db = connection();
    } catch (const DatabaseError &e) {
        const QFileInfo file(m_location.path);
        *error = !isPostgreSQL() && file.exists() && file.size() > 0
            ? u"%1 is not an InviteDesk server database or is damaged (%2)"_s.arg(m_location.path,
                                                                                QString::fromUtf8(e.what()))
            : QString::fromUtf8(e.what());
        return false;
    }

    // Instances starting together on one PostgreSQL database migrate one at a time.
    if (isPostgreSQL())
        QSqlQuery(db).exec(u"SELECT pg_advisory_lock(%1)"_s.arg(applicationId));
    const auto unlock = qScopeGuard([&] {
        if (isPostgreSQL())
            QSqlQuery(db).exec(u"SELECT pg_advisory_unlock(%1)"_s.arg(applicationId));
    });

    const auto version = schemaVersion(db, error);
    if (!version)
        return false;
    if (*version > ServerSchema::currentVersion) {
        *error = u"%1 was written by a newer InviteDesk server (schema %2, this one knows %3)"_s.arg(displayName())
                     .arg(*version)
                     .arg(ServerSchema::currentVersion);
        return false;
    }

    if (!isPostgreSQL()) {
        QSqlQuery wal(db);
        if (!wal.exec(u"PRAGMA journal_mode = WAL"_s)) {
            *error = u"cannot write to %1: %2"_s.arg(displayName(), wal.lastError().text());
            return false;
        }
    }

    try {
        // Each step runs in its own transaction together with its version bump.
        for (int step = *version + 1; step <= ServerSchema::currentVersion; ++step) {
            execStatement(db, beginWrite());
            for (const QString &statement : ServerSchema::migrationStep(backend(), step))
                execStatement(db, statement);
            if (step == 1) {
                if (!isPostgreSQL())
                    execStatement(db, u"PRAGMA application_id = %1"_s.arg(applicationId));
                Statement meta = prepareQuery(db,
                    u"INSERT INTO meta(key, value) VALUES ('epoch', ?), ('change_seq', '0')"_s);
                meta.addBindValue(QUuid::createUuid().toString(QUuid::Id128).left(12));
                execQuery(meta);
            }
            if (step == 3) {
                const QByteArray secret = randomBytes(32);
                Statement meta = prepareQuery(db, u"INSERT INTO meta(key, value) VALUES ('sync_secret', ?)"_s);
                meta.addBindValue(QString::fromLatin1(secret.toBase64()));
                execQuery(meta);
            }
            if (isPostgreSQL()) {
                Statement bump = prepareQuery(db,
                    u"INSERT INTO meta(key, value) VALUES ('schema_version', ?)"
                    " ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
                bump.addBindValue(QString::number(step));
                execQuery(bump);
            } else {
                execStatement(db, u"PRAGMA user_version = %1"_s.arg(step));
            }
            execStatement(db, u"COMMIT"_s);
        }
        Statement meta = prepareQuery(db, u"SELECT key, value FROM meta WHERE key IN ('epoch', 'sync_secret')"_s);
        execQuery(meta);
        while (meta.next()) {
            if (meta.value(0).toString() == u"epoch")
                m_epoch = meta.value(1).toString();
            else
                m_syncSecret = QByteArray::fromBase64(meta.value(1).toString().toLatin1());
        }
        if (m_epoch.isEmpty() || m_syncSecret.size() < 32)
            throw DatabaseError(u"the meta table has no epoch or no sync-token secret"_s);
    } catch (const DatabaseError &e) {
        QSqlQuery(db).exec(u"ROLLBACK"_s);
        *error = u"cannot initialise %1: %2"_s.arg(displayName(), QString::fromStdString(e.what()));
        return false;
    }
    return true;
}

} // namespace InviteDesk::Server
