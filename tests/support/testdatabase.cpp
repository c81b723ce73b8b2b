#include "testdatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace InviteDesk::Test {

namespace {

QSqlDatabase connectTo(const Server::DatabaseLocation &location, const QString &name)
{
    QSqlDatabase db = location.addConnection(name);
    if (location.isPostgreSQL()) // told apart from the servers' own (setReachable)
        db.setConnectOptions(u"application_name=invitedesk-test"_s);
    INFO(db.lastError().text().toStdString());
    REQUIRE(db.open());
    return db;
}

// Runs one statement on the cluster's admin database.
void administer(const Server::DatabaseLocation &admin, const QString &sql)
{
    const QString name = u"test-admin-"_s + QUuid::createUuid().toString(QUuid::Id128);
    {
        QSqlDatabase db = connectTo(admin, name);
        QSqlQuery query(db);
        INFO(sql.toStdString());
        const bool ok = query.exec(sql);
        INFO(query.lastError().text().toStdString());
        CHECK(ok);
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

bool TestDatabase::usesPostgreSQL()
{
    return qEnvironmentVariable("INVITEDESK_TEST_BACKEND") == u"postgresql";
}

TestDatabase::TestDatabase()
{
    REQUIRE(m_dir.isValid());
    if (!usesPostgreSQL()) {
        m_location = Server::DatabaseLocation::sqliteFile(m_dir.filePath(u"server.db"_s));
        return;
    }
    const QString url = qEnvironmentVariable("INVITEDESK_TEST_POSTGRES_URL");
    if (url.isEmpty())
        FAIL("INVITEDESK_TEST_BACKEND=postgresql needs INVITEDESK_TEST_POSTGRES_URL: run the tests through "
             "packaging/run-tests.sh or tests/support/with-postgres.sh, which start a cluster");
    QString error;
    const auto admin = Server::DatabaseLocation::parse(url, {}, &error);
    INFO(error.toStdString());
    REQUIRE(admin);
    m_admin = *admin;
    m_location = *admin;
    m_location.name = u"invitedesk_test_"_s + QUuid::createUuid().toString(QUuid::Id128).left(16);
    administer(m_admin, u"CREATE DATABASE %1"_s.arg(m_location.name));
}

TestDatabase::~TestDatabase()
{
    if (!m_inspectName.isEmpty())
        QSqlDatabase::removeDatabase(m_inspectName);
    if (m_location.isPostgreSQL())
        administer(m_admin, u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(m_location.name));
}

QString TestDatabase::argument() const
{
    return m_location.isPostgreSQL() ? m_location.displayName() : m_location.path;
}

QSqlDatabase TestDatabase::inspect()
{
    if (m_inspectName.isEmpty()) {
        m_inspectName = u"test-inspect-"_s + QUuid::createUuid().toString(QUuid::Id128);
        return connectTo(m_location, m_inspectName);
    }
    return QSqlDatabase::database(m_inspectName);
}

void TestDatabase::setReachable(bool reachable)
{
    REQUIRE(m_location.isPostgreSQL());
    inspect(); // stays connected: it was there before the door closed
    administer(m_admin, u"ALTER DATABASE %1 ALLOW_CONNECTIONS %2"_s.arg(m_location.name, reachable ? u"true"_s : u"false"_s));
    if (!reachable)
        administer(m_admin, u"SELECT pg_terminate_backend(a.pid) FROM pg_stat_activity a"
                            " WHERE a.datname = '%1' AND a.application_name = 'invitedesk-server'"_s.arg(m_location.name));
}

QString TestDatabase::addPerson(const QString &name)
{
    const QString id = u"per_"_s + QUuid::createUuid().toString(QUuid::Id128).left(16);
    QSqlQuery insert(inspect());
    REQUIRE(insert.prepare(
        u"INSERT INTO people(id, name, headline, company, location) VALUES (?, ?, 'Engineer', 'Example Corp', '')"_s));
    insert.addBindValue(id);
    insert.addBindValue(name);
    INFO(insert.lastError().text().toStdString());
    REQUIRE(insert.exec());
    return id;
}

void TestDatabase::checkIntegrity()
{
    QSqlQuery query(inspect());
    if (!m_location.isPostgreSQL()) {
        REQUIRE(query.exec(u"PRAGMA integrity_check"_s));
        REQUIRE(query.next());
        CHECK(query.value(0).toString() == u"ok"_s);
        return;
    }
    // Foreign keys hold these already; a count proves nothing slipped past them.
    REQUIRE(query.exec(u"SELECT"
                       " (SELECT COUNT(*) FROM invitations i LEFT JOIN people p ON p.id = i.sender_id"
                       "   LEFT JOIN people q ON q.id = i.invitee_id WHERE p.id IS NULL OR q.id IS NULL)"
                       " + (SELECT COUNT(*) FROM notifications n LEFT JOIN invitations i ON i.id = n.invitation_id"
                       "   WHERE i.id IS NULL)"
                       " + (SELECT COUNT(*) FROM tokens t LEFT JOIN accounts a ON a.person_id = t.person_id"
                       "   WHERE a.person_id IS NULL)"
                       " + (SELECT COUNT(*) FROM invitations WHERE change_seq < 0 OR created_seq < 0)"_s));
    REQUIRE(query.next());
    CHECK(query.value(0).toLongLong() == 0);
}

} // namespace InviteDesk::Test
