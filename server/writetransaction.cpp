#include "server/writetransaction.h"

#include "server/databaseerror.h"
#include "server/serverdatabase.h"
#include "server/statement.h"

#include <QRandomGenerator>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace InviteDesk::Server {

WriteTransaction::WriteTransaction(ServerDatabase &database, Scope scope)
    : m_database(database)
    , m_db(database.connection())
    , m_scope(scope)
{
    if (scope == Scope::Savepoint) {
        execStatement(m_db, u"SAVEPOINT change"_s);
        return;
    }
    if (std::mutex *writer = database.writeMutex())
        m_lock = std::unique_lock(*writer);
    execStatement(m_db, database.beginWrite());
}

WriteTransaction::~WriteTransaction()
{
    if (m_done)
        return;
    if (m_scope == Scope::Savepoint) {
        QSqlQuery(m_db).exec(u"ROLLBACK TO change"_s);
        QSqlQuery(m_db).exec(u"RELEASE change"_s);
        return;
    }
    QSqlQuery(m_db).exec(u"ROLLBACK"_s);
}

qint64 WriteTransaction::provisionalChangeSeq()
{
    return -1 - static_cast<qint64>(QRandomGenerator::system()->bounded(std::numeric_limits<qint64>::max() - 1));
}

void WriteTransaction::changed(const QString &invitationId)
{
    m_changed.insert(invitationId);
}

void WriteTransaction::commit()
{
    if (!m_changed.empty()) {
        Statement counter = prepareQuery(m_db,
            u"UPDATE meta SET value = CAST(CAST(value AS BIGINT) + ? AS TEXT) WHERE key = 'change_seq'"
            " RETURNING CAST(value AS BIGINT)"_s);
        counter.addBindValue(static_cast<qint64>(m_changed.size()));
        execQuery(counter);
        if (!counter.next())
            throw DatabaseError(u"the meta table has no change sequence"_s);
        qint64 seq = counter.value(0).toLongLong() - static_cast<qint64>(m_changed.size());
        counter.finish();
        Statement stamp = prepareQuery(m_db,
            u"UPDATE invitations SET change_seq = ?,"
            " created_seq = CASE WHEN created_seq < 0 THEN ? ELSE created_seq END WHERE id = ?"_s);
        for (const QString &id : m_changed) {
            ++seq;
            stamp.addBindValue(seq);
            stamp.addBindValue(seq);
            stamp.addBindValue(id);
            execQuery(stamp);
        }
    }
    execStatement(m_db, m_scope == Scope::Savepoint ? u"RELEASE change"_s : u"COMMIT"_s);
    m_done = true;
}

} // namespace InviteDesk::Server
