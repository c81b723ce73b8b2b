#include "models/accountmodels.h"

#include "cache/cachestore.h"
#include "models/invitationlist.h"
#include "models/suggestionlistmodel.h"

#include <array>

namespace InviteDesk {

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
    const std::array lists{m_received, m_sent, m_withdrawn};
    std::vector<InvitationStore::ListKey> keys;
    for (const auto *list : lists)
        keys.push_back({list->direction(), list->shownState()});
    auto tables = m_cache.invitations().tables(keys);
    if (!tables) {
        // The lists stay as they were; the window says why they may be stale.
        Q_EMIT readFailed(tables.error().message);
        return;
    }
    for (size_t i = 0; i < lists.size(); ++i)
        lists[i]->replace(std::move(tables.value()[i]));
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

Result<QList<Invitation>, QString> AccountModels::sentInvitations() const
{
    QList<Invitation> sent;
    for (const auto state : {InvitationState::Pending, InvitationState::Accepted, InvitationState::Ignored,
                             InvitationState::Withdrawn, InvitationState::Expired}) {
        const auto rows = m_cache.invitations().invitations(Direction::Sent, state);
        if (!rows)
            return rows.error().message;
        for (const auto &row : rows.value())
            sent.append(row.invitation);
    }
    return sent;
}

} // namespace InviteDesk
