#include "core/invitationstats.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

namespace InviteDesk {

namespace {

constexpr int monthsShown = 12;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(InviteDesk::InvitationStats)
};

QString dayRange(int first, int last)
{
    return Text::tr("%1–%2 days", "an age range of invitations").arg(first).arg(last);
}

struct AgeRange
{
    int lastDay;
    QString label;
};

// The fixed ranges; what follows them ends where "expiring soon" begins, so it follows
// the rules.
QList<AgeRange> ageRanges(const DomainRules &rules)
{
    const int lastBeforeSoon = rules.expiryDays - rules.expiringSoonDays - 1;
    return {{7, dayRange(0, 7)},
            {14, dayRange(8, 14)},
            {30, dayRange(15, 30)},
            {90, dayRange(31, 90)},
            {lastBeforeSoon, dayRange(91, lastBeforeSoon)}};
}

QDate firstOfMonth(const QDateTime &time, const QTimeZone &zone)
{
    const QDate date = time.toTimeZone(zone).date();
    return QDate(date.year(), date.month(), 1);
}

} // namespace

InvitationStats computeInvitationStats(const QList<SentInvitation> &sent, const QDateTime &now, const DomainRules &rules,
                                       const QTimeZone &zone)
{
    InvitationStats stats;
    const QList<AgeRange> ranges = ageRanges(rules);
    for (const AgeRange &range : ranges)
        stats.pendingByAge.append({range.label, 0});
    stats.pendingByAge.append({Text::tr("expiring soon"), 0});

    const QDate currentMonth = firstOfMonth(now, zone);
    const QDate firstMonth = currentMonth.addMonths(1 - monthsShown);
    for (int i = 0; i < monthsShown; ++i)
        stats.acceptanceByMonth.append({firstMonth.addMonths(i), 0, 0});
    // Where each month begins in the zone, and the next after the last: a zone conversion
    // per invitation was most of the cost at 100,000.
    std::array<qint64, monthsShown + 1> monthStarts{};
    for (int i = 0; i <= monthsShown; ++i)
        monthStarts[i] = firstMonth.addMonths(i).startOfDay(zone).toMSecsSinceEpoch();

    for (const SentInvitation &inv : sent) {
        if (inv.state == InvitationState::Pending && !rules.isExpired(inv.sentAt, now)) {
            if (rules.isExpiringSoon(inv.sentAt, now)) {
                ++stats.pendingByAge.back().count;
            } else {
                const int age = ageInDays(inv.sentAt, now);
                for (qsizetype i = 0; i < ranges.size(); ++i) {
                    if (age <= ranges.at(i).lastDay) {
                        ++stats.pendingByAge[i].count;
                        break;
                    }
                }
            }
        }
        const qint64 sentMs = inv.sentAt.toMSecsSinceEpoch();
        const auto next = std::upper_bound(monthStarts.begin(), monthStarts.end(), sentMs);
        const auto month = next - monthStarts.begin() - 1;
        if (month >= 0 && month < monthsShown) {
            MonthlyAcceptance &entry = stats.acceptanceByMonth[month];
            ++entry.sent;
            if (inv.state == InvitationState::Accepted)
                ++entry.accepted;
        }
    }
    return stats;
}

} // namespace InviteDesk
