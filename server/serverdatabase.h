#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>
#include <mutex>

namespace InviteDesk::Server {

// The server's SQLite file: opened and migrated once, then one connection per thread
// (Qt SQL connections must stay in the thread that made them). SQLite has a single
// writer, so writers take writeMutex() instead of spinning on SQLITE_BUSY.
class ServerDatabase final
{
public:
    static constexpr int schemaVersion = 1;

    // Creates the file if needed and migrates it. On failure returns null and a
    // one-line reason a user can act on.
    static std::unique_ptr<ServerDatabase> open(const QString &path, QString *error);
    ~ServerDatabase();
    Q_DISABLE_COPY_MOVE(ServerDatabase)

    // This thread's connection, opened on first use.
    QSqlDatabase connection();
    std::mutex &writeMutex() { return m_writeMutex; }
    // Random per database file; makes sync tokens of another database unknown here.
    QString epoch() const { return m_epoch; }
    QString path() const { return m_path; }

private:
    explicit ServerDatabase(const QString &path);
    bool openConnection(QSqlDatabase &db, QString *error);
    bool migrate(QString *error);

    QString m_path;
    QString m_connectionPrefix;
    QString m_epoch;
    std::mutex m_writeMutex;
    std::mutex m_namesMutex;
    QStringList m_connectionNames;
};

} // namespace InviteDesk::Server
