#include "models/accountmodels.h"

#include "cache/cachestore.h"
#include "models/invitationlist.h"
#include "models/suggestionlistmodel.h"

#include <QtConcurrentRun>

#include <array>

namespace InviteDesk {

namespace {

// Lists of this many rows in all are read on the GUI thread, in a few milliseconds;
// longer ones show a preview while a worker thread reads them.
constexpr qsizetype readOnThisThread = 5000;
// A preview's rows: a tall screen's worth, and some.
constexpr int previewRows = 200;

} // namespace

AccountModels::AccountModels(CacheStore &cache, const Clock &clock, QObject *parent)
    : QObject(parent), m_cache(cache), m_clock(clock)
{
    m_received = new InvitationList(cache, Direction::Received, InvitationState::Pending, clock, this);
    m_sent = new InvitationList(cache, Direction::Sent, InvitationState::Pending, clock, this);
    m_withdrawn = new InvitationList(cache, Direction::Sent, InvitationState::Withdrawn, clock, this);
    m_suggestions = new SuggestionListModel(cache, this);
    for (auto signal : {&AccountStore::accountChanged, &AccountStore::rulesChanged})
        connect(&m_cache.account(), signal, this, &AccountModels::snapshotChanged);
    connect(&m_cache.outbox(), &OutboxStore::outboxChanged, this, &AccountModels::snapshotChanged);
    connect(&m_cache.syncState(), &SyncStateStore::lastSyncedChanged, this, &AccountModels::snapshotChanged);
    connect(&m_cache.account(), &AccountStore::rulesChanged, this, &AccountModels::invitationsChanged);
    const auto rowsChanged = [this] {
        Q_EMIT invitationsChanged();
        Q_EMIT snapshotChanged();
    };
    connect(&m_cache.invitations(), &InvitationStore::invitationsChanged, this, rowsChanged);
    // Rows the command line changed: read again; the models keep their selections.
    connect(&m_cache.invitations(), &InvitationStore::changedElsewhere, this, &AccountModels::reloadLists);
    connect(&m_cache.invitations(), &InvitationStore::changedElsewhere, this, rowsChanged);
    for (auto *list : {m_received, m_sent, m_withdrawn})
        connect(list, &InvitationList::readFailed, this, &AccountModels::readFailed);
    connect(m_suggestions, &SuggestionListModel::readFailed, this, &AccountModels::readFailed);
    connect(&m_reading, &QFutureWatcherBase::finished, this, &AccountModels::onListsRead);
}

AccountModels::~AccountModels() = default;

const DomainRules &AccountModels::rules() const
{
    return m_cache.account().rules();
}

void AccountModels::reload()
{
    reloadLists();
    m_suggestions->reload();
}

void AccountModels::reloadLists()
{
    if (m_reading.isRunning()) {
        m_readAgain = true; // read once more when this read ends: it may predate the change
        return;
    }
    const std::array lists{m_received, m_sent, m_withdrawn};
    std::vector<ListKey> keys;
    std::vector<ListPreview> previews;
    qsizetype rows = 0;
    for (const auto *list : lists) {
        auto preview = m_cache.invitations().preview(list->key(), previewRows);
        if (!preview) {
            // The lists stay as they were; the window says why they may be stale.
            Q_EMIT readFailed(preview.error().message);
            return;
        }
        keys.push_back(list->key());
        rows += preview.value().size;
        previews.push_back(std::move(preview.value()));
    }
    if (rows <= readOnThisThread) {
        auto tables = m_cache.invitations().tables(keys);
        if (!tables) {
            Q_EMIT readFailed(tables.error().message);
            return;
        }
        for (size_t i = 0; i < lists.size(); ++i)
            lists[i]->replace(InvitationList::arrange(std::move(tables.value()[i]), keys[i].state));
        return;
    }
    for (size_t i = 0; i < lists.size(); ++i) {
        // A list that shows rows keeps them until the new ones are read.
        if (lists[i]->count() == 0)
            lists[i]->showPreview(std::move(previews[i]));
        lists[i]->expectReplacement();
    }
    m_reading.setFuture(QtConcurrent::run(
        [path = m_cache.invitations().path(), keys]() -> CacheResult<std::vector<InvitationList::Contents>> {
            auto tables = InvitationTables::readFile(path, keys);
            if (!tables)
                return tables.error();
            std::vector<InvitationList::Contents> contents;
            for (size_t i = 0; i < keys.size(); ++i)
                contents.push_back(InvitationList::arrange(std::move(tables.value()[i]), keys[i].state));
            return contents;
        }));
}

void AccountModels::onListsRead()
{
    auto read = m_reading.future().takeResult();
    const std::array lists{m_received, m_sent, m_withdrawn};
    if (!read) {
        Q_EMIT readFailed(read.error().message);
        // Once more on this thread, which says again why if it fails again.
        for (auto *list : lists)
            list->reload();
    } else {
        for (size_t i = 0; i < lists.size(); ++i)
            lists[i]->replace(std::move(read.value()[i]));
    }
    if (std::exchange(m_readAgain, false))
        reloadLists();
}

Result<AccountSnapshot, QString> AccountModels::snapshot() const
{
    auto snapshot = m_cache.account().snapshot(AccountStore::PendingCounts::Skipped);
    if (!snapshot)
        return snapshot.error().message;
    // The lists hold exactly the pending rows of each direction.
    snapshot.value().pendingReceived = m_received->count();
    snapshot.value().pendingSent = m_sent->count();
    return std::move(snapshot.value());
}

Result<InvitationStats, QString> AccountModels::sentStats(const QTimeZone &zone) const
{
    auto stats = m_cache.invitations().sentStats(InvitationStatsCounter(m_clock.now(), rules(), zone));
    if (!stats)
        return stats.error().message;
    return std::move(stats.value());
}

} // namespace InviteDesk
