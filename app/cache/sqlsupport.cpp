#include "cache/sqlsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace InviteDesk::Sql {

QDateTime fromMsecs(const QVariant &value)
{
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QVariant nullableText(const std::optional<QString> &text)
{
    return text ? QVariant(*text) : QVariant(QMetaType(QMetaType::QString));
}

QString notNull(const QString &text)
{
    return text.isNull() ? QString(u""_s) : text;
}

QString jsonList(const QStringList &values)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact));
}

QString jsonList(const QList<qint64> &values)
{
    QJsonArray array;
    for (const qint64 value : values)
        array.append(value);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

bool prepare(QSqlQuery &query, const QString &sql, QString *error)
{
    if (query.prepare(sql))
        return true;
    *error = CacheText::tr("The local cache could not be read (%1).")
                 .arg(query.lastError().text());
    return false;
}

QSqlQuery *prepared(std::optional<QSqlQuery> &slot, const QSqlDatabase &db, const QString &sql, QString *error)
{
    if (!slot) {
        slot.emplace(db);
        if (!prepare(*slot, sql, error)) {
            slot.reset();
            return nullptr;
        }
    }
    return &*slot;
}

bool read(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    *error = CacheText::tr("The local cache could not be read (%1).")
                 .arg(query.lastError().text());
    return false;
}

} // namespace InviteDesk::Sql
