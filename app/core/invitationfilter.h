#pragma once

#include "core/domainrules.h"
#include "core/invitation.h"

#include <QString>

#include <optional>

namespace InviteDesk {

// What the Manage lists show: the search words, a company, an age range in whole days
// (ageInDays) and "expiring soon". An empty filter matches every invitation.
struct InvitationFilter
{
    QString text{};  // matchesSearch: every word in name, headline or company
    QString company{}; // part of the company name, case-insensitive
    std::optional<int> minAgeDays{};
    std::optional<int> maxAgeDays{};
    bool expiringSoonOnly = false;

    bool matches(const Invitation &invitation, const QDateTime &now, const DomainRules &rules) const;
    bool dependsOnTime() const { return minAgeDays || maxAgeDays || expiringSoonOnly; }

    friend bool operator==(const InvitationFilter &, const InvitationFilter &) = default;
};

} // namespace InviteDesk
