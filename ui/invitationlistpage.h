#pragma once

#include "core/actionkind.h"
#include "core/invitation.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace InviteDesk {

class InvitationList;
class InvitationListModel;
class RowActionDelegate;

// One tab of Manage: search and filters, the table of pending invitations of one
// direction with painted row buttons, and the same actions as real buttons for the
// selection (keyboard and screen readers use those). On Sent the selection buttons
// start a bulk withdrawal and "Select stale…" picks the old requests.
class InvitationListPage final : public QWidget
{
    Q_OBJECT
public:
    InvitationListPage(InvitationList &list, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(InvitationListPage)

    Direction direction() const { return m_direction; }
    QTableView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }
    QLineEdit *companyField() const { return m_company; }
    QSpinBox *minAgeField() const { return m_minAge; }
    QSpinBox *maxAgeField() const { return m_maxAge; }
    QCheckBox *expiringSoonField() const { return m_expiringSoon; }
    QPushButton *withdrawSelectedButton() const { return m_selectionButtons.value(0); }
    RowActionDelegate *delegate() const { return m_delegate; }
    // What the table shows: the list under this page's filter and sort.
    InvitationListModel *model() const { return m_model; }
    // The invitation ids of the selected rows, in view order.
    QStringList selectedInvitationIds() const;
    // "5 pending sent", "2 of 5 pending sent match".
    QString summaryText() const;

    // False while the list shows only its newest rows: it is still being read, and what
    // acts on the whole list (search, filters, sorting, selection, export) waits.
    bool isReady() const;
    void focusSearch();
    // A standing remark next to the count (the weekly budget on Withdrawn).
    void setNote(const QString &note);
    void clearFilters();
    // Column widths, order and sort, as QHeaderView saves them.
    QByteArray saveColumns() const;
    void restoreColumns(const QByteArray &columns);
    // Selects every row in the current view pending for more than `days` days (isStale)
    // and returns how many.
    int selectStale(int days);

Q_SIGNALS:
    // Sent: Withdraw; Received: Accept or Ignore; Withdrawn: Send (a new invitation).
    void actionRequested(const QStringList &invitationIds, InviteDesk::ActionKind kind);
    // Sent: the selection's button or Delete.
    void bulkWithdrawRequested(const QStringList &invitationIds);
    void selectStaleRequested();

private:
    void updateSummary();
    void updateButtons();
    void updateReadiness();
    void applyFilter();
    int selectedRowCount() const;
    // The action of the row's button (or selection button) `button`.
    ActionKind actionOfButton(int button) const;

    Direction m_direction;
    InvitationListModel *m_model;
    QLineEdit *m_search;
    QLineEdit *m_company;
    QSpinBox *m_minAge;
    QSpinBox *m_maxAge;
    QCheckBox *m_expiringSoon;
    QLabel *m_summary;
    QLabel *m_note;
    QTableView *m_view;
    RowActionDelegate *m_delegate;
    QList<QPushButton *> m_selectionButtons;
    QList<QWidget *> m_needWholeList; // disabled until the list is read in full
};

} // namespace InviteDesk
