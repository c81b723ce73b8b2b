#pragma once

#include "cache/invitationtables.h"
#include "core/cachedinvitation.h"
#include "core/clock.h"
#include "core/domainrules.h"

#include <QCache>
#include <QObject>

#include <array>
#include <optional>
#include <span>
#include <vector>

namespace InviteDesk {

class CacheStore;

// Every invitation of one list (Received or Sent, in one shown state) as the cache has
// them, kept compact (InvitationTable) and in each sort order at once, so the pages'
// models filter and sort 1,000,000 rows by walking arrays. Changes arrive as the ids the
// cache announces and are applied in place: a slot keeps its row for the list's life.
// The full texts of a row are read from the cache when a view shows it, and kept for
// the few thousand rows last shown. Reads nothing until reload(), replace() or
// showPreview().
class InvitationList final : public QObject
{
    Q_OBJECT
public:
    using Slot = InvitationTable::Slot;
    enum class SortKey { Name, Headline, Company, Time, Count };

    // What one batch of announced ids did, in slots.
    struct Change
    {
        std::vector<Slot> removed;  // left the list (gone)
        std::vector<Slot> inserted; // new slots
        std::vector<Slot> moved;    // still here, with another place in some sort order
        std::vector<Slot> updated;  // still here, in the same place: other texts or flags
    };

    // A table with every sort order built: what a list shows, whole.
    struct Contents
    {
        InvitationTable table;
        std::array<std::vector<Slot>, static_cast<size_t>(SortKey::Count)> orders;
        std::vector<Slot> byId; // the slots by id, for slotOf()
    };
    // Builds every order of `table`. Touches nothing else, so any thread may call it.
    static Contents arrange(InvitationTable table, InvitationState shownState);

    InvitationList(CacheStore &store, Direction direction, InvitationState shownState, const Clock &clock,
                   QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(InvitationList)

    Direction direction() const { return m_direction; }
    InvitationState shownState() const { return m_shownState; }
    ListKey key() const { return {m_direction, m_shownState}; }
    const Clock &clock() const { return m_clock; }
    const DomainRules &rules() const;
    // Reads every row again, on this thread; the models keep their selections through it.
    void reload();
    // The same with rows read and arranged elsewhere (AccountModels reads every list in
    // one pass, on a worker thread).
    void replace(Contents contents);
    // Until the first replace(): the list's true size and its newest rows, so a window
    // paints before a million rows are read. Changes announced meanwhile wait for it.
    void showPreview(ListPreview preview);
    // False while the list shows a preview: sorting, filters and selections need every row.
    bool isComplete() const { return m_complete; }
    // A replace() is on its way with rows read from now on: changes announced until it
    // comes are applied again on top of it.
    void expectReplacement() { m_replacementExpected = true; }

    // Rows in the list now (slots not gone); the true size during a preview.
    int count() const { return m_count; }
    const InvitationTable &table() const { return m_table; }
    // The slots of the list's rows, by the key ascending (ties by slot).
    const std::vector<Slot> &order(SortKey key) const { return m_orders[static_cast<size_t>(key)]; }
    std::optional<Slot> slotOf(std::string_view id) const;
    std::optional<Slot> slotOf(const QString &id) const;
    // The time the date column shows and sorts by: sent, or withdrawn.
    qint64 shownTimeMs(Slot slot) const;

    // The row's full texts, or nullptr when they were not read (see fetch()).
    const CachedInvitation *cached(Slot slot) const { return m_rows.object(slot); }
    // Reads the full rows of those slots that are not cached, in one query.
    void fetch(std::span<const Slot> slots) const;

Q_SIGNALS:
    // The whole list is read again (reload): slots change meaning in between.
    void aboutToBeReplaced();
    void replaced();
    void changed(const InvitationList::Change &change);
    // The cache could not be read: what the list shows may be out of date.
    void readFailed(const QString &message);
    // Re-invite dates and "expiring soon" follow the server's rules.
    void rulesChanged();

private:
    void onInvitationsChanged(const QStringList &ids);
    void apply(const QStringList &ids);
    void show(Contents contents, int count, bool complete);
    bool belongs(const CachedInvitation &row) const;
    bool less(SortKey key, Slot a, Slot b) const;
    // Takes `out` (flags by slot) out of every order and puts `in` in its place in each.
    void reorder(const std::vector<char> &out, std::vector<Slot> in, bool idsToo);
    void keep(Slot slot, const CachedInvitation &row) const;

    CacheStore &m_store;
    const Direction m_direction;
    const InvitationState m_shownState;
    const Clock &m_clock;
    InvitationTable m_table;
    std::array<std::vector<Slot>, static_cast<size_t>(SortKey::Count)> m_orders;
    std::vector<Slot> m_byId;
    int m_count = 0;
    bool m_complete = true;
    bool m_replacementExpected = false;
    // Announced while a preview shows or a replacement is on its way.
    QStringList m_announcedMeanwhile;
    mutable QCache<Slot, CachedInvitation> m_rows;
};

} // namespace InviteDesk
