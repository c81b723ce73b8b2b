#pragma once

#include <QFrame>
#include <QTimer>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace InviteDesk {

class BulkRunModel;

// Follows a bulk withdrawal in the window: done / total / failed with a bar and
// Cancel while it runs; at the end the per-person results and "Retry failed".
class BulkProgressPanel final : public QFrame
{
    Q_OBJECT
public:
    explicit BulkProgressPanel(BulkRunModel &run, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(BulkProgressPanel)

    // Why the run is not moving (offline, the server asked to wait); empty when it is.
    void setNote(const QString &note);
    QString text() const;
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *detailsButton() const { return m_details; }
    QTableView *results() const { return m_results; }

Q_SIGNALS:
    void cancelRequested();
    void retryFailedRequested();

private:
    void update();

    BulkRunModel &m_run;
    QLabel *m_text;
    QProgressBar *m_bar;
    QPushButton *m_cancel;
    QPushButton *m_retry;
    QPushButton *m_details;
    QPushButton *m_dismiss;
    QTableView *m_results;
    QString m_note;
    QTimer m_throttle;
    bool m_wasFinished = false;
};

} // namespace InviteDesk
