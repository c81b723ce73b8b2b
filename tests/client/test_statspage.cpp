// The stats page over a real cache, offscreen: the bars show the invitations' ages and
// monthly acceptance, follow the cache after one debounced refresh, follow a dark or
// light palette, and tell a screen reader the numbers.
#include "catchqt.h"
#include "models/accountmodels.h"
#include "testcache.h"
#include "ui/statspage.h"

#include <QAccessible>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QSignalSpy>
#include <QTest>

using namespace InviteDesk;
using namespace InviteDesk::Test;
using namespace Qt::StringLiterals;

namespace {

QList<qreal> values(const QBarSet *bars)
{
    QList<qreal> result;
    for (int i = 0; i < bars->count(); ++i)
        result.append(bars->at(i));
    return result;
}

Invitation inState(Invitation inv, InvitationState state)
{
    inv.state = state;
    inv.version += 1;
    return inv;
}

// How light a chart looks where nothing is drawn on it: its top-left corner.
int backgroundLightness(QChartView *view)
{
    return view->grab().toImage().pixelColor(4, 4).lightness();
}

// Every time is at noon UTC on a mid-month day, so the months are the same in whatever
// zone the machine runs.
struct StatsCache : TestCache
{
    StatsCache()
    {
        clock.set(QDateTime(QDate(2026, 3, 15), QTime(12, 0), Qt::UTC));
        const QDateTime now = clock.now();
        const auto sent = [&](const QString &id, int daysAgo) {
            return makeInvitation(id, Direction::Sent, now.addDays(-daysAgo), u"Person "_s + id);
        };
        apply({
            sent(u"p1"_s, 2),    // 0–7 days, March
            sent(u"p2"_s, 3),    // 0–7 days, March
            sent(u"p3"_s, 10),   // 8–14 days, March
            sent(u"p4"_s, 100),  // 91–165 days, December
            sent(u"p5"_s, 170),  // expiring soon, September
            sent(u"p6"_s, 200),  // past expiry: no age bucket, August
            inState(sent(u"a1"_s, 33), InvitationState::Accepted), // February
            inState(sent(u"i1"_s, 31), InvitationState::Ignored),  // February
            makeInvitation(u"r1"_s, Direction::Received, now.addDays(-2), u"Received"_s),
        });
    }
};

// Months April 2025 … March 2026; index 11 is March 2026.
constexpr int march = 11, february = 10, december = 8, september = 5, august = 4;

} // namespace

TEST_CASE("the stats page shows pending sent invitations by age and acceptance by month", "[client][stats]")
{
    StatsCache cache;
    AccountModels account(*cache.store, cache.clock);
    StatsPage page(account);
    page.show();

    CHECK(values(page.ageBars()) == QList<qreal>{2, 1, 0, 0, 1, 1});
    REQUIRE(page.stats().pendingByAge.size() == 6);
    CHECK(page.stats().pendingByAge.at(0) == AgeBucket{u"0–7 days"_s, 2});

    const auto &months = page.stats().acceptanceByMonth;
    REQUIRE(months.size() == 12);
    CHECK(months.at(march) == MonthlyAcceptance{QDate(2026, 3, 1), 3, 0});
    CHECK(months.at(february) == MonthlyAcceptance{QDate(2026, 2, 1), 2, 1});
    CHECK(months.at(december).sent == 1);
    CHECK(months.at(september).sent == 1);
    CHECK(months.at(august).sent == 1);
    QList<qreal> rates(12, 0.0);
    rates[february] = 50.0;
    CHECK(values(page.acceptanceBars()) == rates);
}

TEST_CASE("the stats page tells a screen reader the numbers", "[client][stats]")
{
    StatsCache cache;
    AccountModels account(*cache.store, cache.clock);
    StatsPage page(account);
    page.show();

    CHECK(page.ageView()->accessibleName() == u"Pending sent invitations by age chart"_s);
    CHECK(page.ageView()->accessibleDescription()
          == u"0–7 days: 2, 8–14 days: 1, 15–30 days: 0, 31–90 days: 0, 91–165 days: 1, expiring soon: 1"_s);
    CHECK(page.acceptanceView()->accessibleName() == u"Acceptance rate of sent invitations by month chart"_s);
    const QString months = page.acceptanceView()->accessibleDescription();
    INFO(months.toStdString());
    CHECK(months.contains(u": 1 of 2 accepted (50%); "_s));
    CHECK(months.endsWith(u": 0 of 3 accepted (0%)"_s));
    CHECK(months.count(u"none sent"_s) == 7);

    QAccessibleInterface *chart = QAccessible::queryAccessibleInterface(page.ageView());
    REQUIRE(chart);
    CHECK(chart->text(QAccessible::Name) == u"Pending sent invitations by age chart"_s);
    CHECK(chart->text(QAccessible::Description).startsWith(u"0–7 days: 2, "_s));
}

TEST_CASE("the stats page follows the cache after one debounced refresh", "[client][stats]")
{
    StatsCache cache;
    AccountModels account(*cache.store, cache.clock);
    StatsPage page(account);
    page.show();
    QSignalSpy refreshed(page.ageBars(), &QBarSet::valuesAdded);

    // p1 is accepted, then a burst of unrelated changes follows.
    const QDateTime now = cache.clock.now();
    cache.apply({inState(makeInvitation(u"p1"_s, Direction::Sent, now.addDays(-2), u"Person p1"_s),
                         InvitationState::Accepted)});
    for (int i = 0; i < 5; ++i)
        cache.apply({makeInvitation(u"r%1"_s.arg(i + 2), Direction::Received, now, u"Received"_s)});
    // Not yet: the refresh waits for the burst to end.
    CHECK(values(page.ageBars()) == QList<qreal>{2, 1, 0, 0, 1, 1});

    REQUIRE(QTest::qWaitFor([&] { return !refreshed.isEmpty(); }, 2000));
    QTest::qWait(400);
    CHECK(refreshed.size() == 1);
    CHECK(values(page.ageBars()) == QList<qreal>{1, 1, 0, 0, 1, 1});
    CHECK(page.stats().acceptanceByMonth.at(march) == MonthlyAcceptance{QDate(2026, 3, 1), 3, 1});
    CHECK(page.acceptanceBars()->at(march) == Approx(100.0 / 3));
    CHECK(page.ageView()->accessibleDescription().startsWith(u"0–7 days: 1, "_s));

    // A withdrawal waiting in the outbox already counts as withdrawn.
    cache.withdraw(u"p5"_s);
    REQUIRE(QTest::qWaitFor([&] { return page.ageBars()->at(5) == 0; }, 2000));
    CHECK(values(page.ageBars()) == QList<qreal>{1, 1, 0, 0, 1, 0});
    CHECK(page.stats().acceptanceByMonth.at(september).sent == 1);

    // Hidden, it does not read the cache; shown again, it is up to date.
    page.hide();
    refreshed.clear();
    cache.withdraw(u"p4"_s);
    QTest::qWait(400);
    CHECK(refreshed.isEmpty());
    page.show();
    CHECK(values(page.ageBars()) == QList<qreal>{1, 1, 0, 0, 0, 0});
}

TEST_CASE("the stats page charts turn dark on a dark palette and light again", "[client][stats]")
{
    StatsCache cache;
    AccountModels account(*cache.store, cache.clock);
    StatsPage page(account);
    page.resize(900, 600);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    const QPalette light(QColor(0xf6, 0xf5, 0xf4));
    const QPalette dark(QColor(0x24, 0x24, 0x24));

    const auto looksLight = [&] {
        CHECK(page.ageChart()->theme() == QChart::ChartThemeLight);
        CHECK(page.acceptanceChart()->theme() == QChart::ChartThemeLight);
        CHECK(backgroundLightness(page.ageView()) >= 128);
        CHECK(backgroundLightness(page.acceptanceView()) >= 128);
        // The numbers above the bars stand on the background: dark on light.
        CHECK(page.ageBars()->labelColor().lightness() < 128);
        CHECK(page.acceptanceBars()->labelColor().lightness() < 128);
    };
    looksLight();

    page.setPalette(dark);
    CHECK(page.ageChart()->theme() == QChart::ChartThemeDark);
    CHECK(page.acceptanceChart()->theme() == QChart::ChartThemeDark);
    CHECK(backgroundLightness(page.ageView()) < 128);
    CHECK(backgroundLightness(page.acceptanceView()) < 128);
    CHECK(page.ageBars()->labelColor().lightness() >= 128);
    CHECK(page.acceptanceBars()->labelColor().lightness() >= 128);
    // A new theme must not lose the numbers.
    CHECK(values(page.ageBars()) == QList<qreal>{2, 1, 0, 0, 1, 1});

    page.setPalette(light);
    looksLight();
}
