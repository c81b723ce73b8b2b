#pragma once

#include "server/databaseexecutor.h"
#include "server/databaselocation.h"
#include "server/statement.h"

#include <QSqlDatabase>
#include <QString>

#include <map>
#include <memory>
#include <mutex>
#include <thread>

namespace InviteDesk::Server {

// The server's database, SQLite or PostgreSQL: opened and migrated once, then one
// connection per thread (Qt SQL connections must stay in the thread that made them),
// each with its prepared statements.
//
// SQLite is in process: every HTTP worker thread has its own connection, and writers
// take writeMutex() instead of spinning on SQLITE_BUSY. PostgreSQL connections are a
// limited resource shared by every instance: database work runs on a pool of
// `poolSize` threads (run()), so a process never holds more connections than that.
class ServerDatabase final
{
public:
    using Backend = DatabaseLocation::Backend;
    static constexpr int defaultPoolSize = 10;

    // Creates (SQLite) or connects to the database and migrates it. On failure
    // returns null and a one-line reason a user can act on.
    static std::unique_ptr<ServerDatabase> open(const DatabaseLocation &location, QString *error,
                                                int poolSize = defaultPoolSize);
    static std::unique_ptr<ServerDatabase> open(const QString &sqlitePath, QString *error);
    ~ServerDatabase();
    Q_DISABLE_COPY_MOVE(ServerDatabase)

    Backend backend() const { return m_location.backend; }
    bool isPostgreSQL() const { return m_location.isPostgreSQL(); }
    const DatabaseLocation &location() const { return m_location; }

    // Runs `work` where it may use connection(): on this thread for SQLite, on a pool
    // thread for PostgreSQL. Returns what `work` returns; rethrows what it throws.
    template<typename Work>
    auto run(Work &&work) -> decltype(work())
    {
        if (!m_executor || DatabaseExecutor::onWorkerThread())
            return work();
        return m_executor->run([this, &work] {
            try {
                return work();
            } catch (...) {
                recoverConnection();
                throw;
            }
        });
    }

    // This thread's connection, opened on first use (and again after it was lost).
    QSqlDatabase connection();
    // Answers whether the database can be used right now, with the reason if not.
    bool ping(QString *error);

    // SQLite's single writer; PostgreSQL locks rows instead.
    std::mutex *writeMutex() { return isPostgreSQL() ? nullptr : &m_writeMutex; }
    // Where a write transaction starts, and a read that needs one consistent snapshot.
    QString beginWrite() const;
    QString beginSnapshot() const;
    // Appended to a SELECT whose rows the transaction goes on to change: PostgreSQL
    // locks them against other instances; SQLite already has the only writer.
    QString forUpdate() const;

    // Random per database; makes sync tokens of another database unknown here.
    QString epoch() const { return m_epoch; }
    // Random per database, never logged; signs sync tokens (packSignedCursor).
    QByteArray syncSecret() const { return m_syncSecret; }
    QString displayName() const { return m_location.displayName(); }

private:
    struct Connection
    {
        QString name;
        QSqlDatabase db;
        StatementCache statements;
    };

    explicit ServerDatabase(DatabaseLocation location);
    bool openConnection(QSqlDatabase &db, QString *error);
    bool migrate(QString *error);
    bool checkSqliteFile(QString *error);
    std::optional<int> schemaVersion(const QSqlDatabase &db, QString *error);
    void recoverConnection();

    DatabaseLocation m_location;
    QString m_connectionPrefix;
    QString m_epoch;
    QByteArray m_syncSecret;
    std::thread::id m_ownerThread;
    std::mutex m_writeMutex;
    std::mutex m_connectionsMutex;
    std::map<std::thread::id, std::unique_ptr<Connection>> m_connections;
    std::unique_ptr<DatabaseExecutor> m_executor;
};

} // namespace InviteDesk::Server
