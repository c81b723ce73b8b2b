#include "ui/bulkprogresspanel.h"

#include "actions/bulkrunmodel.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace InviteDesk {

BulkProgressPanel::BulkProgressPanel(BulkRunModel &run, QWidget *parent) : QFrame(parent), m_run(run)
{
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Bulk withdrawal"));
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_bar = new QProgressBar(this);
    m_bar->setAccessibleName(tr("Bulk withdrawal progress"));
    m_bar->setMaximumWidth(220);
    m_cancel = new QPushButton(tr("&Cancel"), this);
    m_cancel->setAccessibleName(tr("Cancel the bulk withdrawal"));
    m_cancel->setToolTip(tr("Stop: invitations not sent yet stay pending"));
    m_retry = new QPushButton(tr("Retr&y failed"), this);
    m_retry->setAccessibleName(tr("Retry failed withdrawals"));
    m_details = new QPushButton(tr("&Details"), this);
    m_details->setCheckable(true);
    m_details->setAccessibleName(tr("Show the result for each person"));
    m_dismiss = new QPushButton(tr("Dismiss"), this);
    m_dismiss->setAccessibleName(tr("Dismiss the bulk withdrawal results"));

    m_results = new QTableView(this);
    m_results->setModel(&m_run);
    m_results->setAccessibleName(tr("Result for each person"));
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->verticalHeader()->hide();
    m_results->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_results->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_results->horizontalHeader()->resizeSection(BulkRunModel::NameColumn, 200);
    m_results->horizontalHeader()->resizeSection(BulkRunModel::ResultColumn, 150);
    m_results->horizontalHeader()->setStretchLastSection(true);
    m_results->setMinimumHeight(160);
    if (auto *corner = m_results->findChild<QAbstractButton *>())
        corner->setAccessibleName(tr("Select all results"));
    m_results->hide();

    auto *row = new QHBoxLayout;
    row->addWidget(m_text, 1);
    row->addWidget(m_bar);
    row->addWidget(m_cancel);
    row->addWidget(m_retry);
    row->addWidget(m_details);
    row->addWidget(m_dismiss);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addLayout(row);
    layout->addWidget(m_results);

    connect(m_cancel, &QPushButton::clicked, this, &BulkProgressPanel::cancelRequested);
    connect(m_retry, &QPushButton::clicked, this, &BulkProgressPanel::retryFailedRequested);
    connect(m_details, &QPushButton::toggled, m_results, &QWidget::setVisible);
    connect(m_dismiss, &QPushButton::clicked, this, [this] { m_run.clear(); });
    // Start, end, retry and clear show at once; the steps in between at most every 100 ms, so a
    // 1,000-item run does not relayout and repaint the panel 1,000 times.
    m_throttle.setSingleShot(true);
    m_throttle.setInterval(100);
    connect(&m_throttle, &QTimer::timeout, this, &BulkProgressPanel::update);
    connect(&m_run, &BulkRunModel::progressChanged, this, [this] {
        if (m_run.isEmpty() || m_run.isFinished() || m_wasFinished || m_run.finishedCount() == 0 || isHidden())
            update();
        else if (!m_throttle.isActive())
            m_throttle.start();
    });
    update();
}

void BulkProgressPanel::setNote(const QString &note)
{
    if (note == m_note)
        return;
    m_note = note;
    update();
}

QString BulkProgressPanel::text() const
{
    return m_text->text();
}

void BulkProgressPanel::update()
{
    m_throttle.stop();
    setVisible(!m_run.isEmpty());
    if (m_run.isEmpty()) {
        m_details->setChecked(false);
        m_wasFinished = false;
        return;
    }
    const QLocale locale;
    const bool finished = m_run.isFinished();
    const int failed = m_run.count(BulkRunModel::Status::Failed);
    QString text = finished ? tr("Bulk withdrawal finished: %1.", "the summary of the results").arg(m_run.summary())
                            : tr("Withdrawing: %1 of %2 done · %3 failed")
                                  .arg(locale.toString(m_run.finishedCount()), locale.toString(m_run.total()),
                                       locale.toString(failed));
    if (!finished && !m_note.isEmpty())
        text = tr("%1 — %2", "the progress, then why it waits").arg(text, m_note);
    m_text->setText(text);
    m_bar->setRange(0, m_run.total());
    m_bar->setValue(m_run.finishedCount());
    m_bar->setVisible(!finished);
    m_cancel->setVisible(!finished);
    m_retry->setVisible(finished && failed > 0);
    m_dismiss->setVisible(finished);
    if (finished && !m_wasFinished) {
        // The end is worth announcing; every step of a 1,000-item run is not.
        QAccessibleEvent event(m_text, QAccessible::NameChanged);
        QAccessible::updateAccessibility(&event);
        if (m_run.finishedCount() != m_run.count(BulkRunModel::Status::Withdrawn))
            m_details->setChecked(true);
    }
    m_wasFinished = finished;
}

} // namespace InviteDesk
