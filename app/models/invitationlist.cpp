#include "models/invitationlist.h"

#include "cache/cachestore.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cstring>
#include <numeric>
#include <unordered_map>
#include <utility>

namespace InviteDesk {

namespace {

// Enough for several screens of every page; a row costs about a kilobyte.
constexpr int cachedRows = 4096;
// Up to this many slots go into each order one by one; more are merged in one pass.
constexpr size_t insertedOneByOne = 64;

using Slot = InvitationList::Slot;
using SortKey = InvitationList::SortKey;

std::string_view utf8View(const QByteArray &bytes)
{
    return {bytes.constData(), static_cast<size_t>(bytes.size())};
}

// The first eight bytes as one number that orders like them: most comparisons of a
// sort end there.
quint64 prefixKey(std::string_view text)
{
    quint64 key = 0;
    for (size_t i = 0; i < 8; ++i)
        key = (key << 8) | (i < text.size() ? static_cast<unsigned char>(text[i]) : 0);
    return key;
}

// `items` by their texts (ties by item). Compared from where the texts first differ, by
// eight bytes as a number: ids all begin "inv_0000", so most comparisons end in that number.
template<typename TextOf>
void sortByText(std::vector<quint32> &items, const TextOf &textOf)
{
    if (items.empty())
        return;
    const std::string_view first = textOf(items.front());
    size_t common = first.size();
    for (const quint32 item : items) {
        const std::string_view text = textOf(item);
        common = std::min<size_t>(common, std::mismatch(first.begin(), first.begin() + std::min(common, text.size()),
                                                        text.begin())
                                              .first
                                              - first.begin());
    }
    std::vector<std::pair<quint64, quint32>> keyed;
    keyed.reserve(items.size());
    for (const quint32 item : items)
        keyed.emplace_back(prefixKey(textOf(item).substr(common)), item);
    std::sort(keyed.begin(), keyed.end(), [&](const auto &a, const auto &b) {
        if (a.first != b.first)
            return a.first < b.first;
        const int order = textOf(a.second).compare(textOf(b.second));
        return order != 0 ? order < 0 : a.second < b.second;
    });
    for (size_t i = 0; i < keyed.size(); ++i)
        items[i] = keyed[i].second;
}

qint64 shownTime(const InvitationTable &table, InvitationState shownState, Slot slot)
{
    return shownState == InvitationState::Pending ? table.sentAtMs(slot) : table.changedAtMs(slot);
}

std::string_view sortText(const InvitationTable &table, SortKey key, Slot slot)
{
    return key == SortKey::Name ? table.name(slot) : key == SortKey::Headline ? table.headline(slot) : table.company(slot);
}

bool less(const InvitationTable &table, InvitationState shownState, SortKey key, Slot a, Slot b)
{
    int order = 0;
    if (key == SortKey::Time || key == SortKey::Count) {
        const qint64 ta = shownTime(table, shownState, a), tb = shownTime(table, shownState, b);
        order = ta < tb ? -1 : ta > tb ? 1 : 0;
    } else {
        order = sortText(table, key, a).compare(sortText(table, key, b));
    }
    return order != 0 ? order < 0 : a < b;
}

// Names, headlines and companies repeat: their distinct texts are sorted once, and the
// slots placed by the rank of their text in one pass, which keeps ties in slot order.
std::vector<Slot> sortedByText(const InvitationTable &table, SortKey key)
{
    std::unordered_map<std::string_view, quint32> indexOf;
    std::vector<std::string_view> texts;
    std::vector<quint32> textOf(table.slotCount(), 0);
    for (Slot slot = 0; slot < table.slotCount(); ++slot) {
        if (table.isGone(slot))
            continue;
        const auto [it, added] = indexOf.try_emplace(sortText(table, key, slot), static_cast<quint32>(texts.size()));
        if (added)
            texts.push_back(it->first);
        textOf[slot] = it->second;
    }
    std::vector<quint32> byText(texts.size());
    std::iota(byText.begin(), byText.end(), 0);
    sortByText(byText, [&texts](quint32 text) { return texts[text]; });
    // Where each text's rows begin in the order.
    std::vector<quint32> rank(texts.size()), counts(texts.size(), 0);
    for (quint32 i = 0; i < byText.size(); ++i)
        rank[byText[i]] = i;
    for (Slot slot = 0; slot < table.slotCount(); ++slot) {
        if (!table.isGone(slot))
            ++counts[rank[textOf[slot]]];
    }
    std::exclusive_scan(counts.begin(), counts.end(), counts.begin(), 0u);
    std::vector<Slot> order(table.slotCount());
    size_t placed = 0;
    for (Slot slot = 0; slot < table.slotCount(); ++slot) {
        if (!table.isGone(slot)) {
            order[counts[rank[textOf[slot]]]++] = slot;
            ++placed;
        }
    }
    order.resize(placed);
    return order;
}

std::vector<Slot> sortedByTime(const InvitationTable &table, InvitationState shownState)
{
    std::vector<std::pair<qint64, Slot>> keyed;
    keyed.reserve(table.slotCount());
    for (Slot slot = 0; slot < table.slotCount(); ++slot) {
        if (!table.isGone(slot))
            keyed.emplace_back(shownTime(table, shownState, slot), slot);
    }
    std::sort(keyed.begin(), keyed.end());
    std::vector<Slot> order;
    order.reserve(keyed.size());
    for (const auto &entry : keyed)
        order.push_back(entry.second);
    return order;
}

} // namespace

InvitationList::Contents InvitationList::arrange(InvitationTable table, InvitationState shownState)
{
    Contents contents;
    for (const auto key : {SortKey::Name, SortKey::Headline, SortKey::Company})
        contents.orders[static_cast<size_t>(key)] = sortedByText(table, key);
    contents.orders[static_cast<size_t>(SortKey::Time)] = sortedByTime(table, shownState);
    contents.byId = contents.orders[static_cast<size_t>(SortKey::Time)];
    sortByText(contents.byId, [&table](Slot slot) { return table.id(slot); });
    contents.table = std::move(table);
    return contents;
}

InvitationList::InvitationList(CacheStore &store, Direction direction, InvitationState shownState,
                               const Clock &clock, QObject *parent)
    : QObject(parent), m_store(store), m_direction(direction), m_shownState(shownState), m_clock(clock),
      m_rows(cachedRows)
{
    connect(&m_store.invitations(), &InvitationStore::invitationsChanged, this,
            &InvitationList::onInvitationsChanged);
    connect(&m_store.account(), &AccountStore::rulesChanged, this, &InvitationList::rulesChanged);
}

const DomainRules &InvitationList::rules() const
{
    return m_store.account().rules();
}

qint64 InvitationList::shownTimeMs(Slot slot) const
{
    return shownTime(m_table, m_shownState, slot);
}

void InvitationList::reload()
{
    auto read = m_store.invitations().tables({key()});
    if (!read) {
        // The rows stay as they were; the window says why they may be stale.
        Q_EMIT readFailed(read.error().message);
        return;
    }
    replace(arrange(std::move(read.value().front()), m_shownState));
}

void InvitationList::replace(Contents contents)
{
    const int count = static_cast<int>(contents.byId.size());
    show(std::move(contents), count, true);
    m_replacementExpected = false;
    // The rows were read before these changes, or after: reading them again is right both ways.
    if (!m_announcedMeanwhile.isEmpty())
        apply(std::exchange(m_announcedMeanwhile, {}));
}

void InvitationList::showPreview(ListPreview preview)
{
    const int count = static_cast<int>(preview.size);
    // A list that fits in its preview is whole already: its page need not wait for the others.
    const bool whole = preview.size <= preview.newest.slotCount();
    show(arrange(std::move(preview.newest), m_shownState), count, whole);
}

void InvitationList::show(Contents contents, int count, bool complete)
{
    Q_EMIT aboutToBeReplaced();
    m_table = std::move(contents.table);
    m_orders = std::move(contents.orders);
    m_byId = std::move(contents.byId);
    m_count = count;
    m_complete = complete;
    m_rows.clear();
    Q_EMIT replaced();
}

bool InvitationList::less(SortKey key, Slot a, Slot b) const
{
    return InviteDesk::less(m_table, m_shownState, key, a, b);
}

std::optional<InvitationList::Slot> InvitationList::slotOf(std::string_view id) const
{
    const auto it = std::lower_bound(m_byId.begin(), m_byId.end(), id,
                                     [this](Slot slot, std::string_view wanted) { return m_table.id(slot) < wanted; });
    if (it == m_byId.end() || m_table.id(*it) != id)
        return std::nullopt;
    return *it;
}

std::optional<InvitationList::Slot> InvitationList::slotOf(const QString &id) const
{
    return slotOf(utf8View(id.toUtf8()));
}

void InvitationList::reorder(const std::vector<char> &out, std::vector<Slot> in, bool idsToo)
{
    const auto isOut = [&out](Slot slot) { return slot < out.size() && out[slot]; };
    // One slot in a million-row order: a binary search and one move of the tail, not a merge.
    const auto putIn = [](std::vector<Slot> &order, std::vector<Slot> &slots, const auto &less) {
        std::sort(slots.begin(), slots.end(), less);
        if (slots.size() <= insertedOneByOne) {
            for (const Slot slot : slots)
                order.insert(std::upper_bound(order.begin(), order.end(), slot, less), slot);
            return;
        }
        std::vector<Slot> merged;
        merged.reserve(order.size() + slots.size());
        std::merge(order.begin(), order.end(), slots.begin(), slots.end(), std::back_inserter(merged), less);
        order = std::move(merged);
    };
    for (size_t k = 0; k < m_orders.size(); ++k) {
        const auto key = static_cast<SortKey>(k);
        std::erase_if(m_orders[k], isOut);
        putIn(m_orders[k], in, [this, key](Slot a, Slot b) { return less(key, a, b); });
    }
    if (!idsToo)
        return;
    std::erase_if(m_byId, [&](Slot slot) { return isOut(slot) && m_table.isGone(slot); });
    std::vector<Slot> newIds;
    for (const Slot slot : in) {
        if (!slotOf(m_table.id(slot)))
            newIds.push_back(slot);
    }
    putIn(m_byId, newIds, [this](Slot a, Slot b) { return m_table.id(a) < m_table.id(b); });
}

bool InvitationList::belongs(const CachedInvitation &row) const
{
    return row.invitation.direction == m_direction && row.invitation.state == m_shownState;
}

void InvitationList::keep(Slot slot, const CachedInvitation &row) const
{
    m_rows.insert(slot, new CachedInvitation(row));
}

void InvitationList::onInvitationsChanged(const QStringList &ids)
{
    if (!m_complete || m_replacementExpected)
        m_announcedMeanwhile.append(ids);
    // A preview's size and rows stay as they were until the whole list is read.
    if (m_complete)
        apply(ids);
}

void InvitationList::apply(const QStringList &ids)
{
    auto read = m_store.invitations().invitationsById(ids);
    if (!read) {
        Q_EMIT readFailed(read.error().message);
        return;
    }
    QHash<QString, const CachedInvitation *> fresh;
    fresh.reserve(read.value().size());
    for (const auto &row : std::as_const(read.value())) {
        if (belongs(row))
            fresh.insert(row.invitation.id, &row);
    }

    Change change;
    QSet<QString> seen;
    for (const auto &id : ids) {
        if (seen.contains(id))
            continue;
        seen.insert(id);
        const QByteArray idBytes = id.toUtf8();
        const auto slot = slotOf(utf8View(idBytes));
        const CachedInvitation *row = fresh.value(id);
        if (!slot && !row)
            continue;
        if (slot && !row) {
            m_table.markGone(*slot);
            m_rows.remove(*slot);
            change.removed.push_back(*slot);
            continue;
        }
        const auto &person = row->invitation.person;
        const QByteArray name = person.name.toUtf8(), headline = person.headline.toUtf8(),
                         company = person.company.toUtf8();
        const qint64 sentAt = row->invitation.sentAt.toMSecsSinceEpoch();
        const qint64 changedAt = row->changedAt.toMSecsSinceEpoch();
        if (!slot) {
            const Slot added = m_table.append(utf8View(idBytes), utf8View(name), utf8View(headline),
                                              utf8View(company), sentAt, changedAt, row->actionQueued);
            keep(added, *row);
            change.inserted.push_back(added);
            continue;
        }
        const qint64 shownBefore = shownTimeMs(*slot);
        const std::string nameBefore(m_table.name(*slot)), headlineBefore(m_table.headline(*slot)),
            companyBefore(m_table.company(*slot));
        // The same version again (a sync that repeats a page) changes nothing.
        if (const CachedInvitation *before = m_rows.object(*slot); before && before->invitation == row->invitation
            && before->actionQueued == row->actionQueued && before->changedAt == row->changedAt)
            continue;
        m_table.update(*slot, utf8View(name), utf8View(headline), utf8View(company), sentAt, changedAt,
                       row->actionQueued);
        keep(*slot, *row);
        if (shownBefore != shownTimeMs(*slot) || nameBefore != m_table.name(*slot)
            || headlineBefore != m_table.headline(*slot) || companyBefore != m_table.company(*slot))
            change.moved.push_back(*slot);
        else
            change.updated.push_back(*slot);
    }
    if (change.removed.empty() && change.inserted.empty() && change.moved.empty() && change.updated.empty())
        return;
    m_count += static_cast<int>(change.inserted.size()) - static_cast<int>(change.removed.size());
    if (!change.removed.empty() || !change.moved.empty() || !change.inserted.empty()) {
        // A moved slot's old place is found by its old texts, which are gone: out of every
        // order by flag, then merged back in with the new ones.
        std::vector<char> out(m_table.slotCount(), 0);
        for (const auto *slots : {&change.removed, &change.moved}) {
            for (const Slot slot : *slots)
                out[slot] = 1;
        }
        std::vector<Slot> in = change.inserted;
        in.insert(in.end(), change.moved.begin(), change.moved.end());
        reorder(out, std::move(in), !change.removed.empty() || !change.inserted.empty());
    }
    Q_EMIT changed(change);
}

void InvitationList::fetch(std::span<const Slot> slots) const
{
    QStringList ids;
    QHash<QString, Slot> slotById;
    for (const Slot slot : slots) {
        if (m_table.isGone(slot) || m_rows.contains(slot))
            continue;
        const QString id = m_table.idString(slot);
        ids.append(id);
        slotById.insert(id, slot);
    }
    if (ids.isEmpty())
        return;
    const auto read = m_store.invitations().invitationsById(ids);
    if (!read)
        return; // the cells stay empty; the next change or reload tells the window
    for (const auto &row : read.value()) {
        if (const auto slot = slotById.constFind(row.invitation.id); slot != slotById.cend())
            keep(*slot, row);
    }
}

} // namespace InviteDesk
