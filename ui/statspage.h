#pragma once

#include "core/invitationstats.h"

#include <QTimer>
#include <QWidget>

class QBarSet;
class QChart;
class QChartView;
class QLabel;

namespace InviteDesk {

class AccountModels;

// Two charts of the sent invitations in the cache: pending ones by age, and the share
// accepted of those sent in each of the last 12 months. They follow the cache (at most
// one refresh per burst of changes) and the palette (a dark chart on a dark window). The
// numbers are also each chart's accessible description, for screen readers.
class StatsPage final : public QWidget
{
    Q_OBJECT
public:
    explicit StatsPage(AccountModels &account, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(StatsPage)

    const InvitationStats &stats() const { return m_stats; }
    QChart *ageChart() const;
    QChart *acceptanceChart() const;
    QChartView *ageView() const { return m_ageView; }
    QChartView *acceptanceView() const { return m_acceptanceView; }
    // One bar per age bucket (counts) and per month (percent accepted, 0 to 100).
    QBarSet *ageBars() const { return m_ageBars; }
    QBarSet *acceptanceBars() const { return m_acceptanceBars; }

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void refresh();
    void showStats();
    void applyTheme();

    AccountModels &m_account;
    InvitationStats m_stats;
    QTimer m_refreshTimer;
    QLabel *m_error;
    QChartView *m_ageView;
    QChartView *m_acceptanceView;
    QBarSet *m_ageBars;
    QBarSet *m_acceptanceBars;
};

} // namespace InviteDesk
