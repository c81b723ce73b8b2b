#pragma once

#include "core/accountsnapshot.h"
#include "core/actionkind.h"

#include <QWidget>

class QLabel;
class QListView;
class QPushButton;
class QTableView;

namespace InviteDesk {

class InvitationList;
class InvitationListModel;
class RowActionDelegate;
class SuggestionListModel;

// The start page: counts, the newest received invitations with Accept and Ignore,
// people to invite with Connect, and the way to Manage.
class MyNetworkPage final : public QWidget
{
    Q_OBJECT
public:
    MyNetworkPage(InvitationList &received, SuggestionListModel &suggestions, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(MyNetworkPage)

    void showSnapshot(const AccountSnapshot &snapshot);
    QTableView *receivedView() const { return m_received; }
    QListView *suggestionView() const { return m_suggestions; }
    QPushButton *connectButton() const { return m_connect; }
    QLabel *weeklyBudgetLabel() const { return m_weekly; }
    RowActionDelegate *receivedDelegate() const { return m_delegate; }

Q_SIGNALS:
    void manageRequested();
    void receivedActionRequested(const QStringList &invitationIds, InviteDesk::ActionKind kind);
    void connectRequested(int suggestionRow);

private:
    void updateConnectButton();

    QLabel *m_greeting;
    QLabel *m_pendingReceived;
    QLabel *m_pendingSent;
    QLabel *m_connections;
    QLabel *m_weekly;
    QTableView *m_received;
    InvitationListModel *m_receivedModel;
    RowActionDelegate *m_delegate;
    QListView *m_suggestions;
    QPushButton *m_connect;
    bool m_budgetSpent = false;
};

} // namespace InviteDesk
