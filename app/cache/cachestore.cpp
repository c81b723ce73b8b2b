#include "cache/cachestore.h"

#include "cache/cacheschema.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <functional>

using namespace Qt::StringLiterals;

namespace InviteDesk {

namespace {

// The columns readInvitation() expects, in order; the shown state applies a queued action.
const QString invitationColumns =
    u"id, direction, COALESCE(local_state, state), sent_at,"
    " COALESCE(local_changed_at, updated_at), expires_at, message, person_id, person_name, person_headline,"
    " person_company, person_location, version, local_state IS NOT NULL, updated_at"_s;

QDateTime fromMsecs(const QVariant &value)
{
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

CachedInvitation readInvitation(const QSqlQuery &query)
{
    CachedInvitation row;
    auto &inv = row.invitation;
    inv.id = query.value(0).toString();
    inv.direction = static_cast<Direction>(query.value(1).toInt());
    inv.state = static_cast<InvitationState>(query.value(2).toInt());
    inv.sentAt = fromMsecs(query.value(3));
    row.changedAt = fromMsecs(query.value(4));
    inv.expiresAt = fromMsecs(query.value(5));
    if (!query.value(6).isNull())
        inv.message = query.value(6).toString();
    inv.person = Person{query.value(7).toString(), query.value(8).toString(), query.value(9).toString(),
                        query.value(10).toString(), query.value(11).toString()};
    inv.version = query.value(12).toLongLong();
    row.actionQueued = query.value(13).toBool();
    inv.updatedAt = fromMsecs(query.value(14));
    return row;
}

OutboxAction readAction(const QSqlQuery &query)
{
    OutboxAction action;
    action.id = query.value(0).toLongLong();
    action.kind = actionKindFromStorage(query.value(1).toString()).value_or(ActionKind::Withdraw);
    action.invitationId = query.value(2).toString();
    action.personId = query.value(3).toString();
    action.personName = query.value(4).toString();
    if (!query.value(5).isNull())
        action.message = query.value(5).toString();
    action.idempotencyKey = query.value(6).toString();
    action.createdAt = fromMsecs(query.value(7));
    action.notBefore = fromMsecs(query.value(8));
    action.attempts = query.value(9).toInt();
    action.nextAttemptAt = fromMsecs(query.value(10));
    action.lastError = query.value(11).toString();
    action.serverErrors = query.value(12).toInt();
    return action;
}

const QString actionColumns = u"id, kind, invitation_id, person_id, person_name, message, idempotency_key,"
                              " created_at, not_before, attempts, next_attempt_at, last_error, server_errors"_s;

QVariant nullableText(const std::optional<QString> &text)
{
    return text ? QVariant(*text) : QVariant(QMetaType(QMetaType::QString));
}

// Qt binds a null QString as SQL NULL; empty text columns must stay empty strings.
QString notNull(const QString &text)
{
    return text.isNull() ? QString(u""_s) : text;
}

bool run(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    *error = u"The local cache could not be written (%1)."_s.arg(query.lastError().text());
    return false;
}

bool prepare(QSqlQuery &query, const QString &sql, QString *error)
{
    if (query.prepare(sql))
        return true;
    *error = u"The local cache could not be read (%1)."_s.arg(query.lastError().text());
    return false;
}

// Runs `body` in one transaction; rolls back when it fails.
bool inTransaction(QSqlDatabase &db, QString *error, const std::function<bool()> &body)
{
    if (!db.transaction()) {
        *error = u"The local cache is busy or read-only (%1)."_s.arg(db.lastError().text());
        return false;
    }
    if (!body()) {
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        *error = u"The local cache could not be saved (%1)."_s.arg(db.lastError().text());
        db.rollback();
        return false;
    }
    return true;
}

std::optional<InvitationState> optimisticState(ActionKind kind)
{
    switch (kind) {
    case ActionKind::Withdraw:
        return InvitationState::Withdrawn;
    case ActionKind::Accept:
        return InvitationState::Accepted;
    case ActionKind::Ignore:
        return InvitationState::Ignored;
    case ActionKind::Send:
        return InvitationState::Pending;
    }
    return std::nullopt;
}

bool upsertInvitation(QSqlQuery &query, const Invitation &inv, qint64 generation, QString *error)
{
    query.bindValue(0, inv.id);
    query.bindValue(1, static_cast<int>(inv.direction));
    query.bindValue(2, static_cast<int>(inv.state));
    query.bindValue(3, inv.sentAt.toMSecsSinceEpoch());
    query.bindValue(4, inv.updatedAt.toMSecsSinceEpoch());
    query.bindValue(5, inv.expiresAt.toMSecsSinceEpoch());
    query.bindValue(6, nullableText(inv.message));
    query.bindValue(7, inv.person.id);
    query.bindValue(8, notNull(inv.person.name));
    query.bindValue(9, notNull(inv.person.headline));
    query.bindValue(10, notNull(inv.person.company));
    query.bindValue(11, notNull(inv.person.location));
    query.bindValue(12, inv.version);
    query.bindValue(13, generation);
    return run(query, error);
}

// Keeps local_state: a queued action stays visible on top of whatever the server says.
const QString upsertSql =
    u"INSERT INTO invitations (id, direction, state, sent_at, updated_at, expires_at, message, person_id,"
    " person_name, person_headline, person_company, person_location, version, sync_generation)"
    " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET direction = excluded.direction,"
    " state = excluded.state, sent_at = excluded.sent_at, updated_at = excluded.updated_at,"
    " expires_at = excluded.expires_at, message = excluded.message, person_id = excluded.person_id,"
    " person_name = excluded.person_name, person_headline = excluded.person_headline,"
    " person_company = excluded.person_company, person_location = excluded.person_location,"
    " version = excluded.version, sync_generation = excluded.sync_generation"_s;

} // namespace

std::unique_ptr<CacheStore> CacheStore::open(const QString &path, const Clock &clock, const DomainRules &rules,
                                             QString *error)
{
    const QString connection = u"invitedesk-cache-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
    db.setDatabaseName(path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    const auto fail = [&](const QString &message) {
        *error = message;
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connection);
        return nullptr;
    };
    if (!db.open())
        return fail(u"The cache %1 cannot be opened (%2)."_s.arg(path, db.lastError().text()));
    QSqlQuery pragmas(db);
    // WAL keeps every committed transaction through a kill; FULL through a power cut.
    for (const auto &pragma : {u"PRAGMA foreign_keys = ON"_s, u"PRAGMA journal_mode = WAL"_s,
                               u"PRAGMA synchronous = FULL"_s}) {
        if (!pragmas.exec(pragma))
            return fail(u"%1 is not a usable cache (%2)."_s.arg(path, pragmas.lastError().text()));
    }
    pragmas.finish();
    QString schemaError;
    if (!CacheSchema::migrate(db, &schemaError))
        return fail(schemaError);
    return std::unique_ptr<CacheStore>(new CacheStore(db, clock, rules));
}

CacheStore::CacheStore(QSqlDatabase db, const Clock &clock, const DomainRules &rules)
    : m_db(std::move(db)), m_clock(clock), m_rules(rules)
{
}

CacheStore::~CacheStore()
{
    const QString connection = m_db.connectionName();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(connection);
}

QString CacheStore::path() const
{
    return m_db.databaseName();
}

QList<CachedInvitation> CacheStore::invitations(Direction direction, InvitationState state) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT "_s + invitationColumns
                  + u" FROM invitations WHERE direction = ? AND COALESCE(local_state, state) = ?"_s);
    query.addBindValue(static_cast<int>(direction));
    query.addBindValue(static_cast<int>(state));
    QList<CachedInvitation> rows;
    if (!query.exec())
        return rows;
    while (query.next())
        rows.append(readInvitation(query));
    return rows;
}

QList<CachedInvitation> CacheStore::invitationsById(const QStringList &ids) const
{
    // Every list model asks for the same ids while invitationsChanged is delivered:
    // one read serves them all (three reads of 1,000 rows were most of a bulk
    // withdrawal's longest stall).
    if (m_announced && ids == m_announced->ids) {
        if (!m_announced->rows)
            m_announced->rows = readInvitationsById(ids);
        return *m_announced->rows;
    }
    return readInvitationsById(ids);
}

void CacheStore::announceChanged(const QStringList &ids)
{
    // A write from a slot announces again inside this one: the outer rows are stale then.
    Announcement *outer = m_announced;
    if (outer)
        outer->rows.reset();
    Announcement announcement{ids, std::nullopt};
    m_announced = &announcement;
    Q_EMIT invitationsChanged(ids);
    m_announced = outer;
}

QList<CachedInvitation> CacheStore::readInvitationsById(const QStringList &ids) const
{
    QList<CachedInvitation> rows;
    if (ids.isEmpty())
        return rows;
    // The ids as one bound JSON array, not an IN list of placeholders: Qt hands SQLite
    // every "?" as a named placeholder, which SQLite's parser looks up in a list, so a
    // statement with 500 of them took milliseconds to prepare (quadratic).
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT "_s + invitationColumns
                  + u" FROM invitations WHERE id IN (SELECT value FROM json_each(?))"_s);
    query.addBindValue(QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact)));
    if (!query.exec())
        return rows;
    while (query.next())
        rows.append(readInvitation(query));
    return rows;
}

std::optional<QDateTime> CacheStore::reinviteAvailableAt(const QString &personId) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT max(COALESCE(local_changed_at, updated_at)) FROM invitations"
                  " WHERE person_id = ? AND direction = ? AND COALESCE(local_state, state) = ?"_s);
    query.addBindValue(personId);
    query.addBindValue(static_cast<int>(Direction::Sent));
    query.addBindValue(static_cast<int>(InvitationState::Withdrawn));
    if (!query.exec() || !query.next() || query.value(0).isNull())
        return std::nullopt;
    const auto available = m_rules.reinviteAvailableAt(fromMsecs(query.value(0)));
    if (available <= m_clock.now())
        return std::nullopt;
    return available;
}

AccountSnapshot CacheStore::snapshot() const
{
    AccountSnapshot snapshot;
    QSqlQuery query(m_db);
    query.prepare(u"SELECT direction, count(*) FROM invitations WHERE COALESCE(local_state, state) = ?"
                  " GROUP BY direction"_s);
    query.addBindValue(static_cast<int>(InvitationState::Pending));
    if (query.exec()) {
        while (query.next()) {
            const auto direction = static_cast<Direction>(query.value(0).toInt());
            (direction == Direction::Sent ? snapshot.pendingSent : snapshot.pendingReceived) = query.value(1).toInt();
        }
    }
    if (query.exec(u"SELECT count(*) FROM outbox"_s) && query.next())
        snapshot.queuedActions = query.value(0).toInt();
    snapshot.connections = meta(u"connection_count"_s).toInt();
    snapshot.userName = meta(u"user_name"_s).toString();
    // The server's count as of the last sync, or ours if invitations were sent (or
    // queued) since: whichever is higher.
    const QDateTime now = m_clock.now();
    DomainRules rules = m_rules;
    if (const int serverLimit = meta(u"weekly_limit"_s).toInt(); serverLimit > 0)
        rules.weeklyInviteLimit = serverLimit;
    QList<QDateTime> sentThisWeek;
    query.prepare(u"SELECT sent_at FROM invitations WHERE direction = ? AND sent_at > ?"_s);
    query.addBindValue(static_cast<int>(Direction::Sent));
    query.addBindValue(rules.weeklyWindowStart(now).toMSecsSinceEpoch());
    if (query.exec()) {
        while (query.next())
            sentThisWeek.append(fromMsecs(query.value(0)));
    }
    snapshot.weeklyInvitesUsed = std::max(meta(u"weekly_used"_s).toInt(), static_cast<int>(sentThisWeek.size()));
    snapshot.weeklyInvitesLimit = rules.weeklyInviteLimit;
    if (const QDateTime allowed = rules.nextInviteAllowedAt(sentThisWeek, now); allowed > now)
        snapshot.nextInviteAllowedAt = allowed;
    const auto synced = meta(u"last_synced_at"_s);
    if (!synced.isNull())
        snapshot.lastSyncedAt = fromMsecs(synced);
    return snapshot;
}

QList<Suggestion> CacheStore::suggestions() const
{
    QList<Suggestion> list;
    QSqlQuery query(m_db);
    if (!query.exec(u"SELECT person_id, name, headline, company, location, reinvite_available_at"
                    " FROM suggestions ORDER BY position"_s))
        return list;
    while (query.next()) {
        Suggestion suggestion{Person{query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                                     query.value(3).toString(), query.value(4).toString()},
                              std::nullopt};
        if (!query.value(5).isNull())
            suggestion.reinviteAvailableAt = fromMsecs(query.value(5));
        list.append(suggestion);
    }
    return list;
}

QString CacheStore::syncToken() const
{
    return meta(u"sync_token"_s).toString();
}

bool CacheStore::isFullSyncInProgress() const
{
    return meta(u"full_sync"_s).toBool();
}

bool CacheStore::startFullSync(QString *error)
{
    return inTransaction(m_db, error, [&] {
        return setMeta(u"sync_generation"_s, meta(u"sync_generation"_s).toLongLong() + 1, error)
            && setMeta(u"sync_token"_s, QString(), error) && setMeta(u"full_sync"_s, true, error);
    });
}

bool CacheStore::applySyncBatch(const SyncBatch &batch, QString *error)
{
    const qint64 generation = meta(u"sync_generation"_s).toLongLong();
    const bool ok = inTransaction(m_db, error, [&] {
        QSqlQuery upsert(m_db);
        if (!prepare(upsert, upsertSql, error))
            return false;
        for (const auto &inv : batch.upserts) {
            if (!upsertInvitation(upsert, inv, generation, error))
                return false;
        }
        QSqlQuery remove(m_db);
        if (!prepare(remove, u"DELETE FROM invitations WHERE id = ?"_s, error))
            return false;
        for (const auto &id : batch.removedIds) {
            remove.bindValue(0, id);
            if (!run(remove, error))
                return false;
        }
        return setMeta(u"sync_token"_s, batch.nextToken, error);
    });
    if (!ok)
        return false;
    QStringList ids = batch.removedIds;
    ids.reserve(ids.size() + batch.upserts.size());
    for (const auto &inv : batch.upserts)
        ids.append(inv.id);
    if (!ids.isEmpty())
        announceChanged(ids);
    return true;
}

bool CacheStore::finishFullSync(QString *error)
{
    QStringList gone;
    const bool ok = inTransaction(m_db, error, [&] {
        QSqlQuery query(m_db);
        const QString stale = u" FROM invitations WHERE sync_generation < ? AND id NOT IN"
                              " (SELECT invitation_id FROM outbox)"_s;
        if (!prepare(query, u"SELECT id"_s + stale, error))
            return false;
        query.addBindValue(meta(u"sync_generation"_s).toLongLong());
        if (!run(query, error))
            return false;
        while (query.next())
            gone.append(query.value(0).toString());
        if (!prepare(query, u"DELETE"_s + stale, error))
            return false;
        query.addBindValue(meta(u"sync_generation"_s).toLongLong());
        return run(query, error) && setMeta(u"full_sync"_s, false, error);
    });
    if (ok && !gone.isEmpty())
        announceChanged(gone);
    return ok;
}

bool CacheStore::saveAccount(const QString &userName, int weeklyUsed, int weeklyLimit, QString *error)
{
    const bool ok = inTransaction(m_db, error, [&] {
        return setMeta(u"user_name"_s, userName, error) && setMeta(u"weekly_used"_s, weeklyUsed, error)
            && setMeta(u"weekly_limit"_s, weeklyLimit, error);
    });
    if (ok)
        Q_EMIT accountChanged();
    return ok;
}

bool CacheStore::saveSuggestions(const QList<Suggestion> &suggestions, QString *error)
{
    const bool ok = inTransaction(m_db, error, [&] {
        QSqlQuery query(m_db);
        if (!query.exec(u"DELETE FROM suggestions"_s))
            return run(query, error);
        if (!prepare(query, u"INSERT INTO suggestions VALUES (?,?,?,?,?,?,?)"_s, error))
            return false;
        int position = 0;
        for (const auto &suggestion : suggestions) {
            query.bindValue(0, position++);
            query.bindValue(1, suggestion.person.id);
            query.bindValue(2, notNull(suggestion.person.name));
            query.bindValue(3, notNull(suggestion.person.headline));
            query.bindValue(4, notNull(suggestion.person.company));
            query.bindValue(5, notNull(suggestion.person.location));
            query.bindValue(6, suggestion.reinviteAvailableAt
                                   ? QVariant(suggestion.reinviteAvailableAt->toMSecsSinceEpoch())
                                   : QVariant(QMetaType(QMetaType::LongLong)));
            if (!run(query, error))
                return false;
        }
        return true;
    });
    if (ok)
        Q_EMIT accountChanged();
    return ok;
}

bool CacheStore::saveConnectionCount(int count, QString *error)
{
    const bool ok = setMeta(u"connection_count"_s, count, error);
    if (ok)
        Q_EMIT accountChanged();
    return ok;
}

bool CacheStore::saveLastSyncedAt(const QDateTime &time, QString *error)
{
    const bool ok = setMeta(u"last_synced_at"_s, time.toMSecsSinceEpoch(), error);
    if (ok)
        Q_EMIT accountChanged();
    return ok;
}

std::optional<QList<qint64>> CacheStore::enqueue(const QList<ActionRequest> &requests,
                                                 std::chrono::milliseconds undoWindow, QString *error)
{
    const QDateTime now = m_clock.now();
    const QDateTime notBefore = now.addMSecs(undoWindow.count());
    QList<qint64> actionIds;
    QStringList changed;
    const bool ok = inTransaction(m_db, error, [&] {
        QSqlQuery insert(m_db);
        if (!prepare(insert,
                     u"INSERT INTO outbox (kind, invitation_id, person_id, person_name, message, idempotency_key,"
                     " created_at, not_before, next_attempt_at) VALUES (?,?,?,?,?,?,?,?,?)"_s,
                     error))
            return false;
        QSqlQuery mark(m_db);
        if (!prepare(mark,
                     u"UPDATE invitations SET local_state = ?, local_changed_at = ? WHERE id = ?"
                     " AND COALESCE(local_state, state) = ? AND local_state IS NULL RETURNING person_id, person_name"_s,
                     error))
            return false;
        QSqlQuery placeholder(m_db);
        if (!prepare(placeholder, upsertSql, error))
            return false;
        QSqlQuery dropSuggestion(m_db);
        if (!prepare(dropSuggestion, u"DELETE FROM suggestions WHERE person_id = ?"_s, error))
            return false;

        for (const auto &request : requests) {
            QString invitationId = request.invitationId;
            QString personId;
            QString personName;
            if (request.kind == ActionKind::Send) {
                // Shown in the Sent list at once; replaced by the server's invitation later.
                invitationId = u"local-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
                Invitation inv;
                inv.id = invitationId;
                inv.direction = Direction::Sent;
                inv.state = InvitationState::Pending;
                inv.sentAt = now;
                inv.updatedAt = now;
                inv.expiresAt = m_rules.expiresAt(now);
                inv.message = request.message;
                inv.person = request.person;
                if (!upsertInvitation(placeholder, inv, meta(u"sync_generation"_s).toLongLong(), error))
                    return false;
                dropSuggestion.bindValue(0, request.person.id);
                if (!run(dropSuggestion, error))
                    return false;
                personId = request.person.id;
                personName = request.person.name;
            }
            // Every action moves a pending invitation; one that is not pending (any more)
            // is not queued at all.
            mark.bindValue(0, static_cast<int>(*optimisticState(request.kind)));
            mark.bindValue(1, now.toMSecsSinceEpoch());
            mark.bindValue(2, invitationId);
            mark.bindValue(3, static_cast<int>(InvitationState::Pending));
            if (!run(mark, error))
                return false;
            if (!mark.next()) {
                // Not pending, or an earlier action on it still waits to be sent.
                *error = u"That invitation is no longer pending."_s;
                return false;
            }
            personId = mark.value(0).toString();
            personName = mark.value(1).toString();
            mark.finish();

            insert.bindValue(0, toStorageString(request.kind));
            insert.bindValue(1, invitationId);
            insert.bindValue(2, personId);
            insert.bindValue(3, personName);
            insert.bindValue(4, nullableText(request.message));
            insert.bindValue(5, QUuid::createUuid().toString(QUuid::WithoutBraces));
            insert.bindValue(6, now.toMSecsSinceEpoch());
            insert.bindValue(7, notBefore.toMSecsSinceEpoch());
            insert.bindValue(8, notBefore.toMSecsSinceEpoch());
            if (!run(insert, error))
                return false;
            actionIds.append(insert.lastInsertId().toLongLong());
            changed.append(invitationId);
        }
        return true;
    });
    if (!ok)
        return std::nullopt;
    announceChanged(changed);
    Q_EMIT outboxChanged();
    if (std::any_of(requests.begin(), requests.end(), [](const auto &r) { return r.kind == ActionKind::Send; }))
        Q_EMIT accountChanged();
    return actionIds;
}

bool CacheStore::cancel(const QList<qint64> &actionIds, QString *error)
{
    return takeBack(actionIds, TakeBack::UndoWindowOnly, 0, error).has_value();
}

std::optional<QList<qint64>> CacheStore::cancelQueued(const QList<qint64> &actionIds, qint64 inFlight,
                                                      QString *error)
{
    return takeBack(actionIds, TakeBack::AnyQueued, inFlight, error);
}

std::optional<QList<qint64>> CacheStore::takeBack(const QList<qint64> &actionIds, TakeBack scope, qint64 inFlight,
                                                  QString *error)
{
    QStringList changed;
    QList<qint64> taken;
    const bool ok = inTransaction(m_db, error, [&] {
        QSqlQuery take(m_db);
        // Undo takes only actions still inside their undo window and never tried.
        const QString condition = scope == TakeBack::UndoWindowOnly ? u" AND attempts = 0 AND not_before > ?"_s
                                                                    : u" AND id != ?"_s;
        if (!prepare(take, u"DELETE FROM outbox WHERE id = ?"_s + condition + u" RETURNING invitation_id, kind"_s,
                     error))
            return false;
        QSqlQuery restore(m_db);
        if (!prepare(restore, u"UPDATE invitations SET local_state = NULL, local_changed_at = NULL WHERE id = ?"_s,
                     error))
            return false;
        QSqlQuery dropPlaceholder(m_db);
        if (!prepare(dropPlaceholder, u"DELETE FROM invitations WHERE id = ?"_s, error))
            return false;
        for (const auto id : actionIds) {
            take.bindValue(0, id);
            take.bindValue(1, scope == TakeBack::UndoWindowOnly ? m_clock.now().toMSecsSinceEpoch() : inFlight);
            if (!run(take, error))
                return false;
            if (!take.next()) {
                if (scope == TakeBack::AnyQueued)
                    continue; // already sent or on its way: it finishes as it will
                *error = u"Too late to undo: the action has already been sent."_s;
                return false;
            }
            const QString invitationId = take.value(0).toString();
            const bool wasSend = take.value(1).toString() == toStorageString(ActionKind::Send);
            take.finish();
            if (wasSend && !restoreSuggestion(invitationId, error))
                return false;
            QSqlQuery &change = wasSend ? dropPlaceholder : restore;
            change.bindValue(0, invitationId);
            if (!run(change, error))
                return false;
            changed.append(invitationId);
            taken.append(id);
        }
        return true;
    });
    if (!ok)
        return std::nullopt;
    if (!taken.isEmpty()) {
        announceChanged(changed);
        Q_EMIT outboxChanged();
        Q_EMIT accountChanged();
    }
    return taken;
}

bool CacheStore::hasAction(qint64 actionId) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT 1 FROM outbox WHERE id = ?"_s);
    query.addBindValue(actionId);
    return query.exec() && query.next();
}

QList<OutboxAction> CacheStore::dueActions(const QDateTime &now) const
{
    QList<OutboxAction> actions;
    QSqlQuery query(m_db);
    query.prepare(u"SELECT "_s + actionColumns + u" FROM outbox WHERE next_attempt_at <= ? ORDER BY id"_s);
    query.addBindValue(now.toMSecsSinceEpoch());
    if (!query.exec())
        return actions;
    while (query.next())
        actions.append(readAction(query));
    return actions;
}

std::optional<QDateTime> CacheStore::nextActionTime() const
{
    QSqlQuery query(m_db);
    if (!query.exec(u"SELECT min(next_attempt_at) FROM outbox"_s) || !query.next() || query.value(0).isNull())
        return std::nullopt;
    return fromMsecs(query.value(0));
}

bool CacheStore::recordFailedAttempt(const OutboxAction &action, const QDateTime &nextAttempt,
                                     const QString &reason, FailureKind kind, QString *error)
{
    QSqlQuery query(m_db);
    if (!prepare(query, u"UPDATE outbox SET attempts = attempts + 1, server_errors = server_errors + ?,"
                        " next_attempt_at = ?, last_error = ? WHERE id = ?"_s,
                 error))
        return false;
    query.addBindValue(kind == FailureKind::ServerError ? 1 : 0);
    query.addBindValue(nextAttempt.toMSecsSinceEpoch());
    query.addBindValue(reason);
    query.addBindValue(action.id);
    if (!run(query, error))
        return false;
    Q_EMIT outboxChanged();
    return true;
}

bool CacheStore::clearLocalState(const OutboxAction &action, QString *error)
{
    QSqlQuery query(m_db);
    if (!prepare(query, u"DELETE FROM outbox WHERE id = ?"_s, error))
        return false;
    query.addBindValue(action.id);
    if (!run(query, error))
        return false;
    // A later action on the same invitation keeps its own optimistic state.
    if (!prepare(query, u"UPDATE invitations SET local_state = NULL, local_changed_at = NULL WHERE id = ?"
                        " AND NOT EXISTS (SELECT 1 FROM outbox WHERE invitation_id = ?)"_s,
                 error))
        return false;
    query.addBindValue(action.invitationId);
    query.addBindValue(action.invitationId);
    return run(query, error);
}

bool CacheStore::completeAction(const OutboxAction &action, const Invitation &serverVersion, QString *error)
{
    const bool ok = inTransaction(m_db, error, [&] {
        if (!clearLocalState(action, error))
            return false;
        QSqlQuery query(m_db);
        if (action.kind == ActionKind::Send) {
            if (!prepare(query, u"DELETE FROM invitations WHERE id = ?"_s, error))
                return false;
            query.addBindValue(action.invitationId);
            if (!run(query, error))
                return false;
        }
        // An older version (a sync raced ahead) must not overwrite a newer one.
        QSqlQuery newer(m_db);
        if (!prepare(newer, u"SELECT version FROM invitations WHERE id = ?"_s, error))
            return false;
        newer.addBindValue(serverVersion.id);
        if (!run(newer, error))
            return false;
        if (newer.next() && newer.value(0).toLongLong() > serverVersion.version)
            return true;
        newer.finish();
        if (!prepare(query, upsertSql, error))
            return false;
        return upsertInvitation(query, serverVersion, meta(u"sync_generation"_s).toLongLong(), error);
    });
    if (!ok)
        return false;
    announceChanged({action.invitationId, serverVersion.id});
    Q_EMIT outboxChanged();
    return true;
}

bool CacheStore::resolveAction(const OutboxAction &action, ActionResolution resolution,
                               std::optional<InvitationState> trueState, QString *error)
{
    const bool ok = inTransaction(m_db, error, [&] {
        if (!clearLocalState(action, error))
            return false;
        QSqlQuery query(m_db);
        if (action.kind == ActionKind::Send && !restoreSuggestion(action.invitationId, error))
            return false;
        if (resolution == ActionResolution::InvitationGone || action.kind == ActionKind::Send) {
            if (!prepare(query, u"DELETE FROM invitations WHERE id = ?"_s, error))
                return false;
            query.addBindValue(action.invitationId);
            return run(query, error);
        }
        if (resolution == ActionResolution::StateChanged && trueState) {
            if (!prepare(query, u"UPDATE invitations SET state = ? WHERE id = ?"_s, error))
                return false;
            query.addBindValue(static_cast<int>(*trueState));
            query.addBindValue(action.invitationId);
            return run(query, error);
        }
        return true;
    });
    if (!ok)
        return false;
    announceChanged({action.invitationId});
    Q_EMIT outboxChanged();
    if (action.kind == ActionKind::Send)
        Q_EMIT accountChanged();
    return true;
}

bool CacheStore::restoreSuggestion(const QString &placeholderId, QString *error)
{
    // The person of an invitation that was never sent goes back among the suggestions.
    QSqlQuery query(m_db);
    if (!prepare(query,
                 u"INSERT INTO suggestions (position, person_id, name, headline, company, location)"
                 " SELECT (SELECT COALESCE(max(position), 0) + 1 FROM suggestions), person_id, person_name,"
                 " person_headline, person_company, person_location FROM invitations WHERE id = ?"_s,
                 error))
        return false;
    query.addBindValue(placeholderId);
    return run(query, error);
}

bool CacheStore::setMeta(const QString &key, const QVariant &value, QString *error)
{
    QSqlQuery query(m_db);
    if (!prepare(query, u"INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s,
                 error))
        return false;
    query.addBindValue(key);
    query.addBindValue(value);
    return run(query, error);
}

QVariant CacheStore::meta(const QString &key) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT value FROM meta WHERE key = ?"_s);
    query.addBindValue(key);
    if (!query.exec() || !query.next())
        return {};
    return query.value(0);
}

} // namespace InviteDesk
