#include "models/invitationlist.h"

#include "cache/cachestore.h"

#include <QHash>
#include <QSet>
#include <QTimer>

#include <algorithm>
#include <cstring>

namespace InviteDesk {

namespace {

// Enough for several screens of every page; a row costs about a kilobyte.
constexpr int cachedRows = 4096;
constexpr auto otherOrdersDelay = std::chrono::milliseconds(250);

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

} // namespace

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
    return m_shownState == InvitationState::Pending ? m_table.sentAtMs(slot) : m_table.changedAtMs(slot);
}

void InvitationList::reload()
{
    auto read = m_store.invitations().tables({{m_direction, m_shownState}});
    if (!read) {
        // The rows stay as they were; the window says why they may be stale.
        Q_EMIT readFailed(read.error().message);
        return;
    }
    replace(std::move(read.value().front()));
}

void InvitationList::replace(InvitationTable table)
{
    Q_EMIT aboutToBeReplaced();
    m_table = std::move(table);
    m_count = static_cast<int>(m_table.slotCount());
    m_rows.clear();
    m_orderBuilt = {};
    m_byIdBuilt = false;
    buildOrder(SortKey::Time);
    Q_EMIT replaced();
    // After the first paint, unless a header click asks for one before.
    QTimer::singleShot(otherOrdersDelay, this, &InvitationList::buildOtherOrders);
}

bool InvitationList::less(SortKey key, Slot a, Slot b) const
{
    int order = 0;
    switch (key) {
    case SortKey::Name:
        order = m_table.name(a).compare(m_table.name(b));
        break;
    case SortKey::Headline:
        order = m_table.headline(a).compare(m_table.headline(b));
        break;
    case SortKey::Company:
        order = m_table.company(a).compare(m_table.company(b));
        break;
    case SortKey::Time:
    case SortKey::Count: {
        const qint64 ta = shownTimeMs(a), tb = shownTimeMs(b);
        order = ta < tb ? -1 : ta > tb ? 1 : 0;
        break;
    }
    }
    return order != 0 ? order < 0 : a < b;
}

void InvitationList::buildOrder(SortKey key) const
{
    auto &order = m_orders[static_cast<size_t>(key)];
    order.clear();
    order.reserve(m_count);
    if (key == SortKey::Time) {
        for (Slot slot = 0; slot < m_table.slotCount(); ++slot) {
            if (!m_table.isGone(slot))
                order.push_back(slot);
        }
        std::sort(order.begin(), order.end(), [this](Slot a, Slot b) { return less(SortKey::Time, a, b); });
    } else {
        // Sorted by a number first: comparing strings a million times is most of the cost.
        std::vector<std::pair<quint64, Slot>> keyed;
        keyed.reserve(m_count);
        for (Slot slot = 0; slot < m_table.slotCount(); ++slot) {
            if (m_table.isGone(slot))
                continue;
            const auto text = key == SortKey::Name       ? m_table.name(slot)
                              : key == SortKey::Headline ? m_table.headline(slot)
                                                         : m_table.company(slot);
            keyed.emplace_back(prefixKey(text), slot);
        }
        std::sort(keyed.begin(), keyed.end(), [this, key](const auto &a, const auto &b) {
            return a.first != b.first ? a.first < b.first : less(key, a.second, b.second);
        });
        for (const auto &entry : keyed)
            order.push_back(entry.second);
    }
    m_orderBuilt[static_cast<size_t>(key)] = true;
}

void InvitationList::buildOtherOrders() const
{
    for (size_t k = 0; k < m_orders.size(); ++k)
        order(static_cast<SortKey>(k));
    if (!m_byIdBuilt)
        buildIdOrder();
}

void InvitationList::buildIdOrder() const
{
    m_byId.clear();
    for (Slot slot = 0; slot < m_table.slotCount(); ++slot) {
        if (!m_table.isGone(slot))
            m_byId.push_back(slot);
    }
    std::sort(m_byId.begin(), m_byId.end(), [this](Slot a, Slot b) { return m_table.id(a) < m_table.id(b); });
    m_byIdBuilt = true;
}

const std::vector<InvitationList::Slot> &InvitationList::order(SortKey key) const
{
    if (!m_orderBuilt[static_cast<size_t>(key)])
        buildOrder(key);
    return m_orders[static_cast<size_t>(key)];
}

std::optional<InvitationList::Slot> InvitationList::slotOf(std::string_view id) const
{
    if (!m_byIdBuilt)
        buildIdOrder();
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
    for (size_t k = 0; k < m_orders.size(); ++k) {
        const auto key = static_cast<SortKey>(k);
        auto &order = m_orders[k];
        if (!m_orderBuilt[k])
            continue; // built from the table when first asked for
        std::erase_if(order, isOut);
        const auto byKey = [this, key](Slot a, Slot b) { return less(key, a, b); };
        std::sort(in.begin(), in.end(), byKey);
        std::vector<Slot> merged;
        merged.reserve(order.size() + in.size());
        std::merge(order.begin(), order.end(), in.begin(), in.end(), std::back_inserter(merged), byKey);
        order = std::move(merged);
    }
    if (!idsToo || !m_byIdBuilt)
        return;
    const auto byId = [this](Slot a, Slot b) { return m_table.id(a) < m_table.id(b); };
    std::erase_if(m_byId, [&](Slot slot) { return isOut(slot) && m_table.isGone(slot); });
    std::vector<Slot> newIds;
    for (const Slot slot : in) {
        if (!slotOf(m_table.id(slot)))
            newIds.push_back(slot);
    }
    std::sort(newIds.begin(), newIds.end(), byId);
    std::vector<Slot> merged;
    merged.reserve(m_byId.size() + newIds.size());
    std::merge(m_byId.begin(), m_byId.end(), newIds.begin(), newIds.end(), std::back_inserter(merged), byId);
    m_byId = std::move(merged);
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
