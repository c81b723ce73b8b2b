#include "models/invitationlistmodel.h"

#include "models/agetext.h"

#include <QLocale>
#include <QStringTokenizer>

#include <algorithm>

namespace InviteDesk {

namespace {

// Past this many separate runs of rows that came or went, one layout change is cheaper
// than a signal each (each makes the view and the selection walk their rows).
constexpr qsizetype separateRunLimit = 32;
// Rows read around one not yet read: a screenful and some, in one query.
constexpr int fetchBefore = 16;
constexpr int fetchAfter = 64;
constexpr qint64 dayMs = 24 * 3600 * 1000;
// Match sets kept for the filters set last: erasing what was typed finds them again.
constexpr size_t recentFilters = 8;

QDateTime fromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

// Ranges of consecutive numbers in a sorted list: [first, last] pairs.
std::vector<std::pair<int, int>> runsOf(const std::vector<int> &sorted)
{
    std::vector<std::pair<int, int>> runs;
    for (const int n : sorted) {
        if (!runs.empty() && runs.back().second + 1 == n)
            runs.back().second = n;
        else
            runs.emplace_back(n, n);
    }
    return runs;
}

} // namespace

InvitationListModel::InvitationListModel(InvitationList &list, QObject *parent)
    : QAbstractTableModel(parent), m_list(list)
{
    connect(&m_list, &InvitationList::aboutToBeReplaced, this, &InvitationListModel::onAboutToBeReplaced);
    connect(&m_list, &InvitationList::replaced, this, &InvitationListModel::onReplaced);
    connect(&m_list, &InvitationList::changed, this, &InvitationListModel::onChanged);
    connect(&m_list, &InvitationList::rulesChanged, this, [this] {
        if (!m_rows.empty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    });
    m_now = clock().now();
    // A list read already (a page made later) shows at once.
    matchAll();
    setRows(arrange());
}

void InvitationListModel::setSearchText(const QString &text)
{
    InvitationFilter filter = m_filter;
    filter.text = text;
    setFilter(filter);
}

void InvitationListModel::setFilter(const InvitationFilter &filter)
{
    if (filter == m_filter && !filter.dependsOnTime())
        return;
    const InvitationFilter before = m_filter;
    const Search searchBefore = m_search;
    remember(before);
    m_filter = filter;
    m_now = clock().now();
    m_search = {};
    for (const auto word : QStringTokenizer(filter.text, u' ', Qt::SkipEmptyParts))
        m_search.words.push_back(InvitationTable::fold(word));
    m_search.company = InvitationTable::fold(filter.company);
    if (recall(filter)) {
        relayout(arrange());
    } else if (m_list.isComplete() && narrows(before, searchBefore)) {
        // Typing on: only the rows shown now can still match, in the order they have. The
        // table is walked in slot order, as it lies in memory.
        for (Slot slot = 0; slot < m_matches.size(); ++slot) {
            if (m_matches[slot])
                m_matches[slot] = matches(slot);
        }
        std::vector<Slot> rows;
        std::copy_if(m_rows.begin(), m_rows.end(), std::back_inserter(rows),
                     [this](Slot slot) { return m_matches[slot]; });
        relayout(rows);
    } else {
        matchAll();
        relayout(arrange());
    }
}

bool InvitationListModel::narrows(const InvitationFilter &before, const Search &searchBefore) const
{
    if (before.minAgeDays != m_filter.minAgeDays || before.maxAgeDays != m_filter.maxAgeDays
        || before.expiringSoonOnly != m_filter.expiringSoonOnly || m_filter.dependsOnTime()
        || m_search.company.find(searchBefore.company) == std::string::npos)
        return false;
    // A row with every new word has every old one if each old word is inside a new one.
    return std::all_of(searchBefore.words.begin(), searchBefore.words.end(), [this](const std::string &old) {
        return std::any_of(m_search.words.begin(), m_search.words.end(),
                           [&old](const std::string &word) { return word.find(old) != std::string::npos; });
    });
}

void InvitationListModel::remember(const InvitationFilter &filter)
{
    if (!m_list.isComplete() || filter.dependsOnTime())
        return;
    std::erase_if(m_recent, [&filter](const RecentMatches &recent) { return recent.filter == filter; });
    if (m_recent.size() == recentFilters)
        m_recent.pop_front();
    m_recent.push_back({filter, std::vector<bool>(m_matches.begin(), m_matches.end())});
}

bool InvitationListModel::recall(const InvitationFilter &filter)
{
    if (filter.dependsOnTime())
        return false;
    const auto recent = std::find_if(m_recent.begin(), m_recent.end(),
                                     [&filter](const RecentMatches &r) { return r.filter == filter; });
    if (recent == m_recent.end())
        return false;
    m_matches.assign(recent->matches.begin(), recent->matches.end());
    return true;
}

void InvitationListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount || column == ActionColumn)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    relayout(arrange(), QAbstractItemModel::VerticalSortHint);
}

// InvitationFilter::matches (core) on the compact table: the same rule — every word, and
// the company, found case-insensitively — with the text folded once per row, not per call.
bool InvitationListModel::matches(Slot slot) const
{
    const auto &table = m_list.table();
    if (table.isGone(slot))
        return false;
    if (!m_search.company.empty() && table.company(slot).find(m_search.company) == std::string_view::npos)
        return false;
    if (m_filter.minAgeDays || m_filter.maxAgeDays) {
        const qint64 age = std::max<qint64>(0, m_now.toMSecsSinceEpoch() - table.sentAtMs(slot)) / dayMs;
        if ((m_filter.minAgeDays && age < *m_filter.minAgeDays) || (m_filter.maxAgeDays && age > *m_filter.maxAgeDays))
            return false;
    }
    if (m_filter.expiringSoonOnly && !rules().isExpiringSoon(fromMs(table.sentAtMs(slot)), m_now))
        return false;
    const auto text = table.searchText(slot);
    return std::all_of(m_search.words.begin(), m_search.words.end(),
                       [text](const std::string &word) { return text.find(word) != std::string_view::npos; });
}

void InvitationListModel::matchAll()
{
    const auto slots = m_list.table().slotCount();
    m_matches.assign(slots, 0);
    for (Slot slot = 0; slot < slots; ++slot)
        m_matches[slot] = matches(slot);
}

std::vector<InvitationListModel::Slot> InvitationListModel::arrange() const
{
    using Key = InvitationList::SortKey;
    const Key key = m_sortColumn == NameColumn       ? Key::Name
                    : m_sortColumn == HeadlineColumn ? Key::Headline
                    : m_sortColumn == CompanyColumn  ? Key::Company
                                                     : Key::Time;
    const bool defaultView = key == Key::Time && m_sortOrder == Qt::DescendingOrder && m_filter == InvitationFilter{};
    if (!m_list.isComplete() && !defaultView)
        return {}; // nothing but the size is known yet
    const auto &order = m_list.order(key);
    std::vector<Slot> rows;
    rows.reserve(order.size());
    const auto take = [&](Slot slot) {
        if (m_matches[slot])
            rows.push_back(slot);
    };
    if (m_sortOrder == Qt::AscendingOrder)
        std::for_each(order.begin(), order.end(), take);
    else
        std::for_each(order.rbegin(), order.rend(), take);
    return rows;
}

int InvitationListModel::placeholdersAfter(const std::vector<Slot> &rows) const
{
    return m_list.isComplete() ? 0 : std::max(0, m_list.count() - static_cast<int>(rows.size()));
}

void InvitationListModel::setRows(std::vector<Slot> rows)
{
    // Only the rows that were shown are unplaced: a search that narrows a million rows to
    // a hundred touches those, not every slot.
    if (m_rowOfSlot.size() == static_cast<size_t>(m_list.table().slotCount())) {
        for (const Slot slot : m_rows)
            m_rowOfSlot[slot] = -1;
    } else {
        m_rowOfSlot.assign(m_list.table().slotCount(), -1);
    }
    m_rows = std::move(rows);
    m_placeholders = placeholdersAfter(m_rows);
    for (size_t row = 0; row < m_rows.size(); ++row)
        m_rowOfSlot[m_rows[row]] = static_cast<qint32>(row);
}

void InvitationListModel::placeRows()
{
    m_rowOfSlot.assign(m_list.table().slotCount(), -1);
    for (size_t row = 0; row < m_rows.size(); ++row)
        m_rowOfSlot[m_rows[row]] = static_cast<qint32>(row);
}

void InvitationListModel::relayout(const std::vector<Slot> &rows, QAbstractItemModel::LayoutChangeHint hint)
{
    // Only a sort keeps the same rows; a filter or a change adds and drops some.
    Q_EMIT layoutAboutToBeChanged({}, hint);
    const QModelIndexList before = persistentIndexList();
    std::vector<std::optional<Slot>> slotsBefore;
    slotsBefore.reserve(before.size());
    for (const auto &index : before)
        slotsBefore.push_back(index.row() < static_cast<int>(m_rows.size()) ? std::optional(m_rows[index.row()])
                                                                             : std::nullopt);
    setRows(rows);
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        const qint32 row = slotsBefore[i] ? m_rowOfSlot[*slotsBefore[i]] : -1;
        after.append(row < 0 ? QModelIndex() : index(row, before[i].column()));
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, hint);
}

void InvitationListModel::onAboutToBeReplaced()
{
    m_fillingEmpty = rowCount() == 0;
    if (m_fillingEmpty)
        return;
    // Slots change meaning: the persistent indexes follow their invitations by id.
    Q_EMIT layoutAboutToBeChanged();
    m_persistentBefore = persistentIndexList();
    m_persistentIds.clear();
    for (const auto &index : std::as_const(m_persistentBefore)) {
        const bool read = index.row() < static_cast<int>(m_rows.size());
        m_persistentIds.emplace_back(read ? m_list.table().id(m_rows[index.row()]) : std::string_view());
    }
    m_rows.clear(); // the slots they hold are about to mean other rows
}

void InvitationListModel::onReplaced()
{
    m_recent.clear();
    m_now = m_filter.dependsOnTime() ? clock().now() : m_now;
    matchAll();
    auto rows = arrange();
    if (m_fillingEmpty) {
        m_fillingEmpty = false;
        m_rowOfSlot.assign(m_list.table().slotCount(), -1);
        const int placeholders = placeholdersAfter(rows);
        if (rows.empty() && placeholders == 0)
            return;
        beginInsertRows({}, 0, static_cast<int>(rows.size()) + placeholders - 1);
        m_rows = std::move(rows);
        m_placeholders = placeholders;
        placeRows();
        endInsertRows();
        return;
    }
    m_rows = std::move(rows);
    m_placeholders = placeholdersAfter(m_rows);
    placeRows();
    QModelIndexList after;
    for (qsizetype i = 0; i < m_persistentBefore.size(); ++i) {
        const auto slot = m_list.slotOf(m_persistentIds[i]);
        const qint32 row = slot ? m_rowOfSlot[*slot] : -1;
        after.append(row < 0 ? QModelIndex() : index(row, m_persistentBefore[i].column()));
    }
    changePersistentIndexList(m_persistentBefore, after);
    m_persistentBefore.clear();
    m_persistentIds.clear();
    Q_EMIT layoutChanged();
}

void InvitationListModel::onChanged(const InvitationList::Change &change)
{
    m_recent.clear(); // their rows may have changed

    m_matches.resize(m_list.table().slotCount(), 0);
    m_rowOfSlot.resize(m_list.table().slotCount(), -1);
    for (const auto *slots : {&change.removed, &change.inserted, &change.moved, &change.updated}) {
        for (const Slot slot : *slots)
            m_matches[slot] = matches(slot);
    }
    // The rows that leave, and the moved ones that stay (their place may change).
    std::vector<Slot> changedSlots = change.updated;
    std::vector<int> leaving;
    bool movedStays = false;
    for (const auto *slots : {&change.removed, &change.moved, &change.updated}) {
        for (const Slot slot : *slots) {
            const qint32 row = m_rowOfSlot[slot];
            if (row < 0)
                continue;
            if (!m_matches[slot])
                leaving.push_back(row);
            else if (slots == &change.moved)
                movedStays = true;
        }
    }
    std::vector<Slot> rows = arrange();
    std::vector<int> arriving;
    for (size_t row = 0; row < rows.size(); ++row) {
        if (m_rowOfSlot[rows[row]] < 0)
            arriving.push_back(static_cast<int>(row));
    }
    // A moved row that kept its place (renamed while sorted by date) only changed.
    if (movedStays && leaving.empty() && arriving.empty() && rows == m_rows) {
        movedStays = false;
        for (const Slot slot : change.moved)
            changedSlots.push_back(slot);
    }
    std::sort(leaving.begin(), leaving.end());
    const auto leavingRuns = runsOf(leaving);
    const auto arrivingRuns = runsOf(arriving);
    if (movedStays || (!leaving.empty() && !arriving.empty())
        || static_cast<qsizetype>(leavingRuns.size() + arrivingRuns.size()) > separateRunLimit) {
        relayout(rows);
    } else {
        for (auto run = leavingRuns.rbegin(); run != leavingRuns.rend(); ++run) {
            beginRemoveRows({}, run->first, run->second);
            m_rows.erase(m_rows.begin() + run->first, m_rows.begin() + run->second + 1);
            endRemoveRows();
        }
        for (const auto &[first, last] : arrivingRuns) {
            beginInsertRows({}, first, last);
            m_rows.insert(m_rows.begin() + first, rows.begin() + first, rows.begin() + last + 1);
            endInsertRows();
        }
        Q_ASSERT(m_rows == rows);
        placeRows();
    }
    std::vector<int> changed;
    for (const Slot slot : changedSlots) {
        if (const qint32 row = m_rowOfSlot[slot]; row >= 0)
            changed.push_back(row);
    }
    std::sort(changed.begin(), changed.end());
    for (const auto &[first, last] : runsOf(changed))
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

const CachedInvitation *InvitationListModel::rowAt(int row) const
{
    if (row >= static_cast<int>(m_rows.size()))
        return nullptr; // not read yet
    const Slot slot = m_rows[row];
    if (const auto *cached = m_list.cached(slot))
        return cached;
    // A row not yet read: read it with the rows around it, which the view asks next.
    const int first = std::max(0, row - fetchBefore);
    const int last = std::min(static_cast<int>(m_rows.size()) - 1, row + fetchAfter);
    m_list.fetch(std::span<const Slot>(m_rows.data() + first, static_cast<size_t>(last - first + 1)));
    return m_list.cached(slot);
}

CachedInvitation InvitationListModel::invitationAt(int row) const
{
    const auto *cached = rowAt(row);
    return cached ? *cached : CachedInvitation{};
}

QDateTime InvitationListModel::sentAt(int row) const
{
    if (row >= static_cast<int>(m_rows.size()))
        return {};
    return fromMs(m_list.table().sentAtMs(m_rows[row]));
}

bool InvitationListModel::isActionQueued(int row) const
{
    if (row >= static_cast<int>(m_rows.size()))
        return false;
    return m_list.table().isActionQueued(m_rows[row]);
}

int InvitationListModel::rowOf(const QString &invitationId) const
{
    const auto slot = m_list.slotOf(invitationId);
    return slot ? m_rowOfSlot[*slot] : -1;
}

int InvitationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size()) + m_placeholders;
}

int InvitationListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString InvitationListModel::actionText() const
{
    if (shownState() == InvitationState::Withdrawn)
        return tr("Re-invite");
    return direction() == Direction::Sent ? tr("Withdraw") : tr("Accept or Ignore");
}

QVariant InvitationListModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    if (index.row() >= static_cast<int>(m_rows.size()))
        return {}; // the list is still being read
    const Slot slot = m_rows[index.row()];
    const auto &table = m_list.table();
    const bool withdrawn = shownState() == InvitationState::Withdrawn;
    const QDateTime shown = fromMs(m_list.shownTimeMs(slot));
    const auto reinviteAt = [&] { return rules().reinviteAvailableAt(fromMs(table.changedAtMs(slot))); };
    const auto canReinvite = [&] { return rules().canReinvite(fromMs(table.changedAtMs(slot)), clock().now()); };
    // What needs only the compact columns first: no read from the cache.
    switch (role) {
    case InvitationIdRole:
        return table.idString(slot);
    case SentAtRole:
        return fromMs(table.sentAtMs(slot));
    case ActionQueuedRole:
        return table.isActionQueued(slot);
    case ActionEnabledRole:
        return !withdrawn || canReinvite();
    case SortRole:
        if (index.column() == SentColumn || index.column() == ReinviteColumn)
            return shown;
        if (index.column() == ActionColumn)
            return {};
        return data(index, Qt::DisplayRole);
    case Qt::DisplayRole:
        if (index.column() == SentColumn)
            return describeAge(shown, clock().now());
        if (index.column() == ReinviteColumn) {
            if (!withdrawn)
                return {};
            return canReinvite() ? tr("now", "can re-invite: now")
                                 // With the time: the button enables at that minute, not at midnight.
                                 : QLocale().toString(reinviteAt().toLocalTime(), QLocale::ShortFormat);
        }
        if (index.column() == ActionColumn)
            // Read by screen readers; the delegate paints the buttons.
            return table.isActionQueued(slot) ? tr("Sending…") : actionText();
        break;
    case Qt::ToolTipRole:
        if (index.column() == SentColumn)
            return withdrawn ? tr("Withdrawn %1", "a date and time").arg(describeExactTime(shown))
                             : tr("Sent %1", "a date and time").arg(describeExactTime(shown));
        break;
    case PersonNameRole:
    case PersonIdRole:
        break;
    default:
        return {};
    }
    const CachedInvitation *row = rowAt(index.row());
    if (!row)
        return {};
    const auto &inv = row->invitation;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return inv.person.name;
        case HeadlineColumn:
            return inv.person.headline;
        case CompanyColumn:
            return inv.person.company;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == ActionColumn && withdrawn && !canReinvite())
            return tr("You can invite %1 again from %2.").arg(inv.person.name, describeExactTime(reinviteAt()));
        if (index.column() == NameColumn && inv.message)
            return *inv.message;
        break;
    case PersonNameRole:
        return inv.person.name;
    case PersonIdRole:
        return inv.person.id;
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
        if (shownState() == InvitationState::Withdrawn)
            return tr("Withdrawn", "column: when it was withdrawn");
        return direction() == Direction::Sent ? tr("Sent", "column: when it was sent")
                                              : tr("Received", "column: when it was received");
    case ReinviteColumn:
        return tr("Can re-invite");
    case ActionColumn:
        return tr("Action");
    }
    return {};
}

} // namespace InviteDesk
