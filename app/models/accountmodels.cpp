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
    for (auto signal : {&CacheStore::accountChanged, &CacheStore::outboxChanged})
        connect(&m_cache, signal, this, &AccountModels::snapshotChanged);
    connect(&m_cache, &CacheStore::invitationsChanged, this, [this] {
        Q_EMIT invitationsChanged();
        Q_EMIT snapshotChanged();
    });
}

AccountModels::~AccountModels() = default;

const DomainRules &AccountModels::rules() const
{
    return m_cache.rules();
}

void AccountModels::reload()
{
    m_received->reload();
    m_sent->reload();
    m_withdrawn->reload();
    m_suggestions->reload();
}

AccountSnapshot AccountModels::snapshot() const
{
    return m_cache.snapshot();
}

QList<Invitation> AccountModels::sentInvitations() const
{
    QList<Invitation> sent;
    for (const auto state : {InvitationState::Pending, InvitationState::Accepted, InvitationState::Ignored,
                             InvitationState::Withdrawn, InvitationState::Expired}) {
        const auto rows = m_cache.invitations(Direction::Sent, state);
        for (const auto &row : rows)
            sent.append(row.invitation);
    }
    return sent;
}

} // namespace InviteDesk
