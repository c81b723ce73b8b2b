#include "core/domainrules.h"

#include <algorithm>

namespace InviteDesk {

QDateTime DomainRules::expiresAt(const QDateTime &sentAt) const
{
    return sentAt.toUTC().addDays(expiryDays);
}

bool DomainRules::isExpired(const QDateTime &sentAt, const QDateTime &now) const
{
    return now >= expiresAt(sentAt);
}

bool DomainRules::isExpiringSoon(const QDateTime &sentAt, const QDateTime &now) const
{
    const QDateTime expiry = expiresAt(sentAt);
    return now < expiry && now >= expiry.addDays(-expiringSoonDays);
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

QDateTime DomainRules::nextInviteAllowedAt(QList<QDateTime> sentTimes, const QDateTime &now) const
{
    const QDateTime windowStart = weeklyWindowStart(now);
    sentTimes.removeIf([&](const QDateTime &sent) { return sent <= windowStart; });
    if (sentTimes.size() < weeklyInviteLimit)
        return now.toUTC();
    // The oldest sends leave the window one by one; the one that brings the count
    // below the limit sets the date.
    std::sort(sentTimes.begin(), sentTimes.end());
    const qsizetype mustLeave = sentTimes.size() - weeklyInviteLimit;
    return sentTimes.at(mustLeave).toUTC().addDays(weeklyWindowDays);
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

int ageInDays(const QDateTime &sentAt, const QDateTime &now)
{
    constexpr qint64 dayMs = 24 * 3600 * 1000;
    return static_cast<int>(std::max<qint64>(0, sentAt.msecsTo(now)) / dayMs);
}

} // namespace InviteDesk
