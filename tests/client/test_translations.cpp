// The window in German finds no English word anywhere a user reads or hears it, and
// English counts its plurals ("1 invitation", "2 invitations").
#include "asynctest.h"
#include "catchqt.h"
#include "clientfixture.h"
#include "models/invitationlistmodel.h"
#include "models/suggestionlistmodel.h"
#include "session/session.h"
#include "session/translationloader.h"
#include "ui/bulkwithdrawdialog.h"
#include "ui/invitationlistpage.h"
#include "ui/mainwindow.h"
#include "ui/mynetworkpage.h"
#include "ui/noteeditordialog.h"
#include "ui/preferencesdialog.h"
#include "ui/signindialog.h"
#include "ui/statspage.h"
#include "ui/undobanner.h"
#include "windowdriver.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QBarSeries>
#include <QChart>
#include <QChartView>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTabWidget>

using namespace InviteDesk;
using namespace InviteDesk::Test;
using namespace Qt::StringLiterals;

namespace {

// The application in one language for the length of a test, then back to what it was
// (the English of englishplurals.cpp): later tests in this process read English.
class Language
{
public:
    explicit Language(const QLocale &locale) : m_previous(QLocale())
    {
        INFO(locale.name().toStdString());
        REQUIRE(m_translations.install(locale));
        QLocale::setDefault(locale);
    }
    ~Language()
    {
        m_translations.uninstall();
        QLocale::setDefault(m_previous);
    }
    Q_DISABLE_COPY_MOVE(Language)

private:
    QLocale m_previous;
    TranslationLoader m_translations;
};

// Words the English sources use; none may be left in German. (Words German shares,
// such as Name, Details, Filter, Server, Online, are not on the list.)
const QStringList englishWords{
    u"withdraw"_s,  u"withdrawn"_s, u"withdrawal"_s, u"withdrawing"_s, u"invitation"_s, u"invitations"_s,
    u"invite"_s,    u"re-invite"_s, u"sent"_s,       u"received"_s,    u"accept"_s,     u"accepted"_s,
    u"ignore"_s,    u"ignored"_s,   u"undo"_s,       u"search"_s,      u"company"_s,    u"cancel"_s,
    u"cancelled"_s, u"sign"_s,      u"connect"_s,    u"connections"_s, u"connecting"_s, u"pending"_s,
    u"day"_s,       u"days"_s,      u"ago"_s,        u"week"_s,        u"weeks"_s,      u"month"_s,
    u"months"_s,    u"minute"_s,    u"minutes"_s,    u"hour"_s,        u"hours"_s,      u"yesterday"_s,
    u"just"_s,      u"now"_s,       u"manage"_s,     u"network"_s,     u"stats"_s,      u"preferences"_s,
    u"dismiss"_s,   u"file"_s,      u"edit"_s,       u"quit"_s,        u"export"_s,     u"select"_s,
    u"selected"_s,  u"stale"_s,     u"headline"_s,   u"action"_s,      u"actions"_s,    u"recent"_s,
    u"note"_s,      u"result"_s,    u"reason"_s,     u"waiting"_s,     u"failed"_s,     u"sync"_s,
    u"syncing"_s,   u"synced"_s,    u"queued"_s,     u"expiring"_s,    u"soon"_s,       u"retry"_s,
    u"bulk"_s,      u"people"_s,    u"know"_s,       u"password"_s,    u"user"_s,       u"address"_s,
    u"sending"_s,   u"changes"_s,   u"notification"_s, u"nothing"_s,   u"shown"_s,      u"used"_s,
    u"age"_s,       u"any"_s,       u"clear"_s,      u"corner"_s,      u"chart"_s,      u"rate"_s,
    u"newest"_s,    u"nobody"_s,    u"seconds"_s,    u"ask"_s,         u"again"_s,      u"already"_s,
    u"the"_s,       u"of"_s,        u"and"_s,        u"you"_s,         u"your"_s,       u"for"_s,
    u"from"_s,      u"with"_s,      u"to"_s,         u"is"_s,          u"are"_s,        u"was"_s,
    u"will"_s,      u"be"_s,        u"not"_s,        u"this"_s,        u"these"_s,      u"them"_s,
};

// Everything a person reads or hears of a widget tree: texts, titles, tool tips,
// placeholders, accessible names and descriptions, menus, tab and header titles, the
// cells of the first rows of each view, chart titles and labels.
class TextCollector
{
public:
    void addWindow(QWidget *window)
    {
        add(window->windowTitle());
        for (auto *widget : window->findChildren<QWidget *>()) {
            if (widget->isVisible() && !widget->objectName().startsWith(u"qt_spinbox"_s))
                addWidget(widget);
        }
        addWidget(window);
        if (auto *main = qobject_cast<QMainWindow *>(window))
            addActions(main->menuBar()->actions());
    }

    QStringList texts() const { return m_texts; }

private:
    void add(const QString &text)
    {
        if (!text.trimmed().isEmpty())
            m_texts.append(text);
    }

    void addActions(const QList<QAction *> &actions)
    {
        for (auto *action : actions) {
            if (!action->isVisible())
                continue;
            add(action->text());
            add(action->toolTip());
            if (action->menu())
                addActions(action->menu()->actions());
        }
    }

    void addModel(const QAbstractItemView *view)
    {
        const auto *model = view->model();
        if (!model)
            return;
        auto *table = qobject_cast<const QTableView *>(view);
        for (int column = 0; column < model->columnCount(); ++column) {
            if (table && table->isColumnHidden(column))
                continue;
            add(model->headerData(column, Qt::Horizontal).toString());
            for (int row = 0; row < std::min(model->rowCount(), 5); ++row) {
                add(model->index(row, column).data(Qt::DisplayRole).toString());
                add(model->index(row, column).data(Qt::ToolTipRole).toString());
            }
        }
    }

    void addWidget(QWidget *widget)
    {
        add(widget->toolTip());
        add(widget->accessibleName());
        add(widget->accessibleDescription());
        if (auto *label = qobject_cast<QLabel *>(widget))
            add(label->text());
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            add(button->text());
        if (auto *box = qobject_cast<QGroupBox *>(widget))
            add(box->title());
        if (auto *edit = qobject_cast<QLineEdit *>(widget))
            add(edit->placeholderText());
        if (auto *spin = qobject_cast<QSpinBox *>(widget)) {
            add(spin->specialValueText());
            add(spin->suffix());
        }
        if (auto *tabs = qobject_cast<QTabWidget *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i) {
                add(tabs->tabText(i));
                add(tabs->tabToolTip(i));
            }
        }
        if (auto *view = qobject_cast<QAbstractItemView *>(widget); view && !qobject_cast<QHeaderView *>(widget))
            addModel(view);
        if (auto *chartView = qobject_cast<QChartView *>(widget)) {
            auto *chart = chartView->chart();
            add(chart->title());
            for (auto *axis : chart->axes()) {
                if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis))
                    m_texts.append(categories->categories());
            }
            for (auto *series : chart->series()) {
                if (auto *bars = qobject_cast<QBarSeries *>(series)) {
                    for (auto *set : bars->barSets())
                        add(set->label());
                }
            }
        }
    }

    QStringList m_texts;
};

// What the account holds (names, headlines, companies, notes) is the user's data, not
// the application's text: it stays in whatever language it was written in.
QStringList accountData(ClientFixture &fixture)
{
    QStringList data;
    const auto addPerson = [&](const Person &person) {
        data << person.name << person.headline << person.company << person.location;
    };
    for (const auto direction : {Direction::Sent, Direction::Received}) {
        for (const auto state : {InvitationState::Pending, InvitationState::Withdrawn, InvitationState::Accepted,
                                 InvitationState::Ignored}) {
            for (const auto &row : fixture.store().invitations().invitations(direction, state).value()) {
                addPerson(row.invitation.person);
                if (row.invitation.message)
                    data << *row.invitation.message;
            }
        }
    }
    for (const auto &suggestion : fixture.store().account().suggestions().value())
        addPerson(suggestion.person);
    data << fixture.store().account().snapshot().value().userName;
    data.removeAll(QString());
    // Longest first: "Invitee 01 Example" goes before "Invitee 01".
    std::sort(data.begin(), data.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    data.removeDuplicates();
    return data;
}

// The texts that still hold an English word once the data is taken out.
QStringList englishIn(const QStringList &texts, const QStringList &data)
{
    static const QRegularExpression markup(u"<[^>]*>"_s);
    static const QRegularExpression address(u"\\b\\w+://\\S+"_s);
    QString words;
    for (const auto &word : englishWords)
        words += (words.isEmpty() ? u""_s : u"|"_s) + QRegularExpression::escape(word);
    const QRegularExpression english(u"(?<![\\w-])(%1)(?![\\w-])"_s.arg(words),
                                     QRegularExpression::CaseInsensitiveOption);
    QStringList found;
    for (const auto &original : texts) {
        QString text = original;
        text.remove(markup).remove(address).remove(u'&');
        for (const auto &value : data)
            text.replace(value, u" "_s);
        if (const auto match = english.match(text); match.hasMatch())
            found.append(u"\"%1\" in \"%2\""_s.arg(match.captured(1), original));
    }
    found.removeDuplicates();
    return found;
}

// Shows `page` in the tab widget that holds it (the sections, or Manage's tabs).
void showPage(QWidget *page)
{
    for (QWidget *parent = page->parentWidget(); parent; parent = parent->parentWidget()) {
        if (auto *tabs = qobject_cast<QTabWidget *>(parent)) {
            tabs->setCurrentWidget(page);
            showPage(tabs);
            return;
        }
    }
}

// Collects the next modal dialog of type T, then lets `close` answer it.
template<typename T>
void collectNextModal(TextCollector &collector, bool *seen, std::function<void(T *)> close)
{
    answerNextModal<T>([&collector, seen, close](T *dialog) {
        collector.addWindow(dialog);
        *seen = true;
        close(dialog);
    });
}

QAbstractButton *cancelButtonOf(QMessageBox *box)
{
    for (auto *button : box->buttons()) {
        if (box->buttonRole(button) == QMessageBox::RejectRole)
            return button;
    }
    return nullptr;
}

} // namespace

TEST_CASE("in German every page and dialog of the window shows and says no English word", "[widgets][i18n]")
{
    ClientFixture::Options options;
    // Stale ones for the bulk preview, a young one for the courtesy question.
    options.sentAgesDays = {60, 45, 40, 30, 3};
    ClientFixture fixture(options);
    Language german(QLocale(QLocale::German, QLocale::Germany));
    Window ui(fixture);
    TextCollector collector;

    // A withdrawal: the banner with Undo, then a Withdrawn row once it is sent.
    ui.window->showManage(Direction::Sent);
    auto *sent = ui.window->sentPage();
    Window::clickRowButton(sent, fixture.sentIds().at(0), 0);
    REQUIRE(ui.window->banner()->isUndoOffered());
    collector.addWindow(ui.window.get());
    ui.waitPastUndoWindow();
    fixture.syncOrFail();

    // A refusal: withdrawn elsewhere before ours is sent.
    const QString refused = fixture.sentIds().at(1);
    fixture.withdrawElsewhere(refused);
    Window::clickRowButton(sent, refused, 0);
    ui.waitPastUndoWindow();
    fixture.syncOrFail();
    REQUIRE(waitUntil([&] { return ui.window->banner()->text().contains(u"bereits zurückgezogen"_s); }));
    collector.addWindow(ui.window.get());

    // The courtesy question for the young one.
    bool asked = false;
    collectNextModal<QMessageBox>(collector, &asked, [](QMessageBox *box) { cancelButtonOf(box)->click(); });
    Window::clickRowButton(sent, fixture.sentIds().at(4), 0);
    REQUIRE(waitUntil([&] { return asked; }));

    // The bulk preview of the two left that are stale.
    auto *view = sent->view();
    view->selectionModel()->select(sent->model()->index(Window::rowOf(sent, fixture.sentIds().at(2)), 0),
                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
    view->selectionModel()->select(sent->model()->index(Window::rowOf(sent, fixture.sentIds().at(3)), 0),
                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
    collector.addWindow(ui.window.get());
    bool previewed = false;
    collectNextModal<BulkWithdrawDialog>(collector, &previewed, [](BulkWithdrawDialog *dialog) { dialog->reject(); });
    sent->withdrawSelectedButton()->click();
    REQUIRE(previewed);

    for (QWidget *page : std::initializer_list<QWidget *>{ui.window->myNetworkPage(), ui.window->receivedPage(),
                                                          ui.window->withdrawnPage(), ui.window->statsPage()}) {
        showPage(page);
        QCoreApplication::processEvents();
        collector.addWindow(ui.window.get());
    }
    REQUIRE(ui.window->withdrawnPage()->model()->rowCount() > 0);

    {
        NoteEditorDialog note(Person{u"per_x"_s, u"Ada Example"_s, {}, {}, {}}, 300, ui.window.get());
        note.show();
        note.editor()->setPlainText(QString(301, u'x'));
        collector.addWindow(&note);
    }
    {
        PreferencesDialog preferences(ui.settings, 14, 180, ui.window.get());
        preferences.show();
        collector.addWindow(&preferences);
    }
    {
        // With the refusal a wrong password gets.
        const auto error = awaitTask(ui.session().signIn(ui.session().serverUrl(), u"alice"_s, u"wrong"_s));
        REQUIRE(error.has_value());
        REQUIRE(error->has_value());
        SignInDialog signIn(ui.window.get());
        signIn.setError(**error);
        signIn.show();
        collector.addWindow(&signIn);
    }

    const QStringList texts = collector.texts();
    CHECK(texts.size() > 150);
    const QStringList english = englishIn(texts, accountData(fixture));
    INFO(english.join(u"\n"_s).toStdString());
    CHECK(english.isEmpty());
    // German it is, not merely blank.
    CHECK(texts.contains(u"&Rückgängig"_s));
    CHECK(texts.contains(u"Benutzername oder Passwort ist falsch."_s));
}

TEST_CASE("English counts one invitation and many invitations in the bulk preview and the Withdraw selected button",
          "[widgets][i18n]")
{
    ClientFixture fixture;
    Window ui(fixture);
    ui.window->showManage(Direction::Sent);
    auto *sent = ui.window->sentPage();
    auto *view = sent->view();

    struct Said
    {
        QString title, button, accessibleName, summary;
    };
    const auto preview = [&](const QStringList &ids) {
        view->clearSelection();
        for (const auto &id : ids)
            view->selectionModel()->select(sent->model()->index(Window::rowOf(sent, id), 0),
                                           QItemSelectionModel::Select | QItemSelectionModel::Rows);
        auto said = std::make_shared<Said>();
        answerNextModal<BulkWithdrawDialog>([said](BulkWithdrawDialog *dialog) {
            *said = {dialog->windowTitle(), dialog->withdrawButton()->text(),
                     dialog->withdrawButton()->accessibleName(), dialog->summaryText()};
            dialog->reject();
        });
        sent->withdrawSelectedButton()->click();
        return *said;
    };

    const Said one = preview({fixture.sentIds().at(0)});
    CHECK(sent->withdrawSelectedButton()->text() == u"&Withdraw selected (1)"_s);
    CHECK(sent->withdrawSelectedButton()->accessibleName() == u"Withdraw selected (1)"_s);
    CHECK(one.title == u"Withdraw 1 invitation?"_s);
    CHECK(one.button == u"&Withdraw 1 invitation"_s);
    CHECK(one.accessibleName == u"Withdraw 1 invitation"_s);
    CHECK(one.summary.startsWith(u"1 invitation will be withdrawn. "_s));

    const Said two = preview({fixture.sentIds().at(0), fixture.sentIds().at(1)});
    CHECK(sent->withdrawSelectedButton()->text() == u"&Withdraw selected (2)"_s);
    CHECK(sent->withdrawSelectedButton()->accessibleName() == u"Withdraw selected (2)"_s);
    CHECK(two.title == u"Withdraw 2 invitations?"_s);
    CHECK(two.button == u"&Withdraw 2 invitations"_s);
    CHECK(two.accessibleName == u"Withdraw 2 invitations"_s);
    CHECK(two.summary.startsWith(u"2 invitations will be withdrawn. "_s));

    for (const auto &said : {one, two}) {
        for (const auto &text : {said.title, said.button, said.accessibleName, said.summary}) {
            INFO(text.toStdString());
            CHECK_FALSE(text.contains(u"(s)"_s));
            CHECK_FALSE(text.contains(QRegularExpression(u"\\b1 (invitations|days)\\b"_s)));
        }
    }
}

