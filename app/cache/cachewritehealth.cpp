#include "cache/cachewritehealth.h"

#include <QLoggingCategory>

#include <chrono>

Q_LOGGING_CATEGORY(lcCacheHealth, "invitedesk.cache", QtInfoMsg)

using namespace std::chrono_literals;

namespace InviteDesk {

CacheWriteHealth::CacheWriteHealth(std::function<void()> probe, QObject *parent)
    : QObject(parent), m_probe(std::move(probe))
{
    m_recheck.setInterval(2s);
    connect(&m_recheck, &QTimer::timeout, this, &CacheWriteHealth::recheck);
}

bool CacheWriteHealth::recheck()
{
    m_probe();
    return isWritable();
}

void CacheWriteHealth::noteFailure(const QString &sentence)
{
    if (m_problem == sentence)
        return;
    m_problem = sentence;
    qCWarning(lcCacheHealth).noquote() << sentence;
    m_recheck.start();
    Q_EMIT problemChanged(m_problem);
}

void CacheWriteHealth::noteWritten()
{
    if (m_problem.isEmpty())
        return;
    m_problem.clear();
    m_recheck.stop();
    qCInfo(lcCacheHealth) << "the cache takes writes again";
    Q_EMIT problemChanged(m_problem);
}

} // namespace InviteDesk
