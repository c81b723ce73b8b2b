#include "cache/cachedatabase.h"

#include "cache/cacheschema.h"
#include "cache/sqlsupport.h"
#include "core/ownerfiles.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace InviteDesk {

std::unique_ptr<CacheDatabase> CacheDatabase::open(const QString &path, QString *error)
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
    // What the user sent, received and queued is nobody else's business on this machine.
    QString why;
    if (!OwnerFiles::makeFilePrivate(path, &why))
        return fail(CacheText::tr("The cache %1 cannot be opened (%2).").arg(path, why));
    if (!db.open())
        return fail(CacheText::tr("The cache %1 cannot be opened (%2).").arg(path, db.lastError().text()));
    QSqlQuery pragmas(db);
    // WAL keeps every committed transaction through a kill; FULL through a power cut.
    for (const auto &pragma : {u"PRAGMA foreign_keys = ON"_s, u"PRAGMA journal_mode = WAL"_s,
                               u"PRAGMA synchronous = FULL"_s}) {
        if (!pragmas.exec(pragma))
            return fail(CacheText::tr("%1 is not a usable cache (%2).").arg(path, pragmas.lastError().text()));
    }
    pragmas.finish();
    QString schemaError;
    if (!CacheSchema::migrate(db, &schemaError))
        return fail(schemaError);
    return std::unique_ptr<CacheDatabase>(new CacheDatabase(db));
}

CacheDatabase::CacheDatabase(QSqlDatabase db) : m_db(std::move(db)) {}

CacheDatabase::~CacheDatabase()
{
    const QString connection = m_db.connectionName();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(connection);
}

bool CacheDatabase::inTransaction(QString *error, const std::function<bool()> &body)
{
    if (!m_db.transaction()) {
        *error = CacheText::tr("The local cache is busy or read-only (%1).").arg(m_db.lastError().text());
        return false;
    }
    if (!body()) {
        m_db.rollback();
        return false;
    }
    if (!m_db.commit()) {
        *error = CacheText::tr("The local cache could not be saved (%1).").arg(m_db.lastError().text());
        m_db.rollback();
        return false;
    }
    return true;
}

CacheResult<QVariant> CacheDatabase::meta(const QString &key)
{
    QSqlQuery query(m_db);
    QString error;
    if (!Sql::prepare(query, u"SELECT value FROM meta WHERE key = ?"_s, &error))
        return CacheError{error};
    query.addBindValue(key);
    if (!Sql::read(query, &error))
        return CacheError{error};
    return query.next() ? query.value(0) : QVariant();
}

bool CacheDatabase::setMeta(const QString &key, const QVariant &value, QString *error)
{
    QSqlQuery query(m_db);
    if (!Sql::prepare(query,
                      u"INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s,
                      error))
        return false;
    query.addBindValue(key);
    query.addBindValue(value);
    return Sql::run(query, error);
}

CacheResult<qint64> CacheDatabase::dataVersion()
{
    QSqlQuery query(m_db);
    QString error;
    if (!Sql::prepare(query, u"PRAGMA data_version"_s, &error) || !Sql::read(query, &error))
        return CacheError{error};
    return query.next() ? query.value(0).toLongLong() : 0;
}

} // namespace InviteDesk
