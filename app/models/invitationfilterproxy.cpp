#include "models/invitationfilterproxy.h"

#include "core/invitationsearch.h"
#include "models/invitationlistmodel.h"

namespace InviteDesk {

InvitationFilterProxy::InvitationFilterProxy(InvitationListModel &source, QObject *parent)
    : QSortFilterProxyModel(parent), m_source(source)
{
    setSourceModel(&source);
    setSortRole(InvitationListModel::SortRole);
    setDynamicSortFilter(true);
}

void InvitationFilterProxy::setSearchText(const QString &text)
{
    if (text == m_search)
        return;
    // A longer query only ever narrows the result; Qt 6.4 has no cheaper path than a
    // full re-filter either way, but it skips the work when nothing changed.
    m_search = text;
    invalidateRowsFilter();
}

bool InvitationFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    return matchesSearch(m_source.invitationAt(sourceRow).invitation.person, m_search);
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
        return a.sentAt < b.sentAt;
    }
}

} // namespace InviteDesk
