#pragma once

// The main window over a ClientFixture, shown offscreen and driven as a user would:
// rows found by invitation id, clicks on the painted row buttons, modal dialogs
// answered from the event loop. Header-only: the tests that use it link the widgets.
#include "actions/autowithdrawal.h"
#include "actions/invitationactions.h"
#include "asynctest.h"
#include "clientfixture.h"
#include "modeltestlog.h"
#include "models/accountmodels.h"
#include "models/invitationlistmodel.h"
#include "models/suggestionlistmodel.h"
#include "models/withdrawalpreviewmodel.h"
#include "session/appsettings.h"
#include "ui/bulkwithdrawdialog.h"
#include "ui/invitationlistpage.h"
#include "ui/mainwindow.h"
#include "ui/rowactiondelegate.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <catch2/catch.hpp>

#include <exception>
#include <functional>
#include <memory>

namespace InviteDesk::Test {

// The layers as ClientApp puts them together: the fixture's cache handed to a
// Session (alice signed in), the models and the actions over it, and the window.
// Every model the window shows (the lists, the suggestions, the bulk run) runs under a
// QAbstractItemModelTester for the whole test, and each bulk preview answered through
// answerNextPreview() while it is open.
struct Window
{
    ClientFixture &fixture;
    QTemporaryDir dir;
    AppSettings settings{dir.filePath(QStringLiteral("settings.ini"))};
    ModelTestLog modelLog;
    std::unique_ptr<AccountModels> account;
    std::unique_ptr<InvitationActions> actions;
    std::unique_ptr<AutoWithdrawal> autoWithdrawal;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> modelTesters;
    std::unique_ptr<MainWindow> window;

    explicit Window(ClientFixture &f) : fixture(f)
    {
        // The first full sync before the window opens, as a restarted client has it.
        fixture.syncOrFail();
        auto &session = fixture.session();
        account = std::make_unique<AccountModels>(fixture.store(), fixture.clock());
        actions = std::make_unique<InvitationActions>(fixture.store(), session, settings, fixture.clock());
        autoWithdrawal = std::make_unique<AutoWithdrawal>(fixture.store(), *actions, settings, fixture.clock());
        window = std::make_unique<MainWindow>(*account, *actions, *autoWithdrawal, session, settings);
        for (QAbstractItemModel *model : std::initializer_list<QAbstractItemModel *>{
                 window->receivedPage()->model(), window->sentPage()->model(), window->withdrawnPage()->model(),
                 &account->suggestions(), &actions->bulkRun()})
            modelTesters.push_back(std::make_unique<QAbstractItemModelTester>(
                model, QAbstractItemModelTester::FailureReportingMode::Warning));
        window->resize(1200, 800);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
        REQUIRE(awaitTask(session.connectToServer()));
        INFO(session.lastError().toStdString());
        REQUIRE(waitUntil([&] { return session.state() == Session::State::Online && !session.isSyncing(); }));
    }

    ~Window()
    {
        window.reset();
        modelTesters.clear();
        autoWithdrawal.reset();
        actions.reset();
        account.reset();
        if (std::uncaught_exceptions() == 0) {
            INFO(modelLog.report());
            CHECK(modelLog.messages().isEmpty());
        }
    }

    Session &session() { return fixture.session(); }

    // The row showing this invitation, or -1.
    static int rowOf(InvitationListPage *page, const QString &id)
    {
        auto *model = page->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data(InvitationListModel::InvitationIdRole).toString() == id)
                return row;
        }
        return -1;
    }

    // Clicks painted button `button` of the row of `id`, where a user would.
    static void clickRowButton(InvitationListPage *page, const QString &id, int button)
    {
        const int row = rowOf(page, id);
        REQUIRE(row >= 0);
        const auto index = page->model()->index(row, InvitationListModel::ActionColumn);
        page->view()->scrollTo(index);
        const QRect target = page->delegate()->buttonRect(page->view()->visualRect(index), button);
        auto *viewport = page->view()->viewport();
        QTest::mouseMove(viewport, target.center());
        QTest::mouseClick(viewport, Qt::LeftButton, {}, target.center());
    }

    void waitPastUndoWindow() { fixture.clock().advanceSeconds(6); }

    QString serverState(const QString &id)
    {
        return fixture.serverInvitation(id).value(QStringLiteral("state")).toString();
    }
};

// Answers the next modal dialog of type T from the event loop, as a user would.
template<typename T>
void answerNextModal(std::function<void(T *)> answer)
{
    auto *poll = new QTimer(qApp);
    poll->start(20);
    QObject::connect(poll, &QTimer::timeout, qApp, [=] {
        auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        poll->deleteLater();
        poll->stop();
        answer(dialog);
    });
}

// The bulk preview: reads what it says, then confirms or cancels.
inline void answerNextPreview(bool withdraw, QString *said = nullptr)
{
    answerNextModal<BulkWithdrawDialog>([=](BulkWithdrawDialog *dialog) {
        new QAbstractItemModelTester(dialog->preview(), QAbstractItemModelTester::FailureReportingMode::Warning,
                                     dialog);
        if (said)
            *said = dialog->summaryText();
        if (withdraw)
            dialog->withdrawButton()->click();
        else
            dialog->reject();
    });
}

} // namespace InviteDesk::Test
