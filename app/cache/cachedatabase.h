#pragma once

#include "cache/cacheerror.h"
#include "cache/cachewritehealth.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>

namespace InviteDesk {

// The one SQLite connection of an account's cache, shared by its stores: opened with
// foreign keys, WAL and full sync, migrated to the current schema, and a small
// key-value table (meta) for the figures that are not rows. Lives on the thread that
// opened it.
class CacheDatabase final
{
public:
    static std::unique_ptr<CacheDatabase> open(const QString &path, QString *error);
    ~CacheDatabase();
    Q_DISABLE_COPY_MOVE(CacheDatabase)

    QSqlDatabase &connection() { return m_db; }
    QString path() const { return m_db.databaseName(); }

    // Runs `body` in one transaction; rolls back when it fails.
    bool inTransaction(QString *error, const std::function<bool()> &body);
    // Runs a statement that writes; the sentence in *error when it fails (the disk's
    // own when it is full, failing or read-only: writeHealth() then says so too).
    bool run(QSqlQuery &query, QString *error);
    // A null value when the key was never set.
    CacheResult<QVariant> meta(const QString &key);
    bool setMeta(const QString &key, const QVariant &value, QString *error);
    // Changes whenever another connection (another process) commits to the file.
    CacheResult<qint64> dataVersion();
    CacheWriteHealth &writeHealth() { return m_health; }

private:
    explicit CacheDatabase(QSqlDatabase db);
    // The sentence for a write SQLite refused with `error`.
    QString writeFailure(const QSqlError &error);
    void probeWrite();

    QSqlDatabase m_db;
    CacheWriteHealth m_health;
    bool m_inTransaction = false;
};

} // namespace InviteDesk
