#include "actions/bulkrunmodel.h"

#include <QLocale>

namespace InviteDesk {

BulkRunModel::BulkRunModel(QObject *parent) : QAbstractTableModel(parent) {}

void BulkRunModel::start(const QList<Item> &items)
{
    beginResetModel();
    m_items = items;
    m_rowByAction.clear();
    m_counts.clear();
    for (int row = 0; row < m_items.size(); ++row) {
        m_rowByAction.insert(m_items[row].actionId, row);
        ++m_counts[m_items[row].status];
    }
    endResetModel();
    Q_EMIT progressChanged();
}

void BulkRunModel::clear()
{
    start({});
}

void BulkRunModel::requeue(const QHash<qint64, qint64> &newActionIds)
{
    for (auto it = newActionIds.cbegin(); it != newActionIds.cend(); ++it) {
        const int row = m_rowByAction.value(it.key(), -1);
        if (row < 0)
            continue;
        m_rowByAction.remove(it.key());
        m_rowByAction.insert(it.value(), row);
        m_items[row].actionId = it.value();
        setStatus(row, Status::Queued, {});
    }
    Q_EMIT progressChanged();
}

void BulkRunModel::record(const ActionOutcome &outcome)
{
    const int row = m_rowByAction.value(outcome.actionId, -1);
    if (row < 0 || m_items[row].status != Status::Queued)
        return;
    switch (outcome.result) {
    case ActionOutcome::Result::Done:
        setStatus(row, Status::Withdrawn, {});
        break;
    case ActionOutcome::Result::StateChanged:
        setStatus(row, Status::AlreadyChanged, alreadyText(outcome.state.value_or(InvitationState::Withdrawn)));
        break;
    case ActionOutcome::Result::Gone:
        setStatus(row, Status::Gone, tr("The invitation no longer exists."));
        break;
    case ActionOutcome::Result::Failed:
        setStatus(row, Status::Failed, outcome.reason);
        break;
    }
    Q_EMIT progressChanged();
    if (isFinished())
        Q_EMIT finished();
}

void BulkRunModel::markCancelled(const QList<qint64> &actionIds)
{
    for (const auto id : actionIds) {
        const int row = m_rowByAction.value(id, -1);
        if (row >= 0 && m_items[row].status == Status::Queued)
            setStatus(row, Status::Cancelled, tr("Cancelled before it was sent."));
    }
    Q_EMIT progressChanged();
    if (isFinished())
        Q_EMIT finished();
}

void BulkRunModel::setStatus(int row, Status status, const QString &detail)
{
    auto &item = m_items[row];
    --m_counts[item.status];
    ++m_counts[status];
    item.status = status;
    item.detail = detail;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

QList<qint64> BulkRunModel::queuedActionIds() const
{
    QList<qint64> ids;
    for (const auto &item : m_items) {
        if (item.status == Status::Queued)
            ids.append(item.actionId);
    }
    return ids;
}

QList<BulkRunModel::Item> BulkRunModel::items(Status status) const
{
    QList<Item> matching;
    for (const auto &item : m_items) {
        if (item.status == status)
            matching.append(item);
    }
    return matching;
}

QString BulkRunModel::statusText(Status status)
{
    switch (status) {
    case Status::Queued:
        return tr("Waiting");
    case Status::Withdrawn:
        return tr("Withdrawn");
    case Status::AlreadyChanged:
        return tr("Already answered");
    case Status::Gone:
        return tr("No longer exists");
    case Status::Failed:
        return tr("Failed");
    case Status::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString BulkRunModel::alreadyText(InvitationState state)
{
    switch (state) {
    case InvitationState::Pending:
        return tr("Still pending");
    case InvitationState::Accepted:
        return tr("Already accepted");
    case InvitationState::Ignored:
        return tr("Already ignored");
    case InvitationState::Withdrawn:
        return tr("Already withdrawn");
    case InvitationState::Expired:
        return tr("Already expired");
    }
    return {};
}

QString BulkRunModel::summary() const
{
    QStringList parts;
    const auto add = [&](Status status, const char *words) {
        if (const int n = count(status); n > 0)
            parts.append(tr(words, nullptr, n));
    };
    add(Status::Withdrawn, QT_TR_N_NOOP("%Ln withdrawn"));
    add(Status::AlreadyChanged, QT_TR_N_NOOP("%Ln already answered"));
    add(Status::Gone, QT_TR_N_NOOP("%Ln no longer exist(s)"));
    add(Status::Failed, QT_TR_N_NOOP("%Ln failed"));
    add(Status::Cancelled, QT_TR_N_NOOP("%Ln cancelled"));
    add(Status::Queued, QT_TR_N_NOOP("%Ln waiting"));
    return parts.join(tr(", ", "between the parts of a bulk withdrawal's summary"));
}

int BulkRunModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int BulkRunModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BulkRunModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::DisplayRole)
        return {};
    const auto &item = m_items.at(index.row());
    switch (index.column()) {
    case NameColumn:
        return item.personName;
    case ResultColumn:
        return item.status == Status::AlreadyChanged ? item.detail : statusText(item.status);
    case DetailColumn:
        return item.status == Status::AlreadyChanged ? QString() : item.detail;
    }
    return {};
}

QVariant BulkRunModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case ResultColumn:
        return tr("Result");
    case DetailColumn:
        return tr("Reason");
    }
    return {};
}

} // namespace InviteDesk
