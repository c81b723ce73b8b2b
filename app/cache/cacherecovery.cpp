#include "cache/cacherecovery.h"

#include "cache/cachedatabase.h"
#include "cache/cacheschema.h"
#include "cache/sqlsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace InviteDesk {

namespace {

struct CloseSqlite
{
    void operator()(sqlite3 *db) const { sqlite3_close_v2(db); }
};
using SqliteHandle = std::unique_ptr<sqlite3, CloseSqlite>;

// The file read-only, without creating it; null when SQLite cannot even open it.
SqliteHandle openReadOnly(const QString &path)
{
    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    SqliteHandle handle(db);
    if (rc != SQLITE_OK)
        return nullptr;
    sqlite3_busy_timeout(db, 5000);
    return handle;
}

// Why reading the file failed, as SQLite's extended code (SQLITE_OK when it did not).
using ReadFailure = int;

// The first column of each row `sql` gives, as text, until the first error: SQLITE_OK,
// or the code of that error.
ReadFailure readColumn(sqlite3 *db, const char *sql, QStringList *rows)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) != SQLITE_OK)
        return sqlite3_extended_errcode(db);
    int rc;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW)
        rows->append(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0))));
    sqlite3_finalize(statement);
    return rc == SQLITE_DONE ? SQLITE_OK : sqlite3_extended_errcode(db);
}

// Whether a read failed because of what the file holds (garbage, cut off), not because
// of the disk or the machine (full, failing, busy, out of memory): only then is the
// file set aside.
bool isTheFile(ReadFailure failure)
{
    return (failure & 0xff) == SQLITE_NOTADB || (failure & 0xff) == SQLITE_CORRUPT
           || failure == SQLITE_IOERR_SHORT_READ;
}

// The outbox columns every schema version has, in the order the copy inserts them.
constexpr auto outboxColumns = "kind, invitation_id, person_id, person_name, message, idempotency_key, created_at,"
                               " not_before, attempts, next_attempt_at, last_error";

} // namespace

std::optional<QString> CacheRecovery::damage(const QString &path)
{
    if (!QFileInfo::exists(path) || QFileInfo(path).size() == 0)
        return std::nullopt;
    const QString name = QDir::toNativeSeparators(path);
    const auto db = openReadOnly(path);
    if (!db)
        return std::nullopt; // not even opened: the folder, the disk, the machine
    const auto notADatabase = [&](ReadFailure failure) -> std::optional<QString> {
        if (!isTheFile(failure))
            return std::nullopt;
        return CacheText::tr("The cache %1 is damaged: it is not a database any more.").arg(name);
    };
    QStringList values;
    for (const char *pragma : {"PRAGMA application_id", "PRAGMA user_version"}) {
        if (const ReadFailure failure = readColumn(db.get(), pragma, &values))
            return notADatabase(failure);
    }
    const int applicationId = values.value(0).toInt();
    const int version = values.value(1).toInt();
    if (version == 0 && applicationId == 0) {
        QStringList tables;
        if (const ReadFailure failure = readColumn(db.get(), "SELECT count(*) FROM sqlite_master", &tables))
            return notADatabase(failure);
        if (tables.value(0).toInt() == 0)
            return std::nullopt; // an empty file SQLite made: a cache about to be created
    }
    if (applicationId != CacheSchema::applicationId)
        return CacheText::tr("%1 is not an InviteDesk cache (another program's database).").arg(name);
    if (version > CacheSchema::currentVersion)
        return CacheText::tr("The cache %1 was written by a newer InviteDesk (schema %2, this one knows %3).")
            .arg(name)
            .arg(version)
            .arg(CacheSchema::currentVersion);
    QStringList check;
    const ReadFailure failure = readColumn(db.get(), "PRAGMA quick_check", &check);
    if (failure && !isTheFile(failure))
        return std::nullopt;
    if (failure || check != QStringList{u"ok"_s})
        return CacheText::tr("The cache %1 is damaged: some of its pages cannot be read.").arg(name);
    return std::nullopt;
}

std::optional<CacheRecovery::SetAside> CacheRecovery::setAside(const QString &path, const QString &why,
                                                                const QDateTime &now, QString *error)
{
    // What is still readable of the queue, before the file moves.
    QList<QStringList> queued;
    bool queueRead = false;
    if (const auto damaged = openReadOnly(path)) {
        sqlite3_stmt *statement = nullptr;
        const QByteArray sql = "SELECT "_ba + outboxColumns + " FROM outbox ORDER BY id";
        if (sqlite3_prepare_v2(damaged.get(), sql.constData(), -1, &statement, nullptr) == SQLITE_OK) {
            int rc;
            while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
                QStringList row;
                for (int column = 0; column < sqlite3_column_count(statement); ++column) {
                    row.append(sqlite3_column_type(statement, column) == SQLITE_NULL
                                   ? QString()
                                   : QString::fromUtf8(
                                         reinterpret_cast<const char *>(sqlite3_column_text(statement, column))));
                }
                queued.append(row);
            }
            queueRead = rc == SQLITE_DONE;
            sqlite3_finalize(statement);
        }
    }

    const QString keptAs = path + u".damaged-"_s + now.toUTC().toString(u"yyyyMMdd-HHmmss"_s);
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s}) {
        if (QFile::exists(path + suffix) && !QFile::rename(path + suffix, keptAs + suffix)) {
            *error = CacheText::tr("%1 The damaged file cannot be moved aside to %2.")
                         .arg(why, QDir::toNativeSeparators(keptAs + suffix));
            return std::nullopt;
        }
    }

    const auto fresh = CacheDatabase::open(path, error);
    if (!fresh)
        return std::nullopt;
    const bool copied = fresh->inTransaction(error, [&] {
        QSqlQuery insert(fresh->connection());
        if (!Sql::prepare(insert,
                          u"INSERT OR IGNORE INTO outbox (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s.arg(
                              QLatin1StringView(outboxColumns)),
                          error))
            return false;
        for (const QStringList &row : std::as_const(queued)) {
            for (int column = 0; column < row.size(); ++column)
                insert.bindValue(column, row[column].isNull() ? QVariant() : QVariant(row[column]));
            if (!insert.exec()) {
                *error = CacheText::tr("The queued actions cannot be copied into the new cache (%1).")
                             .arg(insert.lastError().text());
                return false;
            }
        }
        return true;
    });
    if (!copied)
        return std::nullopt;
    SetAside result{keptAs, static_cast<int>(queued.size()), {}};
    const QString where = QDir::toNativeSeparators(keptAs);
    if (result.keptActions > 0) {
        result.sentence = CacheText::tr("%1 It was kept as %2 and InviteDesk fetches everything again from the "
                                        "server; %n queued action(s) were kept and will be sent.",
                                        nullptr, result.keptActions)
                              .arg(why, where);
    } else if (queueRead) {
        result.sentence =
            CacheText::tr("%1 It was kept as %2 and InviteDesk fetches everything again from the server.")
                .arg(why, where);
    } else {
        result.sentence = CacheText::tr("%1 It was kept as %2 and InviteDesk fetches everything again from the "
                                        "server; the actions that were waiting to be sent could not be read "
                                        "from it.")
                              .arg(why, where);
    }
    return result;
}

} // namespace InviteDesk
