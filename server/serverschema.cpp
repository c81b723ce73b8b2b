#include "server/serverschema.h"

using namespace Qt::StringLiterals;

namespace InviteDesk::Server::ServerSchema {

namespace {

const QStringList sqliteV1{
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

// The same tables in PostgreSQL: milliseconds need BIGINT, bytes BYTEA, and ids and
// names compare byte by byte (COLLATE "C"), as in SQLite, so pages and cursors order
// the same on both whatever the cluster's locale.
const QStringList postgresV1{
    u"CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
    u"CREATE TABLE people (id TEXT COLLATE \"C\" PRIMARY KEY, name TEXT COLLATE \"C\" NOT NULL,"
    " headline TEXT NOT NULL DEFAULT '', company TEXT NOT NULL DEFAULT '', location TEXT NOT NULL DEFAULT '')"_s,
    u"CREATE INDEX people_by_name ON people(name, id)"_s,
    u"CREATE TABLE accounts (person_id TEXT COLLATE \"C\" PRIMARY KEY REFERENCES people(id),"
    " username TEXT NOT NULL, password_salt BYTEA NOT NULL, password_hash BYTEA NOT NULL,"
    " password_iterations INTEGER NOT NULL, created_at BIGINT NOT NULL)"_s,
    u"CREATE TABLE tokens (token_hash BYTEA PRIMARY KEY, person_id TEXT COLLATE \"C\" NOT NULL REFERENCES people(id),"
    " expires_at BIGINT NOT NULL)"_s,
    u"CREATE TABLE invitations (id TEXT COLLATE \"C\" PRIMARY KEY,"
    " sender_id TEXT COLLATE \"C\" NOT NULL REFERENCES people(id),"
    " invitee_id TEXT COLLATE \"C\" NOT NULL REFERENCES people(id),"
    " state TEXT NOT NULL CHECK (state IN ('pending','accepted','ignored','withdrawn','expired')),"
    " message TEXT, sent_at BIGINT NOT NULL, updated_at BIGINT NOT NULL, expires_at BIGINT NOT NULL,"
    " version BIGINT NOT NULL DEFAULT 1, change_seq BIGINT NOT NULL, created_seq BIGINT NOT NULL,"
    " CHECK (sender_id <> invitee_id))"_s,
    u"CREATE UNIQUE INDEX invitations_by_change ON invitations(change_seq)"_s,
    u"CREATE INDEX invitations_sent ON invitations(sender_id, state, sent_at, id)"_s,
    u"CREATE INDEX invitations_sent_by_time ON invitations(sender_id, sent_at, id)"_s,
    u"CREATE INDEX invitations_received ON invitations(invitee_id, state, sent_at, id)"_s,
    u"CREATE INDEX invitations_received_by_time ON invitations(invitee_id, sent_at, id)"_s,
    u"CREATE INDEX invitations_sender_changes ON invitations(sender_id, change_seq)"_s,
    u"CREATE INDEX invitations_invitee_changes ON invitations(invitee_id, change_seq)"_s,
    u"CREATE INDEX invitations_pending_expiry ON invitations(expires_at) WHERE state = 'pending'"_s,
    u"CREATE INDEX invitations_pair ON invitations(sender_id, invitee_id, state)"_s,
    u"CREATE UNIQUE INDEX invitations_one_pending ON invitations(sender_id, invitee_id) WHERE state = 'pending'"_s,
    u"CREATE TABLE connections (person_a TEXT COLLATE \"C\" NOT NULL REFERENCES people(id),"
    " person_b TEXT COLLATE \"C\" NOT NULL REFERENCES people(id), connected_at BIGINT NOT NULL,"
    " PRIMARY KEY (person_a, person_b), CHECK (person_a < person_b))"_s,
    u"CREATE INDEX connections_by_a_time ON connections(person_a, connected_at)"_s,
    u"CREATE INDEX connections_by_b_time ON connections(person_b, connected_at)"_s,
    u"CREATE TABLE notifications (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
    " person_id TEXT COLLATE \"C\" NOT NULL REFERENCES people(id),"
    " kind TEXT NOT NULL CHECK (kind IN ('invitation_received','invitation_accepted')),"
    " invitation_id TEXT COLLATE \"C\" NOT NULL REFERENCES invitations(id),"
    " actor_id TEXT COLLATE \"C\" NOT NULL REFERENCES people(id), created_at BIGINT NOT NULL)"_s,
    u"CREATE INDEX notifications_by_person ON notifications(person_id, created_at)"_s,
    u"CREATE INDEX notifications_by_invitation ON notifications(invitation_id)"_s,
    u"CREATE TABLE idempotency_keys (person_id TEXT COLLATE \"C\" NOT NULL, key TEXT COLLATE \"C\" NOT NULL,"
    " fingerprint BYTEA NOT NULL, status INTEGER NOT NULL, body BYTEA NOT NULL, created_at BIGINT NOT NULL,"
    " PRIMARY KEY (person_id, key))"_s,
    u"CREATE INDEX idempotency_keys_by_age ON idempotency_keys(created_at)"_s,
};

} // namespace

QStringList migrationStep(DatabaseLocation::Backend backend, int version)
{
    const bool postgres = backend == DatabaseLocation::Backend::PostgreSQL;
    switch (version) {
    case 1:
        return postgres ? postgresV1 : sqliteV1;
    case 2:
        // Sign-in looks user names up case-insensitively with lower() on both
        // backends (PostgreSQL has no NOCASE collation); there it also keeps them unique.
        return {postgres ? u"CREATE UNIQUE INDEX accounts_by_lower_name ON accounts(lower(username))"_s
                         : u"CREATE INDEX accounts_by_lower_name ON accounts(lower(username))"_s};
    case 3:
        // Failed sign-ins per lower-cased name given, whether or not such an account
        // exists (so the delay does not tell which names do); see SignInThrottle.
        // The same step stores the sync-token secret in meta (ServerDatabase::migrate).
        return {postgres ? u"CREATE TABLE signin_failures (name TEXT COLLATE \"C\" PRIMARY KEY,"
                           " failures INTEGER NOT NULL, last_failed_at BIGINT NOT NULL)"_s
                         : u"CREATE TABLE signin_failures (name TEXT PRIMARY KEY,"
                           " failures INTEGER NOT NULL, last_failed_at INTEGER NOT NULL) WITHOUT ROWID"_s};
    default:
        return {};
    }
}

const QList<Table> &tables()
{
    static const QList<Table> all{
        {u"people"_s, {u"id"_s, u"name"_s, u"headline"_s, u"company"_s, u"location"_s}},
        {u"accounts"_s,
         {u"person_id"_s, u"username"_s, u"password_salt"_s, u"password_hash"_s, u"password_iterations"_s,
          u"created_at"_s}},
        {u"tokens"_s, {u"token_hash"_s, u"person_id"_s, u"expires_at"_s}},
        {u"invitations"_s,
         {u"id"_s, u"sender_id"_s, u"invitee_id"_s, u"state"_s, u"message"_s, u"sent_at"_s, u"updated_at"_s,
          u"expires_at"_s, u"version"_s, u"change_seq"_s, u"created_seq"_s}},
        {u"connections"_s, {u"person_a"_s, u"person_b"_s, u"connected_at"_s}},
        {u"notifications"_s,
         {u"id"_s, u"person_id"_s, u"kind"_s, u"invitation_id"_s, u"actor_id"_s, u"created_at"_s}},
        {u"idempotency_keys"_s,
         {u"person_id"_s, u"key"_s, u"fingerprint"_s, u"status"_s, u"body"_s, u"created_at"_s}},
        {u"meta"_s, {u"key"_s, u"value"_s}},
    };
    return all;
}

} // namespace InviteDesk::Server::ServerSchema
