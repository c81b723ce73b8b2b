#pragma once

#include "core/cachedinvitation.h"
#include "core/clock.h"
#include "core/domainrules.h"

#include <QAbstractTableModel>
#include <QHash>

namespace InviteDesk {

class CacheStore;

// The invitations of one direction (Received or Sent) in one shown state — pending, or
// the withdrawn ones with when each person may be invited again — as the cache shows
// them. Rows change in place when the cache says which invitations changed; there is
// no reset on sync. Fetches nothing until reload().
class InvitationListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    // SentColumn is when it was sent (pending) or withdrawn (withdrawn); ReinviteColumn
    // only means something for withdrawn ones.
    enum Column { NameColumn, HeadlineColumn, CompanyColumn, SentColumn, ReinviteColumn, ActionColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, // the raw value to sort by
        InvitationIdRole,
        PersonNameRole,
        SentAtRole,
        ActionQueuedRole,
        ActionEnabledRole, // false: the row's button is shown disabled (re-invite not yet)
    };

    InvitationListModel(CacheStore &store, Direction direction, const Clock &clock, QObject *parent = nullptr);
    InvitationListModel(CacheStore &store, Direction direction, InvitationState shownState, const Clock &clock,
                        QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(InvitationListModel)

    Direction direction() const { return m_direction; }
    InvitationState shownState() const { return m_shownState; }
    // The time the date column shows and sorts by: sent, or withdrawn.
    const QDateTime &shownTime(const CachedInvitation &row) const;
    QDateTime reinviteAvailableAt(const CachedInvitation &row) const;
    const Clock &clock() const { return m_clock; }
    const DomainRules &rules() const;
    // Loads every row; later calls bring the rows up to date without a reset.
    void reload();

    const CachedInvitation &invitationAt(int row) const { return m_rows.at(row); }
    int rowOf(const QString &invitationId) const { return m_index.value(invitationId, -1); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // The cache could not be read: the rows shown may be out of date.
    void readFailed(const QString &message);

private:
    // Brings the rows for `ids` in line with `fresh` (the current versions of those of
    // them that belong in this list).
    void merge(const QStringList &ids, const QList<CachedInvitation> &fresh);
    void onInvitationsChanged(const QStringList &ids);
    void rebuildIndex();
    bool belongs(const CachedInvitation &row) const;
    QString actionText() const;

    CacheStore &m_store;
    const Direction m_direction;
    const InvitationState m_shownState;
    const Clock &m_clock;
    QList<CachedInvitation> m_rows;
    QHash<QString, int> m_index;
};

} // namespace InviteDesk
