#pragma once

#include "core/domainrules.h"
#include "core/invitation.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <array>

namespace InviteDesk {

// How many pending sent invitations have one age.
struct AgeBucket
{
    QString label;
    int count = 0;

    friend bool operator==(const AgeBucket &, const AgeBucket &) = default;
};

// Invitations sent in one calendar month and how many of them were accepted.
struct MonthlyAcceptance
{
    QDate month; // the first day of the month
    int sent = 0;
    int accepted = 0;

    // accepted / sent, from 0 to 1; 0 for a month with nothing sent.
    double rate() const { return sent > 0 ? static_cast<double>(accepted) / sent : 0.0; }

    friend bool operator==(const MonthlyAcceptance &, const MonthlyAcceptance &) = default;
};

struct InvitationStats
{
    // Pending sent invitations: "0–7 days", "8–14 days", "15–30 days", "31–90 days", then
    // up to the day before expiring soon, then "expiring soon". Already expired ones that
    // are still marked pending are left out.
    QList<AgeBucket> pendingByAge;
    // The last 12 calendar months, oldest first, ending with the current one.
    QList<MonthlyAcceptance> acceptanceByMonth;

    friend bool operator==(const InvitationStats &, const InvitationStats &) = default;
};

// Counts the user's sent invitations one at a time, so that a million are counted as
// they are read. Ages are 24-hour days in UTC like every rule; months are calendar months
// in `zone`, the one the user lives in.
class InvitationStatsCounter final
{
public:
    InvitationStatsCounter(const QDateTime &now, const DomainRules &rules, const QTimeZone &zone);

    void add(InvitationState state, qint64 sentAtMs);
    const InvitationStats &stats() const { return m_stats; }

private:
    static constexpr int monthsShown = 12;
    InvitationStats m_stats;
    qint64 m_nowMs;
    qint64 m_expiryMs;      // how long an invitation stays pending
    qint64 m_soonMs;        // how long before expiry it counts as expiring soon
    QList<int> m_lastDays;  // the last day of each age bucket but "expiring soon"
    // Where each month shown begins in the zone, and where the next one would.
    std::array<qint64, monthsShown + 1> m_monthStarts{};
};

} // namespace InviteDesk
