#pragma once

#include "server/databaselocation.h"

#include <QSqlDatabase>
#include <QString>
#include <QTemporaryDir>

namespace InviteDesk::Test {

// A fresh, empty server database for one test. A SQLite file in a temporary folder,
// or, when the tests run against PostgreSQL (INVITEDESK_TEST_BACKEND=postgresql), a
// database of its own in the cluster INVITEDESK_TEST_POSTGRES_URL names
// (postgresql://USER@HOST:PORT/DBNAME of an existing database to connect to for
// creating and dropping), dropped again at the end.
class TestDatabase final
{
public:
    TestDatabase();
    ~TestDatabase();
    Q_DISABLE_COPY_MOVE(TestDatabase)

    static bool usesPostgreSQL();

    const Server::DatabaseLocation &location() const { return m_location; }
    // What `invitedesk-server --db` takes.
    QString argument() const;
    // A connection of the test's own, for looking inside; removed with the database.
    QSqlDatabase inspect();
    // PostgreSQL: refuses (false) or accepts again (true) every connection but the
    // test's own, ending those open now; what a server sees when the database goes away.
    void setReachable(bool reachable);
    // Adds a person without an account (someone to invite) and returns their id.
    QString addPerson(const QString &name);
    // Fails the test unless the database is sound: SQLite's integrity check, or no
    // row in PostgreSQL that points at a missing one.
    void checkIntegrity();

private:
    QTemporaryDir m_dir;
    Server::DatabaseLocation m_location;
    Server::DatabaseLocation m_admin;
    QString m_inspectName;
};

} // namespace InviteDesk::Test
