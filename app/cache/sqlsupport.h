#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <optional>

namespace InviteDesk {

// The translation context of the cache's sentences.
class CacheText
{
    Q_DECLARE_TR_FUNCTIONS(InviteDesk::Cache)
};

} // namespace InviteDesk

// Small helpers the cache's stores share for binding, reading and reporting.
namespace InviteDesk::Sql {

QDateTime fromMsecs(const QVariant &value);
// A null value for a missing text (SQL NULL), the text otherwise.
QVariant nullableText(const std::optional<QString> &text);
// Qt binds a null QString as SQL NULL; NOT NULL text columns get an empty string.
QString notNull(const QString &text);
// Values bound as one JSON array, for "IN (SELECT value FROM json_each(?))": Qt hands
// SQLite every "?" as a named placeholder, so a statement with hundreds of them took
// milliseconds to prepare (quadratic), and one statement per value costs more still.
QString jsonList(const QStringList &values);
QString jsonList(const QList<qint64> &values);

// Each gives a sentence for the user in *error when it fails.
bool prepare(QSqlQuery &query, const QString &sql, QString *error);
// A statement run for every row or action, prepared on first use and kept in `slot`
// (preparing cost more than running it); null with the sentence when it fails.
QSqlQuery *prepared(std::optional<QSqlQuery> &slot, const QSqlDatabase &db, const QString &sql, QString *error);
// A statement that reads (a write goes through CacheDatabase::run).
bool read(QSqlQuery &query, QString *error);

} // namespace InviteDesk::Sql
