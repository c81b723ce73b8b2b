#pragma once

#include "core/cachedinvitation.h"
#include "core/clock.h"
#include "core/domainrules.h"
#include "core/invitationfilter.h"
#include "models/invitationlist.h"

#include <QAbstractTableModel>

#include <deque>
#include <string>
#include <vector>

namespace InviteDesk {

// One page's view of an InvitationList: its rows that match the page's filter, in the
// order of its sort column. Filtering and sorting walk the list's compact arrays, so a
// keystroke over 100,000 rows costs milliseconds; changes arrive as slots and move only
// the rows they concern, and a re-read of the whole list keeps the selection (the
// persistent indexes) on the same invitations. Never resets.
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
        PersonIdRole, // the colour of the person's avatar
        SentAtRole,
        ActionQueuedRole,
        ActionEnabledRole, // false: the row's button is shown disabled (re-invite not yet)
    };

    explicit InvitationListModel(InvitationList &list, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(InvitationListModel)

    InvitationList &list() const { return m_list; }
    Direction direction() const { return m_list.direction(); }
    InvitationState shownState() const { return m_list.shownState(); }
    const Clock &clock() const { return m_list.clock(); }
    const DomainRules &rules() const { return m_list.rules(); }

    void setSearchText(const QString &text);
    QString searchText() const { return m_filter.text; }
    // Ages are taken as of the moment the filter is set.
    void setFilter(const InvitationFilter &filter);
    const InvitationFilter &filter() const { return m_filter; }

    // The row's invitation as the cache has it (read now if it was not on screen); empty
    // for a row the list has not read yet.
    CachedInvitation invitationAt(int row) const;
    QDateTime sentAt(int row) const;
    bool isActionQueued(int row) const;
    int rowOf(const QString &invitationId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    using Slot = InvitationList::Slot;
    struct Search
    {
        std::vector<std::string> words; // folded
        std::string company;            // folded
    };

    bool matches(Slot slot) const;
    // True if every row the filter shows now matched the one before (typing on).
    bool narrows(const InvitationFilter &before, const Search &searchBefore) const;
    void remember(const InvitationFilter &filter);
    // Takes the match set of a filter seen lately, if the rows have not changed since.
    bool recall(const InvitationFilter &filter);
    void matchAll();
    // The rows in order: the matching slots of the sort column's order. During the
    // list's preview, its newest rows if the page shows newest first, unfiltered.
    std::vector<Slot> arrange() const;
    // Rows shown empty past `rows` while the list is a preview: its true size.
    int placeholdersAfter(const std::vector<Slot> &rows) const;
    void placeRows();
    // Shows `rows`, unplacing only the rows shown before.
    void setRows(std::vector<Slot> rows);
    // Any change of which rows show, or in which order, as one layout change that
    // moves each persistent index (the selection) with its invitation.
    void relayout(const std::vector<Slot> &rows,
                  QAbstractItemModel::LayoutChangeHint hint = QAbstractItemModel::NoLayoutChangeHint);
    void onAboutToBeReplaced();
    void onReplaced();
    void onChanged(const InvitationList::Change &change);
    const CachedInvitation *rowAt(int row) const;
    QString actionText() const;

    InvitationList &m_list;
    InvitationFilter m_filter;
    Search m_search;
    QDateTime m_now;
    int m_sortColumn = SentColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    std::vector<Slot> m_rows;       // row -> slot
    int m_placeholders = 0;         // rows after m_rows, not read yet (a preview)
    std::vector<qint32> m_rowOfSlot; // slot -> row, or -1
    std::vector<char> m_matches;    // slot -> matches the filter
    struct RecentMatches
    {
        InvitationFilter filter;
        std::vector<bool> matches; // by slot, a bit each
    };
    std::deque<RecentMatches> m_recent;
    // Between aboutToBeReplaced and replaced: the persistent indexes' invitations.
    QModelIndexList m_persistentBefore;
    std::vector<std::string> m_persistentIds;
    bool m_fillingEmpty = false; // a first read: rows are inserted, not laid out
};

} // namespace InviteDesk
