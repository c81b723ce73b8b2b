#pragma once

#include "core/person.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace InviteDesk {

enum class InvitationState { Pending, Accepted, Ignored, Withdrawn, Expired };

// Relative to whoever looks at the invitation.
enum class Direction { Sent, Received };

QString toWireString(InvitationState state);
QString toWireString(Direction direction);
std::optional<InvitationState> invitationStateFromWire(QStringView text);
std::optional<Direction> directionFromWire(QStringView text);

struct Invitation
{
    QString id;
    Direction direction = Direction::Sent;
    InvitationState state = InvitationState::Pending;
    QDateTime sentAt;
    QDateTime updatedAt;
    QDateTime expiresAt;
    std::optional<QString> message;
    Person person; // the other party
    qint64 version = 1;

    friend bool operator==(const Invitation &, const Invitation &) = default;
};

} // namespace InviteDesk
