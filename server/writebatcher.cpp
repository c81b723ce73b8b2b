#include "server/writebatcher.h"

#include "server/databaseerror.h"
#include "server/serverdatabase.h"
#include "server/sqliterows.h"
#include "server/statement.h"
#include "server/writetransaction.h"

#include <QScopeGuard>
#include <QSqlQuery>

#include <sqlite3.h>

#include <variant>
#include <vector>

using namespace Qt::StringLiterals;

namespace InviteDesk::Server {

WriteBatcher::WriteBatcher(ServerDatabase &database)
    : m_database(database)
{
    if (!database.isPostgreSQL())
        m_writer = std::thread([this] { serve(); });
}

WriteBatcher::~WriteBatcher()
{
    if (!m_writer.joinable())
        return;
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    m_writer.join();
}

ApiReply WriteBatcher::run(const Change &change)
{
    if (!m_writer.joinable()) {
        return m_database.run([&] {
            WriteTransaction transaction(m_database);
            return change(transaction);
        });
    }
    std::future<ApiReply> answer;
    {
        std::lock_guard lock(m_mutex);
        m_waiting.push_back(Job{&change, {}});
        answer = m_waiting.back().answer.get_future();
    }
    m_wake.notify_one();
    return answer.get();
}

void WriteBatcher::serve()
{
    for (;;) {
        std::deque<Job> batch;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_waiting.empty(); });
            if (m_waiting.empty())
                return; // stopping, and every change asked for has been answered
            while (!m_waiting.empty() && batch.size() < maxBatch) {
                batch.push_back(std::move(m_waiting.front()));
                m_waiting.pop_front();
            }
        }
        runBatch(batch);
    }
}

void WriteBatcher::runBatch(std::deque<Job> &batch)
{
    std::vector<std::variant<ApiReply, std::exception_ptr>> results;
    results.reserve(batch.size());
    try {
        const std::lock_guard writer(*m_database.writeMutex());
        const QSqlDatabase db = m_database.connection();
        execStatement(db, m_database.beginWrite());
        auto rollback = qScopeGuard([&db] { QSqlQuery(db).exec(u"ROLLBACK"_s); });
        sqlite3 *handle = sqliteHandle(db);
        for (Job &job : batch) {
            try {
                WriteTransaction transaction(m_database, WriteTransaction::Scope::Savepoint);
                results.emplace_back((*job.change)(transaction));
            } catch (...) {
                results.emplace_back(std::current_exception());
            }
            // A full disk or an I/O error can end the whole transaction, not only the
            // savepoint: then nothing of this batch is kept, and every caller hears so.
            if (sqlite3_get_autocommit(handle))
                throw DatabaseError(u"the write transaction ended after an error: %1"_s.arg(
                    QString::fromUtf8(sqlite3_errmsg(handle))));
        }
        execStatement(db, u"COMMIT"_s);
        rollback.dismiss();
    } catch (...) {
        const std::exception_ptr error = std::current_exception();
        for (Job &job : batch)
            job.answer.set_exception(error);
        return;
    }
    for (std::size_t i = 0; i < batch.size(); ++i) {
        if (auto *reply = std::get_if<ApiReply>(&results[i]))
            batch[i].answer.set_value(std::move(*reply));
        else
            batch[i].answer.set_exception(std::get<std::exception_ptr>(results[i]));
    }
}

} // namespace InviteDesk::Server
