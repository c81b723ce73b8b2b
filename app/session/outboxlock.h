#pragma once

#include <QLockFile>
#include <QString>

namespace InviteDesk {

// Who sends an account's outbox and syncs its cache: one process at a time (the
// window or the command line), whichever took this lock first; the others only queue
// and watch the cache. A file next to the cache; one left behind by a process that was
// killed is taken over, as the kernel's lock on it went with that process.
class OutboxLock final
{
public:
    explicit OutboxLock(const QString &cachePath);
    Q_DISABLE_COPY_MOVE(OutboxLock)

    // True when this process holds it (now, or already).
    bool tryLock();
    bool isHeld() const { return m_file.isLocked(); }
    // The process that holds it, for a sentence ("process 4242"); empty if unknown.
    QString holder() const;

private:
    QLockFile m_file;
};

} // namespace InviteDesk
