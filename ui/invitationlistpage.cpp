#include "ui/invitationlistpage.h"

#include "core/domainrules.h"
#include "models/invitationlistmodel.h"
#include "ui/rowactiondelegate.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace InviteDesk {

InvitationListPage::InvitationListPage(InvitationList &list, QWidget *parent)
    : QWidget(parent), m_direction(list.direction()), m_model(new InvitationListModel(list, this))
{
    const bool withdrawn = list.shownState() == InvitationState::Withdrawn;
    const bool sent = m_direction == Direction::Sent && !withdrawn; // pending sent: withdraw
    // Whole sentences for each list, so each can be translated as a whole.
    const auto pick = [&](const QString &forWithdrawn, const QString &forSent, const QString &forReceived) {
        return withdrawn ? forWithdrawn : sent ? forSent : forReceived;
    };

    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search by name, headline or company (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(pick(tr("Search withdrawn invitations"), tr("Search sent invitations"),
                                     tr("Search received invitations")));
    for (auto *clear : m_search->findChildren<QToolButton *>())
        clear->setAccessibleName(tr("Clear search"));

    // Filters: company, age range in days, expiring soon.
    m_company = new QLineEdit(this);
    m_company->setPlaceholderText(tr("Company"));
    m_company->setClearButtonEnabled(true);
    m_company->setAccessibleName(tr("Filter by company"));
    for (auto *clear : m_company->findChildren<QToolButton *>())
        clear->setAccessibleName(tr("Clear company filter"));
    m_minAge = new QSpinBox(this);
    m_minAge->setRange(0, 9999);
    m_minAge->setSpecialValueText(tr("any", "age filter: no limit"));
    m_minAge->setAccessibleName(tr("Sent at least this many days ago"));
    m_maxAge = new QSpinBox(this);
    m_maxAge->setRange(-1, 9999);
    m_maxAge->setValue(-1);
    m_maxAge->setSpecialValueText(tr("any", "age filter: no limit"));
    m_maxAge->setAccessibleName(tr("Sent at most this many days ago"));
    m_expiringSoon = new QCheckBox(tr("E&xpiring soon"), this);
    m_expiringSoon->setToolTip(
        tr("Only invitations within %Ln day(s) of expiring", nullptr, list.rules().expiringSoonDays));
    auto *clearFilters = new QPushButton(tr("Clear filters"), this);
    auto *filters = new QHBoxLayout;
    auto *ageLabel = new QLabel(tr("Age (da&ys):"), this);
    ageLabel->setBuddy(m_minAge);
    filters->addWidget(m_company, 2);
    filters->addWidget(ageLabel);
    filters->addWidget(m_minAge);
    filters->addWidget(new QLabel(tr("to", "age from … to …"), this));
    filters->addWidget(m_maxAge);
    filters->addWidget(m_expiringSoon);
    filters->addWidget(clearFilters);
    filters->addStretch(1);
    for (auto *field : {m_company, m_search})
        connect(field, &QLineEdit::textChanged, this, &InvitationListPage::applyFilter);
    for (auto *field : {m_minAge, m_maxAge})
        connect(field, &QSpinBox::valueChanged, this, &InvitationListPage::applyFilter);
    connect(m_expiringSoon, &QCheckBox::toggled, this, &InvitationListPage::applyFilter);
    connect(clearFilters, &QPushButton::clicked, this, &InvitationListPage::clearFilters);

    m_summary = new QLabel(this);
    m_summary->setAccessibleDescription(pick(tr("Number of withdrawn invitations shown"),
                                             tr("Number of sent invitations shown"),
                                             tr("Number of received invitations shown")));

    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setAccessibleName(pick(tr("Withdrawn invitations"), tr("Sent invitations"), tr("Received invitations")));
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
        corner->setAccessibleName(pick(tr("Select all withdrawn invitations"), tr("Select all sent invitations"),
                                       tr("Select all received invitations")));
    // Uniform rows: the view never asks 100,000 rows for their height.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 14);
    auto *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionsMovable(true);
    header->setStretchLastSection(false);
    header->resizeSection(InvitationListModel::NameColumn, 180);
    header->resizeSection(InvitationListModel::HeadlineColumn, 240);
    header->resizeSection(InvitationListModel::CompanyColumn, 150);
    header->resizeSection(InvitationListModel::SentColumn, 110);
    header->resizeSection(InvitationListModel::ReinviteColumn, 110);
    header->setSectionResizeMode(InvitationListModel::HeadlineColumn, QHeaderView::Stretch);
    m_view->setColumnHidden(InvitationListModel::ReinviteColumn, !withdrawn);
    m_expiringSoon->setVisible(!withdrawn);

    const QStringList buttonLabels = withdrawn ? QStringList{tr("Re-invite")}
                                     : sent    ? QStringList{tr("Withdraw")}
                                               : QStringList{tr("Accept"), tr("Ignore")};
    m_delegate = new RowActionDelegate(buttonLabels, InvitationListModel::ActionColumn, m_view);
    m_delegate->setAvatarColumn(InvitationListModel::NameColumn);
    m_view->setItemDelegate(m_delegate);
    const int lastButton = m_delegate->buttonCount() - 1;
    header->resizeSection(InvitationListModel::ActionColumn,
                          m_delegate->buttonRect(QRect(0, 0, 0, 20), lastButton).right() + 8);
    connect(m_delegate, &RowActionDelegate::buttonClicked, this, [this](const QModelIndex &index, int button) {
        Q_EMIT actionRequested({index.data(InvitationListModel::InvitationIdRole).toString()}, actionOfButton(button));
    });

    // The same actions for the selection, as real buttons.
    m_note = new QLabel(this);
    m_note->hide();
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_summary);
    actions->addWidget(m_note, 1);
    if (sent) {
        auto *selectStale = new QPushButton(tr("Se&lect stale…"), this);
        selectStale->setAccessibleName(tr("Select stale invitations"));
        selectStale->setToolTip(tr("Select every invitation shown that has been pending longer than a number of days"));
        connect(selectStale, &QPushButton::clicked, this, &InvitationListPage::selectStaleRequested);
        actions->addWidget(selectStale);
        m_needWholeList.append(selectStale);
    }
    const QStringList selectionLabels = withdrawn ? QStringList{tr("Re-&invite selected")}
                                        : sent    ? QStringList{tr("&Withdraw selected")}
                                                  : QStringList{tr("&Accept selected"), tr("&Ignore selected")};
    for (int i = 0; i < selectionLabels.size(); ++i) {
        auto *button = new QPushButton(selectionLabels[i], this);
        button->setAccessibleName(QString(selectionLabels[i]).remove(u'&'));
        button->setAccessibleDescription(
            sent ? tr("Shows who would be withdrawn, then withdraws them; you can undo for a few seconds.")
                 : tr("Applies to the invitations selected in the list."));
        connect(button, &QPushButton::clicked, this, [this, i, sent] {
            const auto ids = selectedInvitationIds();
            if (ids.isEmpty())
                return;
            if (sent)
                Q_EMIT bulkWithdrawRequested(ids);
            else
                Q_EMIT actionRequested(ids, actionOfButton(i));
        });
        actions->addWidget(button);
        m_selectionButtons.append(button);
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addLayout(filters);
    layout->addLayout(actions);
    layout->addWidget(m_view, 1);
    setTabOrder(m_search, m_company);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, this, &InvitationListPage::updateSummary);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, &InvitationListPage::updateSummary);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &InvitationListPage::updateButtons);
    // A filter re-maps the selection through layoutChanged, which drops hidden rows from
    // it without a selectionChanged.
    connect(m_model, &QAbstractItemModel::layoutChanged, this, &InvitationListPage::updateButtons);
    m_needWholeList.append({m_search, m_company, m_minAge, m_maxAge, m_expiringSoon, clearFilters, m_view});
    connect(&m_model->list(), &InvitationList::replaced, this, &InvitationListPage::updateReadiness);

    if (sent) {
        // Delete withdraws the selection: the same flow as the button.
        auto *remove = new QShortcut(QKeySequence::Delete, m_view, nullptr, nullptr, Qt::WidgetShortcut);
        connect(remove, &QShortcut::activated, this, [this] {
            const auto ids = selectedInvitationIds();
            if (!ids.isEmpty())
                Q_EMIT bulkWithdrawRequested(ids);
        });
    }
    updateReadiness();
    updateButtons();
}

bool InvitationListPage::isReady() const
{
    return m_model->list().isComplete();
}

void InvitationListPage::updateReadiness()
{
    // Searching, sorting or selecting a preview would act on a few hundred rows of a
    // million: the page waits, a second or two, until every row is read.
    for (auto *widget : std::as_const(m_needWholeList))
        widget->setEnabled(isReady());
    updateSummary();
}

ActionKind InvitationListPage::actionOfButton(int button) const
{
    if (m_model->shownState() == InvitationState::Withdrawn)
        return ActionKind::Send;
    if (m_direction == Direction::Sent)
        return ActionKind::Withdraw;
    return button == 0 ? ActionKind::Accept : ActionKind::Ignore;
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

QString InvitationListPage::summaryText() const
{
    return m_summary->text();
}

void InvitationListPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void InvitationListPage::setNote(const QString &note)
{
    m_note->setText(note.isEmpty() ? QString() : u"· "_s + note);
    m_note->setVisible(!note.isEmpty());
}

QByteArray InvitationListPage::saveColumns() const
{
    return m_view->horizontalHeader()->saveState();
}

void InvitationListPage::restoreColumns(const QByteArray &columns)
{
    auto *header = m_view->horizontalHeader();
    // restoreState() only moves the indicator; the model sorts when asked.
    if (!columns.isEmpty() && header->restoreState(columns))
        m_view->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
}

void InvitationListPage::clearFilters()
{
    m_search->clear();
    m_company->clear();
    m_minAge->setValue(0);
    m_maxAge->setValue(-1);
    m_expiringSoon->setChecked(false);
}

void InvitationListPage::applyFilter()
{
    InvitationFilter filter;
    filter.text = m_search->text();
    filter.company = m_company->text().trimmed();
    if (m_minAge->value() > 0)
        filter.minAgeDays = m_minAge->value();
    if (m_maxAge->value() >= 0)
        filter.maxAgeDays = m_maxAge->value();
    filter.expiringSoonOnly = m_expiringSoon->isChecked();
    m_model->setFilter(filter);
}

int InvitationListPage::selectStale(int days)
{
    const QDateTime now = m_model->clock().now();
    QItemSelection selection;
    int count = 0;
    int runStart = -1;
    const int rows = m_model->rowCount();
    // Contiguous runs become one range each: selecting 90,000 rows stays one call.
    for (int row = 0; row <= rows; ++row) {
        bool stale = false;
        if (row < rows) {
            stale = !m_model->isActionQueued(row) && isStale(m_model->sentAt(row), now, days);
        }
        if (stale) {
            ++count;
            if (runStart < 0)
                runStart = row;
        } else if (runStart >= 0) {
            selection.select(m_model->index(runStart, 0), m_model->index(row - 1, InvitationListModel::ColumnCount - 1));
            runStart = -1;
        }
    }
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (!selection.isEmpty())
        m_view->scrollTo(selection.first().topLeft());
    m_view->setFocus(Qt::OtherFocusReason);
    return count;
}

int InvitationListPage::selectedRowCount() const
{
    int count = 0;
    for (const auto &range : m_view->selectionModel()->selection())
        count += range.height();
    return count;
}

void InvitationListPage::updateSummary()
{
    const int shown = m_model->rowCount();
    const int total = m_model->list().count();
    if (!isReady()) {
        m_summary->setText(tr("Reading %Ln invitation(s) from the cache…", nullptr, total));
        return;
    }
    const QString all = QLocale().toString(total);
    const bool withdrawn = m_model->shownState() == InvitationState::Withdrawn;
    const bool sent = m_direction == Direction::Sent;
    if (shown == total)
        m_summary->setText(withdrawn ? tr("%Ln withdrawn", "invitations in the list", total)
                           : sent    ? tr("%Ln pending sent", "invitations in the list", total)
                                     : tr("%Ln pending received", "invitations in the list", total));
    else
        m_summary->setText(withdrawn ? tr("%Ln of %1 withdrawn match(es)", "invitations in the list", shown).arg(all)
                           : sent    ? tr("%Ln of %1 pending sent match(es)", "invitations in the list", shown).arg(all)
                                     : tr("%Ln of %1 pending received match(es)", "invitations in the list", shown)
                                           .arg(all));
}

void InvitationListPage::updateButtons()
{
    const int selected = selectedRowCount();
    for (auto *button : std::as_const(m_selectionButtons))
        button->setEnabled(selected > 0);
    if (m_direction == Direction::Sent && m_model->shownState() == InvitationState::Pending) {
        const QString text =
            selected > 0 ? tr("&Withdraw selected (%Ln)", nullptr, selected) : tr("&Withdraw selected");
        m_selectionButtons.first()->setText(text);
        m_selectionButtons.first()->setAccessibleName(QString(text).remove(u'&'));
    }
}

} // namespace InviteDesk
