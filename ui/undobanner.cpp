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
    makeOpaque();
    setAccessibleName(tr("Notification"));
    m_undoText = new QLabel(this);
    m_announcement = new QLabel(this);
    m_message = new QLabel(this);
    for (auto *label : {m_undoText, m_announcement, m_message}) {
        label->setWordWrap(true);
        // The text takes the width; the buttons keep theirs (a wrapped label's minimum
        // is one word, so over a narrow list it would otherwise lose to them).
        label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        label->setForegroundRole(QPalette::ToolTipText);
        label->hide();
    }
    m_undo = new QPushButton(tr("&Undo"), this);
    m_undo->setAccessibleName(tr("Undo"));
    m_undo->hide();
    m_review = new QPushButton(tr("&Review"), this);
    m_review->setAccessibleName(tr("Review the invitations to be withdrawn automatically"));
    m_skip = new QPushButton(tr("S&kip today"), this);
    m_skip->setAccessibleName(tr("Skip today's automatic withdrawal"));
    m_close = new QPushButton(tr("Dismiss"), this);
    m_close->setAccessibleName(tr("Dismiss notification"));
    for (auto *button : {m_undo, m_review, m_skip, m_close})
        button->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    // Each line with its own buttons beside it.
    auto *undoLine = new QHBoxLayout;
    undoLine->addWidget(m_undoText, 1);
    undoLine->addWidget(m_undo);
    auto *announcementLine = new QHBoxLayout;
    announcementLine->addWidget(m_announcement, 1);
    announcementLine->addWidget(m_review);
    announcementLine->addWidget(m_skip);
    auto *lines = new QVBoxLayout;
    lines->addLayout(undoLine);
    lines->addLayout(announcementLine);
    lines->addWidget(m_message);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 4, 4, 4);
    layout->addLayout(lines, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    endAnnouncement();
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
    connect(m_review, &QPushButton::clicked, this, &UndoBanner::reviewRequested);
    connect(m_skip, &QPushButton::clicked, this, &UndoBanner::skipRequested);
    hide();
    if (parent)
        parent->installEventFilter(this);
}

void UndoBanner::makeOpaque()
{
    // Some styles (Adwaita-Dark) give tooltips a translucent base: over the rows, the
    // text must not mix with theirs.
    QPalette opaque = palette();
    QColor base = opaque.color(QPalette::ToolTipBase);
    if (base.alpha() == 255)
        return;
    base.setAlpha(255);
    opaque.setColor(QPalette::ToolTipBase, base);
    setPalette(opaque);
}

void UndoBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        makeOpaque();
}

void UndoBanner::setAnchor(QWidget *anchor)
{
    if (m_anchor)
        m_anchor->removeEventFilter(this);
    m_anchor = anchor;
    if (m_anchor)
        m_anchor->installEventFilter(this);
    if (isVisible())
        place();
}

bool UndoBanner::eventFilter(QObject *watched, QEvent *event)
{
    const bool geometry = event->type() == QEvent::Resize || event->type() == QEvent::Move
                          || event->type() == QEvent::Show;
    if ((watched == parentWidget() || watched == m_anchor) && geometry && isVisible())
        place();
    return false;
}

void UndoBanner::place()
{
    const QRect area = m_anchor && m_anchor->isVisible()
                           ? QRect(m_anchor->mapTo(parentWidget(), QPoint(0, 0)), m_anchor->size())
                           : parentWidget()->contentsRect();
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
    if (!m_undoText->isVisibleTo(this) && !m_announcement->isVisibleTo(this) && !m_message->isVisibleTo(this))
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

void UndoBanner::showAnnouncement(const QString &text)
{
    m_announcement->setText(text);
    m_review->show();
    m_skip->show();
    announce(m_announcement);
}

void UndoBanner::endAnnouncement()
{
    m_announcement->hide();
    m_review->hide();
    m_skip->hide();
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
    for (auto *label : {m_undoText, m_announcement, m_message}) {
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
