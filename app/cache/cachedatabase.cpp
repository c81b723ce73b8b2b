#include "cache/cachedatabase.h"

#include "cache/cacheschema.h"
#include "cache/sqlsupport.h"
#include "core/ownerfiles.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QUuid>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace InviteDesk {

namespace {

enum class DiskFault { None, Full, Failing, ReadOnly };

// What a refused statement says of the disk under `path` (Qt gives SQLite's primary
// result code: the extended ones are off).
DiskFault diskFault(const QSqlError &error, const QString &path)
{
    switch (error.nativeErrorCode().toInt() & 0xff) {
    case SQLITE_FULL:
        return DiskFault::Full;
    case SQLITE_IOERR: {
        // A full disk often reaches SQLite as an I/O error (growing the -shm file).
        const QStorageInfo disk(QFileInfo(path).absolutePath());
        return disk.isValid() && disk.bytesAvailable() < 64 * 1024 ? DiskFault::Full : DiskFault::Failing;
    }
    case SQLITE_READONLY:
        return DiskFault::ReadOnly;
    default:
        return DiskFault::None;
    }
}

QString folderOf(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absolutePath());
}

} // namespace

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
        if (pragmas.exec(pragma))
            continue;
        // Opening a cache in WAL mode writes (its -shm file): a full disk stops it here.
        switch (diskFault(pragmas.lastError(), path)) {
        case DiskFault::Full:
            return fail(CacheText::tr("The disk that holds the cache (%1) is full: the cache cannot be opened until "
                                      "there is room again; nothing in it is lost.")
                            .arg(folderOf(path)));
        case DiskFault::Failing:
            return fail(CacheText::tr("The disk that holds the cache (%1) fails: the cache cannot be opened until it "
                                      "works again; nothing in it is lost.")
                            .arg(folderOf(path)));
        case DiskFault::ReadOnly:
        case DiskFault::None:
            break;
        }
        return fail(CacheText::tr("%1 is not a usable cache (%2).").arg(path, pragmas.lastError().text()));
    }
    pragmas.finish();
    QString schemaError;
    if (!CacheSchema::migrate(db, &schemaError))
        return fail(schemaError);
    return std::unique_ptr<CacheDatabase>(new CacheDatabase(db));
}

CacheDatabase::CacheDatabase(QSqlDatabase db) : m_db(std::move(db)), m_health([this] { probeWrite(); }) {}

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
    m_inTransaction = true;
    const bool done = body();
    m_inTransaction = false;
    if (!done) {
        m_db.rollback();
        return false;
    }
    // COMMIT as a statement, not QSqlDatabase::commit(): only a statement's error keeps
    // SQLite's code, which tells a full or failing disk from the rest.
    QSqlQuery commit(m_db);
    if (!commit.exec(u"COMMIT"_s)) {
        *error = writeFailure(commit.lastError());
        m_db.rollback();
        return false;
    }
    m_health.noteWritten();
    return true;
}

bool CacheDatabase::run(QSqlQuery &query, QString *error)
{
    if (!query.exec()) {
        *error = writeFailure(query.lastError());
        return false;
    }
    // Inside a transaction nothing is on the disk before the commit.
    if (!m_inTransaction)
        m_health.noteWritten();
    return true;
}

QString CacheDatabase::writeFailure(const QSqlError &error)
{
    const QString folder = folderOf(path());
    QString sentence;
    switch (diskFault(error, path())) {
    case DiskFault::Full:
        sentence = CacheText::tr("The disk that holds the cache (%1) is full: nothing new can be saved until there "
                                 "is room again; what you see and what is queued are kept.")
                       .arg(folder);
        break;
    case DiskFault::Failing:
        sentence = CacheText::tr("The disk that holds the cache (%1) fails to write: nothing new can be saved until "
                                 "it works again; what you see and what is queued are kept.")
                       .arg(folder);
        break;
    case DiskFault::ReadOnly:
        sentence = CacheText::tr("The cache in %1 has become read-only: nothing new can be saved until it can be "
                                 "written again; what you see and what is queued are kept.")
                       .arg(folder);
        break;
    case DiskFault::None:
        return CacheText::tr("The local cache could not be written (%1).").arg(error.text());
    }
    m_health.noteFailure(sentence);
    return sentence;
}

void CacheDatabase::probeWrite()
{
    QString error;
    inTransaction(&error, [&] { return setMeta(u"write_check"_s, QDateTime::currentMSecsSinceEpoch(), &error); });
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
    return run(query, error);
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
