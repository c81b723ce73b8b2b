#include "ui/mynetworkpage.h"

#include "models/budgettext.h"
#include "models/invitationlistmodel.h"
#include "models/suggestionlistmodel.h"
#include "ui/rowactiondelegate.h"

#include <QAbstractButton>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace InviteDesk {

namespace {

QLabel *makeCount(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setAlignment(Qt::AlignCenter);
    label->setTextFormat(Qt::RichText);
    label->setFrameShape(QFrame::StyledPanel);
    label->setMinimumWidth(150);
    return label;
}

void setCount(QLabel *label, int count, const QString &caption, const QString &spoken)
{
    label->setText(u"<span style='font-size:20pt; font-weight:600'>%1</span><br>%2"_s.arg(QLocale().toString(count), caption));
    label->setAccessibleName(spoken);
}

} // namespace

MyNetworkPage::MyNetworkPage(InvitationList &received, SuggestionListModel &suggestions, QWidget *parent)
    : QWidget(parent)
{
    m_greeting = new QLabel(this);
    QFont big = m_greeting->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    m_greeting->setFont(big);
    m_pendingReceived = makeCount(this);
    m_pendingSent = makeCount(this);
    m_connections = makeCount(this);
    auto *manage = new QPushButton(tr("&Manage invitations"), this);
    manage->setAccessibleName(tr("Manage invitations"));
    connect(manage, &QPushButton::clicked, this, &MyNetworkPage::manageRequested);

    auto *counts = new QHBoxLayout;
    counts->addWidget(m_pendingReceived);
    counts->addWidget(m_pendingSent);
    counts->addWidget(m_connections);
    counts->addStretch(1);
    counts->addWidget(manage, 0, Qt::AlignBottom);

    // The newest received invitations: the received list, newest first.
    auto *receivedBox = new QGroupBox(tr("Newest invitations for you"), this);
    m_receivedModel = new InvitationListModel(received, this);
    m_received = new QTableView(receivedBox);
    m_received->setModel(m_receivedModel);
    m_received->setAccessibleName(tr("Newest received invitations"));
    m_received->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_received->setSelectionMode(QAbstractItemView::SingleSelection);
    m_received->setSortingEnabled(true);
    m_received->sortByColumn(InvitationListModel::SentColumn, Qt::DescendingOrder);
    m_received->setMouseTracking(true);
    m_received->setTabKeyNavigation(false);
    m_received->verticalHeader()->hide();
    m_received->setCornerButtonEnabled(false);
    if (auto *corner = m_received->findChild<QAbstractButton *>())
        corner->setAccessibleName(tr("Select all received invitations"));
    m_received->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_received->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 14);
    m_received->horizontalHeader()->setSectionResizeMode(InvitationListModel::HeadlineColumn, QHeaderView::Stretch);
    m_delegate = new RowActionDelegate({tr("Accept"), tr("Ignore")}, InvitationListModel::ActionColumn, m_received);
    m_delegate->setAvatarColumn(InvitationListModel::NameColumn);
    m_received->setItemDelegate(m_delegate);
    m_received->horizontalHeader()->resizeSection(InvitationListModel::ActionColumn,
                                                  m_delegate->buttonRect(QRect(0, 0, 0, 20), 1).right() + 8);
    m_received->horizontalHeader()->resizeSection(InvitationListModel::NameColumn, 170);
    // The start page keeps it short: who, what they do, when; Manage shows everything.
    m_received->hideColumn(InvitationListModel::CompanyColumn);
    m_received->hideColumn(InvitationListModel::ReinviteColumn);
    connect(m_delegate, &RowActionDelegate::buttonClicked, this, [this](const QModelIndex &index, int button) {
        Q_EMIT receivedActionRequested({index.data(InvitationListModel::InvitationIdRole).toString()},
                                       button == 0 ? ActionKind::Accept : ActionKind::Ignore);
    });
    auto *acceptSelected = new QPushButton(tr("Accept selected"), receivedBox);
    auto *ignoreSelected = new QPushButton(tr("Ignore selected"), receivedBox);
    for (auto [button, action] :
         {std::pair{acceptSelected, ActionKind::Accept}, std::pair{ignoreSelected, ActionKind::Ignore}}) {
        button->setAccessibleName(button->text());
        connect(button, &QPushButton::clicked, this, [this, action = action] {
            const auto rows = m_received->selectionModel()->selectedRows();
            if (!rows.isEmpty())
                Q_EMIT receivedActionRequested({rows.first().data(InvitationListModel::InvitationIdRole).toString()},
                                               action);
        });
    }
    auto *receivedButtons = new QHBoxLayout;
    receivedButtons->addStretch(1);
    receivedButtons->addWidget(acceptSelected);
    receivedButtons->addWidget(ignoreSelected);
    auto *receivedLayout = new QVBoxLayout(receivedBox);
    receivedLayout->addWidget(m_received);
    receivedLayout->addLayout(receivedButtons);

    auto *suggestionBox = new QGroupBox(tr("People you may know"), this);
    m_suggestions = new QListView(suggestionBox);
    m_suggestions->setModel(&suggestions);
    m_suggestions->setAccessibleName(tr("People you may know"));
    m_suggestions->setWordWrap(true);
    m_connect = new QPushButton(tr("&Connect…"), suggestionBox);
    m_connect->setAccessibleName(tr("Connect with the selected person"));
    m_connect->setEnabled(false);
    m_weekly = new QLabel(suggestionBox);
    const auto requestConnect = [this] {
        const auto current = m_suggestions->currentIndex();
        if (current.isValid())
            Q_EMIT connectRequested(current.row());
    };
    connect(m_connect, &QPushButton::clicked, this, requestConnect);
    connect(m_suggestions, &QListView::activated, this, requestConnect);
    connect(m_suggestions->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MyNetworkPage::updateConnectButton);
    connect(&suggestions, &QAbstractItemModel::modelReset, this, &MyNetworkPage::updateConnectButton);
    auto *suggestionButtons = new QHBoxLayout;
    suggestionButtons->addWidget(m_weekly, 1);
    suggestionButtons->addWidget(m_connect);
    auto *suggestionLayout = new QVBoxLayout(suggestionBox);
    suggestionLayout->addWidget(m_suggestions);
    suggestionLayout->addLayout(suggestionButtons);

    auto *lists = new QHBoxLayout;
    lists->addWidget(receivedBox, 3);
    lists->addWidget(suggestionBox, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_greeting);
    layout->addLayout(counts);
    layout->addLayout(lists, 1);
}

void MyNetworkPage::showSnapshot(const AccountSnapshot &snapshot)
{
    m_greeting->setText(snapshot.userName.isEmpty() ? tr("My Network")
                                                    : tr("My Network — %1").arg(snapshot.userName));
    setCount(m_pendingReceived, snapshot.pendingReceived, tr("Pending received"),
             tr("Pending received: %Ln", nullptr, snapshot.pendingReceived));
    setCount(m_pendingSent, snapshot.pendingSent, tr("Pending sent"),
             tr("Pending sent: %Ln", nullptr, snapshot.pendingSent));
    setCount(m_connections, snapshot.connections, tr("Connections"),
             tr("Connections: %Ln", nullptr, snapshot.connections));
    m_weekly->setText(describeWeeklyBudget(snapshot));
    m_budgetSpent = snapshot.nextInviteAllowedAt.isValid();
    updateConnectButton();
}

void MyNetworkPage::updateConnectButton()
{
    // At the weekly limit, or while a recent withdrawal blocks this person, Connect waits.
    const auto current = m_suggestions->currentIndex();
    m_connect->setEnabled(current.isValid() && !m_budgetSpent
                          && current.data(SuggestionListModel::ReinviteAvailableAtRole).isNull());
}

} // namespace InviteDesk
