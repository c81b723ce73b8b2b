#include "ui/firstframereporter.h"

#include <QCoreApplication>
#include <QEvent>
#include <QMainWindow>
#include <QTimer>

#include <cstdio>

namespace InviteDesk {

FirstFrameReporter::FirstFrameReporter(QObject *parent) : QObject(parent)
{
    QCoreApplication::instance()->installEventFilter(this);
}

bool FirstFrameReporter::eventFilter(QObject *watched, QEvent *event)
{
    if (m_reported || event->type() != QEvent::Paint || !watched->isWidgetType())
        return false;
    if (!qobject_cast<QMainWindow *>(static_cast<QWidget *>(watched)->window()))
        return false;
    m_reported = true;
    // After this paint pass has been flushed to the window: the next turn of the loop.
    QTimer::singleShot(0, this, [] {
        std::fputs("first-frame\n", stdout);
        std::fflush(stdout);
        QCoreApplication::exit(0);
    });
    return false;
}

} // namespace InviteDesk
