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

} // namespace InviteDesk::Server
