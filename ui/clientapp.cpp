#include "ui/clientapp.h"

#include "actions/autowithdrawal.h"
#include "actions/expiryreminder.h"
#include "actions/invitationactions.h"
#include "cache/cacherecovery.h"
#include "cache/cachestore.h"
#include "core/ownerfiles.h"
#include "models/accountmodels.h"
#include "session/appsettings.h"
#include "session/session.h"
#include "ui/mainwindow.h"
#include "ui/notifier.h"
#ifdef INVITEDESK_FREEDESKTOP_NOTIFICATIONS
#include "ui/freedesktopnotifier.h"
#endif
#include "ui/signindialog.h"

#include <QApplication>
#include <QDir>
#include <QIcon>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTimer>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcApp, "invitedesk.app", QtInfoMsg)

namespace InviteDesk {

ClientApp::ClientApp(LaunchOptions options, QNetworkAccessManager &network, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_network(network)
    , m_session(std::make_unique<Session>(m_network, m_clock))
{
    connect(m_session.get(), &Session::signInNeeded, this, [this](const QString &reason) {
        signInInteractively(reason);
    });
    // Every window and dialog: the theme's icon where one is installed, else our own.
    QApplication::setWindowIcon(QIcon::fromTheme(u"invitedesk"_s, QIcon(u":/icons/invitedesk.svg"_s)));
#ifdef INVITEDESK_FREEDESKTOP_NOTIFICATIONS
    m_notifier = std::make_unique<FreedesktopNotifier>(QDBusConnection::sessionBus());
#endif
}

ClientApp::~ClientApp()
{
    // The window and the actions go before the cache they use; the session (with the
    // demo server) last.
    closeAccount();
    m_session.reset();
}

void ClientApp::fail(const QString &message) const
{
    qCCritical(lcApp).noquote() << message;
    QMessageBox::critical(nullptr, u"InviteDesk"_s, message);
}

QString ClientApp::cachePath(const QUrl &serverUrl, const QString &username) const
{
    const QDir dir(m_options.dataDir);
    if (m_options.mode == LaunchOptions::Mode::Demo)
        return dir.filePath(u"demo-cache.sqlite"_s);
    return dir.filePath(Session::cacheFileName(serverUrl, username));
}

QCoro::Task<bool> ClientApp::start()
{
    QPointer<ClientApp> self(this);
    // A sign-in dialog may come and go before the main window exists; its closing
    // must not end the application.
    QApplication::setQuitOnLastWindowClosed(false);
    if (QString why; !OwnerFiles::makeFolderPrivate(m_options.dataDir, &why)) {
        fail(tr("The data folder %1 cannot be used (%2).").arg(QDir::toNativeSeparators(m_options.dataDir), why));
        co_return false;
    }
    m_settings = std::make_unique<AppSettings>(QDir(m_options.dataDir).filePath(u"settings.ini"_s));

    QUrl serverUrl;
    QString username;
    QString error;
    switch (m_options.mode) {
    case LaunchOptions::Mode::Demo:
        username = Session::demoUsername();
        break;
    case LaunchOptions::Mode::Server:
        if (!Session::isAcceptableServerUrl(m_options.serverUrl, &error)) {
            fail(error);
            co_return false;
        }
        serverUrl = m_options.serverUrl;
        if (m_settings->lastServerUrl() == serverUrl)
            username = m_settings->lastUsername();
        break;
    case LaunchOptions::Mode::LastAccount:
        serverUrl = m_settings->lastServerUrl();
        username = m_settings->lastUsername();
        break;
    }

    if (m_options.mode != LaunchOptions::Mode::Demo && username.isEmpty()) {
        if (m_options.offline) {
            fail(tr("Nothing is cached for this server yet; start InviteDesk without --offline once to sign in."));
            co_return false;
        }
        // A first start: the cache belongs to an account, so the account comes first.
        const bool signedIn = co_await signInInteractively(QString());
        if (!self || !signedIn)
            co_return false;
        serverUrl = m_session->serverUrl();
        username = m_session->username();
    }

    if (!openAccount(serverUrl, username))
        co_return false;
    if (m_options.offline)
        m_session->stayOffline(tr("started offline; press F5 to connect"));
    else
        m_session->connectToServer();
    co_return true;
}

bool ClientApp::openAccount(const QUrl &serverUrl, const QString &username)
{
    QString error;
    QString recovered;
    m_store = CacheStore::openOrRecover(cachePath(serverUrl, username), m_clock, &error, &recovered);
    if (!m_store) {
        fail(error);
        return false;
    }
    if (m_options.mode == LaunchOptions::Mode::Demo)
        m_session->openDemo(*m_store, QDir(m_options.dataDir).filePath(u"demo-server.db"_s));
    else
        m_session->open(*m_store, serverUrl, username);
    m_account = std::make_unique<AccountModels>(*m_store, m_clock);
    m_actions = std::make_unique<InvitationActions>(*m_store, *m_session, *m_settings, m_clock);
    m_autoWithdrawal = std::make_unique<AutoWithdrawal>(*m_store, *m_actions, *m_settings, m_clock);
    m_expiryReminder = std::make_unique<ExpiryReminder>(*m_store, m_clock);
    m_window = std::make_unique<MainWindow>(*m_account, *m_actions, *m_autoWithdrawal, *m_session, *m_settings);
    m_window->setNotifier(m_notifier.get());
    m_window->setAccountSwitchEnabled(m_options.mode != LaunchOptions::Mode::Demo);
    // Queued: the window that asks is closed by the switch.
    connect(m_window.get(), &MainWindow::switchAccountRequested, this, [this] { switchAccount(); },
            Qt::QueuedConnection);
    connect(m_window.get(), &MainWindow::signInRequested, this, [this] { signInInteractively(QString()); });
    // The window stays, its data from the cache, "Sign-in needed"; the queue waits.
    connect(m_window.get(), &MainWindow::signOutRequested, this, [this] { m_session->signOut(); });
    m_window->show();
    QApplication::setQuitOnLastWindowClosed(true);
    connect(m_expiryReminder.get(), &ExpiryReminder::expiringSoon, m_window.get(), &MainWindow::showExpiringSoon);
    m_autoWithdrawal->reconsider();
    m_expiryReminder->reconsider();
    qCInfo(lcApp).noquote() << "cache" << m_store->path() << "opened";
    if (recovered.isEmpty())
        checkCacheInBackground();
    else
        reportCacheRecovery(recovered);
    return true;
}

void ClientApp::checkCacheInBackground()
{
    // After the first screens: the check reads the whole file.
    QTimer::singleShot(std::chrono::seconds(1), m_window.get(), [this] {
        auto damage = std::make_shared<std::optional<QString>>();
        m_cacheCheck.reset(QThread::create([path = m_store->path(), damage] { *damage = CacheRecovery::damage(path); }));
        connect(m_cacheCheck.get(), &QThread::finished, m_window.get(), [this, damage] {
            if (*damage) // not from within a slot of the window it closes
                QTimer::singleShot(0, this, [this, why = **damage] { recoverDamagedCache(why); });
            else
                qCInfo(lcApp) << "cache checked: every page reads";
        });
        m_cacheCheck->start(QThread::LowPriority);
    });
}

void ClientApp::recoverDamagedCache(const QString &why)
{
    qCWarning(lcApp).noquote() << why;
    const QUrl serverUrl = m_session->serverUrl();
    const QString username = m_session->username();
    const QString path = m_store->path();
    // What the window showed came from the damaged file; everything is read again.
    QApplication::setQuitOnLastWindowClosed(false);
    closeAccount();
    QString error;
    const auto aside = CacheRecovery::setAside(path, why, m_clock.now(), &error);
    if (!aside || !openAccount(serverUrl, username)) {
        fail(aside ? tr("The cache could not be opened again after it was set aside.") : error);
        QCoreApplication::exit(1);
        return;
    }
    reportCacheRecovery(aside->sentence);
    if (!m_options.offline)
        m_session->connectToServer();
}

void ClientApp::reportCacheRecovery(const QString &sentence)
{
    qCWarning(lcApp).noquote() << "cache set aside:" << sentence;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("InviteDesk"), sentence, QMessageBox::Ok, m_window.get());
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setAccessibleName(tr("The cache was set aside"));
    box->open();
}

void ClientApp::closeAccount()
{
    // The check reads the file that is closing (it takes a second or two at most).
    if (m_cacheCheck) {
        m_cacheCheck->wait();
        m_cacheCheck.reset();
    }
    m_window.reset();
    m_expiryReminder.reset();
    m_autoWithdrawal.reset();
    m_actions.reset();
    m_account.reset();
    if (m_session)
        m_session->close();
    m_store.reset();
}

void ClientApp::activate(const QUrl &serverUrl)
{
    qCInfo(lcApp) << "brought to the front by another start";
    if (auto *dialog = QApplication::activeModalWidget()) {
        // The sign-in dialog (or another question) is what the user has to answer first.
        dialog->raise();
        dialog->activateWindow();
        return;
    }
    if (!m_window)
        return;
    m_window->bringToFront();
    if (serverUrl.isEmpty() || serverUrl == m_session->serverUrl())
        return;
    QMessageBox ask(QMessageBox::Question, tr("Use another server?"),
                    tr("InviteDesk was started again for %1. Sign in there instead of staying with %2?")
                        .arg(serverUrl.toDisplayString(), m_session->serverUrl().toDisplayString()),
                    QMessageBox::NoButton, m_window.get());
    auto *switchButton = ask.addButton(tr("&Sign in there"), QMessageBox::AcceptRole);
    ask.addButton(tr("&Stay"), QMessageBox::RejectRole);
    ask.exec();
    // Queued: switching closes the window this question belongs to.
    if (ask.clickedButton() == switchButton)
        QTimer::singleShot(0, this, [this, serverUrl] { switchAccount(serverUrl); });
}

QCoro::Task<> ClientApp::switchAccount(QUrl serverUrl)
{
    if (m_signingIn)
        co_return;
    QPointer<ClientApp> self(this);
    // Nothing of this account stays open while another one signs in; closing its window
    // must not end the application meanwhile (openAccount() turns that back on).
    QApplication::setQuitOnLastWindowClosed(false);
    closeAccount();
    co_await signInInteractively(QString(), serverUrl);
    if (!self)
        co_return;
    // Cancelled, the session still names the previous account.
    m_settings->setLastAccount(m_session->serverUrl(), m_session->username());
    if (!openAccount(m_session->serverUrl(), m_session->username())) {
        QCoreApplication::exit(1);
        co_return;
    }
    m_session->connectToServer();
}

QCoro::Task<bool> ClientApp::signInInteractively(QString reason, QUrl serverUrl)
{
    if (m_signingIn)
        co_return false;
    QPointer<ClientApp> self(this);
    m_signingIn = true;
    const QString notice = co_await m_session->credentialLimitation();
    if (!self)
        co_return false;
    SignInDialog dialog(m_window.get());
    dialog.setServerUrl(!serverUrl.isEmpty()                 ? serverUrl
                        : m_session->serverUrl().isEmpty() ? m_options.serverUrl
                                                           : m_session->serverUrl());
    dialog.setUsername(m_session->username());
    dialog.setError(reason);
    dialog.setNotice(notice);
    for (;;) {
        if (dialog.exec() != QDialog::Accepted) {
            m_signingIn = false;
            co_return false;
        }
        const QUrl url = dialog.serverUrl();
        const QString username = dialog.username();
        // Another account on an open window would mix two users' data.
        if (m_store && (username != m_session->username() || url != m_session->serverUrl())) {
            dialog.setError(tr("This window shows %1's invitations; to use another account, choose "
                               "File → Sign in as another user.")
                                .arg(m_session->username()));
            continue;
        }
        const auto error = co_await m_session->signIn(url, username, dialog.password());
        if (!self)
            co_return false;
        if (error) {
            dialog.setError(*error);
            continue;
        }
        m_settings->setLastAccount(url, username);
        m_signingIn = false;
        co_return true;
    }
}

} // namespace InviteDesk
