#pragma once

#include "core/invitation.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace InviteDesk {

class InvitationFilterProxy;
class InvitationListModel;
class RowActionDelegate;

// One tab of Manage: a search box, the table of pending invitations of one direction
// with painted row buttons, and the same actions as real buttons for the selection
// (keyboard and screen readers use those).
class InvitationListPage final : public QWidget
{
    Q_OBJECT
public:
    InvitationListPage(InvitationListModel &model, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(InvitationListPage)

    Direction direction() const { return m_direction; }
    QTableView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }
    RowActionDelegate *delegate() const { return m_delegate; }
    InvitationFilterProxy *proxy() const { return m_proxy; }
    // The invitation ids of the selected rows, in view order.
    QStringList selectedInvitationIds() const;

    void focusSearch();

Q_SIGNALS:
    // Sent: withdraw; Received: accept (action 0) or ignore (action 1).
    void actionRequested(const QStringList &invitationIds, int action);

private:
    void updateSummary();
    void updateButtons();

    Direction m_direction;
    InvitationListModel &m_model;
    InvitationFilterProxy *m_proxy;
    QLineEdit *m_search;
    QLabel *m_summary;
    QTableView *m_view;
    RowActionDelegate *m_delegate;
    QList<QPushButton *> m_selectionButtons;
};

} // namespace InviteDesk
