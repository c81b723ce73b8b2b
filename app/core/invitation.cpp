#include "core/invitation.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace InviteDesk {

namespace {

constexpr std::array stateNames{
    std::pair{InvitationState::Pending, "pending"},   std::pair{InvitationState::Accepted, "accepted"},
    std::pair{InvitationState::Ignored, "ignored"},   std::pair{InvitationState::Withdrawn, "withdrawn"},
    std::pair{InvitationState::Expired, "expired"},
};

} // namespace

QString toWireString(InvitationState state)
{
    for (const auto &[value, name] : stateNames) {
        if (value == state)
            return QString::fromLatin1(name);
    }
    Q_UNREACHABLE();
    return {};
}

QString toWireString(Direction direction)
{
    return direction == Direction::Sent ? u"sent"_s : u"received"_s;
}

std::optional<InvitationState> invitationStateFromWire(QStringView text)
{
    for (const auto &[value, name] : stateNames) {
        if (text == QLatin1StringView(name))
            return value;
    }
    return std::nullopt;
}

std::optional<Direction> directionFromWire(QStringView text)
{
    if (text == u"sent")
        return Direction::Sent;
    if (text == u"received")
        return Direction::Received;
    return std::nullopt;
}

} // namespace InviteDesk
