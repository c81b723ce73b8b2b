#pragma once

#include <QDateTime>
#include <QList>
#include <QStringView>

namespace InviteDesk {

// The network's rules. The defaults are the product's; the server takes each one
// from a flag so tests and deployments can vary them. Every comparison is in UTC,
// so a "day" is always 24 hours.
struct DomainRules
{
    int reinviteCooldownDays = 21;
    int expiryDays = 180;
    int weeklyInviteLimit = 100;
    int noteMaxChars = 300;
    int courtesyDays = 14;
    int expiringSoonDays = 14;

    static constexpr int weeklyWindowDays = 7;

    // A pending invitation expires at exactly sentAt + expiryDays.
    QDateTime expiresAt(const QDateTime &sentAt) const;
    bool isExpired(const QDateTime &sentAt, const QDateTime &now) const;
    // Pending and less than expiringSoonDays from its expiry (not yet expired).
    bool isExpiringSoon(const QDateTime &sentAt, const QDateTime &now) const;

    // Re-inviting the same person is allowed again from exactly withdrawnAt + cooldown.
    QDateTime reinviteAvailableAt(const QDateTime &withdrawnAt) const;
    bool canReinvite(const QDateTime &withdrawnAt, const QDateTime &now) const;

    // Withdrawing a request younger than this deserves a second thought.
    bool isWithinCourtesyPeriod(const QDateTime &sentAt, const QDateTime &now) const;

    // Invitations sent in the rolling window that ends at `now` count from this instant.
    QDateTime weeklyWindowStart(const QDateTime &now) const;
    // With the invitations sent so far (any order), when the next one may be sent:
    // `now` while under the limit, else when enough of them leave the rolling window.
    QDateTime nextInviteAllowedAt(QList<QDateTime> sentTimes, const QDateTime &now) const;

    bool noteFits(QStringView note) const;

    friend bool operator==(const DomainRules &, const DomainRules &) = default;
};

// Notes are limited in Unicode code points (an emoji is one, not two UTF-16 units).
qsizetype codePointCount(QStringView text);

// A pending invitation is stale once it has been pending for strictly more than
// thresholdDays.
bool isStale(const QDateTime &sentAt, const QDateTime &now, int thresholdDays);

// Whole days (of 24 hours) since sentAt; 0 for the first day, never negative.
int ageInDays(const QDateTime &sentAt, const QDateTime &now);

} // namespace InviteDesk
