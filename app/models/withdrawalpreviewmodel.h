#pragma once

#include "core/cachedinvitation.h"
#include "core/domainrules.h"

#include <QAbstractTableModel>

namespace InviteDesk {

// Who a bulk withdrawal would take back: name, age, and a flag on the ones younger
// than the courtesy period. A plain model, so a preview of 90,000 rows costs nothing
// until it is scrolled.
class WithdrawalPreviewModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, SentColumn, RecentColumn, ColumnCount };

    WithdrawalPreviewModel(QList<CachedInvitation> rows, const QDateTime &now, const DomainRules &rules,
                           QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(WithdrawalPreviewModel)

    int recentCount() const { return m_recentCount; }
    bool isRecent(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<CachedInvitation> m_rows;
    QDateTime m_now;
    DomainRules m_rules;
    int m_recentCount = 0;
};

} // namespace InviteDesk
