#include "core/invitationstats.h"
#include "support/catchqt.h"

#include <QTimeZone>

#include <cmath>

using namespace InviteDesk;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 day = 24 * 3600;
const QDateTime now(QDate(2026, 3, 15), QTime(12, 0), Qt::UTC);
const QTimeZone utc = QTimeZone::utc();

// One sent invitation as the counter is given it.
struct SentInvitation
{
    InvitationState state;
    QDateTime sentAt;
};

SentInvitation sentAt(const QDateTime &time, InvitationState state = InvitationState::Pending)
{
    return {state, time};
}

InvitationStats computeInvitationStats(const QList<SentInvitation> &sent, const QDateTime &at, const DomainRules &rules,
                                       const QTimeZone &zone)
{
    InvitationStatsCounter counter(at, rules, zone);
    for (const auto &inv : sent)
        counter.add(inv.state, inv.sentAt.toMSecsSinceEpoch());
    return counter.stats();
}

QList<int> counts(const InvitationStats &stats)
{
    QList<int> result;
    for (const auto &bucket : stats.pendingByAge)
        result.append(bucket.count);
    return result;
}

} // namespace

TEST_CASE("pending invitations fall in age buckets named as the rules say", "[core][stats]")
{
    const auto stats = computeInvitationStats({}, now, DomainRules{}, utc);
    QStringList labels;
    for (const auto &bucket : stats.pendingByAge)
        labels.append(bucket.label);
    CHECK(labels
          == QStringList{u"0–7 days"_s, u"8–14 days"_s, u"15–30 days"_s, u"31–90 days"_s, u"91–165 days"_s,
                         u"expiring soon"_s});
    CHECK(counts(stats) == QList<int>{0, 0, 0, 0, 0, 0});

    DomainRules shorter;
    shorter.expiryDays = 120;
    shorter.expiringSoonDays = 10;
    CHECK(computeInvitationStats({}, now, shorter, utc).pendingByAge.at(4).label == u"91–109 days"_s);
}

TEST_CASE("age buckets split between day 7 and day 8 and at each later boundary", "[core][stats]")
{
    const QList<SentInvitation> sent{
        sentAt(now),                                 // 0 days
        sentAt(now.addSecs(-8 * day + 1)),           // 7 days and 23:59:59
        sentAt(now.addSecs(-8 * day)),               // 8 days
        sentAt(now.addSecs(-14 * day)),              // 14
        sentAt(now.addSecs(-15 * day)),              // 15
        sentAt(now.addSecs(-31 * day + 1)),          // 30
        sentAt(now.addSecs(-31 * day)),              // 31
        sentAt(now.addSecs(-91 * day + 1)),          // 90
        sentAt(now.addSecs(-91 * day)),              // 91
        sentAt(now.addSecs(5 * day)),                // clock skew: "in the future" is 0 days
    };
    CHECK(counts(computeInvitationStats(sent, now, DomainRules{}, utc)) == QList<int>{3, 2, 2, 2, 1, 0});
}

TEST_CASE("the last 14 days before expiry are expiring soon and expired ones are left out", "[core][stats]")
{
    const DomainRules rules;
    const QDateTime lastNotSoon = now.addSecs(-166 * day + 1); // 165 days and 23:59:59
    const QDateTime firstSoon = now.addSecs(-166 * day);
    const QDateTime lastMoment = now.addSecs(-180 * day + 1);
    const QDateTime expired = now.addSecs(-180 * day);
    REQUIRE_FALSE(rules.isExpiringSoon(lastNotSoon, now));
    REQUIRE(rules.isExpiringSoon(firstSoon, now));
    REQUIRE(rules.isExpired(expired, now));

    const QList<SentInvitation> sent{sentAt(lastNotSoon), sentAt(firstSoon), sentAt(lastMoment), sentAt(expired),
                                 sentAt(now.addSecs(-400 * day))};
    CHECK(counts(computeInvitationStats(sent, now, rules, utc)) == QList<int>{0, 0, 0, 0, 1, 2});
}

TEST_CASE("only pending invitations are counted by age", "[core][stats]")
{
    const QDateTime threeDaysAgo = now.addSecs(-3 * day);
    const QList<SentInvitation> sent{sentAt(threeDaysAgo, InvitationState::Accepted),
                                 sentAt(threeDaysAgo, InvitationState::Ignored),
                                 sentAt(threeDaysAgo, InvitationState::Withdrawn),
                                 sentAt(threeDaysAgo, InvitationState::Expired), sentAt(threeDaysAgo)};
    CHECK(counts(computeInvitationStats(sent, now, DomainRules{}, utc)) == QList<int>{1, 0, 0, 0, 0, 0});
}

TEST_CASE("acceptance covers the 12 calendar months ending with the current one", "[core][stats]")
{
    const QList<SentInvitation> sent{
        sentAt(QDateTime(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC), InvitationState::Accepted),
        sentAt(QDateTime(QDate(2026, 3, 14), QTime(9, 0), Qt::UTC)),
        sentAt(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC), InvitationState::Withdrawn),
        sentAt(QDateTime(QDate(2026, 3, 3), QTime(9, 0), Qt::UTC), InvitationState::Ignored),
        sentAt(QDateTime(QDate(2025, 4, 1), QTime(0, 0), Qt::UTC), InvitationState::Accepted), // oldest month shown
        sentAt(QDateTime(QDate(2025, 3, 31), QTime(23, 59), Qt::UTC), InvitationState::Accepted), // too old
        sentAt(QDateTime(QDate(2026, 4, 1), QTime(0, 0), Qt::UTC), InvitationState::Accepted), // clock skew
    };
    const auto stats = computeInvitationStats(sent, now, DomainRules{}, utc);
    REQUIRE(stats.acceptanceByMonth.size() == 12);
    CHECK(stats.acceptanceByMonth.front().month == QDate(2025, 4, 1));
    CHECK(stats.acceptanceByMonth.back().month == QDate(2026, 3, 1));
    CHECK(stats.acceptanceByMonth.front() == MonthlyAcceptance{QDate(2025, 4, 1), 1, 1});
    CHECK(stats.acceptanceByMonth.front().rate() == 1.0);
    CHECK(stats.acceptanceByMonth.back() == MonthlyAcceptance{QDate(2026, 3, 1), 4, 1});
    CHECK(stats.acceptanceByMonth.back().rate() == 0.25);
    for (qsizetype i = 1; i < 11; ++i) {
        INFO(i);
        CHECK(stats.acceptanceByMonth.at(i).month == QDate(2025, 4, 1).addMonths(static_cast<int>(i)));
        CHECK(stats.acceptanceByMonth.at(i).sent == 0);
    }
}

TEST_CASE("a month with nothing sent has a rate of 0, not NaN", "[core][stats]")
{
    const auto stats = computeInvitationStats({}, now, DomainRules{}, utc);
    for (const auto &month : stats.acceptanceByMonth) {
        CHECK(month.sent == 0);
        CHECK_FALSE(std::isnan(month.rate()));
        CHECK(month.rate() == 0.0);
    }
    // Sent but none accepted is a real 0 too.
    const auto none = computeInvitationStats({sentAt(now)}, now, DomainRules{}, utc);
    CHECK(none.acceptanceByMonth.back() == MonthlyAcceptance{QDate(2026, 3, 1), 1, 0});
    CHECK(none.acceptanceByMonth.back().rate() == 0.0);
}

TEST_CASE("months are calendar months in the user's zone", "[core][stats]")
{
    const QTimeZone berlin("Europe/Berlin");
    // 23:30 UTC on 31 January is 00:30 on 1 February in Berlin (UTC+1 in winter).
    const QDateTime lateJanuaryUtc(QDate(2026, 1, 31), QTime(23, 30), Qt::UTC);
    const QList<SentInvitation> sent{sentAt(lateJanuaryUtc, InvitationState::Accepted)};

    const auto inBerlin = computeInvitationStats(sent, now, DomainRules{}, berlin);
    const auto inUtc = computeInvitationStats(sent, now, DomainRules{}, utc);
    CHECK(inBerlin.acceptanceByMonth.at(10) == MonthlyAcceptance{QDate(2026, 2, 1), 1, 1});
    CHECK(inBerlin.acceptanceByMonth.at(9) == MonthlyAcceptance{QDate(2026, 1, 1), 0, 0});
    CHECK(inUtc.acceptanceByMonth.at(9) == MonthlyAcceptance{QDate(2026, 1, 1), 1, 1});
    CHECK(inUtc.acceptanceByMonth.at(10) == MonthlyAcceptance{QDate(2026, 2, 1), 0, 0});

    // "Now" is itself placed in the zone: 23:30 UTC on 31 March is already April in
    // Berlin (UTC+2 in summer), so the window there runs May 2025 to April 2026.
    const QDateTime lateMarchUtc(QDate(2026, 3, 31), QTime(23, 30), Qt::UTC);
    CHECK(computeInvitationStats({}, lateMarchUtc, DomainRules{}, berlin).acceptanceByMonth.back().month
          == QDate(2026, 4, 1));
    CHECK(computeInvitationStats({}, lateMarchUtc, DomainRules{}, utc).acceptanceByMonth.back().month
          == QDate(2026, 3, 1));
}
