#include "ui/statspage.h"

#include "core/clock.h"
#include "models/accountmodels.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <chrono>
#include <utility>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace InviteDesk {

namespace {

// Long enough to take a bulk action or a page of sync in one refresh.
constexpr auto refreshDelay = 200ms;

// A chart of one bar set over category labels, values on the left from 0; each bar is
// labelled with its value to `labelDigits` significant digits.
QChartView *makeBarChart(const QString &title, const QString &accessibleName, QBarSet *bars, const QString &barLabel,
                         int labelDigits, QValueAxis *values, QWidget *parent)
{
    auto *series = new QBarSeries;
    series->append(bars);
    series->setLabelsVisible(true);
    series->setLabelsFormat(barLabel);
    series->setLabelsPrecision(labelDigits);
    // Above the bar: a short bar has no room for its number inside.
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->addSeries(series);
    chart->legend()->hide();
    chart->setBackgroundRoundness(0);
    auto *categories = new QBarCategoryAxis;
    chart->addAxis(categories, Qt::AlignBottom);
    series->attachAxis(categories);
    chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(values);
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setFrameShape(QFrame::NoFrame);
    view->setAccessibleName(accessibleName);
    return view;
}

QBarCategoryAxis *categoryAxis(const QChartView *view)
{
    return qobject_cast<QBarCategoryAxis *>(view->chart()->axes(Qt::Horizontal).value(0));
}

QValueAxis *valueAxis(const QChartView *view)
{
    return qobject_cast<QValueAxis *>(view->chart()->axes(Qt::Vertical).value(0));
}

// Whole-number ticks 1, 2, 5, 10, 20, 50, … apart, with room above the tallest bar for
// its label.
void fitCountAxis(QValueAxis *axis, int max)
{
    int step = 0;
    for (int decade = 1; step == 0; decade *= 10) {
        for (const int multiple : {1, 2, 5}) {
            if (max < 8 * multiple * decade) {
                step = multiple * decade;
                break;
            }
        }
    }
    const int intervals = max * 115 / 100 / step + 1;
    axis->setRange(0, intervals * step);
    axis->setTickCount(intervals + 1);
}

} // namespace

StatsPage::StatsPage(AccountModels &account, QWidget *parent) : QWidget(parent), m_account(account)
{
    m_ageBars = new QBarSet(tr("Pending sent invitations"));
    auto *counts = new QValueAxis;
    counts->setLabelFormat(u"%d"_s);
    m_ageView = makeBarChart(tr("Pending sent invitations by age"), tr("Pending sent invitations by age chart"),
                             m_ageBars, u"@value"_s, 9, counts, this);

    m_acceptanceBars = new QBarSet(tr("Accepted"));
    auto *percent = new QValueAxis;
    // Room above 100% for the label of a full bar.
    percent->setRange(0, 112);
    percent->setTickType(QValueAxis::TicksDynamic);
    percent->setTickAnchor(0);
    percent->setTickInterval(20);
    percent->setLabelFormat(u"%d%%"_s);
    m_acceptanceView = makeBarChart(tr("Acceptance rate of sent invitations by month"),
                                    tr("Acceptance rate of sent invitations by month chart"), m_acceptanceBars,
                                    u"@value%"_s, 3, percent, this);

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addWidget(m_ageView);
    layout->addWidget(m_acceptanceView);

    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(refreshDelay);
    // Hidden, it only notes that it is behind: reading every sent invitation of a
    // 100,000-row cache costs hundreds of milliseconds, and showEvent catches up.
    connect(&m_refreshTimer, &QTimer::timeout, this, [this] {
        if (isVisible())
            refresh();
    });
    connect(&account, &AccountModels::invitationsChanged, &m_refreshTimer, qOverload<>(&QTimer::start));

    applyTheme();
}

QChart *StatsPage::ageChart() const
{
    return m_ageView->chart();
}

QChart *StatsPage::acceptanceChart() const
{
    return m_acceptanceView->chart();
}

void StatsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
    QWidget::changeEvent(event);
}

void StatsPage::showEvent(QShowEvent *event)
{
    // Invitations age while nothing in the cache changes.
    refresh();
    QWidget::showEvent(event);
}

void StatsPage::refresh()
{
    m_refreshTimer.stop();
    auto stats = m_account.sentStats(QTimeZone::systemTimeZone());
    // The charts keep what they showed; the line above them says why they may be old.
    m_error->setText(stats ? QString() : stats.error());
    m_error->setVisible(!stats);
    if (!stats)
        return;
    m_stats = std::move(stats.value());
    showStats();
}

void StatsPage::showStats()
{
    const QLocale locale;
    QStringList ageLabels;
    QList<qreal> ageCounts;
    QStringList ageText;
    int maxCount = 0;
    for (const AgeBucket &bucket : std::as_const(m_stats.pendingByAge)) {
        // One word a line, so the labels fit a narrow window.
        ageLabels.append(u"<center>%1</center>"_s.arg(QString(bucket.label).replace(u' ', u"<br>"_s)));
        ageCounts.append(bucket.count);
        ageText.append(tr("%1: %Ln", "an age range, then how many invitations", bucket.count).arg(bucket.label));
        maxCount = std::max(maxCount, bucket.count);
    }
    m_ageBars->remove(0, m_ageBars->count());
    m_ageBars->append(ageCounts);
    categoryAxis(m_ageView)->setCategories(ageLabels);
    fitCountAxis(valueAxis(m_ageView), maxCount);
    m_ageView->setAccessibleDescription(ageText.join(u", "_s));

    QStringList monthLabels;
    QList<qreal> rates;
    QStringList acceptanceText;
    for (const MonthlyAcceptance &month : std::as_const(m_stats.acceptanceByMonth)) {
        monthLabels.append(locale.toString(month.month, u"'<center>'MMM'<br>'yyyy'</center>'"_s));
        rates.append(100 * month.rate());
        const QString name = locale.toString(month.month, u"MMMM yyyy"_s);
        acceptanceText.append(month.sent == 0
                                  ? tr("%1: none sent", "a month").arg(name)
                                  : tr("%1: %2 of %Ln accepted (%3%)", "a month, then counts of invitations",
                                       month.sent)
                                        .arg(name, locale.toString(month.accepted),
                                             locale.toString(qRound(100 * month.rate()))));
    }
    m_acceptanceBars->remove(0, m_acceptanceBars->count());
    m_acceptanceBars->append(rates);
    categoryAxis(m_acceptanceView)->setCategories(monthLabels);
    m_acceptanceView->setAccessibleDescription(acceptanceText.join(u"; "_s));
}

void StatsPage::applyTheme()
{
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    const QChart::ChartTheme theme = dark ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    for (auto [view, bars] : {std::pair{m_ageView, m_ageBars}, std::pair{m_acceptanceView, m_acceptanceBars}}) {
        if (view->chart()->theme() != theme)
            view->chart()->setTheme(theme);
        // The theme colours bar labels for inside the bar; ours stand on the background.
        bars->setLabelColor(view->chart()->titleBrush().color());
    }
}

} // namespace InviteDesk
