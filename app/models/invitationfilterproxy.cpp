#include "models/invitationfilterproxy.h"

#include "models/invitationlistmodel.h"

namespace InviteDesk {

InvitationFilterProxy::InvitationFilterProxy(InvitationListModel &source, QObject *parent)
    : QSortFilterProxyModel(parent), m_source(source)
{
    setSourceModel(&source);
    setDynamicSortFilter(true);
}

void InvitationFilterProxy::setSearchText(const QString &text)
{
    InvitationFilter filter = m_filter;
    filter.text = text;
    setFilter(filter);
}

void InvitationFilterProxy::setFilter(const InvitationFilter &filter)
{
    if (filter == m_filter && !filter.dependsOnTime())
        return;
    m_filter = filter;
    m_now = m_source.clock().now();
    // A full re-map, not invalidateRowsFilter(): that one reports every scattered run of
    // rows that came or went on its own, which on 100,000 rows costs seconds per
    // keystroke (2.5 s measured) instead of tens of milliseconds.
    invalidate();
}

bool InvitationFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    return m_filter.matches(m_source.invitationAt(sourceRow).invitation, m_now, m_source.rules());
}

bool InvitationFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const auto &a = m_source.invitationAt(left.row()).invitation;
    const auto &b = m_source.invitationAt(right.row()).invitation;
    switch (left.column()) {
    case InvitationListModel::NameColumn:
        return a.person.name.compare(b.person.name, Qt::CaseInsensitive) < 0;
    case InvitationListModel::HeadlineColumn:
        return a.person.headline.compare(b.person.headline, Qt::CaseInsensitive) < 0;
    case InvitationListModel::CompanyColumn:
        return a.person.company.compare(b.person.company, Qt::CaseInsensitive) < 0;
    default:
        // By reference: sorting 90,000 rows compares about 1.5 million times.
        return m_source.shownTime(m_source.invitationAt(left.row()))
               < m_source.shownTime(m_source.invitationAt(right.row()));
    }
}

} // namespace InviteDesk
