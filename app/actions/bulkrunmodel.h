#pragma once

#include "core/actionoutcome.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>

namespace InviteDesk {

// One bulk withdrawal as the user follows it: every person in it, how far it got
// (done / total / failed) and, per person, how it ended. Fed by the engine's
// actionFinished and by Cancel; the outbox does the work.
class BulkRunModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Status { Queued, Withdrawn, AlreadyChanged, Gone, Failed, Cancelled };
    struct Item
    {
        qint64 actionId = 0;
        QString invitationId;
        QString personName;
        Status status = Status::Queued;
        QString detail{}; // the reason, for the ones that did not go as asked
    };
    enum Column { NameColumn, ResultColumn, DetailColumn, ColumnCount };

    explicit BulkRunModel(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(BulkRunModel)

    // A new run (replaces the last one).
    void start(const QList<Item> &items);
    void clear();
    // The ones whose action id is in `actionIds` are queued again under new action ids.
    void requeue(const QHash<qint64, qint64> &newActionIds);
    void record(const ActionOutcome &outcome);
    void markCancelled(const QList<qint64> &actionIds);

    bool isEmpty() const { return m_items.isEmpty(); }
    bool isFinished() const { return !m_items.isEmpty() && count(Status::Queued) == 0; }
    bool isRunning() const { return !m_items.isEmpty() && count(Status::Queued) > 0; }
    int total() const { return static_cast<int>(m_items.size()); }
    int finishedCount() const { return total() - count(Status::Queued); }
    int count(Status status) const { return m_counts.value(status); }
    bool contains(qint64 actionId) const { return m_rowByAction.contains(actionId); }
    QList<qint64> queuedActionIds() const;
    QList<Item> items(Status status) const;
    const Item &itemAt(int row) const { return m_items.at(row); }
    // "998 withdrawn, 1 already accepted, 1 failed"
    QString summary() const;
    static QString statusText(Status status);
    // "Already accepted", "Already withdrawn", …: what the other side did first.
    static QString alreadyText(InvitationState state);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void progressChanged();
    void finished();

private:
    void setStatus(int row, Status status, const QString &detail);

    QList<Item> m_items;
    QHash<qint64, int> m_rowByAction;
    QHash<Status, int> m_counts;
};

} // namespace InviteDesk
