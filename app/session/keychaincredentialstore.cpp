#include "session/keychaincredentialstore.h"

#include <QCoroSignal>
#include <qt6keychain/keychain.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace InviteDesk {

namespace {

const QString serviceName = u"InviteDesk"_s;

// Jobs finish inside a signal of their own; they may only be deleted later.
struct DeleteLater
{
    void operator()(QObject *object) const { object->deleteLater(); }
};

template<typename Job>
using JobPtr = std::unique_ptr<Job, DeleteLater>;

template<typename Job>
JobPtr<Job> makeJob(const QString &account)
{
    JobPtr<Job> job(new Job(serviceName));
    job->setAutoDelete(false);
    job->setKey(account);
    return job;
}

QCoro::Task<QKeychain::Error> finish(QKeychain::Job *job)
{
    job->start();
    co_await qCoro(job, &QKeychain::Job::finished);
    co_return job->error();
}

} // namespace

QCoro::Task<std::optional<QString>> KeychainCredentialStore::readToken(QString account)
{
    const auto job = makeJob<QKeychain::ReadPasswordJob>(account);
    const auto error = co_await finish(job.get());
    if (error != QKeychain::NoError)
        co_return std::nullopt;
    co_return job->textData();
}

QCoro::Task<bool> KeychainCredentialStore::writeToken(QString account, QString token)
{
    const auto job = makeJob<QKeychain::WritePasswordJob>(account);
    job->setTextData(token);
    const auto error = co_await finish(job.get());
    co_return error == QKeychain::NoError;
}

QCoro::Task<> KeychainCredentialStore::removeToken(QString account)
{
    const auto job = makeJob<QKeychain::DeletePasswordJob>(account);
    co_await finish(job.get());
}

QCoro::Task<bool> KeychainCredentialStore::isAvailable()
{
    // Reading a key that does not exist: EntryNotFound means a keyring answered.
    const auto job = makeJob<QKeychain::ReadPasswordJob>(u"invitedesk-probe"_s);
    const auto error = co_await finish(job.get());
    co_return error == QKeychain::NoError || error == QKeychain::EntryNotFound;
}

} // namespace InviteDesk
