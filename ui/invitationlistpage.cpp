#include "ui/invitationlistpage.h"

#include "models/invitationfilterproxy.h"
#include "models/invitationlistmodel.h"
#include "ui/rowactiondelegate.h"

#include <QAbstractButton>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace InviteDesk {

InvitationListPage::InvitationListPage(InvitationListModel &model, QWidget *parent)
    : QWidget(parent), m_direction(model.direction()), m_model(model)
{
    const bool sent = m_direction == Direction::Sent;
    const QString what = sent ? u"sent"_s : u"received"_s;

    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(u"Search by name, headline or company (Ctrl+F)"_s);
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(u"Search %1 invitations"_s.arg(what));
    for (auto *clear : m_search->findChildren<QToolButton *>())
        clear->setAccessibleName(u"Clear search"_s);

    m_summary = new QLabel(this);
    m_summary->setAccessibleDescription(u"Number of %1 invitations shown"_s.arg(what));

    m_proxy = new InvitationFilterProxy(model, this);
    m_view = new QTableView(this);
    m_view->setModel(m_proxy);
    m_view->setAccessibleName(sent ? u"Sent invitations"_s : u"Received invitations"_s);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(InvitationListModel::SentColumn, Qt::DescendingOrder);
    m_view->setMouseTracking(true);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    if (auto *corner = m_view->findChild<QAbstractButton *>())
        corner->setAccessibleName(u"Select all %1 invitations"_s.arg(what));
    // Uniform rows: the view never asks 100,000 rows for their height.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 14);
    auto *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    header->resizeSection(InvitationListModel::NameColumn, 180);
    header->resizeSection(InvitationListModel::HeadlineColumn, 240);
    header->resizeSection(InvitationListModel::CompanyColumn, 150);
    header->resizeSection(InvitationListModel::SentColumn, 110);
    header->setSectionResizeMode(InvitationListModel::HeadlineColumn, QHeaderView::Stretch);

    const QStringList buttonLabels = sent ? QStringList{u"Withdraw"_s} : QStringList{u"Accept"_s, u"Ignore"_s};
    m_delegate = new RowActionDelegate(buttonLabels, InvitationListModel::ActionColumn, m_view);
    m_view->setItemDelegate(m_delegate);
    const int lastButton = m_delegate->buttonCount() - 1;
    header->resizeSection(InvitationListModel::ActionColumn,
                          m_delegate->buttonRect(QRect(0, 0, 0, 20), lastButton).right() + 8);
    connect(m_delegate, &RowActionDelegate::buttonClicked, this, [this](const QModelIndex &index, int button) {
        Q_EMIT actionRequested({index.data(InvitationListModel::InvitationIdRole).toString()}, button);
    });

    // The same actions for the selection, as real buttons.
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_summary, 1);
    const QStringList selectionLabels =
        sent ? QStringList{u"&Withdraw selected"_s} : QStringList{u"&Accept selected"_s, u"&Ignore selected"_s};
    for (int i = 0; i < selectionLabels.size(); ++i) {
        auto *button = new QPushButton(selectionLabels[i], this);
        button->setAccessibleName(QString(selectionLabels[i]).remove(u'&'));
        button->setAccessibleDescription(
            sent ? u"Withdraws the invitations selected in the list; you can undo for a few seconds."_s
                 : u"Applies to the invitations selected in the list."_s);
        connect(button, &QPushButton::clicked, this, [this, i] {
            const auto ids = selectedInvitationIds();
            if (!ids.isEmpty())
                Q_EMIT actionRequested(ids, i);
        });
        actions->addWidget(button);
        m_selectionButtons.append(button);
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addLayout(actions);
    layout->addWidget(m_view, 1);
    setTabOrder(m_search, m_view);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &InvitationFilterProxy::setSearchText);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(m_proxy, signal, this, &InvitationListPage::updateSummary);
    }
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &InvitationListPage::updateSummary);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &InvitationListPage::updateSummary);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &InvitationListPage::updateButtons);

    if (sent) {
        // Delete withdraws the selection: the same flow as the button.
        auto *remove = new QShortcut(QKeySequence::Delete, m_view, nullptr, nullptr, Qt::WidgetShortcut);
        connect(remove, &QShortcut::activated, this, [this] {
            const auto ids = selectedInvitationIds();
            if (!ids.isEmpty())
                Q_EMIT actionRequested(ids, 0);
        });
    }
    updateSummary();
    updateButtons();
}

QStringList InvitationListPage::selectedInvitationIds() const
{
    auto rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) { return a.row() < b.row(); });
    QStringList ids;
    ids.reserve(rows.size());
    for (const auto &row : rows)
        ids.append(row.data(InvitationListModel::InvitationIdRole).toString());
    return ids;
}

void InvitationListPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void InvitationListPage::updateSummary()
{
    const QLocale locale;
    const int shown = m_proxy->rowCount();
    const int total = m_model.rowCount();
    const QString noun = m_direction == Direction::Sent ? u"sent"_s : u"received"_s;
    m_summary->setText(shown == total ? u"%1 pending %2"_s.arg(locale.toString(total), noun)
                                      : u"%1 of %2 pending %3 match"_s.arg(locale.toString(shown),
                                                                          locale.toString(total), noun));
}

void InvitationListPage::updateButtons()
{
    const bool any = m_view->selectionModel()->hasSelection();
    for (auto *button : std::as_const(m_selectionButtons))
        button->setEnabled(any);
}

} // namespace InviteDesk
