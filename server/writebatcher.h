#pragma once

#include "server/apireply.h"

#include <condition_variable>
#include <deque>
#include <functional>
#include <future>
#include <mutex>
#include <thread>

namespace InviteDesk::Server {

class ServerDatabase;
class WriteTransaction;

// Runs the API's changes. On SQLite, group commit: one writer thread takes every
// change waiting, runs each in a savepoint of one transaction, and commits them with
// one fsync; each caller gets its answer only after that commit, so nothing answered
// can be lost. One writer also keeps its page cache: with a writer per HTTP thread,
// every write made the other connections read their pages again. On PostgreSQL each
// change is a transaction of its own on a pool thread (ServerDatabase::run);
// PostgreSQL already flushes concurrent commits together.
class WriteBatcher final
{
public:
    using Change = std::function<ApiReply(WriteTransaction &)>;
    // Changes in one transaction at most: bounds the time one batch holds the writer.
    static constexpr std::size_t maxBatch = 256;

    explicit WriteBatcher(ServerDatabase &database);
    ~WriteBatcher();
    Q_DISABLE_COPY_MOVE(WriteBatcher)

    // Runs `change`, which calls commit() on its transaction to keep what it did, and
    // returns its answer once that is durable. Rethrows what `change` threw (its
    // savepoint rolled back) or the batch's commit error.
    ApiReply run(const Change &change);

private:
    struct Job
    {
        const Change *change;
        std::promise<ApiReply> answer;
    };

    void serve();
    void runBatch(std::deque<Job> &batch);

    ServerDatabase &m_database;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Job> m_waiting;
    bool m_stopping = false;
    std::thread m_writer; // SQLite only
};

} // namespace InviteDesk::Server
