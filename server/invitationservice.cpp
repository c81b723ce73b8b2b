#include "server/invitationservice.h"

#include "core/clock.h"
#include "core/wirecodec.h"
#include "server/cursor.h"
#include "server/databaseerror.h"
#include "server/ids.h"
#include "server/jsonwriter.h"
#include "server/qtsqlrows.h"
#include "server/serverdatabase.h"
#include "server/sqliterows.h"
#include "server/statement.h"
#include "server/writetransaction.h"

#include <QJsonArray>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace InviteDesk::Server {

namespace {

// Columns of an invitation and of its other party `p`, in the order readInvitation()
// and writeInvitation() expect (1-based: id 1, sent_at 5, change_seq 14 where selected).
const QString invitationColumns = u"i.id, i.sender_id, i.state, i.message, i.sent_at, i.updated_at,"
                                  " i.expires_at, i.version, p.id, p.name, p.headline, p.company, p.location"_s;

// What a caller may see: everything they sent, and what they received unless the
// sender withdrew it (a withdrawal is silent for the invitee).
const QString visibleToMe = u"(i.sender_id = :me OR (i.invitee_id = :me AND i.state <> 'withdrawn'))"_s;

// The caller's sent and received invitations as two arms of one UNION ALL: each
// arm walks its own index in order and SQLite merges them, where one query with
// `sender OR invitee` would sort every matching row for each page.
QString sentArm(const QString &columns, const QString &condition)
{
    return u"SELECT "_s + columns + u" FROM invitations i JOIN people p ON p.id = i.invitee_id"
                                    " WHERE i.sender_id = :me"_s + condition;
}

QString receivedArm(const QString &columns, const QString &condition)
{
    return u"SELECT "_s + columns + u" FROM invitations i JOIN people p ON p.id = i.sender_id"
                                    " WHERE i.invitee_id = :me"_s + condition;
}

QDateTime fromDb(const QVariant &value)
{
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

Person readPerson(const Statement &query, int first)
{
    return Person{query.value(first).toString(), query.value(first + 1).toString(),
                  query.value(first + 2).toString(), query.value(first + 3).toString(),
                  query.value(first + 4).toString()};
}

Invitation readInvitation(const Statement &query, const QString &me)
{
    Invitation invitation;
    invitation.id = query.value(0).toString();
    invitation.direction = query.value(1).toString() == me ? Direction::Sent : Direction::Received;
    invitation.state = invitationStateFromWire(query.value(2).toString()).value_or(InvitationState::Pending);
    if (!query.value(3).isNull())
        invitation.message = query.value(3).toString();
    invitation.sentAt = fromDb(query.value(4));
    invitation.updatedAt = fromDb(query.value(5));
    invitation.expiresAt = fromDb(query.value(6));
    invitation.version = query.value(7).toLongLong();
    invitation.person = readPerson(query, 8);
    return invitation;
}

QString asString(QByteArrayView utf8)
{
    return QString::fromUtf8(utf8);
}

const QString &asString(const QString &text)
{
    return text;
}

template<typename Rows>
void writeText(JsonWriter &json, QLatin1StringView key, const Rows &row, int column)
{
    json.key(key);
    json.value(row.text(column));
}

// A person from five columns starting at `first` (id, name, headline, company,
// location), as Wire::encode writes it.
template<typename Rows>
void writePerson(JsonWriter &json, const Rows &row, int first)
{
    json.beginObject();
    writeText(json, "company"_L1, row, first + 3);
    writeText(json, "headline"_L1, row, first + 2);
    writeText(json, "id"_L1, row, first);
    if (const auto location = row.text(first + 4); !location.isEmpty()) {
        json.key("location"_L1);
        json.value(location);
    }
    writeText(json, "name"_L1, row, first + 1);
    json.endObject();
}

template<typename Rows>
void writeNullableTimestamp(JsonWriter &json, const Rows &row, int column)
{
    if (row.isNull(column))
        json.null();
    else
        json.timestamp(row.integer(column));
}

// One invitation of a page, from a row of invitationColumns (SqliteRows or QtSqlRows),
// exactly as Wire::encode writes it (the same keys, in its order), without building the
// objects in between.
template<typename Rows>
void writeInvitation(JsonWriter &json, const Rows &row)
{
    json.beginObject();
    json.key("direction"_L1);
    json.value(row.sentByMe() ? "sent"_L1 : "received"_L1);
    json.key("expires_at"_L1);
    json.timestamp(row.integer(6));
    writeText(json, "id"_L1, row, 0);
    json.key("message"_L1);
    if (row.isNull(3))
        json.null();
    else
        json.value(row.text(3));
    json.key("person"_L1);
    writePerson(json, row, 8);
    json.key("sent_at"_L1);
    json.timestamp(row.integer(4));
    writeText(json, "state"_L1, row, 2);
    json.key("updated_at"_L1);
    json.timestamp(row.integer(5));
    json.key("version"_L1);
    json.value(row.integer(7));
    json.endObject();
}

// Runs `page(rows)` on the rows of `sql`, a query of `me`'s invitations, read through
// SQLite's own API where the database is SQLite.
template<typename Page>
ApiReply withRows(ServerDatabase &database, const QString &sql, const QString &me, Page &&page)
{
    if (database.isPostgreSQL()) {
        QtSqlRows rows(database.connection(), sql, me);
        return page(rows);
    }
    SqliteRows rows(database.connection(), sql, me);
    return page(rows);
}

// {"items": [...]}: one object per row of `sql` (up to :limit), its keys written by
// writeItem(json, rows).
template<typename ItemWriter>
ApiReply itemsPage(ServerDatabase &database, const QString &sql, const QString &me, int limit, ItemWriter &&writeItem)
{
    return withRows(database, sql, me, [&](auto &rows) {
        rows.bind(":limit", limit);
        JsonWriter json;
        json.beginObject();
        json.key("items"_L1);
        json.beginArray();
        while (rows.next()) {
            json.beginObject();
            writeItem(json, rows);
            json.endObject();
        }
        json.endArray();
        json.endObject();
        return ApiReply::raw(200, json.take());
    });
}

// {"items": [...], "next_cursor": ...}: a keyset page of `sql`, ordered newest first
// by the time in `timeColumn` and then by the id in column 0, starting after `after`
// (bound as :t and :id). writeItem(json, rows) writes each item whole.
template<typename ItemWriter>
ApiReply keysetPage(ServerDatabase &database, const QString &sql, const QString &me, int limit,
                    const std::optional<KeysetPosition> &after, int timeColumn, ItemWriter &&writeItem)
{
    return withRows(database, sql, me, [&](auto &rows) {
        if (after) {
            rows.bind(":t", after->time);
            rows.bind(":id", after->id);
        }
        rows.bind(":limit", limit + 1);
        JsonWriter json;
        json.beginObject();
        json.key("items"_L1);
        json.beginArray();
        KeysetPosition last;
        int count = 0;
        while (count < limit && rows.next()) {
            writeItem(json, rows);
            if (++count == limit)
                last = KeysetPosition{rows.integer(timeColumn), asString(rows.text(0))};
        }
        const bool more = count == limit && rows.next();
        json.endArray();
        json.key("next_cursor"_L1);
        if (more)
            json.value(packPosition(last));
        else
            json.null();
        json.endObject();
        return ApiReply::raw(200, json.take());
    });
}

ApiReply badCursor()
{
    return ApiReply::problem(400, u"invalid_parameter"_s, u"The cursor is not one this server gave out."_s,
                             {{u"parameter"_s, u"cursor"_s}});
}

ApiReply notPending(const QString &state)
{
    return ApiReply::problem(409, u"not_pending"_s, u"This invitation is no longer pending: it is %1."_s.arg(state),
                             {{u"state"_s, state}});
}

bool hasControlCharacters(QStringView text)
{
    for (QChar c : text) {
        if (c.category() == QChar::Other_Control && c != u'\n' && c != u'\r' && c != u'\t')
            return true;
    }
    return false;
}

} // namespace

InvitationService::InvitationService(ServerDatabase &database, const Clock &clock, const DomainRules &rules)
    : m_database(database)
    , m_clock(clock)
    , m_rules(rules)
{
}

void InvitationService::expireDue(WriteTransaction &transaction)
{
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    if (now < m_nothingExpiresBefore.load(std::memory_order_relaxed))
        return;
    const QSqlDatabase &db = transaction.db();
    // Sorted here, not by the query (ORDER BY id would make SQLite walk every row in id
    // order rather than the pending-expiry index): two instances expiring at once then
    // lock the rows in the same order.
    Statement due = prepareQuery(db, u"SELECT id FROM invitations WHERE state = 'pending' AND expires_at <= ?"_s);
    due.addBindValue(now);
    execQuery(due);
    QStringList ids;
    while (due.next())
        ids.append(due.value(0).toString());
    due.finish();
    ids.sort();
    // Each row gets its own change number at commit, so a sync page never splits a group.
    Statement expire = prepareQuery(db,
        u"UPDATE invitations SET state = 'expired', updated_at = expires_at, version = version + 1"
        " WHERE id = ? AND state = 'pending'"_s);
    for (const QString &id : std::as_const(ids)) {
        expire.addBindValue(id);
        execQuery(expire);
        if (expire.numRowsAffected() > 0) // another instance may have been first
            transaction.changed(id);
    }
}

void InvitationService::expireDueInvitations()
{
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    if (now < m_nothingExpiresBefore.load(std::memory_order_relaxed))
        return;
    const QSqlDatabase db = m_database.connection();
    Statement due = prepareQuery(db, u"SELECT MIN(expires_at) FROM invitations WHERE state = 'pending'"_s);
    execQuery(due);
    const QVariant earliest = due.next() ? due.value(0) : QVariant();
    due.finish();
    if (!earliest.isNull() && earliest.toLongLong() <= now) {
        WriteTransaction transaction(m_database);
        expireDue(transaction);
        transaction.commit();
        m_nothingExpiresBefore = now + 1; // ask again: the next one is unknown
        return;
    }
    // Invitations sent from now on (by any instance with the same rules) expire after
    // `expiryDays`, so until the earliest pending one no read needs to look.
    const qint64 horizon = now + m_rules.expiryDays * 24LL * 3600 * 1000;
    m_nothingExpiresBefore = earliest.isNull() ? horizon : std::min(earliest.toLongLong(), horizon);
}

ApiReply InvitationService::me(const QString &me)
{
    // One statement: the person, their invitations of the rolling week and their
    // connections (each stored once, with the person on either side).
    Statement person = prepareQuery(m_database.connection(),
        u"SELECT p.id, p.name, p.headline, p.company, p.location,"
        " (SELECT COUNT(*) FROM invitations i WHERE i.sender_id = p.id AND i.sent_at > ?),"
        " (SELECT COUNT(*) FROM connections c WHERE c.person_a = p.id)"
        " + (SELECT COUNT(*) FROM connections c WHERE c.person_b = p.id)"
        " FROM people p WHERE p.id = ?"_s);
    person.addBindValue(m_rules.weeklyWindowStart(m_clock.now()).toMSecsSinceEpoch());
    person.addBindValue(me);
    execQuery(person);
    if (!person.next())
        return ApiReply::problem(404, u"not_found"_s, u"Your account no longer exists."_s);
    QJsonObject object = Wire::encode(readPerson(person, 0));
    object.insert(u"weekly_invites_used"_s, person.value(5).toInt());
    object.insert(u"weekly_invites_limit"_s, m_rules.weeklyInviteLimit);
    object.insert(u"connection_count"_s, person.value(6).toInt());
    // The rules this server runs with, so clients need not assume the product defaults.
    object.insert(u"rules"_s, Wire::encodeRules(m_rules));
    return ApiReply::json(200, object);
}

ApiReply InvitationService::listInvitations(const QString &me, const InvitationListQuery &request)
{
    QString condition;
    if (request.state)
        // A literal from the fixed set of states, not a parameter: SQLite would re-plan
        // the statement at every run to see whether the bound state matches a partial
        // index's condition.
        condition += u" AND i.state = '%1'"_s.arg(toWireString(*request.state));
    std::optional<KeysetPosition> after;
    if (!request.cursor.isEmpty()) {
        after = unpackPosition(request.cursor);
        if (!after)
            return badCursor();
        condition += u" AND (i.sent_at < :t OR (i.sent_at = :t AND i.id < :id))"_s;
    }
    QStringList arms;
    if (request.direction != Direction::Received)
        arms.append(sentArm(invitationColumns, condition));
    if (request.direction != Direction::Sent)
        arms.append(receivedArm(invitationColumns, u" AND i.state <> 'withdrawn'"_s + condition));

    const QString sql = arms.join(u" UNION ALL "_s) + u" ORDER BY 5 DESC, 1 DESC LIMIT :limit"_s;
    return keysetPage(m_database, sql, me, request.limit, after, 4,
                      [](JsonWriter &json, const auto &rows) { writeInvitation(json, rows); });
}

ApiReply InvitationService::changesSince(const QString &me, const std::optional<QString> &since, int limit)
{
    const QSqlDatabase db = m_database.connection();
    // One snapshot for the feed position and the page: every row numbered up to
    // `current` is committed with its number, so nothing is skipped or seen twice.
    execStatement(db, m_database.beginSnapshot());
    const auto endRead = qScopeGuard([&db] { QSqlQuery(db).exec(u"COMMIT"_s); });
    Statement currentQuery = prepareQuery(db, u"SELECT CAST(value AS BIGINT) FROM meta WHERE key = 'change_seq'"_s);
    execQuery(currentQuery);
    if (!currentQuery.next())
        throw DatabaseError(u"the meta table has no change sequence"_s);
    const qint64 current = currentQuery.value(0).toLongLong();
    currentQuery.finish();

    // A sync run pages through (position, upper] with `upper` fixed on its first page;
    // `base` is where the client's copy was complete when the run began.
    qint64 base = 0;
    qint64 upper = current;
    qint64 position = 0;
    if (since) {
        // A token from another database or user, one from the future, or one not signed
        // here (its base would decide which withdrawals the caller hears of) cannot be continued.
        const auto fields = unpackSignedCursor(*since, 5, m_database.syncSecret());
        bool ok = fields && fields->at(0) == m_database.epoch() && fields->at(1) == me;
        if (ok) {
            bool okBase = false;
            bool okUpper = false;
            bool okPosition = false;
            base = fields->at(2).toLongLong(&okBase);
            upper = fields->at(3).toLongLong(&okUpper);
            position = fields->at(4).toLongLong(&okPosition);
            ok = okBase && okUpper && okPosition && 0 <= base && base <= position && position <= upper
                 && upper <= current;
        }
        if (!ok)
            return ApiReply::problem(410, u"sync_token_expired"_s,
                                     u"This sync token is unknown here; start again with a full sync."_s);
        if (position == upper) { // the previous run is complete: start the next one
            base = upper;
            upper = current;
        }
    }

    // The invitee of a withdrawn invitation hears of it only as "remove", and only if
    // their copy held it when this run began.
    const QString columns = invitationColumns + u", i.change_seq"_s;
    const QString range = u" AND i.change_seq > :position AND i.change_seq <= :upper"_s;
    const QString sent = sentArm(columns, range);
    const QString received = receivedArm(columns, u" AND (i.state <> 'withdrawn' OR i.created_seq <= :base)"_s + range);
    // SQLite merges the two arms' index walks by itself. PostgreSQL sorted every
    // change in range instead, unless each arm is limited to a page on its own (which
    // in turn makes SQLite sort each arm: 466 -> 189 pages/s).
    const QString page = u" ORDER BY i.change_seq LIMIT :limit"_s;
    const QString sql = m_database.isPostgreSQL()
        ? QString(u"SELECT * FROM ("_s + sent + page + u") AS sent UNION ALL SELECT * FROM ("_s + received + page
                  + u") AS received ORDER BY 14 LIMIT :limit"_s)
        : QString(sent + u" UNION ALL "_s + received + u" ORDER BY 14 LIMIT :limit"_s);
    return withRows(m_database, sql, me, [&](auto &rows) {
        rows.bind(":base", base);
        rows.bind(":position", position);
        rows.bind(":upper", upper);
        rows.bind(":limit", limit + 1);

        JsonWriter json(64 * 1024);
        json.beginObject();
        json.key("changes"_L1);
        json.beginArray();
        int count = 0;
        qint64 lastSeq = position;
        while (count < limit && rows.next()) {
            ++count;
            lastSeq = rows.integer(13);
            json.beginObject();
            if (!rows.sentByMe() && rows.text(2) == "withdrawn"_L1) {
                writeText(json, "id"_L1, rows, 0);
                json.key("op"_L1);
                json.value("remove"_L1);
            } else {
                json.key("invitation"_L1);
                writeInvitation(json, rows);
                json.key("op"_L1);
                json.value("upsert"_L1);
            }
            json.endObject();
        }
        const bool more = count == limit && rows.next();
        json.endArray();
        // Past the last page the run is complete up to `upper`: the rest of the feed
        // there belongs to other users.
        const qint64 next = more ? lastSeq : upper;
        const QStringList token{m_database.epoch(), me, QString::number(more ? base : upper),
                                QString::number(upper), QString::number(next)};
        json.key("has_more"_L1);
        json.value(more);
        json.key("next_since"_L1);
        json.value(packSignedCursor(token, m_database.syncSecret()));
        json.endObject();
        return ApiReply::raw(200, json.take());
    });
}

ApiReply InvitationService::suggestions(const QString &me, int limit)
{
    const QString sql = u"SELECT p.id, p.name, p.headline, p.company, p.location,"
        " (SELECT MAX(w.updated_at) FROM invitations w"
        "   WHERE w.sender_id = :me AND w.invitee_id = p.id AND w.state = 'withdrawn') AS withdrawn_at"
        " FROM people p WHERE p.id <> :me"
        " AND NOT EXISTS (SELECT 1 FROM connections c WHERE (c.person_a = :me AND c.person_b = p.id)"
        "                 OR (c.person_b = :me AND c.person_a = p.id))"
        " AND NOT EXISTS (SELECT 1 FROM invitations x WHERE x.state = 'pending'"
        "                 AND ((x.sender_id = :me AND x.invitee_id = p.id) OR (x.sender_id = p.id AND x.invitee_id = :me)))"
        " ORDER BY p.name, p.id LIMIT :limit"_s;
    const QDateTime now = m_clock.now();
    return itemsPage(m_database, sql, me, limit, [&](JsonWriter &json, const auto &rows) {
        json.key("person"_L1);
        writePerson(json, rows, 0);
        json.key("reinvite_available_at"_L1);
        const QDateTime available = rows.isNull(5)
            ? QDateTime()
            : m_rules.reinviteAvailableAt(QDateTime::fromMSecsSinceEpoch(rows.integer(5), Qt::UTC));
        if (available > now)
            json.timestamp(available.toMSecsSinceEpoch());
        else
            json.null();
    });
}

ApiReply InvitationService::connections(const QString &me, int limit, const QString &cursor)
{
    QString condition;
    std::optional<KeysetPosition> after;
    if (!cursor.isEmpty()) {
        after = unpackPosition(cursor);
        if (!after)
            return badCursor();
        condition = u" AND (c.connected_at < :t OR (c.connected_at = :t AND p.id < :id))"_s;
    }
    // Two ordered arms again: the pair is stored once, ordered (person_a < person_b).
    const QString columns = u"SELECT p.id, p.name, p.headline, p.company, p.location, c.connected_at FROM connections c"_s;
    const QString sql = columns + u" JOIN people p ON p.id = c.person_b WHERE c.person_a = :me"_s + condition
        + u" UNION ALL "_s + columns + u" JOIN people p ON p.id = c.person_a WHERE c.person_b = :me"_s + condition
        + u" ORDER BY 6 DESC, 1 DESC LIMIT :limit"_s;
    return keysetPage(m_database, sql, me, limit, after, 5, [](JsonWriter &json, const auto &rows) {
        json.beginObject();
        json.key("connected_at"_L1);
        writeNullableTimestamp(json, rows, 5);
        json.key("person"_L1);
        writePerson(json, rows, 0);
        json.endObject();
    });
}

ApiReply InvitationService::notifications(const QString &me, int limit)
{
    const QString sql =
        u"SELECT p.id, p.name, p.headline, p.company, p.location, n.id, n.kind, n.created_at, n.invitation_id"
        " FROM notifications n JOIN people p ON p.id = n.actor_id"
        " WHERE n.person_id = :me ORDER BY n.created_at DESC, n.id DESC LIMIT :limit"_s;
    return itemsPage(m_database, sql, me, limit, [](JsonWriter &json, const auto &rows) {
        json.key("created_at"_L1);
        writeNullableTimestamp(json, rows, 7);
        json.key("id"_L1);
        json.value(QString(u"ntf_"_s + asString(rows.text(5))));
        writeText(json, "invitation_id"_L1, rows, 8);
        writeText(json, "kind"_L1, rows, 6);
        json.key("person"_L1);
        writePerson(json, rows, 0);
    });
}

std::optional<Invitation> InvitationService::findVisible(const QSqlDatabase &db, const QString &me,
                                                         const QString &invitationId)
{
    Statement query = prepareQuery(db,
        u"SELECT "_s + invitationColumns + u" FROM invitations i JOIN people p"
        " ON p.id = CASE WHEN i.sender_id = :me THEN i.invitee_id ELSE i.sender_id END"
        " WHERE i.id = :id AND "_s + visibleToMe);
    query.bindValue(u":me"_s, me);
    query.bindValue(u":id"_s, invitationId);
    execQuery(query);
    if (!query.next())
        return std::nullopt;
    return readInvitation(query, me);
}

ApiReply InvitationService::createInvitation(WriteTransaction &transaction, const QString &me,
                                             const QJsonObject &body)
{
    const QSqlDatabase &db = transaction.db();
    const QJsonValue inviteeValue = body.value("invitee_id"_L1);
    const QJsonValue messageValue = body.value("message"_L1);
    if (!inviteeValue.isString())
        return ApiReply::problem(422, u"invalid_request"_s, u"\"invitee_id\" must be a string."_s,
                                 {{u"field"_s, u"invitee_id"_s}});
    if (!messageValue.isString() && !messageValue.isNull() && !messageValue.isUndefined())
        return ApiReply::problem(422, u"invalid_request"_s, u"\"message\" must be a string or null."_s,
                                 {{u"field"_s, u"message"_s}});
    const QString inviteeId = inviteeValue.toString();
    std::optional<QString> message;
    if (messageValue.isString() && !messageValue.toString().isEmpty())
        message = messageValue.toString();
    if (message) {
        const qsizetype length = codePointCount(*message);
        if (length > m_rules.noteMaxChars)
            return ApiReply::problem(422, u"message_too_long"_s,
                                     u"The note has %1 characters; at most %2 are allowed."_s.arg(length).arg(
                                         m_rules.noteMaxChars),
                                     {{u"max_chars"_s, m_rules.noteMaxChars}, {u"length"_s, length}});
        if (hasControlCharacters(*message))
            return ApiReply::problem(422, u"invalid_request"_s, u"The note contains control characters."_s,
                                     {{u"field"_s, u"message"_s}});
    }
    if (inviteeId == me)
        return ApiReply::problem(422, u"invalid_invitee"_s, u"You cannot invite yourself."_s);

    // One sender's invitations are decided one at a time, also across instances: the
    // weekly count and the one-pending-per-pair check must not race.
    Statement sender = prepareQuery(db, u"SELECT 1 FROM people WHERE id = ?"_s + m_database.forUpdate());
    sender.addBindValue(me);
    execQuery(sender);
    sender.finish();

    Statement person = prepareQuery(db, u"SELECT 1 FROM people WHERE id = ?"_s);
    person.addBindValue(inviteeId);
    execQuery(person);
    if (!isWellFormedId(inviteeId) || !person.next())
        return ApiReply::problem(404, u"person_not_found"_s, u"There is no such person."_s);

    const auto [first, second] = std::minmax(me, inviteeId);
    Statement connected = prepareQuery(db, u"SELECT 1 FROM connections WHERE person_a = ? AND person_b = ?"_s);
    connected.addBindValue(first);
    connected.addBindValue(second);
    execQuery(connected);
    if (connected.next())
        return ApiReply::problem(409, u"already_connected"_s, u"You are already connected."_s);

    Statement pending = prepareQuery(db,
        u"SELECT id, sender_id FROM invitations WHERE state = 'pending'"
        " AND ((sender_id = :me AND invitee_id = :them) OR (sender_id = :them AND invitee_id = :me))"_s);
    pending.bindValue(u":me"_s, me);
    pending.bindValue(u":them"_s, inviteeId);
    execQuery(pending);
    if (pending.next()) {
        const bool mine = pending.value(1).toString() == me;
        return ApiReply::problem(409, u"already_pending"_s,
                                 mine ? u"Your invitation to this person is still pending."_s
                                      : u"This person has already invited you; accept their invitation instead."_s,
                                 {{u"direction"_s, mine ? u"sent"_s : u"received"_s}});
    }

    const QDateTime now = m_clock.now();
    Statement withdrawn = prepareQuery(db,
        u"SELECT MAX(updated_at) FROM invitations WHERE sender_id = ? AND invitee_id = ? AND state = 'withdrawn'"_s);
    withdrawn.addBindValue(me);
    withdrawn.addBindValue(inviteeId);
    execQuery(withdrawn);
    if (withdrawn.next() && !withdrawn.value(0).isNull()) {
        const QDateTime withdrawnAt = fromDb(withdrawn.value(0));
        if (!m_rules.canReinvite(withdrawnAt, now)) {
            const QString availableAt = Wire::formatTimestamp(m_rules.reinviteAvailableAt(withdrawnAt));
            return ApiReply::problem(409, u"reinvite_cooldown"_s,
                                     u"You withdrew an invitation to this person recently; you can invite them again from %1."_s
                                         .arg(availableAt),
                                     {{u"available_at"_s, availableAt}});
        }
    }

    Statement window = prepareQuery(db, u"SELECT sent_at FROM invitations WHERE sender_id = ? AND sent_at > ?"_s);
    window.addBindValue(me);
    window.addBindValue(m_rules.weeklyWindowStart(now).toMSecsSinceEpoch());
    execQuery(window);
    QList<QDateTime> sentInWindow;
    while (window.next())
        sentInWindow.append(fromDb(window.value(0)));
    if (const QDateTime allowedAt = m_rules.nextInviteAllowedAt(sentInWindow, now); allowedAt > now) {
        const QString availableAt = Wire::formatTimestamp(allowedAt);
        return ApiReply::problem(429, u"weekly_limit_reached"_s,
                                 u"You have sent %1 invitations in the last 7 days; you can send more from %2."_s
                                     .arg(m_rules.weeklyInviteLimit)
                                     .arg(availableAt),
                                 {{u"limit"_s, m_rules.weeklyInviteLimit}, {u"available_at"_s, availableAt}});
    }

    const QString id = newId(u"inv", *QRandomGenerator::system());
    Statement insert = prepareQuery(db,
        u"INSERT INTO invitations(id, sender_id, invitee_id, state, message, sent_at, updated_at, expires_at,"
        " version, change_seq, created_seq) VALUES (?, ?, ?, 'pending', ?, ?, ?, ?, 1, ?, ?)"_s);
    insert.addBindValue(id);
    insert.addBindValue(me);
    insert.addBindValue(inviteeId);
    insert.addBindValue(message ? QVariant(*message) : QVariant(QMetaType(QMetaType::QString)));
    insert.addBindValue(now.toMSecsSinceEpoch());
    insert.addBindValue(now.toMSecsSinceEpoch());
    insert.addBindValue(m_rules.expiresAt(now).toMSecsSinceEpoch());
    const qint64 provisional = WriteTransaction::provisionalChangeSeq();
    insert.addBindValue(provisional); // change_seq
    insert.addBindValue(provisional); // created_seq
    execQuery(insert);
    transaction.changed(id);

    Statement notify = prepareQuery(db,
        u"INSERT INTO notifications(person_id, kind, invitation_id, actor_id, created_at)"
        " VALUES (?, 'invitation_received', ?, ?, ?)"_s);
    notify.addBindValue(inviteeId);
    notify.addBindValue(id);
    notify.addBindValue(me);
    notify.addBindValue(now.toMSecsSinceEpoch());
    execQuery(notify);

    const auto created = findVisible(db, me, id);
    if (!created)
        throw DatabaseError(u"invitation %1 vanished after insert"_s.arg(id));
    return ApiReply::json(201, Wire::encode(*created));
}

ApiReply InvitationService::withdraw(WriteTransaction &transaction, const QString &me, const QString &invitationId)
{
    return transition(transaction, me, invitationId, Role::Sender, InvitationState::Withdrawn);
}

ApiReply InvitationService::accept(WriteTransaction &transaction, const QString &me, const QString &invitationId)
{
    return transition(transaction, me, invitationId, Role::Invitee, InvitationState::Accepted);
}

ApiReply InvitationService::ignore(WriteTransaction &transaction, const QString &me, const QString &invitationId)
{
    return transition(transaction, me, invitationId, Role::Invitee, InvitationState::Ignored);
}

ApiReply InvitationService::transition(WriteTransaction &transaction, const QString &me,
                                       const QString &invitationId, Role role, InvitationState target)
{
    const QSqlDatabase &db = transaction.db();
    const auto notFound = [role] {
        return ApiReply::problem(404, u"not_found"_s,
                                 role == Role::Sender ? u"You have no sent invitation with this id."_s
                                                      : u"You have no received invitation with this id."_s);
    };
    if (!isWellFormedId(invitationId))
        return notFound();

    Statement current = prepareQuery(db, u"SELECT sender_id, invitee_id, state FROM invitations WHERE id = ?"_s);
    current.addBindValue(invitationId);
    execQuery(current);
    if (!current.next())
        return notFound();
    const QString senderId = current.value(0).toString();
    const QString inviteeId = current.value(1).toString();
    const QString state = current.value(2).toString();
    current.finish();

    const bool mine = role == Role::Sender ? senderId == me : (inviteeId == me && state != u"withdrawn");
    if (!mine)
        return notFound();
    if (state != u"pending")
        return notPending(state);

    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    Statement update = prepareQuery(db,
        u"UPDATE invitations SET state = ?, updated_at = ?, version = version + 1"
        " WHERE id = ? AND state = 'pending'"_s);
    update.addBindValue(toWireString(target));
    update.addBindValue(now);
    update.addBindValue(invitationId);
    execQuery(update);
    // Another instance changed it between the read above and this write (which
    // waited for that one's commit): the answer is the one a later request gets.
    if (update.numRowsAffected() == 0) {
        update.finish();
        Statement latest = prepareQuery(db, u"SELECT state FROM invitations WHERE id = ?"_s);
        latest.addBindValue(invitationId);
        execQuery(latest);
        return notPending(latest.next() ? latest.value(0).toString() : u"gone"_s);
    }
    transaction.changed(invitationId);

    if (target == InvitationState::Withdrawn) {
        // Silent: the invitee's feed loses its "invited you" entry and gains nothing.
        Statement forget = prepareQuery(db,
            u"DELETE FROM notifications WHERE invitation_id = ? AND kind = 'invitation_received'"_s);
        forget.addBindValue(invitationId);
        execQuery(forget);
    } else if (target == InvitationState::Accepted) {
        const auto [first, second] = std::minmax(senderId, inviteeId);
        Statement connect = prepareQuery(db,
            u"INSERT INTO connections(person_a, person_b, connected_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"_s);
        connect.addBindValue(first);
        connect.addBindValue(second);
        connect.addBindValue(now);
        execQuery(connect);
        Statement notify = prepareQuery(db,
            u"INSERT INTO notifications(person_id, kind, invitation_id, actor_id, created_at)"
            " VALUES (?, 'invitation_accepted', ?, ?, ?)"_s);
        notify.addBindValue(senderId);
        notify.addBindValue(invitationId);
        notify.addBindValue(inviteeId);
        notify.addBindValue(now);
        execQuery(notify);
    }

    const auto changed = findVisible(db, me, invitationId);
    if (!changed)
        throw DatabaseError(u"invitation %1 vanished after update"_s.arg(invitationId));
    return ApiReply::json(200, Wire::encode(*changed));
}

} // namespace InviteDesk::Server
