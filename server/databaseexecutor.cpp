#include "server/databaseexecutor.h"

namespace InviteDesk::Server {

namespace {
thread_local bool isWorker = false;
}

DatabaseExecutor::DatabaseExecutor(int threads)
{
    m_threads.reserve(static_cast<std::size_t>(threads));
    for (int i = 0; i < threads; ++i)
        m_threads.emplace_back([this] { serve(); });
}

DatabaseExecutor::~DatabaseExecutor()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    for (std::thread &thread : m_threads)
        thread.join();
}

bool DatabaseExecutor::onWorkerThread()
{
    return isWorker;
}

void DatabaseExecutor::post(std::function<void()> job)
{
    {
        std::lock_guard lock(m_mutex);
        m_jobs.push_back(std::move(job));
    }
    m_wake.notify_one();
}

void DatabaseExecutor::serve()
{
    isWorker = true;
    for (;;) {
        std::function<void()> job;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_jobs.empty(); });
            if (m_jobs.empty())
                return;
            job = std::move(m_jobs.front());
            m_jobs.pop_front();
        }
        job();
    }
}

} // namespace InviteDesk::Server
