#include "ui/mainwindow.h"

#include "actions/autowithdrawal.h"
#include "actions/invitationactions.h"
#include "models/accountmodels.h"
#include "models/agetext.h"
#include "models/budgettext.h"
#include "models/invitationlistmodel.h"
#include "models/suggestionlistmodel.h"
#include "models/viewexport.h"
#include "session/appsettings.h"
#include "session/session.h"
#include "ui/bulkprogresspanel.h"
#include "ui/bulkwithdrawdialog.h"
#include "ui/invitationlistpage.h"
#include "ui/mynetworkpage.h"
#include "ui/noteeditordialog.h"
#include "ui/notifier.h"
#include "ui/preferencesdialog.h"
#include "ui/statspage.h"
#include "ui/traynotifier.h"
#include "ui/undobanner.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QSystemTrayIcon>
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

} // namespace

MainWindow::MainWindow(AccountModels &account, InvitationActions &actions, AutoWithdrawal &autoWithdrawal,
                       Session &session, AppSettings &settings, QWidget *parent)
    : QMainWindow(parent), m_account(account), m_actions(actions), m_autoWithdrawal(autoWithdrawal),
      m_session(session), m_settings(settings)
{
    setWindowTitle(u"InviteDesk"_s);
    m_myNetwork = new MyNetworkPage(account.received(), account.suggestions(), this);
    m_receivedPage = new InvitationListPage(account.received(), this);
    m_sentPage = new InvitationListPage(account.sent(), this);
    m_withdrawnPage = new InvitationListPage(account.withdrawn(), this);
    m_statsPage = new StatsPage(account, this);
    m_manageTabs = new QTabWidget(this);
    m_manageTabs->setAccessibleName(tr("Received or sent invitations"));
    m_manageTabs->addTab(m_receivedPage, tr("&Received"));
    m_manageTabs->addTab(m_sentPage, tr("&Sent"));
    m_manageTabs->addTab(m_withdrawnPage, tr("Wit&hdrawn"));
    m_sections = new QTabWidget(this);
    m_sections->setAccessibleName(tr("Sections"));
    m_sections->setDocumentMode(true);
    m_sections->addTab(m_myNetwork, tr("My &Network"));
    m_sections->addTab(m_manageTabs, tr("Mana&ge"));
    m_sections->addTab(m_statsPage, tr("S&tats"));

    m_bulkPanel = new BulkProgressPanel(actions.bulkRun(), this);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_bulkPanel);
    layout->addWidget(m_sections, 1);
    setCentralWidget(central);
    // Over the lists, not in the layout: it must not push the rows down.
    m_banner = new UndoBanner(central);
    const auto anchorBanner = [this] {
        QWidget *shown = m_sections->currentWidget();
        if (shown == m_myNetwork)
            m_banner->setAnchor(m_myNetwork->receivedView()->viewport());
        else if (shown == m_manageTabs)
            m_banner->setAnchor(currentListPage()->view()->viewport());
        else
            m_banner->setAnchor(nullptr);
    };
    connect(m_sections, &QTabWidget::currentChanged, this, anchorBanner);
    connect(m_manageTabs, &QTabWidget::currentChanged, this, anchorBanner);
    anchorBanner();

    m_status = new QLabel(this);
    m_status->setAccessibleDescription(tr("Connection status"));
    m_queued = new QLabel(this);
    m_queued->setAccessibleDescription(tr("Actions waiting to be sent"));
    m_progress = new QProgressBar(this);
    m_progress->setAccessibleName(tr("Sync progress"));
    m_progress->setMaximumWidth(160);
    m_progress->setRange(0, 0);
    m_progress->hide();
    m_signIn = new QPushButton(tr("Sign &in…"), this);
    m_signIn->setAccessibleName(tr("Sign in"));
    m_signIn->setToolTip(tr("Sign in to send queued actions and fetch changes"));
    m_signIn->setFlat(true);
    m_signIn->hide();
    connect(m_signIn, &QPushButton::clicked, this, &MainWindow::signInRequested);
    statusBar()->addWidget(m_status, 1);
    statusBar()->addPermanentWidget(m_signIn);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_queued);

    buildMenus();

    connect(m_myNetwork, &MyNetworkPage::manageRequested, this, [this] { showManage(Direction::Received); });
    connect(m_myNetwork, &MyNetworkPage::receivedActionRequested, this, &MainWindow::respond);
    connect(m_myNetwork, &MyNetworkPage::connectRequested, this, &MainWindow::connectWithSuggestion);
    connect(m_receivedPage, &InvitationListPage::actionRequested, this, &MainWindow::respond);
    connect(m_sentPage, &InvitationListPage::actionRequested, this,
            [this](const QStringList &ids) { withdraw(ids); });
    connect(m_withdrawnPage, &InvitationListPage::actionRequested, this,
            [this](const QStringList &ids) { reinvite(ids); });
    connect(m_sentPage, &InvitationListPage::bulkWithdrawRequested, this, &MainWindow::withdrawInBulk);
    connect(m_sentPage, &InvitationListPage::selectStaleRequested, this, &MainWindow::selectStale);
    connect(m_bulkPanel, &BulkProgressPanel::cancelRequested, this, &MainWindow::cancelBulk);
    connect(m_bulkPanel, &BulkProgressPanel::retryFailedRequested, this, &MainWindow::retryFailedBulk);
    connect(m_banner, &UndoBanner::undoRequested, this, [this] { present(m_actions.undo(m_undoHandle)); });
    connect(&m_actions, &InvitationActions::undoEnded, m_banner, &UndoBanner::endUndo);
    connect(&m_actions, &InvitationActions::actionRefused, m_banner, &UndoBanner::showMessage);
    connect(&m_account, &AccountModels::readFailed, m_banner, &UndoBanner::showMessage);
    connect(&m_actions, &InvitationActions::actionRefused, this,
            [this](const QString &sentence) { notify(When::Inactive, tr("An action was not done"), sentence); });
    connect(&m_actions.bulkRun(), &BulkRunModel::finished, this, [this] {
        notify(When::Inactive, tr("Bulk withdrawal finished"),
               tr("Bulk withdrawal finished: %1.", "the summary of the results").arg(m_actions.bulkRun().summary()));
    });

    connect(m_banner, &UndoBanner::reviewRequested, this, &MainWindow::reviewAutoWithdrawal);
    connect(m_banner, &UndoBanner::skipRequested, this, &MainWindow::skipAutoWithdrawal);
    connect(&m_autoWithdrawal, &AutoWithdrawal::announced, this, [this](int count, const QDateTime &runAt) {
        const QString text = tr("%Ln invitation(s) will be withdrawn at %1", nullptr, count)
                                 .arg(QLocale().toString(runAt.toLocalTime().time(), QLocale::ShortFormat));
        m_banner->showAnnouncement(text);
        notify(When::Always, tr("Automatic withdrawal"), text);
    });
    connect(&m_autoWithdrawal, &AutoWithdrawal::announcementEnded, m_banner, &UndoBanner::endAnnouncement);
    connect(&m_autoWithdrawal, &AutoWithdrawal::ran, this, &MainWindow::present);

    // Counting 100,000 rows costs milliseconds: once per burst of changes (a sync page,
    // a bulk action), not once per signal.
    m_statusUpdate.setSingleShot(true);
    m_statusUpdate.setInterval(50);
    connect(&m_statusUpdate, &QTimer::timeout, this, &MainWindow::updateStatus);
    connect(&m_account, &AccountModels::snapshotChanged, &m_statusUpdate, qOverload<>(&QTimer::start));
    connect(&m_session, &Session::stateChanged, this, &MainWindow::updateStatus);
    connect(&m_session, &Session::syncingChanged, this, &MainWindow::updateStatus);
    connect(&m_session, &Session::noteChanged, this, &MainWindow::updateStatus);
    connect(&m_session, &Session::cacheProblemChanged, this, &MainWindow::updateStatus);
    connect(&m_session, &Session::syncProgress, this, [this](int applied) {
        m_progress->show();
        m_progress->setFormat(tr("%Ln change(s)", nullptr, applied));
        m_progress->setTextVisible(true);
        m_status->setText(tr("Syncing… %Ln change(s) received", nullptr, applied));
        m_statusShowsSync = true;
    });
    // "last synced N minutes ago" ages by itself.
    connect(&m_statusRefresh, &QTimer::timeout, this, &MainWindow::updateStatus);
    m_statusRefresh.start(std::chrono::seconds(30));

    resize(1100, 720);
    // Before the lists are read, so a restored sort arranges them once.
    restoreLayout();
    // From the cache at once: the window is useful before any network answer.
    m_account.reload();
    updateStatus();
    applyTrayPreference();
}

MainWindow::~MainWindow()
{
    saveLayout();
}

void MainWindow::restoreLayout()
{
    // restoreGeometry() also brings a window saved on a screen that is gone back onto one.
    const QByteArray geometry = m_settings.windowLayout(u"geometry"_s);
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    restoreState(m_settings.windowLayout(u"state"_s));
    m_receivedPage->restoreColumns(m_settings.windowLayout(u"received_columns"_s));
    m_sentPage->restoreColumns(m_settings.windowLayout(u"sent_columns"_s));
    m_withdrawnPage->restoreColumns(m_settings.windowLayout(u"withdrawn_columns"_s));
    m_sections->setCurrentIndex(m_settings.windowLayout(u"section"_s).toInt());
    m_manageTabs->setCurrentIndex(m_settings.windowLayout(u"manage_tab"_s).toInt());
}

void MainWindow::saveLayout()
{
    m_settings.setWindowLayout(u"geometry"_s, saveGeometry());
    m_settings.setWindowLayout(u"state"_s, saveState());
    m_settings.setWindowLayout(u"received_columns"_s, m_receivedPage->saveColumns());
    m_settings.setWindowLayout(u"sent_columns"_s, m_sentPage->saveColumns());
    m_settings.setWindowLayout(u"withdrawn_columns"_s, m_withdrawnPage->saveColumns());
    m_settings.setWindowLayout(u"section"_s, QByteArray::number(m_sections->currentIndex()));
    m_settings.setWindowLayout(u"manage_tab"_s, QByteArray::number(m_manageTabs->currentIndex()));
}

BulkRunModel *MainWindow::bulkRun() const
{
    return &m_actions.bulkRun();
}

void MainWindow::buildMenus()
{
    auto *syncNow = new QAction(tr("&Sync now"), this);
    syncNow->setShortcut(QKeySequence::Refresh);
    syncNow->setToolTip(tr("Send queued actions and fetch changes (F5)"));
    connect(syncNow, &QAction::triggered, this, [this] { m_session.syncNow(); });
    auto *find = new QAction(tr("&Find"), this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        if (m_sections->currentWidget() != m_manageTabs)
            showManage(Direction::Received);
        static_cast<InvitationListPage *>(m_manageTabs->currentWidget())->focusSearch();
    });
    auto *preferences = new QAction(tr("&Preferences…"), this);
    preferences->setShortcut(QKeySequence::Preferences);
    connect(preferences, &QAction::triggered, this, &MainWindow::showPreferences);
    auto *exportView = new QAction(tr("&Export list as CSV…"), this);
    exportView->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportView->setToolTip(tr("Save the Manage list on screen, with its filters, as a CSV file (Ctrl+E)"));
    connect(exportView, &QAction::triggered, this, [this] {
        auto *page = currentListPage();
        // The file name stays English: it is a name, not a sentence.
        const QString name = page == m_withdrawnPage ? u"withdrawn"_s
                             : page == m_sentPage    ? u"sent"_s
                                                     : u"received"_s;
        const QString title = page == m_withdrawnPage ? tr("Export withdrawn invitations")
                              : page == m_sentPage    ? tr("Export sent invitations")
                                                      : tr("Export received invitations");
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        const QString path = QFileDialog::getSaveFileName(this, title, folder + u"/invitations-%1.csv"_s.arg(name),
                                                          tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportCurrentView(path);
    });
    // With the tray icon on, closing the window leaves the app running (and syncing).
    auto *closeWindow = new QAction(tr("&Close window"), this);
    closeWindow->setShortcut(QKeySequence::Close);
    connect(closeWindow, &QAction::triggered, this, &QWidget::close);
    auto *quit = new QAction(tr("&Quit"), this);
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &MainWindow::quit);

    m_switchAccount = new QAction(tr("Sign &in as another user…"), this);
    connect(m_switchAccount, &QAction::triggered, this, &MainWindow::switchAccountRequested);
    m_signOut = new QAction(tr("Sign &out"), this);
    m_signOut->setToolTip(tr("Forget your sign-in on this computer; queued actions wait for the next one"));
    connect(m_signOut, &QAction::triggered, this, &MainWindow::signOutRequested);

    auto *file = menuBar()->addMenu(tr("&File"));
    file->addAction(syncNow);
    file->addAction(m_switchAccount);
    file->addAction(m_signOut);
    file->addAction(exportView);
    file->addSeparator();
    file->addAction(closeWindow);
    file->addAction(quit);
    auto *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(find);
    edit->addSeparator();
    edit->addAction(preferences);

    auto *toolbar = addToolBar(tr("Main toolbar"));
    toolbar->setObjectName(u"mainToolbar"_s);
    toolbar->setMovable(false);
    toolbar->addAction(syncNow);
}

void MainWindow::setAccountSwitchEnabled(bool enabled)
{
    m_switchAccount->setVisible(enabled);
    m_signOut->setVisible(enabled);
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
    if (!page->isReady()) {
        m_banner->showMessage(stillReadingText());
        return false;
    }
    // What is on screen: the visible columns in their order, the rows as filtered and sorted.
    QList<int> columns;
    auto *header = page->view()->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        if (!header->isSectionHidden(column) && column != InvitationListModel::ActionColumn)
            columns.append(column);
    }
    QString error;
    if (!exportToCsv(*page->model(), columns, path, &error)) {
        m_banner->showMessage(error);
        return false;
    }
    const int rows = page->model()->rowCount();
    m_banner->showMessage(tr("Exported %Ln invitation(s) to %1.", nullptr, rows).arg(QDir::toNativeSeparators(path)));
    return true;
}

QString MainWindow::statusText() const
{
    return m_status->text();
}

void MainWindow::updateStatus()
{
    const auto read = m_account.snapshot();
    if (!read) {
        m_banner->showMessage(read.error());
        return;
    }
    const auto &snapshot = read.value();
    m_myNetwork->showSnapshot(snapshot);
    m_withdrawnPage->setNote(describeWeeklyBudget(snapshot));
    const QString dataFrom = snapshot.lastSyncedAt.isValid()
                                 ? tr("data from %1").arg(shortDateTime(snapshot.lastSyncedAt))
                                 : tr("nothing synced yet");
    const auto state = m_session.state();
    QString text;
    switch (state) {
    case Session::State::SignedOut:
    case Session::State::Connecting:
        text = tr("Connecting… (%1)", "what the cache holds").arg(dataFrom);
        break;
    case Session::State::Online:
        text = tr("Online · last synced %1", "how long ago")
                   .arg(describeAge(snapshot.lastSyncedAt, m_account.clock().now()));
        break;
    case Session::State::RateLimited:
        text = tr("Online · %1", "why the server is slow").arg(m_session.lastError());
        break;
    case Session::State::Offline:
        text = tr("Offline — %1", "what the cache holds").arg(dataFrom);
        break;
    case Session::State::NeedsSignIn:
        text = tr("Sign-in needed — %1", "what the cache holds").arg(dataFrom);
        break;
    case Session::State::SyncedElsewhere:
        text = tr("Synced by another InviteDesk program — %1", "what the cache holds").arg(dataFrom);
        break;
    }
    const bool syncing = m_session.isSyncing();
    if (syncing)
        text = tr("Syncing…");
    // A disk that takes no writes matters more than the connection: it is why nothing moves.
    if (const QString problem = m_session.cacheProblem(); !problem.isEmpty())
        text = problem;
    m_progress->setVisible(syncing);
    // During a sync the line keeps what it says ("Syncing… 500 changes received").
    if (!syncing || !m_statusShowsSync)
        m_status->setText(m_session.note().isEmpty() ? text
                                                     : tr("%1 · %2", "status, then a note on the connection")
                                                           .arg(text, m_session.note()));
    m_statusShowsSync = syncing;
    m_status->setToolTip(m_session.cacheProblem().isEmpty() ? m_session.lastError() : m_session.cacheProblem());
    // Offline without a token, the user may sign in whenever they like; nothing asks.
    m_signIn->setVisible(!m_session.isDemo()
                         && (state == Session::State::NeedsSignIn
                             || (state == Session::State::Offline && !m_session.hasToken())));
    if (!m_actions.bulkRun().isFinished()) {
        const QString note = state == Session::State::Offline       ? tr("waiting for the server to be reachable")
                             : state == Session::State::NeedsSignIn ? tr("waiting for you to sign in")
                                                                    : m_session.lastError();
        m_bulkPanel->setNote(note);
    }
    m_queued->setText(tr("%Ln queued action(s)", nullptr, snapshot.queuedActions));
    if (m_tray)
        m_tray->setToolTip(tr("InviteDesk: %1 received and %2 sent pending · %3", "counts, then the queued actions")
                               .arg(snapshot.pendingReceived)
                               .arg(snapshot.pendingSent)
                               .arg(m_queued->text()));
}

void MainWindow::present(const ActionResult &result)
{
    if (const auto *queued = std::get_if<ActionQueued>(&result)) {
        m_undoHandle = queued->undoHandle;
        m_banner->showUndo(queuedText(*queued));
    } else if (const auto *refused = std::get_if<ActionRefused>(&result)) {
        m_banner->showMessage(refused->sentence);
    } else if (const auto *blocked = std::get_if<BlockedByWeeklyBudget>(&result)) {
        m_banner->showMessage(tr("You have used all %Ln invitation(s) of this week; you can send more from %1.",
                                 nullptr, blocked->limit)
                                  .arg(shortDateTime(blocked->until)));
    }
}

QString MainWindow::queuedText(const ActionQueued &queued) const
{
    // One person is named; several are counted.
    const bool one = queued.count == 1 && !queued.personName.isEmpty();
    switch (queued.kind) {
    case ActionKind::Withdraw:
        return one ? tr("Invitation to %1 withdrawn — you can re-invite them after %2.")
                         .arg(queued.personName, shortDate(queued.reinviteAvailableAt))
                   : tr("%Ln invitation(s) withdrawn — you can re-invite them after %1.", nullptr, queued.count)
                         .arg(shortDate(queued.reinviteAvailableAt));
    case ActionKind::Accept:
        return one ? tr("Accepted the invitation from %1.").arg(queued.personName)
                   : tr("Accepted %Ln invitation(s).", nullptr, queued.count);
    case ActionKind::Ignore:
        return one ? tr("Ignored the invitation from %1.").arg(queued.personName)
                   : tr("Ignored %Ln invitation(s).", nullptr, queued.count);
    case ActionKind::Send:
        return tr("Invitation to %1 sent.").arg(queued.personName);
    }
    return {};
}

bool MainWindow::askCourtesyQuestion(const CourtesyQuestion &question)
{
    const auto &young = question.recent;
    const QString who = young.size() == 1
                            ? tr("Your invitation to %1 was sent %2.", "a name, then how long ago")
                                  .arg(young.first().invitation.person.name,
                                       describeAge(young.first().invitation.sentAt, question.now))
                            : tr("%1 of these invitations were sent less than %Ln day(s) ago.", nullptr,
                                 question.courtesyDays)
                                  .arg(QLocale().toString(young.size()));
    const QString advice = tr("Most people answer within a few weeks; after a withdrawal you cannot invite them "
                              "again for %Ln day(s).",
                              nullptr, question.reinviteCooldownDays);
    QMessageBox box(QMessageBox::Question, tr("Withdraw a recent invitation?"),
                    tr("%1 %2", "who was sent when, then the advice").arg(who, advice), QMessageBox::Cancel, this);
    auto *withdrawButton = box.addButton(tr("&Withdraw"), QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    auto *dontAsk = new QCheckBox(tr("Don't ask again"), &box);
    box.setCheckBox(dontAsk);
    box.exec();
    if (box.clickedButton() != withdrawButton)
        return false;
    if (dontAsk->isChecked())
        m_settings.setConfirmYoungWithdrawals(false);
    return true;
}

void MainWindow::withdraw(const QStringList &invitationIds)
{
    auto result = m_actions.withdraw(invitationIds);
    if (const auto *question = std::get_if<CourtesyQuestion>(&result)) {
        if (!askCourtesyQuestion(*question))
            return;
        result = m_actions.withdraw(invitationIds, InvitationActions::Courtesy::Confirmed);
    }
    present(result);
}

void MainWindow::withdrawInBulk(const QStringList &invitationIds)
{
    auto result = m_actions.previewWithdrawal(invitationIds);
    if (const auto *preview = std::get_if<WithdrawalPreview>(&result)) {
        BulkWithdrawDialog dialog(*preview, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        result = m_actions.withdrawInBulk(invitationIds);
    }
    present(result);
}

QString MainWindow::stillReadingText()
{
    return tr("The list is still being read from the cache. Try again in a moment.");
}

void MainWindow::selectStale()
{
    if (!m_sentPage->isReady()) {
        m_banner->showMessage(stillReadingText());
        return;
    }
    bool ok = false;
    const int days = QInputDialog::getInt(this, tr("Select stale invitations"),
                                          tr("Select every invitation shown that has been pending for more than this many days:"),
                                          m_settings.staleDays(), 1, m_account.rules().expiryDays, 1, &ok);
    if (!ok)
        return;
    m_settings.setStaleDays(days);
    const int selected = m_sentPage->selectStale(days);
    m_banner->showMessage(
        selected == 0 ? tr("No invitation shown has been pending for more than %Ln day(s).", nullptr, days)
                      : tr("Selected %1 pending for more than %Ln day(s).", "%1 is the count of invitations", days)
                            .arg(tr("%Ln invitation(s)", nullptr, selected)));
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(m_settings, m_actions.rules().courtesyDays, m_actions.rules().expiryDays, this);
    if (dialog.exec() == QDialog::Accepted) {
        m_autoWithdrawal.reconsider();
        applyTrayPreference();
    }
}

bool MainWindow::hasTrayIcon() const
{
    return m_tray && m_tray->isVisible();
}

void MainWindow::applyTrayPreference()
{
    const bool wanted = m_settings.trayIcon() && QSystemTrayIcon::isSystemTrayAvailable();
    if (!wanted) {
        delete m_trayNotifier;
        m_trayNotifier = nullptr;
        delete m_tray;
        m_tray = nullptr;
        return;
    }
    if (m_tray)
        return;
    m_tray = new QSystemTrayIcon(windowIcon(), this);
    auto *menu = new QMenu(this);
    menu->addAction(tr("&Show InviteDesk"), this, &MainWindow::bringToFront);
    menu->addAction(tr("&Sync now"), this, [this] { m_session.syncNow(); });
    menu->addSeparator();
    menu->addAction(tr("&Quit"), this, &MainWindow::quit);
    m_tray->setContextMenu(menu);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger)
            bringToFront();
    });
    m_trayNotifier = new TrayNotifier(*m_tray, this);
    connect(m_trayNotifier, &Notifier::activated, this, &MainWindow::bringToFront);
    m_tray->show();
    updateStatus();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (hasTrayIcon() && !m_quitting) {
        hide();
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::quit()
{
    m_quitting = true;
    close();
}

void MainWindow::reviewAutoWithdrawal()
{
    const auto &announcement = m_autoWithdrawal.announcement();
    if (!announcement)
        return;
    const auto result = m_actions.previewWithdrawal(announcement->invitationIds);
    if (const auto *preview = std::get_if<WithdrawalPreview>(&result)) {
        BulkWithdrawDialog dialog(*preview, this);
        // Its result reaches the window through AutoWithdrawal::ran.
        if (dialog.exec() == QDialog::Accepted)
            m_autoWithdrawal.runNow();
        return;
    }
    present(result);
}

void MainWindow::skipAutoWithdrawal()
{
    m_autoWithdrawal.skipToday();
    m_banner->showMessage(tr("Today's automatic withdrawal is skipped."));
}

void MainWindow::setNotifier(Notifier *notifier)
{
    if (m_notifier)
        disconnect(m_notifier, nullptr, this, nullptr);
    m_notifier = notifier;
    if (m_notifier)
        connect(m_notifier, &Notifier::activated, this, &MainWindow::bringToFront);
}

void MainWindow::notify(When when, const QString &title, const QString &body)
{
    if (when == When::Inactive && isActiveWindow())
        return;
    if (!(m_notifier && m_notifier->notify(title, body)) && m_trayNotifier)
        m_trayNotifier->notify(title, body);
}

void MainWindow::showExpiringSoon(int count, int withinDays)
{
    const QString text = tr("%Ln invitation(s) you sent will expire within %1 days; “Expiring soon” on the Sent tab "
                            "shows them.",
                            nullptr, count)
                             .arg(withinDays);
    m_banner->showMessage(text);
    notify(When::Always, tr("Invitations about to expire"), text);
}

void MainWindow::bringToFront()
{
    if (isMinimized())
        showNormal();
    show();
    raise();
    activateWindow();
}

void MainWindow::cancelBulk()
{
    present(m_actions.cancelBulk());
}

void MainWindow::retryFailedBulk()
{
    present(m_actions.retryFailed());
}

void MainWindow::respond(const QStringList &invitationIds, ActionKind kind)
{
    present(m_actions.respond(invitationIds, kind));
}

void MainWindow::connectWithSuggestion(int row)
{
    if (row < 0 || row >= m_account.suggestions().rowCount())
        return;
    invite(m_actions.prepareInvitation(m_account.suggestions().suggestionAt(row)));
}

void MainWindow::reinvite(const QStringList &invitationIds)
{
    invite(m_actions.prepareReinvite(invitationIds));
}

void MainWindow::invite(ActionResult prepared)
{
    if (const auto *needed = std::get_if<NoteNeeded>(&prepared)) {
        const Person person = needed->person;
        NoteEditorDialog dialog(person, needed->noteMaxChars, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        prepared = m_actions.sendInvitation(person, dialog.note());
    }
    present(prepared);
}

} // namespace InviteDesk
