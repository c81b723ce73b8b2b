#pragma once

#include "core/domainrules.h"
#include "core/invitation.h"
#include "server/apireply.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

#include <atomic>
#include <limits>
#include <optional>

namespace InviteDesk {
class Clock;
}

namespace InviteDesk::Server {

class ServerDatabase;
class WriteTransaction;

struct InvitationListQuery
{
    std::optional<Direction> direction; // both when empty
    std::optional<InvitationState> state; // every state when empty
    int limit = 50;
    QString cursor;
};

// The network's invitations as one caller sees them, and the rules that change
// them. Reads open their own connection; mutations run in the caller's write
// transaction so they can share it with the idempotency record.
class InvitationService final
{
public:
    InvitationService(ServerDatabase &database, const Clock &clock, const DomainRules &rules);
    Q_DISABLE_COPY_MOVE(InvitationService)

    ApiReply me(const QString &me);
    ApiReply listInvitations(const QString &me, const InvitationListQuery &query);
    ApiReply changesSince(const QString &me, const std::optional<QString> &since, int limit);
    ApiReply suggestions(const QString &me, int limit);
    ApiReply connections(const QString &me, int limit, const QString &cursor);
    ApiReply notifications(const QString &me, int limit);

    ApiReply createInvitation(WriteTransaction &transaction, const QString &me, const QJsonObject &body);
    ApiReply withdraw(WriteTransaction &transaction, const QString &me, const QString &invitationId);
    ApiReply accept(WriteTransaction &transaction, const QString &me, const QString &invitationId);
    ApiReply ignore(WriteTransaction &transaction, const QString &me, const QString &invitationId);

    // Pending invitations whose time is up become `expired`. Mutations call this in
    // their transaction; reads call expireDueInvitations() first, which only takes
    // the writer lock when something is due, and only looks when the earliest
    // pending expiry it saw last has come.
    void expireDue(WriteTransaction &transaction);
    void expireDueInvitations();

private:
    enum class Role { Sender, Invitee };
    ApiReply transition(WriteTransaction &transaction, const QString &me, const QString &invitationId, Role role,
                        InvitationState target);
    std::optional<Invitation> findVisible(const QSqlDatabase &db, const QString &me, const QString &invitationId);

    ServerDatabase &m_database;
    const Clock &m_clock;
    DomainRules m_rules;
    std::atomic<qint64> m_nothingExpiresBefore{std::numeric_limits<qint64>::min()};
};

} // namespace InviteDesk::Server
