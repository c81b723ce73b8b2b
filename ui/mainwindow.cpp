#include "ui/mainwindow.h"

#include "models/agetext.h"
#include "models/budgettext.h"
#include "models/bulkrunmodel.h"
#include "models/invitationlistmodel.h"
#include "models/invitationfilterproxy.h"
#include "models/suggestionlistmodel.h"
#include "models/viewexport.h"
#include "ui/appsettings.h"
#include "ui/bulkprogresspanel.h"
#include "ui/bulkwithdrawdialog.h"
#include "ui/invitationlistpage.h"
#include "ui/mynetworkpage.h"
#include "ui/noteeditordialog.h"
#include "ui/preferencesdialog.h"
#include "ui/statspage.h"
#include "ui/undobanner.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace InviteDesk {

namespace {

QString shortDate(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime().date(), QLocale::ShortFormat);
}

QString shortDateTime(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

// One action of `kind` on each of these invitations.
QList<ActionRequest> requestsFor(const QList<CachedInvitation> &rows, ActionKind kind)
{
    QList<ActionRequest> requests;
    requests.reserve(rows.size());
    for (const auto &row : rows)
        requests.append(ActionRequest{kind, row.invitation.id, {}, std::nullopt});
    return requests;
}

} // namespace

MainWindow::MainWindow(CacheStore &store, const Clock &clock, AppSettings &settings, QWidget *parent)
    : QMainWindow(parent), m_store(store), m_clock(clock), m_settings(settings)
{
    setWindowTitle(u"InviteDesk"_s);
    m_receivedModel = new InvitationListModel(store, Direction::Received, clock, this);
    m_sentModel = new InvitationListModel(store, Direction::Sent, clock, this);
    m_withdrawnModel = new InvitationListModel(store, Direction::Sent, InvitationState::Withdrawn, clock, this);
    m_suggestionModel = new SuggestionListModel(store, this);

    m_myNetwork = new MyNetworkPage(*m_receivedModel, *m_suggestionModel, this);
    m_receivedPage = new InvitationListPage(*m_receivedModel, this);
    m_sentPage = new InvitationListPage(*m_sentModel, this);
    m_withdrawnPage = new InvitationListPage(*m_withdrawnModel, this);
    m_statsPage = new StatsPage(store, clock, this);
    m_manageTabs = new QTabWidget(this);
    m_manageTabs->setAccessibleName(u"Received or sent invitations"_s);
    m_manageTabs->addTab(m_receivedPage, u"&Received"_s);
    m_manageTabs->addTab(m_sentPage, u"&Sent"_s);
    m_manageTabs->addTab(m_withdrawnPage, u"Wit&hdrawn"_s);
    m_sections = new QTabWidget(this);
    m_sections->setAccessibleName(u"Sections"_s);
    m_sections->setDocumentMode(true);
    m_sections->addTab(m_myNetwork, u"My &Network"_s);
    m_sections->addTab(m_manageTabs, u"Mana&ge"_s);
    m_sections->addTab(m_statsPage, u"S&tats"_s);

    m_banner = new UndoBanner(this);
    m_bulkRun = new BulkRunModel(this);
    m_bulkPanel = new BulkProgressPanel(*m_bulkRun, this);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_banner);
    layout->addWidget(m_bulkPanel);
    layout->addWidget(m_sections, 1);
    setCentralWidget(central);

    m_status = new QLabel(this);
    m_status->setAccessibleDescription(u"Connection status"_s);
    m_queued = new QLabel(this);
    m_queued->setAccessibleDescription(u"Actions waiting to be sent"_s);
    m_progress = new QProgressBar(this);
    m_progress->setAccessibleName(u"Sync progress"_s);
    m_progress->setMaximumWidth(160);
    m_progress->setRange(0, 0);
    m_progress->hide();
    statusBar()->addWidget(m_status, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_queued);

    buildMenus();

    connect(m_myNetwork, &MyNetworkPage::manageRequested, this, [this] { showManage(Direction::Received); });
    connect(m_myNetwork, &MyNetworkPage::receivedActionRequested, this, [this](const QStringList &ids, int action) {
        respond(ids, action == 0 ? ActionKind::Accept : ActionKind::Ignore);
    });
    connect(m_myNetwork, &MyNetworkPage::connectRequested, this, &MainWindow::connectWithSuggestion);
    connect(m_receivedPage, &InvitationListPage::actionRequested, this, [this](const QStringList &ids, int action) {
        respond(ids, action == 0 ? ActionKind::Accept : ActionKind::Ignore);
    });
    connect(m_sentPage, &InvitationListPage::actionRequested, this,
            [this](const QStringList &ids, int) { withdraw(ids); });
    connect(m_withdrawnPage, &InvitationListPage::actionRequested, this,
            [this](const QStringList &ids, int) { reinvite(ids); });
    connect(m_sentPage, &InvitationListPage::bulkWithdrawRequested, this, &MainWindow::withdrawInBulk);
    connect(m_sentPage, &InvitationListPage::selectStaleRequested, this, &MainWindow::selectStale);
    connect(m_bulkPanel, &BulkProgressPanel::cancelRequested, this, &MainWindow::cancelBulk);
    connect(m_bulkPanel, &BulkProgressPanel::retryFailedRequested, this, &MainWindow::retryFailedBulk);
    connect(m_banner, &UndoBanner::undoRequested, this, [this] {
        QString error;
        if (!m_store.cancel(m_undoable, &error))
            m_banner->showMessage(error);
        else if (!m_undoable.isEmpty() && m_bulkRun->contains(m_undoable.first()))
            m_bulkRun->clear(); // the whole batch came back: nothing to follow
        m_undoable.clear();
    });
    // Counting 100,000 rows costs milliseconds: once per burst of changes (a sync page,
    // a bulk action), not once per signal.
    m_statusUpdate.setSingleShot(true);
    m_statusUpdate.setInterval(50);
    connect(&m_statusUpdate, &QTimer::timeout, this, &MainWindow::updateStatus);
    for (auto signal : {&CacheStore::accountChanged, &CacheStore::outboxChanged})
        connect(&m_store, signal, &m_statusUpdate, qOverload<>(&QTimer::start));
    connect(&m_store, &CacheStore::invitationsChanged, &m_statusUpdate, qOverload<>(&QTimer::start));
    // "last synced N minutes ago" ages by itself.
    connect(&m_statusRefresh, &QTimer::timeout, this, &MainWindow::updateStatus);
    m_statusRefresh.start(std::chrono::seconds(30));

    // From the cache at once: the window is useful before any network answer.
    m_receivedModel->reload();
    m_sentModel->reload();
    m_withdrawnModel->reload();
    m_suggestionModel->reload();
    updateStatus();
    resize(1100, 720);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    auto *syncNow = new QAction(u"&Sync now"_s, this);
    syncNow->setShortcut(QKeySequence::Refresh);
    syncNow->setToolTip(u"Send queued actions and fetch changes (F5)"_s);
    connect(syncNow, &QAction::triggered, this, &MainWindow::syncRequested);
    auto *find = new QAction(u"&Find"_s, this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        if (m_sections->currentWidget() != m_manageTabs)
            showManage(Direction::Received);
        static_cast<InvitationListPage *>(m_manageTabs->currentWidget())->focusSearch();
    });
    auto *preferences = new QAction(u"&Preferences…"_s, this);
    preferences->setShortcut(QKeySequence::Preferences);
    connect(preferences, &QAction::triggered, this, [this] {
        PreferencesDialog dialog(m_settings, m_store.rules().courtesyDays, this);
        dialog.exec();
    });
    auto *exportView = new QAction(u"&Export list as CSV…"_s, this);
    exportView->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportView->setToolTip(u"Save the Manage list on screen, with its filters, as a CSV file (Ctrl+E)"_s);
    connect(exportView, &QAction::triggered, this, [this] {
        auto *page = currentListPage();
        const QString name = page == m_withdrawnPage ? u"withdrawn"_s
                             : page == m_sentPage    ? u"sent"_s
                                                     : u"received"_s;
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        const QString path = QFileDialog::getSaveFileName(
            this, u"Export %1 invitations"_s.arg(name), folder + u"/invitations-%1.csv"_s.arg(name),
            u"CSV files (*.csv)"_s);
        if (!path.isEmpty())
            exportCurrentView(path);
    });
    auto *quit = new QAction(u"&Quit"_s, this);
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    m_switchAccount = new QAction(u"Sign &in as another user…"_s, this);
    connect(m_switchAccount, &QAction::triggered, this, &MainWindow::switchAccountRequested);

    auto *file = menuBar()->addMenu(u"&File"_s);
    file->addAction(syncNow);
    file->addAction(m_switchAccount);
    file->addAction(exportView);
    file->addSeparator();
    file->addAction(quit);
    auto *edit = menuBar()->addMenu(u"&Edit"_s);
    edit->addAction(find);
    edit->addSeparator();
    edit->addAction(preferences);

    auto *toolbar = addToolBar(u"Main"_s);
    toolbar->setObjectName(u"mainToolbar"_s);
    toolbar->setMovable(false);
    toolbar->addAction(syncNow);
}

void MainWindow::setSyncEngine(SyncEngine *engine)
{
    m_engine = engine;
    connect(engine, &SyncEngine::statusChanged, this, &MainWindow::updateStatus);
    connect(engine, &SyncEngine::syncProgress, this, [this](int applied) {
        m_progress->show();
        m_progress->setFormat(u"%1 changes"_s.arg(QLocale().toString(applied)));
        m_progress->setTextVisible(true);
        m_status->setText(u"Syncing… %1 changes received"_s.arg(QLocale().toString(applied)));
    });
    connect(engine, &SyncEngine::actionFinished, this, &MainWindow::onActionFinished);
    updateStatus();
}

void MainWindow::onActionFinished(const ActionOutcome &outcome)
{
    // Once the action on offer has left, Undo would only say "too late".
    if (m_undoable.removeAll(outcome.actionId) > 0 && m_undoable.isEmpty())
        m_banner->endUndo();
    if (m_bulkRun->contains(outcome.actionId)) {
        // A bulk run reports in its own panel, not one banner line per person.
        m_bulkRun->record(outcome);
        return;
    }
    if (outcome.result != ActionOutcome::Result::Done)
        m_banner->showMessage(outcome.reason);
}

void MainWindow::setAccountSwitchEnabled(bool enabled)
{
    m_switchAccount->setVisible(enabled);
}

void MainWindow::setConnecting(bool connecting)
{
    m_connecting = connecting;
    updateStatus();
}

void MainWindow::setConnectionNote(const QString &note)
{
    m_connectionNote = note;
    updateStatus();
}

void MainWindow::showManage(Direction direction)
{
    m_sections->setCurrentWidget(m_manageTabs);
    m_manageTabs->setCurrentWidget(direction == Direction::Sent ? m_sentPage : m_receivedPage);
}

void MainWindow::showWithdrawn()
{
    m_sections->setCurrentWidget(m_manageTabs);
    m_manageTabs->setCurrentWidget(m_withdrawnPage);
}

InvitationListPage *MainWindow::currentListPage() const
{
    return static_cast<InvitationListPage *>(m_manageTabs->currentWidget());
}

bool MainWindow::exportCurrentView(const QString &path)
{
    auto *page = currentListPage();
    // What is on screen: the visible columns in their order, the rows as filtered and sorted.
    QList<int> columns;
    auto *header = page->view()->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        if (!header->isSectionHidden(column) && column != InvitationListModel::ActionColumn)
            columns.append(column);
    }
    QString error;
    if (!exportToCsv(*page->proxy(), columns, path, &error)) {
        m_banner->showMessage(error);
        return false;
    }
    const int rows = page->proxy()->rowCount();
    m_banner->showMessage(rows == 1 ? u"Exported 1 invitation to %1."_s.arg(path)
                                    : u"Exported %1 invitations to %2."_s.arg(QLocale().toString(rows), path));
    return true;
}

QString MainWindow::statusText() const
{
    return m_status->text();
}

void MainWindow::updateStatus()
{
    const auto snapshot = m_store.snapshot();
    m_myNetwork->showSnapshot(snapshot);
    m_withdrawnPage->setNote(describeWeeklyBudget(snapshot));
    const QString dataFrom = snapshot.lastSyncedAt.isValid()
                                 ? u"data from %1"_s.arg(shortDateTime(snapshot.lastSyncedAt))
                                 : u"nothing synced yet"_s;
    QString text;
    const auto status = m_engine      ? m_engine->status()
                        : m_connecting ? SyncEngine::Status::Idle
                                       : SyncEngine::Status::Offline;
    switch (status) {
    case SyncEngine::Status::Idle:
        text = u"Connecting… (%1)"_s.arg(dataFrom);
        break;
    case SyncEngine::Status::Syncing:
        text = u"Syncing…"_s;
        break;
    case SyncEngine::Status::Online:
        text = u"Online · last synced %1"_s.arg(describeAge(snapshot.lastSyncedAt, m_clock.now()));
        break;
    case SyncEngine::Status::Offline:
        text = u"Offline — %1"_s.arg(dataFrom);
        break;
    case SyncEngine::Status::SignInRequired:
        text = u"Sign-in needed — %1"_s.arg(dataFrom);
        break;
    }
    m_progress->setVisible(status == SyncEngine::Status::Syncing);
    if (status != SyncEngine::Status::Syncing || !m_status->text().startsWith(u"Syncing"))
        m_status->setText(m_connectionNote.isEmpty() ? text : text + u" · "_s + m_connectionNote);
    m_status->setToolTip(m_engine ? m_engine->lastError() : QString());
    if (!m_bulkRun->isFinished()) {
        const QString note = status == SyncEngine::Status::Offline          ? u"waiting for the server to be reachable"_s
                             : status == SyncEngine::Status::SignInRequired ? u"waiting for you to sign in"_s
                             : m_engine                                     ? m_engine->lastError()
                                                                            : QString();
        m_bulkPanel->setNote(note);
    }
    m_queued->setText(snapshot.queuedActions == 1 ? u"1 queued action"_s
                                                  : u"%1 queued actions"_s.arg(snapshot.queuedActions));
}

bool MainWindow::confirmYoungWithdrawals(const QList<CachedInvitation> &young)
{
    if (young.isEmpty() || !m_settings.confirmYoungWithdrawals())
        return true;
    const auto now = m_clock.now();
    const QString who = young.size() == 1
                            ? u"Your invitation to %1 was sent %2."_s.arg(
                                  young.first().invitation.person.name,
                                  describeAge(young.first().invitation.sentAt, now))
                            : u"%1 of these invitations were sent less than %2 days ago."_s.arg(young.size()).arg(
                                  m_store.rules().courtesyDays);
    QMessageBox box(QMessageBox::Question, u"Withdraw a recent invitation?"_s,
                    who + u" Most people answer within a few weeks; after a withdrawal you cannot invite them again for %1 days."_s.arg(
                              m_store.rules().reinviteCooldownDays),
                    QMessageBox::Cancel, this);
    auto *withdrawButton = box.addButton(u"&Withdraw"_s, QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    auto *dontAsk = new QCheckBox(u"Don't ask again"_s, &box);
    box.setCheckBox(dontAsk);
    box.exec();
    if (box.clickedButton() != withdrawButton)
        return false;
    if (dontAsk->isChecked())
        m_settings.setConfirmYoungWithdrawals(false);
    return true;
}

QList<CachedInvitation> MainWindow::pendingInvitations(const QStringList &invitationIds, Direction direction) const
{
    QList<CachedInvitation> rows = m_store.invitationsById(invitationIds);
    // A row whose earlier action still waits (a new invitation being sent) takes no other.
    rows.removeIf([direction](const CachedInvitation &row) {
        return row.invitation.direction != direction || row.invitation.state != InvitationState::Pending
            || row.actionQueued;
    });
    return rows;
}

QString MainWindow::withdrawnText(const QList<CachedInvitation> &rows, const QDateTime &now) const
{
    const QString reinvite = shortDate(m_store.rules().reinviteAvailableAt(now));
    return rows.size() == 1 ? u"Invitation to %1 withdrawn — you can re-invite them after %2."_s.arg(
                                  rows.first().invitation.person.name, reinvite)
                            : u"%1 invitations withdrawn — you can re-invite them after %2."_s.arg(
                                  QLocale().toString(rows.size()), reinvite);
}

void MainWindow::withdraw(const QStringList &invitationIds)
{
    const auto now = m_clock.now();
    const auto rows = pendingInvitations(invitationIds, Direction::Sent);
    if (rows.isEmpty())
        return;
    QList<CachedInvitation> young;
    for (const auto &row : std::as_const(rows)) {
        if (m_store.rules().isWithinCourtesyPeriod(row.invitation.sentAt, now))
            young.append(row);
    }
    if (!confirmYoungWithdrawals(young))
        return;
    enqueueWithUndo(requestsFor(rows, ActionKind::Withdraw), withdrawnText(rows, now));
}

void MainWindow::withdrawInBulk(const QStringList &invitationIds)
{
    const auto now = m_clock.now();
    auto rows = pendingInvitations(invitationIds, Direction::Sent);
    if (rows.isEmpty())
        return;
    if (!m_bulkRun->isEmpty() && !m_bulkRun->isFinished()) {
        m_banner->showMessage(u"A bulk withdrawal is still running; wait for it or cancel it first."_s);
        return;
    }
    BulkWithdrawDialog preview(rows, now, m_store.rules(), this);
    if (preview.exec() != QDialog::Accepted)
        return;
    // A sync may have answered some of them while the preview was open: withdraw the
    // ones still pending rather than refuse the whole batch.
    rows = pendingInvitations(invitationIds, Direction::Sent);
    if (rows.isEmpty())
        return;
    const auto actionIds = enqueueWithUndo(requestsFor(rows, ActionKind::Withdraw), withdrawnText(rows, now));
    if (!actionIds)
        return;
    QList<BulkRunModel::Item> items;
    items.reserve(rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i)
        items.append({actionIds->at(i), rows[i].invitation.id, rows[i].invitation.person.name});
    m_bulkRun->start(items);
}

void MainWindow::selectStale()
{
    bool ok = false;
    const int days = QInputDialog::getInt(this, u"Select stale invitations"_s,
                                          u"Select every invitation shown that has been pending for more than this many days:"_s,
                                          m_settings.staleDays(), 1, m_store.rules().expiryDays, 1, &ok);
    if (!ok)
        return;
    m_settings.setStaleDays(days);
    const int selected = m_sentPage->selectStale(days);
    m_banner->showMessage(selected == 0 ? u"No invitation shown has been pending for more than %1 days."_s.arg(days)
                                        : u"Selected %1 invitations pending for more than %2 days."_s.arg(
                                              QLocale().toString(selected)).arg(days));
}

void MainWindow::cancelBulk()
{
    QString error;
    const auto taken = m_store.cancelQueued(m_bulkRun->queuedActionIds(), m_engine ? m_engine->actionInFlight() : 0,
                                            &error);
    if (!taken) {
        m_banner->showMessage(error);
        return;
    }
    if (!m_undoable.isEmpty() && m_bulkRun->contains(m_undoable.first())) {
        m_undoable.clear();
        m_banner->endUndo();
    }
    m_bulkRun->markCancelled(*taken);
}

void MainWindow::retryFailedBulk()
{
    const auto failed = m_bulkRun->items(BulkRunModel::Status::Failed);
    QStringList ids;
    for (const auto &item : failed)
        ids.append(item.invitationId);
    // A failed withdrawal left its invitation pending; one that changed since is skipped.
    const auto rows = pendingInvitations(ids, Direction::Sent);
    QString error;
    const auto actionIds =
        m_store.enqueue(requestsFor(rows, ActionKind::Withdraw), std::chrono::milliseconds(0), &error);
    if (!actionIds) {
        m_banner->showMessage(error);
        return;
    }
    QHash<QString, qint64> newByInvitation;
    for (qsizetype i = 0; i < rows.size(); ++i)
        newByInvitation.insert(rows[i].invitation.id, actionIds->at(i));
    QHash<qint64, qint64> renumbered;
    for (const auto &item : failed) {
        if (const auto it = newByInvitation.constFind(item.invitationId); it != newByInvitation.cend())
            renumbered.insert(item.actionId, *it);
    }
    m_bulkRun->requeue(renumbered);
    Q_EMIT syncRequested();
}

void MainWindow::respond(const QStringList &invitationIds, ActionKind kind)
{
    const auto rows = pendingInvitations(invitationIds, Direction::Received);
    if (rows.isEmpty())
        return;
    const QString verb = kind == ActionKind::Accept ? u"Accepted"_s : u"Ignored"_s;
    enqueueWithUndo(requestsFor(rows, kind), rows.size() == 1
                                  ? u"%1 the invitation from %2."_s.arg(verb, rows.first().invitation.person.name)
                                  : u"%1 %2 invitations."_s.arg(verb).arg(rows.size()));
}

void MainWindow::connectWithSuggestion(int row)
{
    if (row < 0 || row >= m_suggestionModel->rowCount())
        return;
    const auto suggestion = m_suggestionModel->suggestionAt(row);
    if (suggestion.reinviteAvailableAt) {
        m_banner->showMessage(u"You withdrew an invitation to %1 recently; you can re-invite them after %2."_s.arg(
            suggestion.person.name, shortDate(*suggestion.reinviteAvailableAt)));
        return;
    }
    invite(suggestion.person);
}

void MainWindow::reinvite(const QStringList &invitationIds)
{
    if (invitationIds.size() != 1) {
        m_banner->showMessage(u"Select one person to re-invite; each invitation gets its own note."_s);
        return;
    }
    const auto rows = m_store.invitationsById(invitationIds);
    if (rows.isEmpty() || rows.first().invitation.state != InvitationState::Withdrawn || rows.first().actionQueued)
        return;
    const auto &row = rows.first();
    if (const auto blocked = m_store.reinviteAvailableAt(row.invitation.person.id)) {
        m_banner->showMessage(u"You can invite %1 again from %2 (%3 days after a withdrawal)."_s.arg(
            row.invitation.person.name, shortDateTime(*blocked)).arg(m_store.rules().reinviteCooldownDays));
        return;
    }
    invite(row.invitation.person);
}

void MainWindow::invite(const Person &person)
{
    const auto snapshot = m_store.snapshot();
    if (snapshot.nextInviteAllowedAt.isValid()) {
        m_banner->showMessage(u"You have used all %1 invitations of this week; you can send more from %2."_s.arg(
            snapshot.weeklyInvitesLimit).arg(shortDateTime(snapshot.nextInviteAllowedAt)));
        return;
    }
    NoteEditorDialog dialog(person, m_store.rules().noteMaxChars, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    enqueueWithUndo({ActionRequest{ActionKind::Send, {}, person, dialog.note()}},
                    u"Invitation to %1 sent."_s.arg(person.name));
}

std::optional<QList<qint64>> MainWindow::enqueueWithUndo(const QList<ActionRequest> &requests,
                                                         const QString &doneText)
{
    QString error;
    const auto window = m_settings.undoWindow();
    const auto ids = m_store.enqueue(requests, window, &error);
    if (!ids) {
        m_banner->showMessage(error);
        return std::nullopt;
    }
    m_undoable = *ids;
    m_banner->showUndo(doneText, window);
    return ids;
}

} // namespace InviteDesk
