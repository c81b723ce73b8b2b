#include "models/accountmodels.h"

#include "cache/cachestore.h"
#include "models/invitationlistmodel.h"
#include "models/suggestionlistmodel.h"

namespace InviteDesk {

AccountModels::AccountModels(CacheStore &cache, const Clock &clock, QObject *parent)
    : QObject(parent), m_cache(cache), m_clock(clock)
{
    m_received = new InvitationListModel(cache, Direction::Received, clock, this);
    m_sent = new InvitationListModel(cache, Direction::Sent, clock, this);
    m_withdrawn = new InvitationListModel(cache, Direction::Sent, InvitationState::Withdrawn, clock, this);
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
    connect(&m_cache.invitations(), &InvitationStore::changedElsewhere, this, rowsChanged);
    for (auto *list : {m_received, m_sent, m_withdrawn})
        connect(list, &InvitationListModel::readFailed, this, &AccountModels::readFailed);
    connect(m_suggestions, &SuggestionListModel::readFailed, this, &AccountModels::readFailed);
}

AccountModels::~AccountModels() = default;

const DomainRules &AccountModels::rules() const
{
    return m_cache.account().rules();
}

void AccountModels::reload()
{
    m_received->reload();
    m_sent->reload();
    m_withdrawn->reload();
    m_suggestions->reload();
}

Result<AccountSnapshot, QString> AccountModels::snapshot() const
{
    auto snapshot = m_cache.account().snapshot(AccountStore::PendingCounts::Skipped);
    if (!snapshot)
        return snapshot.error().message;
    // The lists hold exactly the pending rows of each direction.
    snapshot.value().pendingReceived = m_received->rowCount();
    snapshot.value().pendingSent = m_sent->rowCount();
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
