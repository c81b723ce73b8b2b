#pragma once

#include <QtGlobal>

#include <condition_variable>
#include <deque>
#include <functional>
#include <future>
#include <mutex>
#include <thread>
#include <vector>

namespace InviteDesk::Server {

// A fixed set of threads that run database work, so a process holds no more
// database connections than it has threads here whatever number of HTTP
// connections it serves (Qt SQL connections stay on the thread that opened them).
class DatabaseExecutor final
{
public:
    explicit DatabaseExecutor(int threads);
    ~DatabaseExecutor();
    Q_DISABLE_COPY_MOVE(DatabaseExecutor)

    // True on one of this executor's threads.
    static bool onWorkerThread();

    // Runs `work` on a worker and returns its result, or rethrows what it threw.
    template<typename Work>
    auto run(Work &&work) -> decltype(work())
    {
        std::packaged_task<decltype(work())()> task(std::forward<Work>(work));
        auto result = task.get_future();
        post([&task] { task(); });
        return result.get();
    }

private:
    void post(std::function<void()> job);
    void serve();

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<std::function<void()>> m_jobs;
    bool m_stopping = false;
    std::vector<std::thread> m_threads;
};

} // namespace InviteDesk::Server
