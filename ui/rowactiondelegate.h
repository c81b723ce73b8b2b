#pragma once

#include <QPersistentModelIndex>
#include <QStyledItemDelegate>

namespace InviteDesk {

// Paints the row's buttons (Withdraw; or Accept and Ignore) in the action column and
// turns clicks on them into buttonClicked(), and the person's initials on a coloured
// circle before the name (PersonAvatar). Painted, not widgets: 100,000 rows cost
// nothing until they are on screen. The view needs mouse tracking for the hover state.
class RowActionDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    RowActionDelegate(QStringList buttonLabels, int actionColumn, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(RowActionDelegate)

    // Where button `button` sits inside a cell (view coordinates of that cell).
    QRect buttonRect(const QRect &cell, int button) const;
    int buttonCount() const { return static_cast<int>(m_labels.size()); }
    // The column whose cells start with the person's avatar (none until set).
    void setAvatarColumn(int column) { m_avatarColumn = column; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

Q_SIGNALS:
    void buttonClicked(const QModelIndex &index, int button);

private:
    int buttonAt(const QRect &cell, const QPoint &pos) const;
    int buttonWidth(int button, const QFontMetrics &metrics) const;

    QStringList m_labels;
    int m_actionColumn;
    int m_avatarColumn = -1;
    QPersistentModelIndex m_hovered;
    int m_hoveredButton = -1;
    QPersistentModelIndex m_pressed;
    int m_pressedButton = -1;
};

} // namespace InviteDesk
