#include "session/outboxlock.h"

#include "session/session.h"

using namespace Qt::StringLiterals;

namespace InviteDesk {

OutboxLock::OutboxLock(const QString &cachePath) : m_file(cachePath + u".lock"_s)
{
    // Held for as long as the window is open: never stale because of its age, only
    // because its process is gone.
    m_file.setStaleLockTime(0);
}

bool OutboxLock::tryLock()
{
    return m_file.isLocked() || m_file.tryLock(0);
}

QString OutboxLock::holder() const
{
    qint64 pid = 0;
    QString hostname;
    QString appname;
    if (!m_file.getLockInfo(&pid, &hostname, &appname))
        return {};
    return Session::tr("process %1").arg(pid);
}

} // namespace InviteDesk
