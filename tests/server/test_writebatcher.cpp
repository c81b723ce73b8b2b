// WriteBatcher commits the API's changes on SQLite in batches: each change keeps or
// loses only what it did itself, and answers come after the commit.
#include "support/catchqt.h"
#include "support/testdatabase.h"

#include "server/databaseerror.h"
#include "server/serverdatabase.h"
#include "server/statement.h"
#include "server/writebatcher.h"
#include "server/writetransaction.h"

#include <QSqlQuery>

#include <thread>
#include <vector>

using namespace InviteDesk;
using namespace InviteDesk::Server;
using namespace InviteDesk::Test;
using namespace Qt::StringLiterals;

namespace {

void addPerson(WriteTransaction &transaction, const QString &id)
{
    Statement insert = prepareQuery(transaction.db(), u"INSERT INTO people(id, name) VALUES (?, ?)"_s);
    insert.addBindValue(id);
    insert.addBindValue(QString(u"Person "_s + id));
    execQuery(insert);
}

QStringList peopleIn(TestDatabase &storage)
{
    QSqlQuery query(storage.inspect());
    REQUIRE(query.exec(u"SELECT id FROM people ORDER BY id"_s));
    QStringList ids;
    while (query.next())
        ids.append(query.value(0).toString());
    return ids;
}

} // namespace

TEST_CASE("changes run together keep what each committed, and only that", "[server][writes]")
{
    TestDatabase storage;
    QString error;
    const auto database = ServerDatabase::open(storage.location(), &error);
    REQUIRE(database);
    WriteBatcher writes(*database);

    // While the writer lock is held elsewhere the changes queue up, so most of them
    // share one transaction; whatever the batching, each outcome must be its own.
    std::unique_lock held = database->writeMutex() ? std::unique_lock(*database->writeMutex())
                                                   : std::unique_lock<std::mutex>();
    constexpr int changes = 30;
    std::vector<int> statuses(changes, 0);
    std::vector<std::string> failures(changes);
    std::vector<std::thread> callers;
    for (int i = 0; i < changes; ++i) {
        callers.emplace_back([&, i] {
            try {
                const ApiReply reply = writes.run([&](WriteTransaction &transaction) {
                    addPerson(transaction, u"p%1"_s.arg(i, 2, 10, QChar(u'0')));
                    if (i % 3 == 1)
                        throw DatabaseError(u"change %1 fails after its insert"_s.arg(i));
                    if (i % 3 == 2)
                        return ApiReply::problem(409, u"refused"_s, u"Not kept: never committed."_s);
                    transaction.commit();
                    return ApiReply::raw(200, QByteArray::number(i));
                });
                statuses[i] = reply.status;
            } catch (const DatabaseError &e) {
                failures[i] = e.what();
            }
        });
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    if (held.owns_lock())
        held.unlock();
    for (std::thread &caller : callers)
        caller.join();

    QStringList expected;
    for (int i = 0; i < changes; ++i) {
        INFO("change " << i);
        if (i % 3 == 0) {
            CHECK(statuses[i] == 200);
            expected.append(u"p%1"_s.arg(i, 2, 10, QChar(u'0')));
        } else if (i % 3 == 1) {
            CHECK(failures[i].find("fails after its insert") != std::string::npos);
        } else {
            CHECK(statuses[i] == 409);
        }
    }
    CHECK(peopleIn(storage) == expected);
    storage.checkIntegrity();
}

TEST_CASE("a change answered by the batcher is in the database when the answer comes", "[server][writes]")
{
    TestDatabase storage;
    QString error;
    const auto database = ServerDatabase::open(storage.location(), &error);
    REQUIRE(database);
    WriteBatcher writes(*database);
    for (int i = 0; i < 20; ++i) {
        const QString id = u"q%1"_s.arg(i);
        writes.run([&](WriteTransaction &transaction) {
            addPerson(transaction, id);
            transaction.commit();
            return ApiReply::raw(200, {});
        });
        // Another connection sees it at once: the batch committed before answering.
        CHECK(peopleIn(storage).contains(id));
    }
}
