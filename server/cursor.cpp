#include "server/cursor.h"

#include <QByteArray>

namespace InviteDesk::Server {

namespace {
constexpr QChar separator = u'\x1f';
constexpr auto encoding = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
} // namespace

QString packCursor(const QStringList &fields)
{
    return QString::fromLatin1(fields.join(separator).toUtf8().toBase64(encoding));
}

std::optional<QStringList> unpackCursor(const QString &cursor, qsizetype fieldCount)
{
    if (cursor.isEmpty() || cursor.size() > 512)
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(cursor.toLatin1(),
                                                        encoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QStringList fields = QString::fromUtf8(*decoded).split(separator);
    if (fields.size() != fieldCount)
        return std::nullopt;
    return fields;
}

QString packPosition(const KeysetPosition &position)
{
    return packCursor({QString::number(position.time), position.id});
}

std::optional<KeysetPosition> unpackPosition(const QString &cursor)
{
    const auto fields = unpackCursor(cursor, 2);
    if (!fields)
        return std::nullopt;
    bool ok = false;
    const qint64 time = fields->at(0).toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return KeysetPosition{time, fields->at(1)};
}

} // namespace InviteDesk::Server
