// The window against a server that runs with rules of its own: the dates and checks
// the user sees follow what the server published, not the product's defaults.
#include "catchqt.h"
#include "clientfixture.h"
#include "models/invitationlistmodel.h"
#include "ui/invitationlistpage.h"
#include "ui/mynetworkpage.h"
#include "ui/noteeditordialog.h"
#include "ui/undobanner.h"
#include "windowdriver.h"

#include <QCheckBox>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPlainTextEdit>

using namespace InviteDesk;
using namespace InviteDesk::Test;
using namespace Qt::StringLiterals;

TEST_CASE("a server with a 2-day cooldown, 30-day expiry and 50-character notes is what the window shows",
          "[widgets][rules]")
{
    ClientFixture::Options options;
    options.server.rules.reinviteCooldownDays = 2;
    options.server.rules.expiryDays = 30;
    options.server.rules.noteMaxChars = 50;
    options.sentAgesDays = {20, 10, 5}; // with a 30-day expiry, the first expires in 10 days
    ClientFixture fixture(options);
    for (int i = 0; i < 2; ++i)
        fixture.server().addPerson(u"Suggested %1"_s.arg(i));
    Window ui(fixture);
    CHECK(fixture.store().account().rules().reinviteCooldownDays == 2);

    // Expiring soon: within 14 days of the server's expiry.
    ui.window->showManage(Direction::Sent);
    auto *sent = ui.window->sentPage();
    sent->expiringSoonField()->setChecked(true);
    REQUIRE(sent->model()->rowCount() == 1);
    CHECK(sent->model()->index(0, 0).data(InvitationListModel::InvitationIdRole).toString()
          == fixture.sentIds().at(0));
    sent->expiringSoonField()->setChecked(false);

    // Withdrawn: the re-invite date is two days after the withdrawal.
    ui.settings.setConfirmYoungWithdrawals(false);
    const QString id = fixture.sentIds().at(1);
    ui.window->withdraw({id});
    const QDateTime withdrawnAt = fixture.clock().now();
    CHECK(ui.window->banner()->text().contains(
        QLocale().toString(withdrawnAt.addDays(2).toLocalTime().date(), QLocale::ShortFormat)));
    ui.waitPastUndoWindow();
    const QDateTime serverWithdrewAt = fixture.clock().now();
    fixture.syncOrFail();
    ui.window->showWithdrawn();
    auto *withdrawn = ui.window->withdrawnPage();
    const int row = Window::rowOf(withdrawn, id);
    REQUIRE(row >= 0);
    const QString reinvite =
        withdrawn->model()->index(row, InvitationListModel::ReinviteColumn).data().toString();
    INFO(reinvite.toStdString());
    CHECK(reinvite == QLocale().toString(serverWithdrewAt.addDays(2).toLocalTime(), QLocale::ShortFormat));
    CHECK_FALSE(reinvite.contains(
        QLocale().toString(withdrawnAt.addDays(21).toLocalTime().date(), QLocale::ShortFormat)));

    // The note editor counts against the server's 50.
    QString counterBefore;
    QString counterAfter;
    bool sendEnabled = true;
    answerNextModal<NoteEditorDialog>([&](NoteEditorDialog *dialog) {
        counterBefore = dialog->counter()->text();
        dialog->editor()->setPlainText(QString(51, u'n'));
        counterAfter = dialog->counter()->text();
        sendEnabled = dialog->canSend();
        dialog->reject();
    });
    auto *suggestions = ui.window->myNetworkPage()->suggestionView()->model();
    int suggested = -1;
    for (int i = 0; i < suggestions->rowCount() && suggested < 0; ++i) {
        if (suggestions->index(i, 0).data().toString().startsWith(u"Suggested"_s))
            suggested = i;
    }
    REQUIRE(suggested >= 0);
    ui.window->connectWithSuggestion(suggested);
    CHECK(counterBefore == u"0 / 50"_s);
    CHECK(counterAfter.startsWith(u"51 / 50"_s));
    CHECK_FALSE(sendEnabled);
}
