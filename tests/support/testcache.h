#pragma once

#include "cache/cachestore.h"
#include "catchqt.h"
#include "manualclock.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <chrono>
#include <memory>

namespace InviteDesk::Test {

inline Invitation makeInvitation(const QString &id, Direction direction, const QDateTime &sentAt, const QString &name,
                                 const QString &headline = QStringLiteral("Engineer"),
                                 const QString &company = QStringLiteral("Example Corp"))
{
    Invitation inv;
    inv.id = id;
    inv.direction = direction;
    inv.state = InvitationState::Pending;
    inv.sentAt = sentAt;
    inv.updatedAt = sentAt;
    inv.expiresAt = DomainRules{}.expiresAt(sentAt);
    inv.person = Person{QStringLiteral("per_") + id, name, headline, company, {}};
    return inv;
}

// Another program (or a damaged file) takes `table` away under an open cache: its next
// use of that table fails as a real broken cache would.
inline void takeTableAway(const QString &cachePath, const QString &table)
{
    const QString connection = QStringLiteral("test-vandal");
    {
        auto other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        other.setDatabaseName(cachePath);
        REQUIRE(other.open());
        QSqlQuery query(other);
        REQUIRE(query.exec(QStringLiteral("ALTER TABLE %1 RENAME TO %1_gone").arg(table)));
        query.finish();
        other.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

// A client cache on a real SQLite file in a temporary folder, with a clock the test
// moves.
struct TestCache
{
    QTemporaryDir dir;
    ManualClock clock;
    std::unique_ptr<CacheStore> store;

    TestCache() { open(); }

    // Opens (or reopens, as a restarted client would) the cache file.
    void open()
    {
        store.reset();
        QString error;
        store = CacheStore::open(dir.filePath(QStringLiteral("cache.sqlite")), clock, &error);
        INFO(error.toStdString());
        REQUIRE(store);
    }
    void apply(const QList<Invitation> &upserts, const QStringList &removedIds = {})
    {
        QString error;
        const bool applied =
            store->syncState().applySyncBatch(SyncBatch{upserts, removedIds, QStringLiteral("token-1")}, &error);
        INFO(error.toStdString());
        REQUIRE(applied);
    }
    // s0, s1, … sent 30, 31, … days ago; r0, r1, … received 3, 4, … days ago.
    void seed(int sent, int received)
    {
        QList<Invitation> upserts;
        for (int i = 0; i < sent; ++i)
            upserts.append(makeInvitation(QStringLiteral("s%1").arg(i), Direction::Sent, clock.now().addDays(-30 - i),
                                          QStringLiteral("Sent Person %1").arg(i)));
        for (int i = 0; i < received; ++i)
            upserts.append(makeInvitation(QStringLiteral("r%1").arg(i), Direction::Received,
                                          clock.now().addDays(-3 - i), QStringLiteral("Received Person %1").arg(i)));
        apply(upserts);
    }
    QList<qint64> withdraw(const QString &id, std::chrono::milliseconds undoWindow = std::chrono::seconds(5))
    {
        QString error;
        const auto ids = store->outbox().enqueue({ActionRequest{ActionKind::Withdraw, id, {}, std::nullopt}}, undoWindow, &error);
        INFO(error.toStdString());
        REQUIRE(ids);
        return *ids;
    }
    int pendingSent() const
    {
        return static_cast<int>(store->invitations().invitations(Direction::Sent, InvitationState::Pending).value().size());
    }
    QStringList pendingIds(Direction direction) const
    {
        QStringList ids;
        const auto rows = store->invitations().invitations(direction, InvitationState::Pending).value();
        for (const auto &row : rows)
            ids.append(row.invitation.id);
        ids.sort();
        return ids;
    }
};

} // namespace InviteDesk::Test
