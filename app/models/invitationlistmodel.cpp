#include "models/invitationlistmodel.h"

#include "cache/cachestore.h"
#include "models/agetext.h"

#include <QLocale>
#include <QSet>

#include <algorithm>

namespace InviteDesk {

namespace {

// Past this many changed ids, one full read is cheaper than reading them one by one.
constexpr qsizetype targetedReadLimit = 2000;
// Past this many separate runs of removed rows, one reset is cheaper than a removal each.
constexpr qsizetype scatteredRunLimit = 32;

} // namespace

InvitationListModel::InvitationListModel(CacheStore &store, Direction direction, const Clock &clock, QObject *parent)
    : InvitationListModel(store, direction, InvitationState::Pending, clock, parent)
{
}

InvitationListModel::InvitationListModel(CacheStore &store, Direction direction, InvitationState shownState,
                                         const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent), m_store(store), m_direction(direction), m_shownState(shownState), m_clock(clock)
{
    connect(&m_store.invitations(), &InvitationStore::invitationsChanged, this,
            &InvitationListModel::onInvitationsChanged);
    // Rows the command line changed: read again and compared, so the selection stays.
    connect(&m_store.invitations(), &InvitationStore::changedElsewhere, this, &InvitationListModel::reload);
    // Re-invite dates, the enabled Re-invite and "expiring soon" follow the server's rules.
    connect(&m_store.account(), &AccountStore::rulesChanged, this, [this] {
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    });
}

void InvitationListModel::reload()
{
    const auto read = m_store.invitations().invitations(m_direction, m_shownState);
    if (!read) {
        // The rows stay as they were; the window says why they may be stale.
        Q_EMIT readFailed(read.error().message);
        return;
    }
    const auto &fresh = read.value();
    if (m_rows.isEmpty()) {
        if (fresh.isEmpty())
            return;
        beginInsertRows({}, 0, static_cast<int>(fresh.size()) - 1);
        m_rows = fresh;
        rebuildIndex();
        endInsertRows();
        return;
    }
    QStringList ids;
    ids.reserve(m_rows.size() + fresh.size());
    for (const auto &row : std::as_const(m_rows))
        ids.append(row.invitation.id);
    for (const auto &row : fresh)
        ids.append(row.invitation.id);
    merge(ids, fresh);
}

void InvitationListModel::onInvitationsChanged(const QStringList &ids)
{
    if (ids.size() > targetedReadLimit) {
        reload();
        return;
    }
    auto read = m_store.invitations().invitationsById(ids);
    if (!read) {
        Q_EMIT readFailed(read.error().message);
        return;
    }
    auto &fresh = read.value();
    fresh.removeIf([this](const CachedInvitation &row) { return !belongs(row); });
    merge(ids, fresh);
}

const DomainRules &InvitationListModel::rules() const
{
    return m_store.account().rules();
}

bool InvitationListModel::belongs(const CachedInvitation &row) const
{
    return row.invitation.direction == m_direction && row.invitation.state == m_shownState;
}

const QDateTime &InvitationListModel::shownTime(const CachedInvitation &row) const
{
    return m_shownState == InvitationState::Pending ? row.invitation.sentAt : row.changedAt;
}

QDateTime InvitationListModel::reinviteAvailableAt(const CachedInvitation &row) const
{
    return rules().reinviteAvailableAt(row.changedAt);
}

void InvitationListModel::merge(const QStringList &ids, const QList<CachedInvitation> &fresh)
{
    QHash<QString, qsizetype> freshById;
    freshById.reserve(fresh.size());
    for (qsizetype i = 0; i < fresh.size(); ++i)
        freshById.insert(fresh[i].invitation.id, i);

    QList<int> removed;
    QList<int> changed;
    QSet<QString> seen;
    for (const auto &id : ids) {
        if (seen.contains(id))
            continue;
        seen.insert(id);
        const int row = m_index.value(id, -1);
        const auto freshRow = freshById.constFind(id);
        if (row >= 0 && freshRow == freshById.cend()) {
            removed.append(row);
        } else if (row >= 0) {
            const auto &replacement = fresh[*freshRow];
            if (replacement.invitation != m_rows[row].invitation
                || replacement.actionQueued != m_rows[row].actionQueued) {
                m_rows[row] = replacement;
                changed.append(row);
            }
        }
    }

    // Removals in many scattered runs (a bulk withdrawal picked by filter or Ctrl-click):
    // one removal per run shifts the whole list and makes the proxy re-map each time
    // (2.2 s for 1,000 runs in 100,000 rows); one reset costs a single re-sort.
    std::sort(removed.begin(), removed.end(), std::greater<>());
    qsizetype runs = 0;
    for (qsizetype i = 0; i < removed.size(); ++i)
        runs += (i == 0 || removed[i] != removed[i - 1] - 1) ? 1 : 0;
    QList<CachedInvitation> added;
    for (const auto &row : fresh) {
        if (!m_index.contains(row.invitation.id))
            added.append(row);
    }
    if (runs > scatteredRunLimit) {
        beginResetModel();
        QSet<int> gone(removed.cbegin(), removed.cend());
        qsizetype kept = 0;
        for (qsizetype i = 0; i < m_rows.size(); ++i) {
            if (!gone.contains(static_cast<int>(i)))
                m_rows[kept++] = std::move(m_rows[i]);
        }
        m_rows.resize(kept);
        m_rows.append(added);
        rebuildIndex();
        endResetModel();
        return;
    }

    // Changed rows first (indexes are still valid), in contiguous ranges.
    std::sort(changed.begin(), changed.end());
    for (qsizetype i = 0; i < changed.size();) {
        qsizetype j = i;
        while (j + 1 < changed.size() && changed[j + 1] == changed[j] + 1)
            ++j;
        Q_EMIT dataChanged(index(changed[i], 0), index(changed[j], ColumnCount - 1));
        i = j + 1;
    }

    // Removals from the bottom up, one range at a time.
    for (qsizetype i = 0; i < removed.size();) {
        qsizetype j = i;
        while (j + 1 < removed.size() && removed[j + 1] == removed[j] - 1)
            ++j;
        const int first = removed[j];
        const int last = removed[i];
        beginRemoveRows({}, first, last);
        m_rows.remove(first, last - first + 1);
        endRemoveRows();
        i = j + 1;
    }
    if (!removed.isEmpty())
        rebuildIndex();

    if (!added.isEmpty()) {
        const int first = static_cast<int>(m_rows.size());
        beginInsertRows({}, first, first + static_cast<int>(added.size()) - 1);
        for (const auto &row : std::as_const(added)) {
            m_index.insert(row.invitation.id, static_cast<int>(m_rows.size()));
            m_rows.append(row);
        }
        endInsertRows();
    }
}

void InvitationListModel::rebuildIndex()
{
    m_index.clear();
    m_index.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i)
        m_index.insert(m_rows[i].invitation.id, i);
}

int InvitationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int InvitationListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString InvitationListModel::actionText() const
{
    if (m_shownState == InvitationState::Withdrawn)
        return tr("Re-invite");
    return m_direction == Direction::Sent ? tr("Withdraw") : tr("Accept or Ignore");
}

QVariant InvitationListModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const auto &row = m_rows.at(index.row());
    const auto &inv = row.invitation;
    const bool withdrawn = m_shownState == InvitationState::Withdrawn;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return inv.person.name;
        case HeadlineColumn:
            return inv.person.headline;
        case CompanyColumn:
            return inv.person.company;
        case SentColumn:
            return describeAge(shownTime(row), m_clock.now());
        case ReinviteColumn:
            if (!withdrawn)
                return {};
            return rules().canReinvite(row.changedAt, m_clock.now())
                       ? tr("now", "can re-invite: now")
                       // With the time: the button enables at that minute, not at midnight.
                       : QLocale().toString(reinviteAvailableAt(row).toLocalTime(), QLocale::ShortFormat);
        case ActionColumn:
            // Read by screen readers; the delegate paints the buttons.
            return row.actionQueued ? tr("Sending…") : actionText();
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == SentColumn)
            return withdrawn ? tr("Withdrawn %1", "a date and time").arg(describeExactTime(shownTime(row)))
                             : tr("Sent %1", "a date and time").arg(describeExactTime(shownTime(row)));
        if (index.column() == ActionColumn && !data(index, ActionEnabledRole).toBool())
            return tr("You can invite %1 again from %2.").arg(inv.person.name,
                                                              describeExactTime(reinviteAvailableAt(row)));
        if (index.column() == NameColumn && inv.message)
            return *inv.message;
        break;
    case SortRole:
        // Text columns sort by their text; the age by the time it stands for.
        if (index.column() == SentColumn || index.column() == ReinviteColumn)
            return shownTime(row);
        return index.column() == ActionColumn ? QVariant() : data(index, Qt::DisplayRole);
    case InvitationIdRole:
        return inv.id;
    case PersonNameRole:
        return inv.person.name;
    case SentAtRole:
        return inv.sentAt;
    case ActionQueuedRole:
        return row.actionQueued;
    case ActionEnabledRole:
        return !withdrawn || rules().canReinvite(row.changedAt, m_clock.now());
    }
    return {};
}

QVariant InvitationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case HeadlineColumn:
        return tr("Headline");
    case CompanyColumn:
        return tr("Company");
    case SentColumn:
        if (m_shownState == InvitationState::Withdrawn)
            return tr("Withdrawn", "column: when it was withdrawn");
        return m_direction == Direction::Sent ? tr("Sent", "column: when it was sent")
                                              : tr("Received", "column: when it was received");
    case ReinviteColumn:
        return tr("Can re-invite");
    case ActionColumn:
        return tr("Action");
    }
    return {};
}

} // namespace InviteDesk
