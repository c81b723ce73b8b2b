#include "core/domainrules.h"
#include "core/invitationfilter.h"
#include "support/catchqt.h"

#include <QTimeZone>

using namespace InviteDesk;
using namespace Qt::StringLiterals;

namespace {
const QDateTime sentAt(QDate(2026, 1, 10), QTime(9, 30), Qt::UTC);
constexpr qint64 day = 24 * 3600;
} // namespace

TEST_CASE("re-inviting is allowed again at exactly 21 days after a withdrawal", "[core][rules]")
{
    const DomainRules rules;
    const QDateTime withdrawnAt = sentAt;
    CHECK(rules.reinviteAvailableAt(withdrawnAt) == withdrawnAt.addSecs(21 * day));
    CHECK_FALSE(rules.canReinvite(withdrawnAt, withdrawnAt.addSecs(21 * day - 1)));
    CHECK(rules.canReinvite(withdrawnAt, withdrawnAt.addSecs(21 * day)));
}

TEST_CASE("a pending invitation expires at exactly 180 days", "[core][rules]")
{
    const DomainRules rules;
    CHECK(rules.expiresAt(sentAt) == sentAt.addSecs(180 * day));
    CHECK_FALSE(rules.isExpired(sentAt, sentAt.addSecs(180 * day - 1)));
    CHECK(rules.isExpired(sentAt, sentAt.addSecs(180 * day)));
}

TEST_CASE("rules count days in UTC even when given local times", "[core][rules]")
{
    const DomainRules rules;
    // Berlin switches to summer time on 2026-03-29; a UTC day stays 24 hours.
    const QDateTime beforeSwitch(QDate(2026, 3, 20), QTime(12, 0), QTimeZone("Europe/Berlin"));
    CHECK(rules.reinviteAvailableAt(beforeSwitch) == beforeSwitch.toUTC().addSecs(21 * day));
    CHECK(rules.reinviteAvailableAt(beforeSwitch).timeSpec() == Qt::UTC);
}

TEST_CASE("stale means pending for strictly more than the threshold", "[core][rules]")
{
    CHECK_FALSE(isStale(sentAt, sentAt.addSecs(30 * day), 30));
    CHECK(isStale(sentAt, sentAt.addSecs(30 * day + 1), 30));
    CHECK_FALSE(isStale(sentAt, sentAt.addSecs(7 * day), 30));
    CHECK_FALSE(isStale(sentAt, sentAt.addSecs(90 * day), 90));
    CHECK(isStale(sentAt, sentAt.addMSecs(90 * day * 1000 + 1), 90));
}

TEST_CASE("staleness counts 24-hour days whatever zone the times are given in", "[core][rules]")
{
    // Sent 16:00 UTC; 30 days later it is already the next calendar day in Tokyo (+9)
    // but not in New York (-5): the same instant, so the same answer.
    const QDateTime sent(QDate(2026, 1, 10), QTime(16, 0), Qt::UTC);
    const QDateTime tokyo = sent.addSecs(30 * day).toTimeZone(QTimeZone("Asia/Tokyo"));
    const QDateTime newYork = sent.addSecs(30 * day).toTimeZone(QTimeZone("America/New_York"));
    REQUIRE(tokyo.date() != newYork.date());
    CHECK_FALSE(isStale(sent, tokyo, 30));
    CHECK_FALSE(isStale(sent.toTimeZone(QTimeZone("America/New_York")), tokyo, 30));
    CHECK(isStale(sent, newYork.addMSecs(1), 30));
    CHECK(ageInDays(sent.toTimeZone(QTimeZone("Asia/Tokyo")), newYork) == 30);
}

TEST_CASE("staleness across a daylight-saving change is still 24-hour days", "[core][rules]")
{
    // Berlin: summer time starts 2026-03-29 (a 23-hour local day), ends 2026-10-25 (25 hours).
    const QTimeZone berlin("Europe/Berlin");
    const QDateTime beforeSpring(QDate(2026, 3, 20), QTime(12, 0), berlin);
    // 30 local calendar days later at the same wall-clock time is one hour short of 30 x 24 h.
    const QDateTime sameWallClock(QDate(2026, 4, 19), QTime(12, 0), berlin);
    CHECK(beforeSpring.secsTo(sameWallClock) == 30 * day - 3600);
    CHECK_FALSE(isStale(beforeSpring, sameWallClock, 30));
    CHECK(ageInDays(beforeSpring, sameWallClock) == 29);
    CHECK(isStale(beforeSpring, sameWallClock.addSecs(3601), 30));

    const QDateTime beforeAutumn(QDate(2026, 10, 20), QTime(12, 0), berlin);
    const QDateTime autumnWallClock(QDate(2026, 11, 19), QTime(12, 0), berlin);
    CHECK(beforeAutumn.secsTo(autumnWallClock) == 30 * day + 3600);
    CHECK(isStale(beforeAutumn, autumnWallClock, 30)); // an hour past 30 x 24 h
    CHECK_FALSE(isStale(beforeAutumn, autumnWallClock.addSecs(-3600), 30));
}

TEST_CASE("age in days is whole 24-hour days and never negative", "[core][rules]")
{
    CHECK(ageInDays(sentAt, sentAt) == 0);
    CHECK(ageInDays(sentAt, sentAt.addSecs(day - 1)) == 0);
    CHECK(ageInDays(sentAt, sentAt.addSecs(day)) == 1);
    CHECK(ageInDays(sentAt, sentAt.addSecs(-5 * day)) == 0); // clock skew: sent "in the future"
}

TEST_CASE("expiring soon covers the last 14 days before expiry", "[core][rules]")
{
    const DomainRules rules;
    CHECK_FALSE(rules.isExpiringSoon(sentAt, sentAt.addSecs(166 * day - 1)));
    CHECK(rules.isExpiringSoon(sentAt, sentAt.addSecs(166 * day)));
    CHECK(rules.isExpiringSoon(sentAt, sentAt.addSecs(180 * day - 1)));
    CHECK_FALSE(rules.isExpiringSoon(sentAt, sentAt.addSecs(180 * day))); // expired, not "soon"
    const QDateTime berlinNow = sentAt.addSecs(166 * day).toTimeZone(QTimeZone("Europe/Berlin"));
    CHECK(rules.isExpiringSoon(sentAt.toTimeZone(QTimeZone("America/New_York")), berlinNow));
}

TEST_CASE("the courtesy period covers requests younger than 14 days", "[core][rules]")
{
    const DomainRules rules;
    CHECK(rules.isWithinCourtesyPeriod(sentAt, sentAt.addSecs(14 * day - 1)));
    CHECK_FALSE(rules.isWithinCourtesyPeriod(sentAt, sentAt.addSecs(14 * day)));
}

TEST_CASE("the weekly window is the 7 days before now", "[core][rules]")
{
    const DomainRules rules;
    CHECK(rules.weeklyWindowStart(sentAt) == sentAt.addSecs(-7 * day));
}

TEST_CASE("at the weekly limit the next invitation waits for the oldest to leave the window", "[core][rules]")
{
    DomainRules rules;
    rules.weeklyInviteLimit = 3;
    const QDateTime now = sentAt.addSecs(10 * day);
    QList<QDateTime> sent{now.addSecs(-8 * day), now.addSecs(-3 * day), now.addSecs(-2 * day)};
    CHECK(rules.nextInviteAllowedAt(sent, now) == now); // the 8-day-old one no longer counts
    sent.append(now.addSecs(-1 * day));
    // Three in the window: free again when the one from 3 days ago turns 7 days old.
    CHECK(rules.nextInviteAllowedAt(sent, now) == now.addSecs(4 * day));
    sent.append(now.addSecs(-1 * day));
    sent.append(now.addSecs(-6 * day)); // order does not matter
    CHECK(rules.nextInviteAllowedAt(sent, now) == now.addSecs(5 * day));
    // Exactly 7 days old has left the window.
    CHECK(rules.nextInviteAllowedAt({now.addSecs(-7 * day), now, now}, now) == now);
}

TEST_CASE("notes are measured in Unicode code points", "[core][rules]")
{
    const DomainRules rules;
    QString emoji300;
    for (int i = 0; i < 300; ++i)
        emoji300 += u"😀"_s;
    REQUIRE(emoji300.size() == 600); // UTF-16 units
    CHECK(codePointCount(emoji300) == 300);
    CHECK(rules.noteFits(emoji300));
    CHECK_FALSE(rules.noteFits(QString(emoji300 + u"a"_s)));

    CHECK(codePointCount(u"héllo"_s) == 5);
    CHECK(codePointCount(u"שלום"_s) == 4);
    CHECK(codePointCount(QString(QString(299, u'x') + u"👋"_s)) == 300);
    // A lone surrogate is one code point, not zero.
    CHECK(codePointCount(QString(QChar(0xD800))) == 1);
    CHECK(codePointCount(QString()) == 0);
}

TEST_CASE("the list filter combines words, company, age range and expiring soon", "[core][rules][filter]")
{
    const DomainRules rules;
    Invitation invitation;
    invitation.sentAt = sentAt;
    invitation.person = Person{u"p1"_s, u"Zoë Ångström"_s, u"Staff engineer"_s, u"Acme Robotics"_s, {}};
    const QDateTime now = sentAt.addSecs(40 * day);

    const auto filter = [](InvitationFilter f) { return f; };
    CHECK(InvitationFilter().matches(invitation, now, rules));
    CHECK(filter({.text = u"zoë staff"_s}).matches(invitation, now, rules));
    CHECK_FALSE(filter({.text = u"zoë manager"_s}).matches(invitation, now, rules));
    CHECK(filter({.company = u"acme"_s}).matches(invitation, now, rules));
    CHECK_FALSE(filter({.company = u"Initech"_s}).matches(invitation, now, rules));
    // Ages are whole days, both ends included.
    CHECK(filter({.minAgeDays = 40, .maxAgeDays = 40}).matches(invitation, now, rules));
    CHECK_FALSE(filter({.minAgeDays = 41}).matches(invitation, now, rules));
    CHECK_FALSE(filter({.maxAgeDays = 39}).matches(invitation, now, rules));
    CHECK(filter({.maxAgeDays = 40}).matches(invitation, now.addSecs(day - 1), rules));
    CHECK_FALSE(filter({.maxAgeDays = 40}).matches(invitation, now.addSecs(day), rules));
    // Expiring soon follows the rule: from day 166 until expiry.
    const auto expiring = filter({.expiringSoonOnly = true});
    CHECK(expiring.dependsOnTime());
    CHECK_FALSE(expiring.matches(invitation, now, rules));
    CHECK(expiring.matches(invitation, sentAt.addSecs(166 * day), rules));
    CHECK_FALSE(expiring.matches(invitation, sentAt.addSecs(180 * day), rules));
}
