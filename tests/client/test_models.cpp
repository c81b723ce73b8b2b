// The models over a real cache: rows that change in place on sync, withdrawals and undo
// without a reset, the search-and-sort proxy, age texts and the suggestions list. Every
// model and proxy here runs under a QAbstractItemModelTester for the whole test.
#include "cache/cachestore.h"
#include "catchqt.h"
#include "manualclock.h"
#include "testcache.h"
#include "models/accountmodels.h"
#include "models/agetext.h"
#include "models/invitationlist.h"
#include "models/invitationlistmodel.h"
#include "models/suggestionlistmodel.h"
#include "modeltestlog.h"
#include "ui/invitationlistpage.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QPersistentModelIndex>
#include <QSet>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QStringListModel>
#include <QTemporaryDir>

#include <memory>

using namespace InviteDesk;
using InviteDesk::Test::makeInvitation;
using InviteDesk::Test::ModelTestLog;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

constexpr auto warningMode = QAbstractItemModelTester::FailureReportingMode::Warning;

Invitation inState(Invitation inv, InvitationState state)
{
    inv.state = state;
    inv.version += 1;
    return inv;
}

// A list and one page's model over it, as the pages have them: newest first, its tester
// right next to it, alive as long as the fixture (the whole test).
struct CheckedModels
{
    CheckedModels(CacheStore &store, Direction direction, const Clock &clock,
                  InvitationState state = InvitationState::Pending)
        : list(store, direction, state, clock), model(list)
    {
    }
    Q_DISABLE_COPY_MOVE(CheckedModels)

    InvitationList list;
    InvitationListModel model;
    QAbstractItemModelTester modelTester{&model, warningMode};
};

// The invitation ids of a model's rows, in row order.
QStringList rowIds(const QAbstractItemModel &model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row, 0).data(InvitationListModel::InvitationIdRole).toString());
    return ids;
}

QStringList sortedIds(const QAbstractItemModel &model)
{
    auto ids = rowIds(model);
    ids.sort();
    return ids;
}

QString joined(const QStringList &ids)
{
    return ids.join(u',');
}

QStringList columnTexts(const QAbstractItemModel &model, int column)
{
    QStringList texts;
    for (int row = 0; row < model.rowCount(); ++row)
        texts.append(model.index(row, column).data().toString());
    return texts;
}

// True when every row is at least as new as the next one.
bool isNewestFirst(const QAbstractItemModel &model)
{
    for (int row = 1; row < model.rowCount(); ++row) {
        const auto newer = model.index(row - 1, 0).data(InvitationListModel::SentAtRole).toDateTime();
        const auto older = model.index(row, 0).data(InvitationListModel::SentAtRole).toDateTime();
        if (newer < older)
            return false;
    }
    return true;
}

// rowOf() and invitationAt() agree for every row.
bool indexIsConsistent(const InvitationListModel &model)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.rowOf(model.invitationAt(row).invitation.id) != row)
            return false;
    }
    return true;
}

QVariant cell(const QAbstractItemModel &model, int row, int column, int role = Qt::DisplayRole)
{
    return model.index(row, column).data(role);
}

QString textAt(const QAbstractItemModel &model, int row, int column, int role = Qt::DisplayRole)
{
    return cell(model, row, column, role).toString();
}

} // namespace

TEST_CASE("the model test log catches what a model tester reports", "[models]")
{
    ModelTestLog log(false);
    QStringListModel model({u"a"_s, u"b"_s});
    QAbstractItemModelTester tester(&model, warningMode);
    REQUIRE(log.messages().isEmpty());
    // An invalid range is exactly what the tester must refuse.
    Q_EMIT model.dataChanged(QModelIndex(), QModelIndex());
    CHECK_FALSE(log.messages().isEmpty());
}

TEST_CASE("reload from an empty model inserts the pending rows of its direction with their texts", "[models]")
{
    ModelTestLog log;
    Test::TestCache cache;
    const QDateTime now = cache.clock.now();
    auto s0 = makeInvitation(u"s0"_s, Direction::Sent, now.addDays(-30), u"Sent Person 0"_s, u"Staff Engineer"_s,
                             u"Initech"_s);
    auto s1 = makeInvitation(u"s1"_s, Direction::Sent, now.addSecs(-5 * 3600), u"Sent Person 1"_s);
    s1.message = u"Great talk at the meetup"_s;
    const auto s2 = makeInvitation(u"s2"_s, Direction::Sent, now.addDays(-200), u"Sent Person 2"_s);
    const auto r0 = makeInvitation(u"r0"_s, Direction::Received, now.addDays(-3), u"Received Person 0"_s,
                                   u"Recruiter"_s, u"Globex"_s);
    const auto r1 = makeInvitation(u"r1"_s, Direction::Received, now.addDays(-1), u"Received Person 1"_s);
    cache.apply({
        s0,
        s1,
        s2,
        inState(makeInvitation(u"s3"_s, Direction::Sent, now.addDays(-10), u"Withdrawn"_s), InvitationState::Withdrawn),
        inState(makeInvitation(u"s4"_s, Direction::Sent, now.addDays(-11), u"Accepted"_s), InvitationState::Accepted),
        inState(makeInvitation(u"s5"_s, Direction::Sent, now.addDays(-190), u"Expired"_s), InvitationState::Expired),
        r0,
        r1,
        inState(makeInvitation(u"r2"_s, Direction::Received, now.addDays(-4), u"Accepted"_s), InvitationState::Accepted),
        inState(makeInvitation(u"r3"_s, Direction::Received, now.addDays(-5), u"Ignored"_s), InvitationState::Ignored),
    });

    CheckedModels sent(*cache.store, Direction::Sent, cache.clock);
    CheckedModels received(*cache.store, Direction::Received, cache.clock);
    QSignalSpy sentInserted(&sent.model, &QAbstractItemModel::rowsInserted);
    QSignalSpy sentReset(&sent.model, &QAbstractItemModel::modelReset);
    QSignalSpy receivedInserted(&received.model, &QAbstractItemModel::rowsInserted);

    sent.list.reload();
    received.list.reload();

    REQUIRE(sentInserted.count() == 1);
    CHECK_FALSE(sentInserted.at(0).at(0).value<QModelIndex>().isValid());
    CHECK(sentInserted.at(0).at(1).toInt() == 0);
    CHECK(sentInserted.at(0).at(2).toInt() == 2);
    CHECK(sentReset.count() == 0);
    CHECK(receivedInserted.count() == 1);

    CHECK(joined(sortedIds(sent.model)) == u"s0,s1,s2"_s);
    CHECK(joined(sortedIds(received.model)) == u"r0,r1"_s);
    CHECK(joined(sortedIds(sent.model)) == u"s0,s1,s2"_s);
    CHECK(joined(sortedIds(received.model)) == u"r0,r1"_s);
    CHECK(sent.model.columnCount() == InvitationListModel::ColumnCount);

    const auto &m = sent.model;
    const int row0 = m.rowOf(u"s0"_s);
    REQUIRE(row0 >= 0);
    CHECK(m.invitationAt(row0).invitation.id == u"s0"_s);
    CHECK(textAt(m, row0, InvitationListModel::NameColumn) == u"Sent Person 0"_s);
    CHECK(textAt(m, row0, InvitationListModel::HeadlineColumn) == u"Staff Engineer"_s);
    CHECK(textAt(m, row0, InvitationListModel::CompanyColumn) == u"Initech"_s);
    CHECK(textAt(m, row0, InvitationListModel::SentColumn) == u"4 weeks ago"_s);
    CHECK(textAt(m, row0, InvitationListModel::ActionColumn) == u"Withdraw"_s);
    const QString tooltip = cell(m, row0, InvitationListModel::SentColumn, Qt::ToolTipRole).toString();
    CHECK(tooltip == u"Sent "_s + QLocale().toString(s0.sentAt.toLocalTime(), QLocale::LongFormat));
    CHECK(tooltip.startsWith(u"Sent "_s));
    CHECK(tooltip.contains(u"2026"_s));
    CHECK_FALSE(cell(m, row0, InvitationListModel::NameColumn, Qt::ToolTipRole).isValid());
    CHECK_FALSE(cell(m, row0, InvitationListModel::HeadlineColumn, Qt::ToolTipRole).isValid());
    CHECK(textAt(m, row0, InvitationListModel::NameColumn, InvitationListModel::InvitationIdRole) == u"s0"_s);
    CHECK(textAt(m, row0, InvitationListModel::NameColumn, InvitationListModel::PersonNameRole) == u"Sent Person 0"_s);
    CHECK(cell(m, row0, InvitationListModel::NameColumn, InvitationListModel::SentAtRole).toDateTime() == s0.sentAt);
    CHECK(cell(m, row0, InvitationListModel::SentColumn, InvitationListModel::SortRole).toDateTime() == s0.sentAt);
    CHECK(textAt(m, row0, InvitationListModel::NameColumn, InvitationListModel::SortRole) == u"Sent Person 0"_s);
    CHECK_FALSE(cell(m, row0, InvitationListModel::NameColumn, InvitationListModel::ActionQueuedRole).toBool());

    const int row1 = m.rowOf(u"s1"_s);
    REQUIRE(row1 >= 0);
    CHECK(textAt(m, row1, InvitationListModel::SentColumn) == u"5 hours ago"_s);
    CHECK(textAt(m, row1, InvitationListModel::NameColumn, Qt::ToolTipRole) == u"Great talk at the meetup"_s);
    const int row2 = m.rowOf(u"s2"_s);
    REQUIRE(row2 >= 0);
    CHECK(textAt(m, row2, InvitationListModel::SentColumn) == u"6 months ago"_s);
    CHECK(m.rowOf(u"s3"_s) == -1);
    CHECK(m.rowOf(u"r0"_s) == -1);

    const auto &rm = received.model;
    const int rrow0 = rm.rowOf(u"r0"_s);
    REQUIRE(rrow0 >= 0);
    CHECK(textAt(rm, rrow0, InvitationListModel::NameColumn) == u"Received Person 0"_s);
    CHECK(textAt(rm, rrow0, InvitationListModel::HeadlineColumn) == u"Recruiter"_s);
    CHECK(textAt(rm, rrow0, InvitationListModel::CompanyColumn) == u"Globex"_s);
    CHECK(textAt(rm, rrow0, InvitationListModel::SentColumn) == u"3 days ago"_s);
    CHECK(textAt(rm, rrow0, InvitationListModel::ActionColumn) == u"Accept or Ignore"_s);
    CHECK(textAt(rm, rm.rowOf(u"r1"_s), InvitationListModel::SentColumn) == u"yesterday"_s);
    CHECK(rm.rowOf(u"s0"_s) == -1);

    CHECK(m.headerData(InvitationListModel::SentColumn, Qt::Horizontal).toString() == u"Sent"_s);
    CHECK(rm.headerData(InvitationListModel::SentColumn, Qt::Horizontal).toString() == u"Received"_s);
    CHECK(m.headerData(InvitationListModel::NameColumn, Qt::Horizontal).toString() == u"Name"_s);

    // A second reload with nothing new changes nothing.
    QSignalSpy changed(&sent.model, &QAbstractItemModel::dataChanged);
    QSignalSpy removed(&sent.model, &QAbstractItemModel::rowsRemoved);
    sent.list.reload();
    CHECK(changed.count() == 0);
    CHECK(removed.count() == 0);
    CHECK(sentInserted.count() == 1);
    CHECK(sentReset.count() == 0);

    INFO(log.report());
    CHECK(log.messages().isEmpty());
}

TEST_CASE("a new model reads nothing from the cache until reload", "[models]")
{
    ModelTestLog log;
    Test::TestCache cache;
    cache.seed(4, 2);

    CheckedModels sent(*cache.store, Direction::Sent, cache.clock);
    CHECK(sent.model.rowCount() == 0);
    CHECK(sent.model.rowOf(u"s0"_s) == -1);

    QSignalSpy inserted(&sent.model, &QAbstractItemModel::rowsInserted);
    sent.list.reload();
    CHECK(inserted.count() == 1);
    CHECK(sent.model.rowCount() == 4);

    INFO(log.report());
    CHECK(log.messages().isEmpty());
}

TEST_CASE("a withdrawal removes exactly its row and undo puts it back while other rows keep their identity",
          "[models]")
{
    ModelTestLog log;
    Test::TestCache cache;
    cache.seed(5, 2);
    CheckedModels sent(*cache.store, Direction::Sent, cache.clock);
    sent.list.reload();
    REQUIRE(sent.model.rowCount() == 5);

    const int withdrawnRow = sent.model.rowOf(u"s1"_s);
    REQUIRE(withdrawnRow >= 0);
    const QPersistentModelIndex other(sent.model.index(sent.model.rowOf(u"s3"_s), InvitationListModel::NameColumn));
    const QPersistentModelIndex otherInProxy(other);
    REQUIRE(other.isValid());
    REQUIRE(otherInProxy.isValid());

    QSignalSpy removed(&sent.model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&sent.model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&sent.model, &QAbstractItemModel::modelReset);
    QSignalSpy proxyReset(&sent.model, &QAbstractItemModel::modelReset);

    const auto actionIds = cache.withdraw(u"s1"_s);
    REQUIRE(removed.count() == 1);
    CHECK_FALSE(removed.at(0).at(0).value<QModelIndex>().isValid());
    CHECK(removed.at(0).at(1).toInt() == withdrawnRow);
    CHECK(removed.at(0).at(2).toInt() == withdrawnRow);
    CHECK(inserted.count() == 0);
    CHECK(sent.model.rowCount() == 4);
    CHECK(sent.model.rowOf(u"s1"_s) == -1);
    CHECK(joined(sortedIds(sent.model)) == u"s0,s2,s3,s4"_s);
    CHECK(indexIsConsistent(sent.model));
    REQUIRE(other.isValid());
    CHECK(other.data(InvitationListModel::InvitationIdRole).toString() == u"s3"_s);
    CHECK(other.row() == sent.model.rowOf(u"s3"_s));
    REQUIRE(otherInProxy.isValid());
    CHECK(otherInProxy.data(InvitationListModel::InvitationIdRole).toString() == u"s3"_s);

    // Undo inside the window.
    cache.clock.advanceSeconds(2);
    QString error;
    REQUIRE(cache.store->outbox().cancel(actionIds, &error));
    REQUIRE(inserted.count() == 1);
    CHECK(removed.count() == 1);
    CHECK(sent.model.rowCount() == 5);
    const int restoredRow = sent.model.rowOf(u"s1"_s);
    REQUIRE(restoredRow >= 0);
    CHECK(inserted.at(0).at(1).toInt() == restoredRow);
    CHECK(inserted.at(0).at(2).toInt() == restoredRow);
    CHECK(textAt(sent.model, restoredRow, InvitationListModel::NameColumn) == u"Sent Person 1"_s);
    CHECK(textAt(sent.model, restoredRow, InvitationListModel::ActionColumn) == u"Withdraw"_s);
    CHECK(joined(sortedIds(sent.model)) == u"s0,s1,s2,s3,s4"_s);
    CHECK(isNewestFirst(sent.model));
    CHECK(indexIsConsistent(sent.model));
    REQUIRE(other.isValid());
    CHECK(other.data(InvitationListModel::InvitationIdRole).toString() == u"s3"_s);
    REQUIRE(otherInProxy.isValid());
    CHECK(otherInProxy.data(InvitationListModel::InvitationIdRole).toString() == u"s3"_s);

    CHECK(reset.count() == 0);
    CHECK(proxyReset.count() == 0);
    INFO(log.report());
    CHECK(log.messages().isEmpty());
}

TEST_CASE("a bulk withdrawal removes each of its rows and undo brings them all back", "[models]")
{
    ModelTestLog log;
    Test::TestCache cache;
    cache.seed(8, 0);
    CheckedModels sent(*cache.store, Direction::Sent, cache.clock);
    sent.list.reload();
    REQUIRE(sent.model.rowCount() == 8);

    QList<QPersistentModelIndex> kept;
    for (const auto &id : {u"s0"_s, u"s4"_s, u"s7"_s})
        kept.append(QPersistentModelIndex(sent.model.index(sent.model.rowOf(id), 0)));
    QSignalSpy removed(&sent.model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&sent.model, &QAbstractItemModel::modelReset);

    QString error;
    const auto actionIds = cache.store->outbox().enqueue({ActionRequest{ActionKind::Withdraw, u"s1"_s, {}, std::nullopt},
                                                 ActionRequest{ActionKind::Withdraw, u"s2"_s, {}, std::nullopt},
                                                 ActionRequest{ActionKind::Withdraw, u"s3"_s, {}, std::nullopt},
                                                 ActionRequest{ActionKind::Withdraw, u"s6"_s, {}, std::nullopt}},
                                                5s, &error);
    INFO(error.toStdString());
    REQUIRE(actionIds);
    CHECK(removed.count() >= 2);
    CHECK(joined(sortedIds(sent.model)) == u"s0,s4,s5,s7"_s);
    CHECK(indexIsConsistent(sent.model));
    for (const auto &index : std::as_const(kept))
        CHECK(index.isValid());
    CHECK(kept.at(0).data(InvitationListModel::InvitationIdRole).toString() == u"s0"_s);
    CHECK(kept.at(1).data(InvitationListModel::InvitationIdRole).toString() == u"s4"_s);
    CHECK(kept.at(2).data(InvitationListModel::InvitationIdRole).toString() == u"s7"_s);

    REQUIRE(cache.store->outbox().cancel(*actionIds, &error));
    CHECK(joined(sortedIds(sent.model)) == u"s0,s1,s2,s3,s4,s5,s6,s7"_s);
    CHECK(indexIsConsistent(sent.model));
    CHECK(isNewestFirst(sent.model));
    CHECK(kept.at(0).data(InvitationListModel::InvitationIdRole).toString() == u"s0"_s);
    CHECK(kept.at(1).data(InvitationListModel::InvitationIdRole).toString() == u"s4"_s);
    CHECK(kept.at(2).data(InvitationListModel::InvitationIdRole).toString() == u"s7"_s);
    CHECK(reset.count() == 0);

    INFO(log.report());
    CHECK(log.messages().isEmpty());
}

TEST_CASE("a bulk withdrawal of rows scattered through the list lays out once instead of removing each", "[models]")
{
    ModelTestLog log;
    Test::TestCache cache;
    cache.seed(1000, 0);
    CheckedModels sent(*cache.store, Direction::Sent, cache.clock);
    sent.list.reload();
    REQUIRE(sent.model.rowCount() == 1000);
    QSignalSpy removed(&sent.model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&sent.model, &QAbstractItemModel::modelReset);
    QSignalSpy layoutChanged(&sent.model, &QAbstractItemModel::layoutChanged);
    // A selected row that stays keeps its selection (a persistent index) through it.
    const QPersistentModelIndex kept(sent.model.index(5, 0));
    const QString keptId = kept.data(InvitationListModel::InvitationIdRole).toString();

    // Every 10th row: 100 separate runs.
    QList<ActionRequest> requests;
    QStringList gone;
    for (int row = 0; row < 1000; row += 10) {
        gone.append(sent.model.invitationAt(row).invitation.id);
        requests.append(ActionRequest{ActionKind::Withdraw, gone.last(), {}, std::nullopt});
    }
    QString error;
    const auto actionIds = cache.store->outbox().enqueue(requests, 5s, &error);
    REQUIRE(actionIds);
    CHECK(reset.count() == 0);
    CHECK(layoutChanged.count() == 1);
    CHECK(removed.count() == 0);
    REQUIRE(kept.isValid());
    CHECK(kept.data(InvitationListModel::InvitationIdRole).toString() == keptId);
    CHECK(sent.model.rowCount() == 900);
    CHECK(indexIsConsistent(sent.model));
    CHECK(isNewestFirst(sent.model));
    for (const auto &id : std::as_const(gone))
        CHECK(sent.model.rowOf(id) == -1);

    // Undo brings the 100 rows back (inserted: a sync page of new rows must not reset the view).
    REQUIRE(cache.store->outbox().cancel(*actionIds, &error));
    CHECK(sent.model.rowCount() == 1000);
    CHECK(indexIsConsistent(sent.model));
    CHECK(isNewestFirst(sent.model));

    INFO(log.report());
    CHECK(log.messages().isEmpty());
}

TEST_CASE("one batch that changes removes and adds rows keeps every surviving row's identity", "[models]")
{
    ModelTestLog log;
    Test::TestCache cache;
    cache.seed(10, 0);
    CheckedModels sent(*cache.store, Direction::Sent, cache.clock);
    sent.list.reload();
    REQUIRE(sent.model.rowCount() == 10);

    // A persistent index on every row, in the model and through the proxy.
    QList<std::pair<QString, QPersistentModelIndex>> inModel;
    QList<std::pair<QString, QPersistentModelIndex>> inProxy;
    for (int row = 0; row < 10; ++row) {
        const auto index = sent.model.index(row, InvitationListModel::CompanyColumn);
        const QString id = sent.model.invitationAt(row).invitation.id;
        inModel.append({id, QPersistentModelIndex(index)});
        inProxy.append({id, QPersistentModelIndex(index)});
    }
    QSignalSpy reset(&sent.model, &QAbstractItemModel::modelReset);
    QSignalSpy layoutChanged(&sent.model, &QAbstractItemModel::layoutChanged);

    const QDateTime now = cache.clock.now();
    auto renamed1 = makeInvitation(u"s1"_s, Direction::Sent, now.addDays(-31), u"Renamed 1"_s);
    renamed1.version = 2;
    auto renamed8 = makeInvitation(u"s8"_s, Direction::Sent, now.addDays(-38), u"Renamed 8"_s);
    renamed8.version = 2;
    cache.apply(
        {
            renamed1,
            renamed8,
            inState(makeInvitation(u"s5"_s, Direction::Sent, now.addDays(-35), u"Sent Person 5"_s),
                    InvitationState::Accepted),
            makeInvitation(u"n0"_s, Direction::Sent, now.addDays(-2), u"New 0"_s),
            makeInvitation(u"n1"_s, Direction::Sent, now.addDays(-40), u"New 1"_s),
        },
        {u"s0"_s, u"s3"_s, u"s4"_s, u"s9"_s});

    const QSet<QString> gone{u"s0"_s, u"s3"_s, u"s4"_s, u"s5"_s, u"s9"_s};
    CHECK(joined(sortedIds(sent.model)) == u"n0,n1,s1,s2,s6,s7,s8"_s);
    CHECK(indexIsConsistent(sent.model));
    CHECK(isNewestFirst(sent.model));
    for (const auto &[id, index] : std::as_const(inModel)) {
        INFO(id.toStdString());
        CHECK(index.isValid() == !gone.contains(id));
        if (index.isValid()) {
            CHECK(index.data(InvitationListModel::InvitationIdRole).toString() == id);
            CHECK(index.column() == InvitationListModel::CompanyColumn);
        }
    }
    for (const auto &[id, index] : std::as_const(inProxy)) {
        INFO(id.toStdString());
        CHECK(index.isValid() == !gone.contains(id));
        if (index.isValid())
            CHECK(index.data(InvitationListModel::InvitationIdRole).toString() == id);
    }
    CHECK(textAt(sent.model, sent.model.rowOf(u"s1"_s), InvitationListModel::NameColumn) == u"Renamed 1"_s);
    CHECK(textAt(sent.model, sent.model.rowOf(u"s8"_s), InvitationListModel::NameColumn) == u"Renamed 8"_s);
    // Rows that come and go in one batch: one layout change that moved every index.
    CHECK(reset.count() == 0);
    CHECK(layoutChanged.count() <= 1);

    INFO(log.report());
    CHECK(log.messages().isEmpty());
}

TEST_CASE("an invitation being sent shows as queued until the server's version replaces it", "[models]")
{
    ModelTestLog log;
    Test::TestCache cache;
    cache.seed(2, 0);
    CheckedModels sent(*cache.store, Direction::Sent, cache.clock);
    sent.list.reload();
    QSignalSpy reset(&sent.model, &QAbstractItemModel::modelReset);

    const Person person{u"per_new"_s, u"New Contact"_s, u"Architect"_s, u"Umbrella"_s, {}};
    QString error;
    const auto actionIds =
        cache.store->outbox().enqueue({ActionRequest{ActionKind::Send, {}, person, u"Hello"_s}}, 5s, &error);
    INFO(error.toStdString());
    REQUIRE(actionIds);
    REQUIRE(sent.model.rowCount() == 3);
    const int row = 0; // the newest
    const QString placeholderId = sent.model.invitationAt(row).invitation.id;
    CHECK(textAt(sent.model, row, InvitationListModel::NameColumn) == u"New Contact"_s);
    CHECK(textAt(sent.model, row, InvitationListModel::ActionColumn) == u"Sending…"_s);
    CHECK(cell(sent.model, row, InvitationListModel::NameColumn, InvitationListModel::ActionQueuedRole).toBool());
    CHECK(textAt(sent.model, row, InvitationListModel::SentColumn) == u"just now"_s);
    CHECK(rowIds(sent.model).first() == placeholderId);

    cache.clock.advanceSeconds(6);
    const auto due = cache.store->outbox().dueActions(cache.clock.now()).value();
    REQUIRE(due.size() == 1);
    auto serverVersion = makeInvitation(u"srv1"_s, Direction::Sent, cache.clock.now().addSecs(-6), u"New Contact"_s,
                                        u"Architect"_s, u"Umbrella"_s);
    serverVersion.person.id = person.id;
    REQUIRE(cache.store->outbox().completeAction(due.first(), serverVersion, &error));

    CHECK(sent.model.rowOf(placeholderId) == -1);
    const int serverRow = sent.model.rowOf(u"srv1"_s);
    REQUIRE(serverRow >= 0);
    CHECK(sent.model.rowCount() == 3);
    CHECK(textAt(sent.model, serverRow, InvitationListModel::ActionColumn) == u"Withdraw"_s);
    CHECK_FALSE(
        cell(sent.model, serverRow, InvitationListModel::NameColumn, InvitationListModel::ActionQueuedRole).toBool());
    CHECK(joined(sortedIds(sent.model)) == u"s0,s1,srv1"_s);
    CHECK(indexIsConsistent(sent.model));
    CHECK(reset.count() == 0);

    INFO(log.report());
    CHECK(log.messages().isEmpty());
}

TEST_CASE("a received invitation accepted locally leaves the list and comes back if the server refuses",
          "[models]")
{
    ModelTestLog log;
    Test::TestCache cache;
    cache.seed(1, 4);
    CheckedModels received(*cache.store, Direction::Received, cache.clock);
    received.list.reload();
    REQUIRE(received.model.rowCount() == 4);

    QString error;
    const auto actionIds =
        cache.store->outbox().enqueue({ActionRequest{ActionKind::Accept, u"r2"_s, {}, std::nullopt}}, 5s, &error);
    INFO(error.toStdString());
    REQUIRE(actionIds);
    CHECK(joined(sortedIds(received.model)) == u"r0,r1,r3"_s);

    cache.clock.advanceSeconds(6);
    const auto due = cache.store->outbox().dueActions(cache.clock.now()).value();
    REQUIRE(due.size() == 1);
    REQUIRE(cache.store->outbox().resolveAction(due.first(), ActionResolution::Refused, std::nullopt, u"refused"_s, &error));
    CHECK(joined(sortedIds(received.model)) == u"r0,r1,r2,r3"_s);
    CHECK(isNewestFirst(received.model));
    CHECK(indexIsConsistent(received.model));

    INFO(log.report());
    CHECK(log.messages().isEmpty());
}

TEST_CASE("sync batches update rows in place and add or remove only the rows they concern", "[models]")
{
    ModelTestLog log;
    Test::TestCache cache;
    cache.seed(5, 2);
    CheckedModels sent(*cache.store, Direction::Sent, cache.clock);
    sent.list.reload();
    REQUIRE(sent.model.rowCount() == 5);

    QSignalSpy changed(&sent.model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&sent.model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&sent.model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&sent.model, &QAbstractItemModel::modelReset);
    QSignalSpy layoutAboutToChange(&sent.model, &QAbstractItemModel::layoutAboutToBeChanged);
    QSignalSpy layoutChanged(&sent.model, &QAbstractItemModel::layoutChanged);
    QSignalSpy proxyReset(&sent.model, &QAbstractItemModel::modelReset);
    const QDateTime now = cache.clock.now();

    SECTION("a new name changes the row in place")
    {
        const int row = sent.model.rowOf(u"s2"_s);
        REQUIRE(row >= 0);
        auto renamed = makeInvitation(u"s2"_s, Direction::Sent, now.addDays(-32), u"Renamed Person"_s);
        renamed.version = 2;
        renamed.updatedAt = now;
        cache.apply({renamed});

        REQUIRE(changed.count() == 1);
        const auto topLeft = changed.at(0).at(0).value<QModelIndex>();
        const auto bottomRight = changed.at(0).at(1).value<QModelIndex>();
        CHECK(topLeft.row() == row);
        CHECK(bottomRight.row() == row);
        CHECK(topLeft.column() == 0);
        CHECK(bottomRight.column() == InvitationListModel::ColumnCount - 1);
        CHECK(sent.model.rowCount() == 5);
        CHECK(sent.model.rowOf(u"s2"_s) == row);
        CHECK(textAt(sent.model, row, InvitationListModel::NameColumn) == u"Renamed Person"_s);
        CHECK(textAt(sent.model, row, InvitationListModel::NameColumn, InvitationListModel::PersonNameRole)
              == u"Renamed Person"_s);
        CHECK(columnTexts(sent.model, InvitationListModel::NameColumn).contains(u"Renamed Person"_s));
        CHECK_FALSE(columnTexts(sent.model, InvitationListModel::NameColumn).contains(u"Sent Person 2"_s));

        // The same version again is no change at all.
        cache.apply({renamed});
        CHECK(changed.count() == 1);
    }

    SECTION("new pending invitations are appended, other directions and states are not")
    {
        cache.apply({
            makeInvitation(u"s10"_s, Direction::Sent, now.addDays(-1), u"New Sent 10"_s),
            makeInvitation(u"s11"_s, Direction::Sent, now.addDays(-2), u"New Sent 11"_s),
            makeInvitation(u"r10"_s, Direction::Received, now.addDays(-1), u"New Received"_s),
            inState(makeInvitation(u"s12"_s, Direction::Sent, now.addDays(-2), u"Already Accepted"_s),
                    InvitationState::Accepted),
        });
        REQUIRE(inserted.count() == 1);
        CHECK(inserted.at(0).at(1).toInt() == 0); // newest first
        CHECK(inserted.at(0).at(2).toInt() == 1);
        CHECK(sent.model.rowCount() == 7);
        CHECK(joined(sortedIds(sent.model)) == u"s0,s1,s10,s11,s2,s3,s4"_s);
        CHECK(joined(rowIds(sent.model).mid(0, 2)) == u"s10,s11"_s);
        CHECK(changed.count() == 0);
        CHECK(removed.count() == 0);
    }

    SECTION("removed ids remove their rows, unknown ids are ignored")
    {
        cache.apply({}, {u"s0"_s, u"s4"_s, u"never-seen"_s});
        CHECK(removed.count() == 2);
        CHECK(sent.model.rowCount() == 3);
        CHECK(joined(sortedIds(sent.model)) == u"s1,s2,s3"_s);
        CHECK(inserted.count() == 0);
    }

    SECTION("a pending invitation that became accepted leaves the list")
    {
        const int row = sent.model.rowOf(u"s3"_s);
        REQUIRE(row >= 0);
        cache.apply({inState(makeInvitation(u"s3"_s, Direction::Sent, now.addDays(-33), u"Sent Person 3"_s),
                             InvitationState::Accepted)});
        REQUIRE(removed.count() == 1);
        CHECK(removed.at(0).at(1).toInt() == row);
        CHECK(removed.at(0).at(2).toInt() == row);
        CHECK(sent.model.rowCount() == 4);
        CHECK(sent.model.rowOf(u"s3"_s) == -1);
        CHECK(joined(sortedIds(sent.model)) == u"s0,s1,s2,s4"_s);
    }

    CHECK(indexIsConsistent(sent.model));
    CHECK(isNewestFirst(sent.model));
    CHECK(reset.count() == 0);
    CHECK(layoutAboutToChange.count() == 0);
    CHECK(layoutChanged.count() == 0);
    CHECK(proxyReset.count() == 0);
    INFO(log.report());
    CHECK(log.messages().isEmpty());
}

TEST_CASE("a batch too large for targeted reads is diffed into the right rows without a reset", "[models]")
{
    ModelTestLog log;
    Test::TestCache cache;
    const QDateTime now = cache.clock.now();
    {
        QList<Invitation> initial;
        for (int i = 0; i < 600; ++i)
            initial.append(makeInvitation(u"s%1"_s.arg(i), Direction::Sent, now.addDays(-30).addSecs(-60 * i),
                                          u"Sent Person %1"_s.arg(i)));
        for (int i = 0; i < 50; ++i)
            initial.append(makeInvitation(u"r%1"_s.arg(i), Direction::Received, now.addDays(-3).addSecs(-60 * i),
                                          u"Received Person %1"_s.arg(i)));
        cache.apply(initial);
    }
    CheckedModels sent(*cache.store, Direction::Sent, cache.clock);
    sent.list.reload();
    REQUIRE(sent.model.rowCount() == 600);

    QSet<QString> expected;
    for (int i = 0; i < 600; ++i)
        expected.insert(u"s%1"_s.arg(i));

    // 3,000 upserts: 500 known (half renamed, ten accepted), 2,500 new (2,400 pending sent,
    // 50 received, 50 sent but already accepted); plus 53 removals and an unknown id.
    QList<Invitation> upserts;
    for (int i = 0; i < 500; ++i) {
        const QString id = u"s%1"_s.arg(i);
        auto inv = makeInvitation(id, Direction::Sent, now.addDays(-30).addSecs(-60 * i), u"Sent Person %1"_s.arg(i));
        if (i % 50 == 1) {
            inv = inState(inv, InvitationState::Accepted);
            expected.remove(id);
        } else if (i % 2 == 0) {
            inv.person.name = u"Renamed Person %1"_s.arg(i);
            inv.version = 2;
        }
        upserts.append(inv);
    }
    for (int i = 0; i < 2500; ++i) {
        const QString id = u"n%1"_s.arg(i);
        const QDateTime sentAt = now.addDays(-1).addSecs(-i);
        if (i < 2400) {
            upserts.append(makeInvitation(id, Direction::Sent, sentAt, u"New Person %1"_s.arg(i)));
            expected.insert(id);
        } else if (i < 2450) {
            upserts.append(makeInvitation(id, Direction::Received, sentAt, u"New Received %1"_s.arg(i)));
        } else {
            upserts.append(inState(makeInvitation(id, Direction::Sent, sentAt, u"New Accepted %1"_s.arg(i)),
                                   InvitationState::Accepted));
        }
    }
    REQUIRE(upserts.size() == 3000);
    QStringList removedIds{u"s560"_s, u"s580"_s, u"s599"_s, u"unknown-id"_s};
    for (int i = 500; i < 550; ++i)
        removedIds.append(u"s%1"_s.arg(i));
    for (const auto &id : std::as_const(removedIds))
        expected.remove(id);

    QSignalSpy reset(&sent.model, &QAbstractItemModel::modelReset);
    QSignalSpy layoutChanged(&sent.model, &QAbstractItemModel::layoutChanged);
    QSignalSpy proxyReset(&sent.model, &QAbstractItemModel::modelReset);
    cache.apply(upserts, removedIds);

    QStringList expectedIds(expected.cbegin(), expected.cend());
    expectedIds.sort();
    const QStringList modelIds = sortedIds(sent.model);
    CHECK(modelIds.size() == 490 + 47 + 2400);
    CHECK(modelIds == expectedIds);
    CHECK(modelIds == cache.pendingIds(Direction::Sent));
    CHECK(sortedIds(sent.model) == expectedIds);
    CHECK(indexIsConsistent(sent.model));
    CHECK(isNewestFirst(sent.model));
    CHECK(textAt(sent.model, sent.model.rowOf(u"s0"_s), InvitationListModel::NameColumn) == u"Renamed Person 0"_s);
    CHECK(textAt(sent.model, sent.model.rowOf(u"s3"_s), InvitationListModel::NameColumn) == u"Sent Person 3"_s);
    CHECK(textAt(sent.model, sent.model.rowOf(u"n7"_s), InvitationListModel::NameColumn) == u"New Person 7"_s);
    CHECK(sent.model.rowOf(u"s51"_s) == -1);
    // Rows that come and go in one batch: at most one layout change, never a reset.
    CHECK(reset.count() == 0);
    CHECK(layoutChanged.count() <= 1);
    CHECK(proxyReset.count() == 0);

    INFO(log.report());
    CHECK(log.messages().isEmpty());
}

TEST_CASE("a long list shows its newest rows and true size at once, then every row, with the changes made meanwhile",
          "[models]")
{
    ModelTestLog log;
    Test::TestCache cache;
    cache.seed(6000, 10); // past what is read on the GUI thread: s0 is the newest
    AccountModels account(*cache.store, cache.clock);
    InvitationListPage page(account.sent());
    QAbstractItemModelTester tester(page.model(), warningMode);
    auto &model = *page.model();
    account.reload();

    // The preview: the true size and scroll range, the newest rows in order, and nothing
    // that acts on the whole list until it is read.
    REQUIRE_FALSE(account.sent().isComplete());
    CHECK(model.rowCount() == 6000);
    for (int row = 0; row < 200; ++row)
        REQUIRE(model.index(row, 0).data(InvitationListModel::InvitationIdRole).toString() == u"s%1"_s.arg(row));
    CHECK(model.index(200, InvitationListModel::NameColumn).data().toString().isEmpty());
    CHECK(model.index(5999, InvitationListModel::NameColumn).data().toString().isEmpty());
    CHECK_FALSE(page.isReady());
    CHECK_FALSE(page.searchField()->isEnabled());
    CHECK_FALSE(page.view()->isEnabled());
    CHECK(page.summaryText() == u"Reading 6,000 invitations from the cache…"_s);
    // The received list fits in its preview: whole at once, while Sent is still read.
    CHECK(account.received().isComplete());
    CHECK(account.received().count() == 10);

    // While it is read: a withdrawal, and a sync that adds one and removes one.
    cache.withdraw(u"s3"_s);
    cache.apply({makeInvitation(u"n1"_s, Direction::Sent, cache.clock.now(), u"Newcomer Person"_s)}, {u"s5999"_s});

    REQUIRE(QTest::qWaitFor([&] { return account.sent().isComplete(); }, 20000));
    CHECK(page.isReady());
    CHECK(page.searchField()->isEnabled());
    CHECK(page.view()->isEnabled());
    CHECK(model.rowCount() == 5999);
    CHECK(account.sent().count() == 5999);
    CHECK(model.index(0, 0).data(InvitationListModel::InvitationIdRole).toString() == u"n1"_s);
    CHECK(model.rowOf(u"s3"_s) == -1);
    CHECK(model.rowOf(u"s5999"_s) == -1);
    CHECK(model.rowOf(u"s5998"_s) == 5998);
    CHECK(isNewestFirst(model));
    CHECK(account.withdrawn().count() == 1);
    CHECK(account.received().count() == 10);
    CHECK(page.summaryText() == u"5,999 pending sent"_s);
    // Search, sort and names cover every row now.
    page.searchField()->setText(u"person 5998"_s);
    REQUIRE(model.rowCount() == 1);
    CHECK(textAt(model, 0, InvitationListModel::NameColumn) == u"Sent Person 5998"_s);
    page.searchField()->clear();
    model.sort(InvitationListModel::NameColumn, Qt::AscendingOrder);
    CHECK(textAt(model, 0, InvitationListModel::NameColumn) == u"Newcomer Person"_s);
    CHECK(textAt(model, 1, InvitationListModel::NameColumn) == u"Sent Person 0"_s);

    INFO(log.report());
    CHECK(log.messages().isEmpty());
}

TEST_CASE("typing and erasing a search one character at a time shows what a fresh search shows", "[models]")
{
    ModelTestLog log;
    Test::TestCache cache;
    cache.seed(300, 0);
    CheckedModels typed(*cache.store, Direction::Sent, cache.clock);
    typed.list.reload();
    const auto freshRows = [&](const QString &text) {
        InvitationListModel fresh(typed.list);
        fresh.setSearchText(text);
        return rowIds(fresh);
    };
    const QString query = u"person 12 sent"_s;
    for (qsizetype i = 1; i <= query.size(); ++i) {
        typed.model.setSearchText(query.left(i));
        INFO(query.left(i).toStdString());
        REQUIRE(rowIds(typed.model) == freshRows(query.left(i)));
    }
    CHECK(typed.model.rowCount() == 13); // 12, 112, 120–129, 212
    // A withdrawal in between: the match sets kept for erasing are of rows that changed.
    cache.withdraw(u"s125"_s);
    for (qsizetype i = query.size() - 1; i >= 0; --i) {
        typed.model.setSearchText(query.left(i));
        INFO(query.left(i).toStdString());
        REQUIRE(rowIds(typed.model) == freshRows(query.left(i)));
    }
    CHECK(typed.model.rowCount() == 299);
    // A search that is not a continuation ("sent 12" after "person 12") is tested afresh.
    typed.model.setSearchText(u"person 12"_s);
    typed.model.setSearchText(u"sent 13"_s);
    CHECK(rowIds(typed.model) == freshRows(u"sent 13"_s));

    INFO(log.report());
    CHECK(log.messages().isEmpty());
}

TEST_CASE("the proxy searches every word across name headline and company and sorts on raw values", "[models]")
{
    ModelTestLog log;
    Test::TestCache cache;
    const QDateTime now = cache.clock.now();
    cache.apply({
        makeInvitation(u"i0"_s, Direction::Sent, now.addDays(-6), u"Invitee 0"_s, u"Engineer"_s, u"Acme"_s),
        makeInvitation(u"i1"_s, Direction::Sent, now.addDays(-2), u"Invitee 1"_s, u"Designer"_s, u"Acme"_s),
        makeInvitation(u"i10"_s, Direction::Sent, now.addDays(-4), u"Invitee 10"_s, u"Engineer"_s, u"Globex"_s),
        makeInvitation(u"ada"_s, Direction::Sent, now.addDays(-1), u"Ada Lovelace"_s, u"Mathematician"_s,
                       u"Analytical Engines"_s),
        makeInvitation(u"alan"_s, Direction::Sent, now.addDays(-5), u"alan turing"_s, u"Cryptanalyst"_s,
                       u"Bletchley Park"_s),
        makeInvitation(u"grace"_s, Direction::Sent, now.addDays(-3), u"Grace Hopper"_s, u"Rear Admiral"_s,
                       u"US Navy"_s),
    });
    CheckedModels sent(*cache.store, Direction::Sent, cache.clock);
    sent.list.reload();
    auto &proxy = sent.model;
    REQUIRE(proxy.rowCount() == 6);

    const auto matches = [&](const QString &query) {
        proxy.setSearchText(query);
        return joined(sortedIds(proxy));
    };
    CHECK(matches(u"invitee 0"_s) == u"i0,i10"_s);
    CHECK(proxy.searchText() == u"invitee 0"_s);
    CHECK(matches(u"0 INVITEE"_s) == u"i0,i10"_s);
    CHECK(matches(u"invitee engineer"_s) == u"i0,i10"_s);
    CHECK(matches(u"acme invitee"_s) == u"i0,i1"_s);
    CHECK(matches(u"engineer globex"_s) == u"i10"_s);
    CHECK(matches(u"  ada   LOVELACE "_s) == u"ada"_s);
    CHECK(matches(u"bletchley TURING"_s) == u"alan"_s);
    CHECK(matches(u"lovelace turing"_s).isEmpty());
    CHECK(matches(u"navy"_s) == u"grace"_s);
    CHECK(matches(QString()) == u"ada,alan,grace,i0,i1,i10"_s);
    CHECK(matches(u"invitee 0"_s) == u"i0,i10"_s);
    CHECK(matches(u""_s) == u"ada,alan,grace,i0,i1,i10"_s);

    // Newest first.
    CHECK(joined(rowIds(proxy)) == u"ada,i1,grace,i10,alan,i0"_s);
    CHECK(isNewestFirst(proxy));

    proxy.sort(InvitationListModel::NameColumn, Qt::AscendingOrder);
    CHECK(joined(columnTexts(proxy, InvitationListModel::NameColumn))
          == u"Ada Lovelace,alan turing,Grace Hopper,Invitee 0,Invitee 1,Invitee 10"_s);

    // A new name moves the row to its new place at once.
    QSignalSpy reset(&sent.model, &QAbstractItemModel::modelReset);
    auto grace = makeInvitation(u"grace"_s, Direction::Sent, now.addDays(-3), u"Aaron Hopper"_s, u"Rear Admiral"_s,
                                u"US Navy"_s);
    grace.version = 2;
    cache.apply({grace});
    CHECK(joined(columnTexts(proxy, InvitationListModel::NameColumn))
          == u"Aaron Hopper,Ada Lovelace,alan turing,Invitee 0,Invitee 1,Invitee 10"_s);
    CHECK(reset.count() == 0);

    // And the filter follows changes too: a renamed row leaves or joins the results.
    proxy.setSearchText(u"hopper"_s);
    CHECK(joined(sortedIds(proxy)) == u"grace"_s);
    grace.person.name = u"Grace Brewster"_s;
    grace.version = 3;
    cache.apply({grace});
    CHECK(proxy.rowCount() == 0);
    grace.person.name = u"Grace Hopper"_s;
    grace.version = 4;
    cache.apply({grace});
    CHECK(joined(sortedIds(proxy)) == u"grace"_s);
    proxy.setSearchText(QString());
    CHECK(proxy.rowCount() == 6);

    proxy.sort(InvitationListModel::CompanyColumn, Qt::AscendingOrder);
    CHECK(joined(columnTexts(proxy, InvitationListModel::CompanyColumn))
          == u"Acme,Acme,Analytical Engines,Bletchley Park,Globex,US Navy"_s);
    proxy.sort(InvitationListModel::HeadlineColumn, Qt::DescendingOrder);
    CHECK(joined(columnTexts(proxy, InvitationListModel::HeadlineColumn))
          == u"Rear Admiral,Mathematician,Engineer,Engineer,Designer,Cryptanalyst"_s);

    proxy.sort(InvitationListModel::SentColumn, Qt::DescendingOrder);
    CHECK(joined(rowIds(proxy)) == u"ada,i1,grace,i10,alan,i0"_s);

    // While a search is active, a sync batch adds and removes only matching rows in the results.
    proxy.setSearchText(u"invitee"_s);
    cache.apply({makeInvitation(u"i2"_s, Direction::Sent, now.addSecs(-600), u"Invitee 2"_s, u"Tester"_s, u"Acme"_s),
                 makeInvitation(u"bob"_s, Direction::Sent, now.addSecs(-300), u"Bob Builder"_s, u"Contractor"_s,
                                u"Fixit"_s)},
                {u"i1"_s});
    CHECK(joined(rowIds(proxy)) == u"i2,i10,i0"_s);
    proxy.setSearchText(QString());
    CHECK(joined(rowIds(proxy)) == u"bob,i2,ada,grace,i10,alan,i0"_s);

    INFO(log.report());
    CHECK(log.messages().isEmpty());
}

TEST_CASE("describeAge says how long ago in whole units at each boundary", "[models]")
{
    const QDateTime now(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
    const auto ago = [&](qint64 seconds) { return describeAge(now.addSecs(-seconds), now); };
    constexpr qint64 minute = 60;
    constexpr qint64 hour = 3600;
    constexpr qint64 day = 86400;

    CHECK(ago(0) == u"just now"_s);
    CHECK(ago(59) == u"just now"_s);
    CHECK(ago(60) == u"1 minute ago"_s);
    CHECK(ago(5 * minute) == u"5 minutes ago"_s);
    CHECK(ago(hour - 1) == u"59 minutes ago"_s);
    CHECK(ago(hour) == u"1 hour ago"_s);
    CHECK(ago(day - 1) == u"23 hours ago"_s);
    CHECK(ago(day) == u"yesterday"_s);
    CHECK(ago(2 * day - 1) == u"yesterday"_s);
    CHECK(ago(2 * day) == u"2 days ago"_s);
    CHECK(ago(13 * day) == u"13 days ago"_s);
    CHECK(ago(14 * day) == u"2 weeks ago"_s);
    CHECK(ago(21 * day) == u"3 weeks ago"_s);
    CHECK(ago(30 * day) == u"4 weeks ago"_s);
    CHECK(ago(60 * day) == u"2 months ago"_s);
    CHECK(ago(210 * day) == u"7 months ago"_s);
    CHECK(ago(365 * day) == u"1 year ago"_s);
    CHECK(ago(400 * day) == u"1 year ago"_s);
    CHECK(ago(3 * 365 * day) == u"3 years ago"_s);
    // Time zones do not matter: the same instant in another zone is the same age.
    CHECK(describeAge(now.addDays(-1).toOffsetFromUtc(5 * 3600), now) == u"yesterday"_s);
}

TEST_CASE("suggestions show until when a withdrawal blocks re-inviting the same person", "[models]")
{
    ModelTestLog log;
    Test::TestCache cache;
    cache.seed(2, 0);
    SuggestionListModel model(*cache.store);
    QAbstractItemModelTester tester(&model, warningMode);
    CHECK(model.rowCount() == 0);

    QString error;
    const QDateTime serverBlock = cache.clock.now().addDays(30);
    REQUIRE(cache.store->account().saveSuggestions(
        {
            Suggestion{Person{u"per_s0"_s, u"Sent Person 0"_s, u"Engineer"_s, u"Example Corp"_s, {}}, std::nullopt},
            Suggestion{Person{u"per_x"_s, u"Xavier Doe"_s, u"Designer"_s, QString(), {}}, std::nullopt},
            Suggestion{Person{u"per_s1"_s, u"Sent Person 1"_s, u"Engineer"_s, u"Example Corp"_s, {}}, serverBlock},
        },
        &error));
    model.reload();
    REQUIRE(model.rowCount() == 3);
    CHECK(model.index(0).data().toString() == u"Sent Person 0 — Engineer, Example Corp"_s);
    CHECK(model.index(1).data().toString() == u"Xavier Doe — Designer"_s);
    CHECK(model.index(0).data(SuggestionListModel::PersonIdRole).toString() == u"per_s0"_s);
    CHECK_FALSE(model.index(0).data(SuggestionListModel::ReinviteAvailableAtRole).isValid());
    CHECK(model.index(2).data(SuggestionListModel::ReinviteAvailableAtRole).toDateTime() == serverBlock);

    cache.clock.advanceSeconds(2 * 3600);
    const QDateTime withdrawnAt = cache.clock.now();
    const auto actionIds = cache.withdraw(u"s0"_s);
    cache.withdraw(u"s1"_s);

    const QDateTime available = withdrawnAt.addDays(21);
    REQUIRE(model.rowCount() == 3);
    const QString text = model.index(0).data().toString();
    CHECK(text.startsWith(u"Sent Person 0 — Engineer, Example Corp"_s));
    CHECK(text.contains(u"can re-invite after"_s));
    CHECK(text.contains(QLocale().toString(available.toLocalTime().date(), QLocale::ShortFormat)));
    CHECK(model.index(0).data(SuggestionListModel::ReinviteAvailableAtRole).toDateTime() == available);
    // Someone else is not blocked; a later block from the server wins over our own.
    CHECK_FALSE(model.index(1).data().toString().contains(u"can re-invite"_s));
    CHECK_FALSE(model.index(1).data(SuggestionListModel::ReinviteAvailableAtRole).isValid());
    CHECK(model.index(2).data(SuggestionListModel::ReinviteAvailableAtRole).toDateTime() == serverBlock);

    // Undo takes the block away again.
    REQUIRE(cache.store->outbox().cancel(actionIds, &error));
    CHECK_FALSE(model.index(0).data().toString().contains(u"can re-invite"_s));
    CHECK_FALSE(model.index(0).data(SuggestionListModel::ReinviteAvailableAtRole).isValid());

    INFO(log.report());
    CHECK(log.messages().isEmpty());
}
