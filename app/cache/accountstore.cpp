#include "cache/accountstore.h"

#include "cache/cachedatabase.h"
#include "cache/sqlsupport.h"
#include "core/invitation.h"
#include "core/wirecodec.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace InviteDesk {

AccountStore::AccountStore(CacheDatabase &db, const Clock &clock, QObject *parent)
    : QObject(parent), m_db(db), m_clock(clock)
{
    loadRules();
}

void AccountStore::reloadAfterChangeElsewhere()
{
    const DomainRules before = m_rules;
    loadRules();
    if (m_rules != before)
        Q_EMIT rulesChanged();
    Q_EMIT accountChanged();
}

void AccountStore::loadRules()
{
    // Rules kept by an older InviteDesk, or damaged, are not worth refusing the cache
    // for: the defaults hold until the server's next answer.
    const auto saved = m_db.meta(u"server_rules"_s);
    if (saved && !saved.value().isNull()) {
        QString error;
        const auto document = QJsonDocument::fromJson(saved.value().toString().toUtf8());
        if (const auto rules = Wire::decodeRules(document.object(), &error))
            m_rules = *rules;
    }
}

CacheResult<AccountSnapshot> AccountStore::snapshot(PendingCounts counts) const
{
    AccountSnapshot snapshot;
    QString error;
    QSqlQuery query(m_db.connection());
    if (counts == PendingCounts::Counted) {
        if (!Sql::prepare(query, u"SELECT direction, count(*) AS rows FROM invitations"
                                 " WHERE COALESCE(local_state, state) = ? GROUP BY direction"_s,
                          &error))
            return CacheError{error};
        query.addBindValue(static_cast<int>(InvitationState::Pending));
        if (!Sql::read(query, &error))
            return CacheError{error};
        while (query.next()) {
            const auto direction = static_cast<Direction>(query.value(u"direction"_s).toInt());
            (direction == Direction::Sent ? snapshot.pendingSent : snapshot.pendingReceived) =
                query.value(u"rows"_s).toInt();
        }
    }
    if (!Sql::prepare(query, u"SELECT count(*) AS rows FROM outbox"_s, &error) || !Sql::read(query, &error))
        return CacheError{error};
    if (query.next())
        snapshot.queuedActions = query.value(u"rows"_s).toInt();

    QVariantMap meta;
    for (const auto &key : {u"connection_count"_s, u"user_name"_s, u"weekly_limit"_s, u"weekly_used"_s,
                            u"last_synced_at"_s}) {
        const auto value = m_db.meta(key);
        if (!value)
            return value.error();
        meta.insert(key, value.value());
    }
    snapshot.connections = meta.value(u"connection_count"_s).toInt();
    snapshot.userName = meta.value(u"user_name"_s).toString();
    // The server's count as of the last sync, or ours if invitations were sent (or
    // queued) since: whichever is higher.
    const QDateTime now = m_clock.now();
    DomainRules rules = m_rules;
    if (const int serverLimit = meta.value(u"weekly_limit"_s).toInt(); serverLimit > 0)
        rules.weeklyInviteLimit = serverLimit;
    QList<QDateTime> sentThisWeek;
    // Every shown state named, so the index on (direction, shown state, sent_at) finds
    // the week's rows instead of a scan of a million.
    if (!Sql::prepare(query,
                      u"SELECT sent_at FROM invitations WHERE direction = ?"
                      " AND COALESCE(local_state, state) IN (%1, %2, %3, %4, %5) AND sent_at > ?"_s
                          .arg(static_cast<int>(InvitationState::Pending))
                          .arg(static_cast<int>(InvitationState::Accepted))
                          .arg(static_cast<int>(InvitationState::Ignored))
                          .arg(static_cast<int>(InvitationState::Withdrawn))
                          .arg(static_cast<int>(InvitationState::Expired)),
                      &error))
        return CacheError{error};
    query.addBindValue(static_cast<int>(Direction::Sent));
    query.addBindValue(rules.weeklyWindowStart(now).toMSecsSinceEpoch());
    if (!Sql::read(query, &error))
        return CacheError{error};
    while (query.next())
        sentThisWeek.append(Sql::fromMsecs(query.value(u"sent_at"_s)));
    snapshot.weeklyInvitesUsed =
        std::max(meta.value(u"weekly_used"_s).toInt(), static_cast<int>(sentThisWeek.size()));
    snapshot.weeklyInvitesLimit = rules.weeklyInviteLimit;
    if (const QDateTime allowed = rules.nextInviteAllowedAt(sentThisWeek, now); allowed > now)
        snapshot.nextInviteAllowedAt = allowed;
    if (const auto synced = meta.value(u"last_synced_at"_s); !synced.isNull())
        snapshot.lastSyncedAt = Sql::fromMsecs(synced);
    return snapshot;
}

CacheResult<QList<Suggestion>> AccountStore::suggestions() const
{
    QSqlQuery query(m_db.connection());
    QString error;
    if (!Sql::prepare(query, u"SELECT person_id, name, headline, company, location, reinvite_available_at"
                             " FROM suggestions ORDER BY position"_s,
                      &error)
        || !Sql::read(query, &error))
        return CacheError{error};
    const QSqlRecord record = query.record();
    const int personId = record.indexOf(u"person_id"_s);
    const int name = record.indexOf(u"name"_s);
    const int headline = record.indexOf(u"headline"_s);
    const int company = record.indexOf(u"company"_s);
    const int location = record.indexOf(u"location"_s);
    const int reinviteAt = record.indexOf(u"reinvite_available_at"_s);
    QList<Suggestion> list;
    while (query.next()) {
        Suggestion suggestion{Person{query.value(personId).toString(), query.value(name).toString(),
                                     query.value(headline).toString(), query.value(company).toString(),
                                     query.value(location).toString()},
                              std::nullopt};
        if (!query.value(reinviteAt).isNull())
            suggestion.reinviteAvailableAt = Sql::fromMsecs(query.value(reinviteAt));
        list.append(suggestion);
    }
    return list;
}

bool AccountStore::saveAccount(const QString &userName, int weeklyUsed, int weeklyLimit,
                               const std::optional<DomainRules> &rules, QString *error)
{
    const bool rulesChanged = rules && *rules != m_rules;
    const bool ok = m_db.inTransaction(error, [&] {
        return m_db.setMeta(u"user_name"_s, userName, error) && m_db.setMeta(u"weekly_used"_s, weeklyUsed, error)
            && m_db.setMeta(u"weekly_limit"_s, weeklyLimit, error)
            && (!rulesChanged
                || m_db.setMeta(u"server_rules"_s,
                                QString::fromUtf8(
                                    QJsonDocument(Wire::encodeRules(*rules)).toJson(QJsonDocument::Compact)),
                                error));
    });
    if (!ok)
        return false;
    if (rulesChanged) {
        m_rules = *rules;
        Q_EMIT this->rulesChanged();
    }
    Q_EMIT accountChanged();
    return true;
}

bool AccountStore::saveSuggestions(const QList<Suggestion> &suggestions, QString *error)
{
    const bool ok = m_db.inTransaction(error, [&] {
        QSqlQuery query(m_db.connection());
        if (!Sql::prepare(query, u"DELETE FROM suggestions"_s, error) || !m_db.run(query, error))
            return false;
        if (!Sql::prepare(query,
                          u"INSERT INTO suggestions (position, person_id, name, headline, company, location,"
                          " reinvite_available_at) VALUES (?,?,?,?,?,?,?)"_s,
                          error))
            return false;
        int position = 0;
        for (const auto &suggestion : suggestions) {
            query.bindValue(0, position++);
            query.bindValue(1, suggestion.person.id);
            query.bindValue(2, Sql::notNull(suggestion.person.name));
            query.bindValue(3, Sql::notNull(suggestion.person.headline));
            query.bindValue(4, Sql::notNull(suggestion.person.company));
            query.bindValue(5, Sql::notNull(suggestion.person.location));
            query.bindValue(6, suggestion.reinviteAvailableAt
                                   ? QVariant(suggestion.reinviteAvailableAt->toMSecsSinceEpoch())
                                   : QVariant(QMetaType(QMetaType::LongLong)));
            if (!m_db.run(query, error))
                return false;
        }
        return true;
    });
    if (ok)
        Q_EMIT accountChanged();
    return ok;
}

bool AccountStore::saveConnectionCount(int count, QString *error)
{
    const bool ok = m_db.setMeta(u"connection_count"_s, count, error);
    if (ok)
        Q_EMIT accountChanged();
    return ok;
}

namespace {

QString metaKey(AccountStore::DailyTask task)
{
    switch (task) {
    case AccountStore::DailyTask::AutoWithdrawal:
        return u"last_auto_withdrawal"_s;
    case AccountStore::DailyTask::ExpiryReminder:
        return u"last_expiry_reminder"_s;
    }
    Q_UNREACHABLE();
}

} // namespace

CacheResult<QDateTime> AccountStore::lastDone(DailyTask task) const
{
    const auto value = m_db.meta(metaKey(task));
    if (!value)
        return value.error();
    return value.value().isNull() ? QDateTime() : Sql::fromMsecs(value.value());
}

bool AccountStore::saveLastDone(DailyTask task, const QDateTime &time, QString *error)
{
    return m_db.setMeta(metaKey(task), time.toMSecsSinceEpoch(), error);
}

bool AccountStore::dropSuggestion(const QString &personId, QString *error)
{
    QSqlQuery query(m_db.connection());
    if (!Sql::prepare(query, u"DELETE FROM suggestions WHERE person_id = ?"_s, error))
        return false;
    query.addBindValue(personId);
    return m_db.run(query, error);
}

bool AccountStore::restoreSuggestion(const QString &placeholderInvitationId, QString *error)
{
    // The person of an invitation that was never sent goes back among the suggestions.
    QSqlQuery query(m_db.connection());
    if (!Sql::prepare(query,
                      u"INSERT INTO suggestions (position, person_id, name, headline, company, location)"
                      " SELECT (SELECT COALESCE(max(position), 0) + 1 FROM suggestions), person_id, person_name,"
                      " person_headline, person_company, person_location FROM invitations WHERE id = ?"_s,
                      error))
        return false;
    query.addBindValue(placeholderInvitationId);
    return m_db.run(query, error);
}

} // namespace InviteDesk
