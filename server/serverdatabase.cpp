#include "server/serverdatabase.h"

#include "server/databaseerror.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

#include <atomic>

using namespace Qt::StringLiterals;

namespace InviteDesk::Server {

namespace {

// "IDSV": marks the file as an InviteDesk server database.
constexpr int applicationId = 0x49445356;

const QStringList schemaV1{
    u"CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID"_s,
    u"CREATE TABLE people (id TEXT PRIMARY KEY, name TEXT NOT NULL, headline TEXT NOT NULL DEFAULT '',"
    " company TEXT NOT NULL DEFAULT '', location TEXT NOT NULL DEFAULT '')"_s,
    u"CREATE INDEX people_by_name ON people(name, id)"_s,
    u"CREATE TABLE accounts (person_id TEXT PRIMARY KEY REFERENCES people(id),"
    " username TEXT NOT NULL UNIQUE COLLATE NOCASE, password_salt BLOB NOT NULL,"
    " password_hash BLOB NOT NULL, password_iterations INTEGER NOT NULL, created_at INTEGER NOT NULL)"_s,
    u"CREATE TABLE tokens (token_hash BLOB PRIMARY KEY, person_id TEXT NOT NULL REFERENCES people(id),"
    " expires_at INTEGER NOT NULL) WITHOUT ROWID"_s,
    u"CREATE TABLE invitations (id TEXT PRIMARY KEY,"
    " sender_id TEXT NOT NULL REFERENCES people(id), invitee_id TEXT NOT NULL REFERENCES people(id),"
    " state TEXT NOT NULL CHECK (state IN ('pending','accepted','ignored','withdrawn','expired')),"
    " message TEXT, sent_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, expires_at INTEGER NOT NULL,"
    " version INTEGER NOT NULL DEFAULT 1,"
    // change_seq: the row's place in the change feed (/sync), unique, moved by every
    // change; created_seq: where it entered the feed.
    " change_seq INTEGER NOT NULL, created_seq INTEGER NOT NULL, CHECK (sender_id <> invitee_id))"_s,
    u"CREATE UNIQUE INDEX invitations_by_change ON invitations(change_seq)"_s,
    // Lists page newest first by (sent_at, id), per side, with or without a state.
    u"CREATE INDEX invitations_sent ON invitations(sender_id, state, sent_at, id)"_s,
    u"CREATE INDEX invitations_sent_by_time ON invitations(sender_id, sent_at, id)"_s,
    u"CREATE INDEX invitations_received ON invitations(invitee_id, state, sent_at, id)"_s,
    u"CREATE INDEX invitations_received_by_time ON invitations(invitee_id, sent_at, id)"_s,
    u"CREATE INDEX invitations_sender_changes ON invitations(sender_id, change_seq)"_s,
    u"CREATE INDEX invitations_invitee_changes ON invitations(invitee_id, change_seq)"_s,
    u"CREATE INDEX invitations_pending_expiry ON invitations(expires_at) WHERE state = 'pending'"_s,
    u"CREATE INDEX invitations_pair ON invitations(sender_id, invitee_id, state)"_s,
    // One pending invitation per ordered pair, whatever the application code does.
    u"CREATE UNIQUE INDEX invitations_one_pending ON invitations(sender_id, invitee_id) WHERE state = 'pending'"_s,
    u"CREATE TABLE connections (person_a TEXT NOT NULL REFERENCES people(id),"
    " person_b TEXT NOT NULL REFERENCES people(id), connected_at INTEGER NOT NULL,"
    " PRIMARY KEY (person_a, person_b), CHECK (person_a < person_b)) WITHOUT ROWID"_s,
    u"CREATE INDEX connections_by_a_time ON connections(person_a, connected_at)"_s,
    u"CREATE INDEX connections_by_b_time ON connections(person_b, connected_at)"_s,
    u"CREATE TABLE notifications (id INTEGER PRIMARY KEY, person_id TEXT NOT NULL REFERENCES people(id),"
    " kind TEXT NOT NULL CHECK (kind IN ('invitation_received','invitation_accepted')),"
    " invitation_id TEXT NOT NULL REFERENCES invitations(id), actor_id TEXT NOT NULL REFERENCES people(id),"
    " created_at INTEGER NOT NULL)"_s,
    u"CREATE INDEX notifications_by_person ON notifications(person_id, created_at)"_s,
    u"CREATE INDEX notifications_by_invitation ON notifications(invitation_id)"_s,
    u"CREATE TABLE idempotency_keys (person_id TEXT NOT NULL, key TEXT NOT NULL, fingerprint BLOB NOT NULL,"
    " status INTEGER NOT NULL, body BLOB NOT NULL, created_at INTEGER NOT NULL,"
    " PRIMARY KEY (person_id, key)) WITHOUT ROWID"_s,
    u"CREATE INDEX idempotency_keys_by_age ON idempotency_keys(created_at)"_s,
};

std::optional<int> pragmaInt(const QSqlDatabase &db, const QString &pragma, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA "_s + pragma) || !query.next()) {
        *error = query.lastError().databaseText();
        return std::nullopt;
    }
    return query.value(0).toInt();
}

} // namespace

std::unique_ptr<ServerDatabase> ServerDatabase::open(const QString &path, QString *error)
{
    std::unique_ptr<ServerDatabase> database(new ServerDatabase(path));
    if (!database->migrate(error))
        return nullptr;
    return database;
}

ServerDatabase::ServerDatabase(const QString &path)
    : m_path(path)
{
    static std::atomic_int instances{0};
    m_connectionPrefix = u"invitedesk-server-%1-"_s.arg(instances.fetch_add(1));
}

ServerDatabase::~ServerDatabase()
{
    std::lock_guard lock(m_namesMutex);
    for (const QString &name : std::as_const(m_connectionNames))
        QSqlDatabase::removeDatabase(name);
}

bool ServerDatabase::openConnection(QSqlDatabase &db, QString *error)
{
    if (!db.open()) {
        *error = db.lastError().text();
        return false;
    }
    // Per connection, not per file: foreign keys are off unless asked for.
    for (const QString &pragma : {u"PRAGMA foreign_keys = ON"_s, u"PRAGMA busy_timeout = 10000"_s,
                                  u"PRAGMA synchronous = FULL"_s}) {
        QSqlQuery query(db);
        if (!query.exec(pragma)) {
            *error = query.lastError().text();
            return false;
        }
    }
    return true;
}

QSqlDatabase ServerDatabase::connection()
{
    const QString name = m_connectionPrefix + QString::number(reinterpret_cast<quintptr>(QThread::currentThreadId()));
    QSqlDatabase db;
    if (QSqlDatabase::contains(name)) {
        db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            return db;
    } else {
        db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(m_path);
        std::lock_guard lock(m_namesMutex);
        m_connectionNames.append(name);
    }
    QString error;
    if (!openConnection(db, &error))
        throw DatabaseError(u"cannot open %1: %2"_s.arg(m_path, error));
    return db;
}

bool ServerDatabase::migrate(QString *error)
{
    const QFileInfo file(m_path);
    if (file.exists() && !file.isFile()) {
        *error = u"%1 is not a file"_s.arg(m_path);
        return false;
    }
    if (!file.exists() && !QFileInfo(file.absolutePath()).isWritable()) {
        *error = u"cannot create %1: the folder %2 does not exist or is not writable"_s.arg(m_path, file.absolutePath());
        return false;
    }

    QSqlDatabase db;
    try {
        db = connection();
    } catch (const DatabaseError &e) {
        *error = file.exists() && file.size() > 0
            ? u"%1 is not an InviteDesk server database or is damaged (%2)"_s.arg(m_path, QString::fromUtf8(e.what()))
            : QString::fromUtf8(e.what());
        return false;
    }

    QString sqlError;
    const auto version = pragmaInt(db, u"user_version"_s, &sqlError);
    const auto appId = pragmaInt(db, u"application_id"_s, &sqlError);
    const auto tables = pragmaInt(db, u"schema_version"_s, &sqlError);
    if (!version || !appId || !tables) {
        *error = u"%1 is not an InviteDesk server database or is damaged (SQLite: %2)"_s.arg(m_path, sqlError);
        return false;
    }
    if (*appId != applicationId && (*appId != 0 || *tables != 0)) {
        *error = u"%1 is not an InviteDesk server database"_s.arg(m_path);
        return false;
    }
    if (*version > schemaVersion) {
        *error = u"%1 was written by a newer InviteDesk server (schema %2, this one knows %3)"_s.arg(m_path)
                     .arg(*version)
                     .arg(schemaVersion);
        return false;
    }

    QSqlQuery wal(db);
    if (!wal.exec(u"PRAGMA journal_mode = WAL"_s)) {
        *error = u"cannot write to %1: %2"_s.arg(m_path, wal.lastError().text());
        return false;
    }
    wal.finish();

    try {
        switch (*version) {
        case 0: {
            // Each step runs in its own transaction together with its version bump.
            execStatement(db, u"BEGIN IMMEDIATE"_s);
            for (const QString &statement : schemaV1)
                execStatement(db, statement);
            execStatement(db, u"PRAGMA application_id = %1"_s.arg(applicationId));
            QSqlQuery meta = prepareQuery(db, u"INSERT INTO meta(key, value) VALUES ('epoch', ?), ('change_seq', '0')"_s);
            meta.addBindValue(QUuid::createUuid().toString(QUuid::Id128).left(12));
            execQuery(meta);
            execStatement(db, u"PRAGMA user_version = 1"_s);
            execStatement(db, u"COMMIT"_s);
            [[fallthrough]];
        }
        case schemaVersion:
            break;
        }
        QSqlQuery epoch = prepareQuery(db, u"SELECT value FROM meta WHERE key = 'epoch'"_s);
        execQuery(epoch);
        if (!epoch.next())
            throw DatabaseError(u"the meta table has no epoch"_s);
        m_epoch = epoch.value(0).toString();
    } catch (const DatabaseError &e) {
        QSqlQuery(db).exec(u"ROLLBACK"_s);
        *error = u"cannot initialise %1: %2"_s.arg(m_path, QString::fromStdString(e.what()));
        return false;
    }
    return true;
}

} // namespace InviteDesk::Server
