#pragma once

#include <QObject>
#include <QSocketNotifier>

#include <memory>

namespace InviteDesk {

// SIGTERM and SIGINT (logout, Ctrl+C in a terminal) close the application the normal
// way: windows close, the demo server stops, the cache closes cleanly. The handler only
// writes a byte to a socket; the event loop does the rest.
class QuitOnSignal final : public QObject
{
    Q_OBJECT
public:
    explicit QuitOnSignal(QObject *parent = nullptr);
    ~QuitOnSignal() override;
    Q_DISABLE_COPY_MOVE(QuitOnSignal)

private:
    std::unique_ptr<QSocketNotifier> m_notifier;
};

} // namespace InviteDesk
