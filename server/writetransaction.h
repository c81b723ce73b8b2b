#pragma once

#include <QSqlDatabase>

#include <mutex>

namespace InviteDesk::Server {

class ServerDatabase;

// Holds the database's writer lock and an IMMEDIATE transaction for its lifetime;
// rolls back unless commit() was called. Throws DatabaseError when it cannot start.
class WriteTransaction final
{
public:
    explicit WriteTransaction(ServerDatabase &database);
    ~WriteTransaction();
    Q_DISABLE_COPY_MOVE(WriteTransaction)

    const QSqlDatabase &db() const { return m_db; }
    void commit();

private:
    std::unique_lock<std::mutex> m_lock;
    QSqlDatabase m_db;
    bool m_done = false;
};

} // namespace InviteDesk::Server
