#include "ui/undobanner.h"

#include <QAccessible>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace InviteDesk {

UndoBanner::UndoBanner(QWidget *parent) : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setAccessibleName(tr("Notification"));
    m_undoText = new QLabel(this);
    m_message = new QLabel(this);
    for (auto *label : {m_undoText, m_message}) {
        label->setWordWrap(true);
        label->setForegroundRole(QPalette::ToolTipText);
        label->hide();
    }
    m_undo = new QPushButton(tr("&Undo"), this);
    m_undo->setAccessibleName(tr("Undo"));
    m_undo->hide();
    m_close = new QPushButton(tr("Dismiss"), this);
    m_close->setAccessibleName(tr("Dismiss notification"));
    auto *lines = new QVBoxLayout;
    lines->addWidget(m_undoText);
    lines->addWidget(m_message);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 4, 4, 4);
    layout->addLayout(lines, 1);
    layout->addWidget(m_undo);
    layout->addWidget(m_close);
    connect(m_close, &QPushButton::clicked, this, [this] {
        m_undoText->hide();
        m_undo->hide();
        m_message->hide();
        hide();
    });
    connect(m_undo, &QPushButton::clicked, this, [this] {
        endUndo();
        Q_EMIT undoRequested();
    });
    hide();
    if (parent)
        parent->installEventFilter(this);
}

bool UndoBanner::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize && isVisible())
        place();
    return false;
}

void UndoBanner::place()
{
    const QRect area = parentWidget()->contentsRect();
    constexpr int margin = 8;
    const int width = area.width() - 2 * margin;
    const int height = hasHeightForWidth() ? heightForWidth(width) : sizeHint().height();
    setGeometry(area.left() + margin, area.bottom() - margin - height, width, height);
    raise();
}

void UndoBanner::announce(QLabel *label)
{
    label->show();
    show();
    if (parentWidget())
        place();
    QAccessibleEvent event(label, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&event);
}

void UndoBanner::hideIfEmpty()
{
    if (!m_undoText->isVisibleTo(this) && !m_message->isVisibleTo(this))
        hide();
}

void UndoBanner::showUndo(const QString &text)
{
    m_undoText->setText(text);
    m_undo->show();
    announce(m_undoText);
}

void UndoBanner::endUndo()
{
    m_undoText->hide();
    m_undo->hide();
    hideIfEmpty();
}

void UndoBanner::showMessage(const QString &text)
{
    m_message->setText(text);
    announce(m_message);
}

QString UndoBanner::text() const
{
    QStringList lines;
    for (auto *label : {m_undoText, m_message}) {
        if (label->isVisibleTo(this))
            lines.append(label->text());
    }
    return lines.join(u'\n');
}

bool UndoBanner::isUndoOffered() const
{
    return isVisible() && m_undo->isVisibleTo(this);
}

} // namespace InviteDesk
