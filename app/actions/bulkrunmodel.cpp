#include "actions/bulkrunmodel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

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
        // "Already accepted", "Already withdrawn", …
        setStatus(row, Status::AlreadyChanged,
                  u"Already "_s + toWireString(outcome.state.value_or(InvitationState::Withdrawn)));
        break;
    case ActionOutcome::Result::Gone:
        setStatus(row, Status::Gone, u"The invitation no longer exists."_s);
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
            setStatus(row, Status::Cancelled, u"Cancelled before it was sent."_s);
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
        return u"Waiting"_s;
    case Status::Withdrawn:
        return u"Withdrawn"_s;
    case Status::AlreadyChanged:
        return u"Already answered"_s;
    case Status::Gone:
        return u"No longer exists"_s;
    case Status::Failed:
        return u"Failed"_s;
    case Status::Cancelled:
        return u"Cancelled"_s;
    }
    return {};
}

QString BulkRunModel::summary() const
{
    const QLocale locale;
    QStringList parts;
    const auto add = [&](Status status, const QString &words, const QString &wordsForOne = {}) {
        if (const int n = count(status); n > 0)
            parts.append((n == 1 && !wordsForOne.isEmpty() ? wordsForOne : words).arg(locale.toString(n)));
    };
    add(Status::Withdrawn, u"%1 withdrawn"_s);
    add(Status::AlreadyChanged, u"%1 already answered"_s);
    add(Status::Gone, u"%1 no longer exist"_s, u"%1 no longer exists"_s);
    add(Status::Failed, u"%1 failed"_s);
    add(Status::Cancelled, u"%1 cancelled"_s);
    add(Status::Queued, u"%1 waiting"_s);
    return parts.join(u", "_s);
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
        return u"Name"_s;
    case ResultColumn:
        return u"Result"_s;
    case DetailColumn:
        return u"Reason"_s;
    }
    return {};
}

} // namespace InviteDesk
