#include "models/withdrawalpreviewmodel.h"

#include "models/agetext.h"

#include <algorithm>

namespace InviteDesk {

WithdrawalPreviewModel::WithdrawalPreviewModel(QList<CachedInvitation> rows, const QDateTime &now,
                                               const DomainRules &rules, QObject *parent)
    : QAbstractTableModel(parent), m_rows(std::move(rows)), m_now(now), m_rules(rules)
{
    // The recent ones first: they are the ones worth a second look.
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const CachedInvitation &a, const CachedInvitation &b) {
        return a.invitation.sentAt > b.invitation.sentAt;
    });
    m_recentCount = static_cast<int>(std::count_if(m_rows.cbegin(), m_rows.cend(), [this](const auto &row) {
        return m_rules.isWithinCourtesyPeriod(row.invitation.sentAt, m_now);
    }));
}

bool WithdrawalPreviewModel::isRecent(int row) const
{
    return m_rules.isWithinCourtesyPeriod(m_rows.at(row).invitation.sentAt, m_now);
}

int WithdrawalPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int WithdrawalPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WithdrawalPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const auto &invitation = m_rows.at(index.row()).invitation;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NameColumn:
            return invitation.person.name;
        case SentColumn:
            return describeAge(invitation.sentAt, m_now);
        case RecentColumn:
            return isRecent(index.row()) ? tr("⚠ Recent") : QString();
        }
    }
    if (role == Qt::ToolTipRole && index.column() == SentColumn)
        return tr("Sent %1", "a date and time").arg(describeExactTime(invitation.sentAt));
    if (role == Qt::ToolTipRole && index.column() == RecentColumn && isRecent(index.row()))
        return tr("Sent less than %n day(s) ago", nullptr, m_rules.courtesyDays);
    return {};
}

QVariant WithdrawalPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case SentColumn:
        return tr("Sent", "column: when the invitation was sent");
    case RecentColumn:
        return tr("Note", "column: a warning about the row");
    }
    return {};
}

} // namespace InviteDesk
