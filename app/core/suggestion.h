#pragma once

#include "core/person.h"

#include <QDateTime>

#include <optional>

namespace InviteDesk {

// Someone the network suggests inviting; a recent withdrawal blocks it until
// reinviteAvailableAt.
struct Suggestion
{
    Person person;
    std::optional<QDateTime> reinviteAvailableAt;

    friend bool operator==(const Suggestion &, const Suggestion &) = default;
};

} // namespace InviteDesk
