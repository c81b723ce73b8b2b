#pragma once

#include <QObject>

namespace InviteDesk {

// Start-up benchmarks: prints "first-frame" on stdout once the first main window has
// painted, then ends the application. The client installs it only when
// INVITEDESK_REPORT_FIRST_FRAME is set; the benchmark's floor program installs it too,
// so both sides are timed to the same moment.
class FirstFrameReporter final : public QObject
{
    Q_OBJECT

public:
    explicit FirstFrameReporter(QObject *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool m_reported = false;
};

} // namespace InviteDesk
