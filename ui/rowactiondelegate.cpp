#include "ui/rowactiondelegate.h"

#include "models/invitationlistmodel.h"
#include "ui/personavatar.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QIcon>
#include <QMouseEvent>
#include <QPainter>

#include <algorithm>

namespace InviteDesk {

namespace {

constexpr int margin = 4;
constexpr int spacing = 6;

} // namespace

RowActionDelegate::RowActionDelegate(QStringList buttonLabels, int actionColumn, QObject *parent)
    : QStyledItemDelegate(parent), m_labels(std::move(buttonLabels)), m_actionColumn(actionColumn)
{
}

int RowActionDelegate::buttonWidth(int button, const QFontMetrics &metrics) const
{
    return metrics.horizontalAdvance(m_labels.at(button)) + 24;
}

QRect RowActionDelegate::buttonRect(const QRect &cell, int button) const
{
    const QFontMetrics metrics(QApplication::font());
    int x = cell.left() + margin;
    for (int i = 0; i < button; ++i)
        x += buttonWidth(i, metrics) + spacing;
    return QRect(x, cell.top() + 2, buttonWidth(button, metrics), cell.height() - 4);
}

int RowActionDelegate::buttonAt(const QRect &cell, const QPoint &pos) const
{
    for (int i = 0; i < buttonCount(); ++i) {
        if (buttonRect(cell, i).contains(pos))
            return i;
    }
    return -1;
}

void RowActionDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() != m_avatarColumn)
        return;
    const int size = std::max(12, option->fontMetrics.height() + 6);
    const qreal ratio = option->widget ? option->widget->devicePixelRatioF() : qApp->devicePixelRatio();
    option->icon = QIcon(PersonAvatar::pixmap(index.data(InvitationListModel::PersonIdRole).toString(),
                                              option->text, size, ratio));
    option->decorationSize = QSize(size, size);
    option->features |= QStyleOptionViewItem::HasDecoration;
}

void RowActionDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // A row whose action is still on its way shows that ("Sending…"), not buttons.
    if (index.column() != m_actionColumn || index.data(InvitationListModel::ActionQueuedRole).toBool()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // Background and selection as for any cell, then the buttons on top.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    // A disabled view (a list still being read) paints its buttons disabled too.
    const bool enabled = (option.state & QStyle::State_Enabled)
                         && index.data(InvitationListModel::ActionEnabledRole).toBool();
    for (int i = 0; i < buttonCount(); ++i) {
        QStyleOptionButton button;
        button.rect = buttonRect(option.rect, i);
        button.text = m_labels.at(i);
        button.state = enabled ? QStyle::State_Enabled : QStyle::State_None;
        if (m_hovered == index && m_hoveredButton == i)
            button.state |= QStyle::State_MouseOver;
        if (m_pressed == index && m_pressedButton == i)
            button.state |= QStyle::State_Sunken;
        else
            button.state |= QStyle::State_Raised;
        style->drawControl(QStyle::CE_PushButton, &button, painter, widget);
    }
}

QSize RowActionDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.column() == m_actionColumn) {
        const QFontMetrics metrics(QApplication::font());
        int width = margin * 2;
        for (int i = 0; i < buttonCount(); ++i)
            width += buttonWidth(i, metrics) + (i ? spacing : 0);
        size.setWidth(width);
        size.setHeight(std::max(size.height(), metrics.height() + 12));
    }
    return size;
}

bool RowActionDelegate::editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                                    const QModelIndex &index)
{
    if (index.column() != m_actionColumn || index.data(InvitationListModel::ActionQueuedRole).toBool()
        || !index.data(InvitationListModel::ActionEnabledRole).toBool())
        return QStyledItemDelegate::editorEvent(event, model, option, index);
    auto *view = qobject_cast<QAbstractItemView *>(parent());
    const auto repaint = [view](const QModelIndex &cell) {
        if (view && cell.isValid())
            view->viewport()->update(view->visualRect(cell));
    };
    switch (event->type()) {
    case QEvent::MouseMove: {
        const int button = buttonAt(option.rect, static_cast<QMouseEvent *>(event)->position().toPoint());
        if (m_hovered != index || m_hoveredButton != button) {
            const QModelIndex previous = m_hovered;
            m_hovered = index;
            m_hoveredButton = button;
            repaint(previous);
            repaint(index);
        }
        return false;
    }
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick: {
        auto *mouse = static_cast<QMouseEvent *>(event);
        const int button = buttonAt(option.rect, mouse->position().toPoint());
        if (mouse->button() != Qt::LeftButton || button < 0)
            return false;
        m_pressed = index;
        m_pressedButton = button;
        repaint(index);
        return true;
    }
    case QEvent::MouseButtonRelease: {
        auto *mouse = static_cast<QMouseEvent *>(event);
        const int button = buttonAt(option.rect, mouse->position().toPoint());
        const bool clicked = m_pressed == index && m_pressedButton == button && button >= 0;
        const QModelIndex pressed = m_pressed;
        m_pressed = QPersistentModelIndex();
        m_pressedButton = -1;
        repaint(pressed);
        if (clicked)
            Q_EMIT buttonClicked(index, button);
        return clicked;
    }
    default:
        return false;
    }
}

} // namespace InviteDesk
