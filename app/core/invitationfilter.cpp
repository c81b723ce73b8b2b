#include "core/invitationfilter.h"

#include "core/invitationsearch.h"

namespace InviteDesk {

bool InvitationFilter::matches(const Invitation &invitation, const QDateTime &now, const DomainRules &rules) const
{
    if (!company.isEmpty() && !invitation.person.company.contains(company, Qt::CaseInsensitive))
        return false;
    if (minAgeDays || maxAgeDays) {
        const int age = ageInDays(invitation.sentAt, now);
        if ((minAgeDays && age < *minAgeDays) || (maxAgeDays && age > *maxAgeDays))
            return false;
    }
    if (expiringSoonOnly && !rules.isExpiringSoon(invitation.sentAt, now))
        return false;
    return matchesSearch(invitation.person, text);
}

} // namespace InviteDesk
