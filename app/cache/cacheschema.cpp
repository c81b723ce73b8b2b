#include "cache/cacheschema.h"

#include "cache/sqlsupport.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace InviteDesk {

namespace {

const QStringList stepTo1{
    u"CREATE TABLE meta (key TEXT PRIMARY KEY, value) WITHOUT ROWID"_s,
    // Server columns hold the server's last known version; local_state is the
    // optimistic state of a queued action, cleared when the action is resolved.
    u"CREATE TABLE invitations (id TEXT PRIMARY KEY, direction INTEGER NOT NULL, state INTEGER NOT NULL,"
    " local_state INTEGER, local_changed_at INTEGER,"
    " sent_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, expires_at INTEGER NOT NULL, message TEXT,"
    " person_id TEXT NOT NULL, person_name TEXT NOT NULL, person_headline TEXT NOT NULL,"
    " person_company TEXT NOT NULL, person_location TEXT NOT NULL, version INTEGER NOT NULL,"
    " sync_generation INTEGER NOT NULL DEFAULT 0)"_s,
    u"CREATE INDEX invitations_by_person ON invitations(person_id)"_s,
    u"CREATE TABLE outbox (id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL,"
    " invitation_id TEXT NOT NULL, person_id TEXT NOT NULL, person_name TEXT NOT NULL, message TEXT,"
    " idempotency_key TEXT NOT NULL UNIQUE, created_at INTEGER NOT NULL, not_before INTEGER NOT NULL,"
    " attempts INTEGER NOT NULL DEFAULT 0, next_attempt_at INTEGER NOT NULL, last_error TEXT NOT NULL DEFAULT '')"_s,
    u"CREATE TABLE suggestions (position INTEGER PRIMARY KEY, person_id TEXT NOT NULL, name TEXT NOT NULL,"
    " headline TEXT NOT NULL, company TEXT NOT NULL, location TEXT NOT NULL, reinvite_available_at INTEGER)"_s,
    u"CREATE TABLE connections (person_id TEXT PRIMARY KEY, name TEXT NOT NULL, connected_at INTEGER NOT NULL)"
    " WITHOUT ROWID"_s,
};

// v2: server errors are counted apart from other failed attempts, so that only a
// server that keeps failing ends an action (network errors and rate limits never do).
const QStringList stepTo2{
    u"ALTER TABLE outbox ADD COLUMN server_errors INTEGER NOT NULL DEFAULT 0"_s,
};

// v3: how each action that left the outbox ended, so that another process on the same
// cache (the window while the command line queues, or the other way round) can tell
// each person's result. seq orders them by when they ended; kept for 30 days.
const QStringList stepTo3{
    u"CREATE TABLE finished_actions (seq INTEGER PRIMARY KEY AUTOINCREMENT, action_id INTEGER NOT NULL,"
    " kind TEXT NOT NULL, invitation_id TEXT NOT NULL, person_name TEXT NOT NULL, result INTEGER NOT NULL,"
    " state INTEGER, reason TEXT NOT NULL, finished_at INTEGER NOT NULL)"_s,
};

// v4: a list opens with its newest rows and its true size before the rest is read: the
// size of each list (a direction in a shown state) kept by triggers, so counting a
// million rows costs one lookup, and an index that finds a list's newest rows and holds
// what the Stats page counts.
const QStringList stepTo4{
    u"CREATE TABLE list_sizes (direction INTEGER NOT NULL, state INTEGER NOT NULL, size INTEGER NOT NULL,"
    " PRIMARY KEY (direction, state)) WITHOUT ROWID"_s,
    u"INSERT INTO list_sizes SELECT direction, COALESCE(local_state, state), count(*) FROM invitations"
    " GROUP BY 1, 2"_s,
    u"CREATE TRIGGER list_sizes_insert AFTER INSERT ON invitations BEGIN"
    " INSERT INTO list_sizes VALUES (NEW.direction, COALESCE(NEW.local_state, NEW.state), 1)"
    " ON CONFLICT DO UPDATE SET size = size + 1; END"_s,
    u"CREATE TRIGGER list_sizes_delete AFTER DELETE ON invitations BEGIN"
    " UPDATE list_sizes SET size = size - 1"
    " WHERE direction = OLD.direction AND state = COALESCE(OLD.local_state, OLD.state); END"_s,
    u"CREATE TRIGGER list_sizes_update AFTER UPDATE OF direction, state, local_state ON invitations"
    " WHEN OLD.direction IS NOT NEW.direction"
    " OR COALESCE(OLD.local_state, OLD.state) IS NOT COALESCE(NEW.local_state, NEW.state) BEGIN"
    " UPDATE list_sizes SET size = size - 1"
    " WHERE direction = OLD.direction AND state = COALESCE(OLD.local_state, OLD.state);"
    " INSERT INTO list_sizes VALUES (NEW.direction, COALESCE(NEW.local_state, NEW.state), 1)"
    " ON CONFLICT DO UPDATE SET size = size + 1; END"_s,
    // state and local_state too: SQLite 3.40 reads the shown state from an index only if
    // the columns of its expression are in it (the Stats page reads 100,000 rows in 10 ms,
    // not 30).
    u"CREATE INDEX invitations_newest ON invitations(direction, COALESCE(local_state, state), sent_at,"
    " state, local_state)"_s,
};

bool exec(QSqlDatabase &db, const QString &statement, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(statement))
        return true;
    *error = CacheText::tr("The cache could not be updated (%1).").arg(query.lastError().text());
    return false;
}

std::optional<int> pragmaInt(QSqlDatabase &db, const QString &name, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA "_s + name) || !query.next()) {
        *error = CacheText::tr("The cache file cannot be read (%1). It may be damaged or not a cache.").arg(
            query.lastError().text());
        return std::nullopt;
    }
    return query.value(0).toInt();
}

bool runStep(QSqlDatabase &db, const QStringList &statements, int version, QString *error)
{
    if (!db.transaction()) {
        *error = CacheText::tr("The cache is locked by another program (%1).").arg(db.lastError().text());
        return false;
    }
    for (const auto &statement : statements) {
        if (!exec(db, statement, error)) {
            db.rollback();
            return false;
        }
    }
    if (!exec(db, u"PRAGMA user_version = %1"_s.arg(version), error)
        || !exec(db, u"PRAGMA application_id = %1"_s.arg(CacheSchema::applicationId), error) || !db.commit()) {
        db.rollback();
        return false;
    }
    return true;
}

} // namespace

bool CacheSchema::migrate(QSqlDatabase &db, QString *error)
{
    const auto version = pragmaInt(db, u"user_version"_s, error);
    const auto appId = pragmaInt(db, u"application_id"_s, error);
    if (!version || !appId)
        return false;
    if (*version != 0 && *appId != CacheSchema::applicationId) {
        *error = CacheText::tr("%1 is not an InviteDesk cache.").arg(db.databaseName());
        return false;
    }
    if (*version > currentVersion) {
        *error = CacheText::tr("The cache %1 was written by a newer InviteDesk (schema %2, this one knows %3). "
                               "Update InviteDesk or choose another data folder.")
                     .arg(db.databaseName())
                     .arg(*version)
                     .arg(currentVersion);
        return false;
    }
    if (*version == 0) {
        // A fresh file has no tables; anything else without our marker is someone else's.
        QSqlQuery tables(db);
        if (!tables.exec(u"SELECT count(*) FROM sqlite_master"_s) || !tables.next()) {
            *error = CacheText::tr("%1 is not an InviteDesk cache.").arg(db.databaseName());
            return false;
        }
        if (tables.value(0).toInt() != 0) {
            *error = CacheText::tr("%1 is not an InviteDesk cache.").arg(db.databaseName());
            return false;
        }
    }
    switch (*version) {
    case 0:
        if (!runStep(db, stepTo1, 1, error))
            return false;
        [[fallthrough]];
    case 1:
        if (!runStep(db, stepTo2, 2, error))
            return false;
        [[fallthrough]];
    case 2:
        if (!runStep(db, stepTo3, 3, error))
            return false;
        [[fallthrough]];
    case 3:
        if (!runStep(db, stepTo4, 4, error))
            return false;
        [[fallthrough]];
    case currentVersion:
        break;
    }
    return true;
}

} // namespace InviteDesk
