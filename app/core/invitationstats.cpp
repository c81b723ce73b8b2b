#include "core/invitationstats.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

namespace InviteDesk {

namespace {

constexpr qint64 dayMs = 24 * 3600 * 1000;

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

InvitationStatsCounter::InvitationStatsCounter(const QDateTime &now, const DomainRules &rules, const QTimeZone &zone)
    : m_nowMs(now.toMSecsSinceEpoch()), m_expiryMs(rules.expiryDays * dayMs), m_soonMs(rules.expiringSoonDays * dayMs)
{
    for (const AgeRange &range : ageRanges(rules)) {
        m_stats.pendingByAge.append({range.label, 0});
        m_lastDays.append(range.lastDay);
    }
    m_stats.pendingByAge.append({Text::tr("expiring soon"), 0});

    const QDate currentMonth = firstOfMonth(now, zone);
    const QDate firstMonth = currentMonth.addMonths(1 - monthsShown);
    for (int i = 0; i < monthsShown; ++i)
        m_stats.acceptanceByMonth.append({firstMonth.addMonths(i), 0, 0});
    // A zone conversion per invitation was most of the cost at 100,000.
    for (int i = 0; i <= monthsShown; ++i)
        m_monthStarts[i] = firstMonth.addMonths(i).startOfDay(zone).toMSecsSinceEpoch();
}

void InvitationStatsCounter::add(InvitationState state, qint64 sentAtMs)
{
    // DomainRules' expiry and age rules in milliseconds: UTC days are all 24 hours long.
    const qint64 expiresMs = sentAtMs + m_expiryMs;
    if (state == InvitationState::Pending && m_nowMs < expiresMs) {
        if (m_nowMs >= expiresMs - m_soonMs) {
            ++m_stats.pendingByAge.back().count;
        } else {
            const qint64 age = std::max<qint64>(0, m_nowMs - sentAtMs) / dayMs;
            for (qsizetype i = 0; i < m_lastDays.size(); ++i) {
                if (age <= m_lastDays.at(i)) {
                    ++m_stats.pendingByAge[i].count;
                    break;
                }
            }
        }
    }
    const auto next = std::upper_bound(m_monthStarts.begin(), m_monthStarts.end(), sentAtMs);
    const auto month = next - m_monthStarts.begin() - 1;
    if (month >= 0 && month < monthsShown) {
        MonthlyAcceptance &entry = m_stats.acceptanceByMonth[month];
        ++entry.sent;
        if (state == InvitationState::Accepted)
            ++entry.accepted;
    }
}

} // namespace InviteDesk
