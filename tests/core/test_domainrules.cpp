#include "core/domainrules.h"
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
