#pragma once

#include "core/invitationfilter.h"

#include <QDateTime>
#include <QSortFilterProxyModel>

namespace InviteDesk {

class InvitationListModel;

// Filter and sort over an InvitationListModel. The rule of what matches lives in
// app/core (InvitationFilter); this class only applies it, reading rows directly so that
// 100,000 of them filter and sort without a QVariant per cell.
class InvitationFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit InvitationFilterProxy(InvitationListModel &source, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(InvitationFilterProxy)

    void setSearchText(const QString &text);
    QString searchText() const { return m_filter.text; }
    // Ages are taken as of the moment the filter is set.
    void setFilter(const InvitationFilter &filter);
    const InvitationFilter &filter() const { return m_filter; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    InvitationListModel &m_source;
    InvitationFilter m_filter;
    QDateTime m_now;
};

} // namespace InviteDesk
