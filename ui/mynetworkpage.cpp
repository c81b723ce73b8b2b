#include "ui/mynetworkpage.h"

#include "models/budgettext.h"
#include "models/invitationfilterproxy.h"
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

void setCount(QLabel *label, int count, const QString &caption)
{
    label->setText(u"<span style='font-size:20pt; font-weight:600'>%1</span><br>%2"_s.arg(QLocale().toString(count), caption));
    label->setAccessibleName(u"%1: %2"_s.arg(caption).arg(count));
}

} // namespace

MyNetworkPage::MyNetworkPage(InvitationListModel &received, SuggestionListModel &suggestions, QWidget *parent)
    : QWidget(parent)
{
    m_greeting = new QLabel(this);
    QFont big = m_greeting->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    m_greeting->setFont(big);
    m_pendingReceived = makeCount(this);
    m_pendingSent = makeCount(this);
    m_connections = makeCount(this);
    auto *manage = new QPushButton(u"&Manage invitations"_s, this);
    manage->setAccessibleName(u"Manage invitations"_s);
    connect(manage, &QPushButton::clicked, this, &MyNetworkPage::manageRequested);

    auto *counts = new QHBoxLayout;
    counts->addWidget(m_pendingReceived);
    counts->addWidget(m_pendingSent);
    counts->addWidget(m_connections);
    counts->addStretch(1);
    counts->addWidget(manage, 0, Qt::AlignBottom);

    // The newest received invitations: the received list, newest first.
    auto *receivedBox = new QGroupBox(u"Newest invitations for you"_s, this);
    m_receivedProxy = new InvitationFilterProxy(received, this);
    m_received = new QTableView(receivedBox);
    m_received->setModel(m_receivedProxy);
    m_received->setAccessibleName(u"Newest received invitations"_s);
    m_received->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_received->setSelectionMode(QAbstractItemView::SingleSelection);
    m_received->setSortingEnabled(true);
    m_received->sortByColumn(InvitationListModel::SentColumn, Qt::DescendingOrder);
    m_received->setMouseTracking(true);
    m_received->setTabKeyNavigation(false);
    m_received->verticalHeader()->hide();
    m_received->setCornerButtonEnabled(false);
    if (auto *corner = m_received->findChild<QAbstractButton *>())
        corner->setAccessibleName(u"Select all received invitations"_s);
    m_received->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_received->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 14);
    m_received->horizontalHeader()->setSectionResizeMode(InvitationListModel::HeadlineColumn, QHeaderView::Stretch);
    m_delegate = new RowActionDelegate({u"Accept"_s, u"Ignore"_s}, InvitationListModel::ActionColumn, m_received);
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
    auto *acceptSelected = new QPushButton(u"Accept selected"_s, receivedBox);
    auto *ignoreSelected = new QPushButton(u"Ignore selected"_s, receivedBox);
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

    auto *suggestionBox = new QGroupBox(u"People you may know"_s, this);
    m_suggestions = new QListView(suggestionBox);
    m_suggestions->setModel(&suggestions);
    m_suggestions->setAccessibleName(u"People you may know"_s);
    m_suggestions->setWordWrap(true);
    m_connect = new QPushButton(u"&Connect…"_s, suggestionBox);
    m_connect->setAccessibleName(u"Connect with the selected person"_s);
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
    m_greeting->setText(snapshot.userName.isEmpty() ? u"My Network"_s : u"My Network — %1"_s.arg(snapshot.userName));
    setCount(m_pendingReceived, snapshot.pendingReceived, u"Pending received"_s);
    setCount(m_pendingSent, snapshot.pendingSent, u"Pending sent"_s);
    setCount(m_connections, snapshot.connections, u"Connections"_s);
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
