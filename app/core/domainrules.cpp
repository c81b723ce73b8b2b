#include "core/domainrules.h"

namespace InviteDesk {

QDateTime DomainRules::expiresAt(const QDateTime &sentAt) const
{
    return sentAt.toUTC().addDays(expiryDays);
}

bool DomainRules::isExpired(const QDateTime &sentAt, const QDateTime &now) const
{
    return now >= expiresAt(sentAt);
}

QDateTime DomainRules::reinviteAvailableAt(const QDateTime &withdrawnAt) const
{
    return withdrawnAt.toUTC().addDays(reinviteCooldownDays);
}

bool DomainRules::canReinvite(const QDateTime &withdrawnAt, const QDateTime &now) const
{
    return now >= reinviteAvailableAt(withdrawnAt);
}

bool DomainRules::isWithinCourtesyPeriod(const QDateTime &sentAt, const QDateTime &now) const
{
    return now < sentAt.toUTC().addDays(courtesyDays);
}

QDateTime DomainRules::weeklyWindowStart(const QDateTime &now) const
{
    return now.toUTC().addDays(-weeklyWindowDays);
}

bool DomainRules::noteFits(QStringView note) const
{
    return codePointCount(note) <= noteMaxChars;
}

qsizetype codePointCount(QStringView text)
{
    qsizetype count = 0;
    for (auto it = text.begin(); it != text.end(); ++it) {
        // A surrogate pair is one code point; a lone surrogate still counts as one.
        if (it->isHighSurrogate() && std::next(it) != text.end() && std::next(it)->isLowSurrogate())
            ++it;
        ++count;
    }
    return count;
}

bool isStale(const QDateTime &sentAt, const QDateTime &now, int thresholdDays)
{
    return now > sentAt.toUTC().addDays(thresholdDays);
}

} // namespace InviteDesk
