#pragma once

#include <QSqlDatabase>
#include <QString>

#include <mutex>
#include <set>

namespace InviteDesk::Server {

class ServerDatabase;

// One write transaction; rolls back unless commit() was called. Throws DatabaseError
// when it cannot start. In SQLite it holds the database's writer lock throughout.
//
// It also numbers the change feed (/sync): an invitation a transaction changes is
// reported with changed(), and commit() gives each one the next number of the feed
// just before it commits. Taking the number last keeps the feed's counter row
// locked only for that moment, and because the counter stays locked until the
// commit is visible, numbers become visible in order: a reader whose snapshot shows
// number N also sees every change up to N (a bare sequence would not promise that:
// concurrent transactions commit out of order).
class WriteTransaction final
{
public:
    // Savepoint: one change inside WriteBatcher's transaction, which holds the writer
    // lock and commits; commit() here only keeps the change in it.
    enum class Scope { Transaction, Savepoint };

    explicit WriteTransaction(ServerDatabase &database, Scope scope = Scope::Transaction);
    ~WriteTransaction();
    Q_DISABLE_COPY_MOVE(WriteTransaction)

    const QSqlDatabase &db() const { return m_db; }
    const ServerDatabase &database() const { return m_database; }
    // A new row's change numbers until commit: negative, so no reader's range holds
    // it, and random, so rows inserted at once by several instances stay unique.
    static qint64 provisionalChangeSeq();
    void changed(const QString &invitationId);
    void commit();

private:
    ServerDatabase &m_database;
    std::unique_lock<std::mutex> m_lock;
    QSqlDatabase m_db;
    Scope m_scope;
    std::set<QString> m_changed; // ordered, so rows are always stamped in one order
    bool m_done = false;
};

} // namespace InviteDesk::Server
