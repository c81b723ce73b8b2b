#include "server/databasemigrator.h"

#include "server/databaseerror.h"
#include "server/serverdatabase.h"
#include "server/serverschema.h"
#include "server/statement.h"
#include "server/writetransaction.h"

using namespace Qt::StringLiterals;

namespace InviteDesk::Server {

std::optional<QStringList> DatabaseMigrator::copy(ServerDatabase &from, ServerDatabase &to, QString *error)
{
    QStringList copied;
    try {
        WriteTransaction transaction(to);
        const QSqlDatabase &target = transaction.db();
        const QSqlDatabase source = from.connection();

        Statement existing = prepareQuery(target, u"SELECT (SELECT COUNT(*) FROM people) + (SELECT COUNT(*) FROM tokens)"_s);
        execQuery(existing);
        if (existing.next() && existing.value(0).toLongLong() > 0) {
            *error = u"%1 already holds data; migrate copies into an empty database only"_s.arg(to.displayName());
            return std::nullopt;
        }
        existing.finish();

        for (const ServerSchema::Table &table : ServerSchema::tables()) {
            const QString columns = table.columns.join(u", "_s);
            if (table.name == u"meta") {
                // The epoch and the secret keep sync tokens valid; the counter continues the feed.
                Statement read = prepareQuery(source,
                    u"SELECT key, value FROM meta WHERE key IN ('epoch', 'sync_secret', 'change_seq')"_s);
                execQuery(read);
                Statement write = prepareQuery(target, u"UPDATE meta SET value = ? WHERE key = ?"_s);
                while (read.next()) {
                    write.addBindValue(read.value(1));
                    write.addBindValue(read.value(0));
                    execQuery(write);
                }
                continue;
            }
            QStringList placeholders;
            placeholders.fill(u"?"_s, table.columns.size());
            Statement read = prepareQuery(source, u"SELECT %1 FROM %2"_s.arg(columns, table.name));
            Statement write = prepareQuery(target,
                u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(table.name, columns, placeholders.join(u", "_s)));
            execQuery(read);
            qint64 rows = 0;
            while (read.next()) {
                for (qsizetype column = 0; column < table.columns.size(); ++column)
                    write.addBindValue(read.value(static_cast<int>(column)));
                execQuery(write);
                ++rows;
            }
            copied.append(u"%1 %2"_s.arg(rows).arg(table.name));
        }
        if (to.isPostgreSQL()) {
            // Ids given explicitly leave the identity behind; new rows continue after them.
            execStatement(target, u"SELECT setval(pg_get_serial_sequence('notifications', 'id'),"
                                  " COALESCE((SELECT MAX(id) FROM notifications), 0) + 1, false)"_s);
        }
        transaction.commit();
    } catch (const DatabaseError &e) {
        *error = u"cannot copy %1 into %2: %3"_s.arg(from.displayName(), to.displayName(), QString::fromUtf8(e.what()));
        return std::nullopt;
    }
    return copied;
}

} // namespace InviteDesk::Server
