#include "server/cursor.h"

#include <QByteArray>
#include <QMessageAuthenticationCode>

namespace InviteDesk::Server {

namespace {
constexpr QChar separator = u'\x1f';
constexpr auto encoding = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QString signature(const QStringList &fields, const QByteArray &key)
{
    const QByteArray mac = QMessageAuthenticationCode::hash(fields.join(separator).toUtf8(), key,
                                                            QCryptographicHash::Sha256);
    return QString::fromLatin1(mac.left(16).toBase64(encoding));
}

// Compares in time that does not depend on where the first difference is.
bool sameSignature(QStringView a, QStringView b)
{
    if (a.size() != b.size())
        return false;
    char16_t difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= a[i].unicode() ^ b[i].unicode();
    return difference == 0;
}
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

QString packSignedCursor(const QStringList &fields, const QByteArray &key)
{
    return packCursor(QStringList(fields) << signature(fields, key));
}

std::optional<QStringList> unpackSignedCursor(const QString &cursor, qsizetype fieldCount, const QByteArray &key)
{
    auto fields = unpackCursor(cursor, fieldCount + 1);
    if (!fields)
        return std::nullopt;
    const QString mac = fields->takeLast();
    if (!sameSignature(mac, signature(*fields, key)))
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
