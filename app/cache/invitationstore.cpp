#include "cache/invitationstore.h"

#include "cache/accountstore.h"
#include "cache/cachedatabase.h"
#include "cache/invitationtables.h"
#include "cache/sqlsupport.h"

#include <QSqlDriver>
#include <QSqlRecord>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace InviteDesk {

namespace {

// What readRows() reads: the shown state applies a queued action.
const QString invitationColumns =
    u"id, direction, COALESCE(local_state, state) AS shown_state, sent_at,"
    " COALESCE(local_changed_at, updated_at) AS changed_at, expires_at, message, person_id, person_name,"
    " person_headline, person_company, person_location, version, local_state IS NOT NULL AS action_queued,"
    " updated_at"_s;

// The column positions of one result, looked up by name once per query.
struct InvitationColumns
{
    explicit InvitationColumns(const QSqlRecord &record)
        : id(record.indexOf(u"id"_s)), direction(record.indexOf(u"direction"_s)),
          shownState(record.indexOf(u"shown_state"_s)), sentAt(record.indexOf(u"sent_at"_s)),
          changedAt(record.indexOf(u"changed_at"_s)), expiresAt(record.indexOf(u"expires_at"_s)),
          message(record.indexOf(u"message"_s)), personId(record.indexOf(u"person_id"_s)),
          personName(record.indexOf(u"person_name"_s)), personHeadline(record.indexOf(u"person_headline"_s)),
          personCompany(record.indexOf(u"person_company"_s)), personLocation(record.indexOf(u"person_location"_s)),
          version(record.indexOf(u"version"_s)), actionQueued(record.indexOf(u"action_queued"_s)),
          updatedAt(record.indexOf(u"updated_at"_s))
    {
    }
    int id, direction, shownState, sentAt, changedAt, expiresAt, message, personId, personName, personHeadline,
        personCompany, personLocation, version, actionQueued, updatedAt;
};

QList<CachedInvitation> readRows(QSqlQuery &query)
{
    const InvitationColumns column(query.record());
    QList<CachedInvitation> rows;
    while (query.next()) {
        CachedInvitation row;
        auto &inv = row.invitation;
        inv.id = query.value(column.id).toString();
        inv.direction = static_cast<Direction>(query.value(column.direction).toInt());
        inv.state = static_cast<InvitationState>(query.value(column.shownState).toInt());
        inv.sentAt = Sql::fromMsecs(query.value(column.sentAt));
        row.changedAt = Sql::fromMsecs(query.value(column.changedAt));
        inv.expiresAt = Sql::fromMsecs(query.value(column.expiresAt));
        if (const auto message = query.value(column.message); !message.isNull())
            inv.message = message.toString();
        inv.person = Person{query.value(column.personId).toString(), query.value(column.personName).toString(),
                            query.value(column.personHeadline).toString(),
                            query.value(column.personCompany).toString(),
                            query.value(column.personLocation).toString()};
        inv.version = query.value(column.version).toLongLong();
        row.actionQueued = query.value(column.actionQueued).toBool();
        inv.updatedAt = Sql::fromMsecs(query.value(column.updatedAt));
        rows.append(std::move(row));
    }
    return rows;
}

// Keeps local_state: a queued action stays visible on top of whatever the server says.
const QString upsertSql =
    u"INSERT INTO invitations (id, direction, state, sent_at, updated_at, expires_at, message, person_id,"
    " person_name, person_headline, person_company, person_location, version, sync_generation)"
    " VALUES (:id, :direction, :state, :sent_at, :updated_at, :expires_at, :message, :person_id, :person_name,"
    " :person_headline, :person_company, :person_location, :version, :sync_generation)"
    " ON CONFLICT(id) DO UPDATE SET direction = excluded.direction,"
    " state = excluded.state, sent_at = excluded.sent_at, updated_at = excluded.updated_at,"
    " expires_at = excluded.expires_at, message = excluded.message, person_id = excluded.person_id,"
    " person_name = excluded.person_name, person_headline = excluded.person_headline,"
    " person_company = excluded.person_company, person_location = excluded.person_location,"
    " version = excluded.version, sync_generation = excluded.sync_generation"_s;

} // namespace

InvitationStore::InvitationStore(CacheDatabase &db, const AccountStore &account, const Clock &clock, QObject *parent)
    : QObject(parent), m_db(db), m_account(account), m_clock(clock)
{
}

CacheResult<QList<CachedInvitation>> InvitationStore::invitations(Direction direction, InvitationState state) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    QString error;
    if (!Sql::prepare(query, u"SELECT "_s + invitationColumns
                                 + u" FROM invitations WHERE direction = ? AND COALESCE(local_state, state) = ?"_s,
                      &error))
        return CacheError{error};
    query.addBindValue(static_cast<int>(direction));
    query.addBindValue(static_cast<int>(state));
    if (!Sql::read(query, &error))
        return CacheError{error};
    return readRows(query);
}

CacheResult<QStringList> InvitationStore::oldestPendingSent(const QDateTime &sentBefore, int limit) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    QString error;
    if (!Sql::prepare(query, u"SELECT id FROM invitations WHERE direction = ? AND COALESCE(local_state, state) = ?"
                             " AND local_state IS NULL AND sent_at < ? ORDER BY sent_at, id LIMIT ?"_s,
                      &error))
        return CacheError{error};
    query.addBindValue(static_cast<int>(Direction::Sent));
    query.addBindValue(static_cast<int>(InvitationState::Pending));
    query.addBindValue(sentBefore.toMSecsSinceEpoch());
    query.addBindValue(limit);
    if (!Sql::read(query, &error))
        return CacheError{error};
    QStringList ids;
    while (query.next())
        ids.append(query.value(0).toString());
    return ids;
}

CacheResult<int> InvitationStore::pendingSentExpiringBefore(const QDateTime &before) const
{
    QSqlQuery query(m_db.connection());
    QString error;
    if (!Sql::prepare(query, u"SELECT count(*) FROM invitations WHERE direction = ? AND COALESCE(local_state, state) = ?"
                             " AND expires_at > ? AND expires_at <= ?"_s,
                      &error))
        return CacheError{error};
    query.addBindValue(static_cast<int>(Direction::Sent));
    query.addBindValue(static_cast<int>(InvitationState::Pending));
    query.addBindValue(m_clock.now().toMSecsSinceEpoch());
    query.addBindValue(before.toMSecsSinceEpoch());
    if (!Sql::read(query, &error) || !query.next())
        return CacheError{error};
    return query.value(0).toInt();
}

sqlite3 *InvitationStore::handle() const
{
    const QVariant handle = m_db.connection().driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

CacheResult<std::vector<InvitationTable>> InvitationStore::tables(const std::vector<ListKey> &lists) const
{
    sqlite3 *db = handle();
    if (!db)
        return CacheError{CacheText::tr("The cache file cannot be read (no SQLite connection).")};
    return InvitationTables::read(db, lists);
}

CacheResult<ListPreview> InvitationStore::preview(ListKey list, int newest) const
{
    sqlite3 *db = handle();
    if (!db)
        return CacheError{CacheText::tr("The cache file cannot be read (no SQLite connection).")};
    return InvitationTables::preview(db, list, newest);
}

CacheResult<InvitationStats> InvitationStore::sentStats(InvitationStatsCounter counter) const
{
    sqlite3 *db = handle();
    if (!db)
        return CacheError{CacheText::tr("The cache file cannot be read (no SQLite connection).")};
    return InvitationTables::sentStats(db, std::move(counter));
}

QString InvitationStore::path() const
{
    return m_db.path();
}

CacheResult<QList<CachedInvitation>> InvitationStore::invitationsById(const QStringList &ids) const
{
    // Every list model asks for the same ids while invitationsChanged is delivered:
    // one read serves them all (three reads of 1,000 rows were most of a bulk
    // withdrawal's longest stall).
    if (m_announced && ids == m_announced->ids) {
        if (!m_announced->rows)
            m_announced->rows = readById(ids);
        return *m_announced->rows;
    }
    return readById(ids);
}

void InvitationStore::announceChanged(const QStringList &ids)
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

CacheResult<QList<CachedInvitation>> InvitationStore::readById(const QStringList &ids) const
{
    if (ids.isEmpty())
        return QList<CachedInvitation>();
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    QString error;
    if (!Sql::prepare(query, u"SELECT "_s + invitationColumns
                                 + u" FROM invitations WHERE id IN (SELECT value FROM json_each(?))"_s,
                      &error))
        return CacheError{error};
    query.addBindValue(Sql::jsonList(ids));
    if (!Sql::read(query, &error))
        return CacheError{error};
    return readRows(query);
}

CacheResult<std::optional<QDateTime>> InvitationStore::reinviteAvailableAt(const QString &personId) const
{
    QSqlQuery query(m_db.connection());
    QString error;
    if (!Sql::prepare(query, u"SELECT max(COALESCE(local_changed_at, updated_at)) AS withdrawn_at FROM invitations"
                             " WHERE person_id = ? AND direction = ? AND COALESCE(local_state, state) = ?"_s,
                      &error))
        return CacheError{error};
    query.addBindValue(personId);
    query.addBindValue(static_cast<int>(Direction::Sent));
    query.addBindValue(static_cast<int>(InvitationState::Withdrawn));
    if (!Sql::read(query, &error))
        return CacheError{error};
    if (!query.next() || query.value(u"withdrawn_at"_s).isNull())
        return std::optional<QDateTime>();
    const auto available = m_account.rules().reinviteAvailableAt(Sql::fromMsecs(query.value(u"withdrawn_at"_s)));
    if (available <= m_clock.now())
        return std::optional<QDateTime>();
    return std::optional<QDateTime>(available);
}

bool InvitationStore::upsert(const Invitation &inv, qint64 syncGeneration, QString *error)
{
    QSqlQuery *prepared = Sql::prepared(m_upsert, m_db.connection(), upsertSql, error);
    if (!prepared)
        return false;
    auto &query = *prepared;
    query.bindValue(u":id"_s, inv.id);
    query.bindValue(u":direction"_s, static_cast<int>(inv.direction));
    query.bindValue(u":state"_s, static_cast<int>(inv.state));
    query.bindValue(u":sent_at"_s, inv.sentAt.toMSecsSinceEpoch());
    query.bindValue(u":updated_at"_s, inv.updatedAt.toMSecsSinceEpoch());
    query.bindValue(u":expires_at"_s, inv.expiresAt.toMSecsSinceEpoch());
    query.bindValue(u":message"_s, Sql::nullableText(inv.message));
    query.bindValue(u":person_id"_s, inv.person.id);
    query.bindValue(u":person_name"_s, Sql::notNull(inv.person.name));
    query.bindValue(u":person_headline"_s, Sql::notNull(inv.person.headline));
    query.bindValue(u":person_company"_s, Sql::notNull(inv.person.company));
    query.bindValue(u":person_location"_s, Sql::notNull(inv.person.location));
    query.bindValue(u":version"_s, inv.version);
    query.bindValue(u":sync_generation"_s, syncGeneration);
    return m_db.run(query, error);
}

bool InvitationStore::remove(const QString &invitationId, QString *error)
{
    QSqlQuery query(m_db.connection());
    if (!Sql::prepare(query, u"DELETE FROM invitations WHERE id = ?"_s, error))
        return false;
    query.addBindValue(invitationId);
    return m_db.run(query, error);
}

} // namespace InviteDesk
