#include "ui/undobanner.h"

#include <QAccessible>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace InviteDesk {

UndoBanner::UndoBanner(QWidget *parent) : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setAccessibleName(u"Notification"_s);
    m_label = new QLabel(this);
    m_label->setWordWrap(true);
    m_label->setForegroundRole(QPalette::ToolTipText);
    m_undo = new QPushButton(u"&Undo"_s, this);
    m_undo->setAccessibleName(u"Undo"_s);
    m_close = new QPushButton(u"Dismiss"_s, this);
    m_close->setAccessibleName(u"Dismiss notification"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 4, 4, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_undo);
    layout->addWidget(m_close);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &QWidget::hide);
    connect(m_close, &QPushButton::clicked, this, [this] {
        m_timer.stop();
        hide();
    });
    connect(m_undo, &QPushButton::clicked, this, [this] {
        m_timer.stop();
        hide();
        Q_EMIT undoRequested();
    });
    hide();
}

void UndoBanner::showUndo(const QString &text, std::chrono::milliseconds window)
{
    m_label->setText(text);
    m_undo->show();
    show();
    m_timer.start(window);
    QAccessibleEvent event(m_label, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&event);
}

void UndoBanner::showMessage(const QString &text)
{
    m_timer.stop();
    m_label->setText(text);
    m_undo->hide();
    show();
    QAccessibleEvent event(m_label, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&event);
}

QString UndoBanner::text() const
{
    return m_label->text();
}

bool UndoBanner::isUndoOffered() const
{
    return isVisible() && m_undo->isVisible();
}

} // namespace InviteDesk
