#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>

namespace InviteDesk {

// Whether the disk under the cache takes writes. A write refused because the disk is
// full, failing or read-only leaves its sentence here until a write succeeds again;
// meanwhile a small write is tried every few seconds, so the program notices by itself
// when there is room again, and whoever waits for that hears problemChanged().
class CacheWriteHealth final : public QObject
{
    Q_OBJECT
public:
    // `probe` makes one small write of its own (and reports it like any other).
    explicit CacheWriteHealth(std::function<void()> probe, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(CacheWriteHealth)

    // Empty while writes go through; the sentence for the user otherwise.
    QString problem() const { return m_problem; }
    bool isWritable() const { return m_problem.isEmpty(); }
    // Tries a small write now; true when the disk takes writes (again).
    bool recheck();

    // From the connection: a write failed for the disk's reason `sentence`, or one was
    // saved on the disk (a commit, or a write outside a transaction).
    void noteFailure(const QString &sentence);
    void noteWritten();

Q_SIGNALS:
    void problemChanged(const QString &problem);

private:
    std::function<void()> m_probe;
    QTimer m_recheck;
    QString m_problem;
};

} // namespace InviteDesk
