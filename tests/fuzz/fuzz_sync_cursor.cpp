// The server's page cursors and sync tokens (server/cursor.h), as a client may send
// anything in `cursor` and `since`: unpacking never crashes and never accepts what it
// did not pack; what it packs unpacks to the same fields, and a signed one only under
// its own key.
#include "server/cursor.h"

#include <cstdint>
#include <cstdlib>

using namespace InviteDesk::Server;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString text = QString::fromUtf8(bytes);
    const QByteArray key("0123456789abcdef0123456789abcdef");
    for (qsizetype fields = 1; fields <= 7; ++fields) {
        unpackCursor(text, fields);
        unpackSignedCursor(text, fields, key);
    }
    unpackPosition(text);

    // The input as fields (the separator is U+001F): whatever a server packs comes back
    // unchanged, as long as it is a cursor at all (1 to 512 characters).
    const QStringList fields = text.split(u'\x1f');
    const auto fits = [](const QString &cursor) { return !cursor.isEmpty() && cursor.size() <= 512; };
    if (const QString cursor = packCursor(fields); fits(cursor)) {
        const auto plain = unpackCursor(cursor, fields.size());
        if (!plain || *plain != fields)
            std::abort();
    }
    if (const QString signedCursor = packSignedCursor(fields, key); fits(signedCursor)) {
        const auto verified = unpackSignedCursor(signedCursor, fields.size(), key);
        if (!verified || *verified != fields)
            std::abort();
        if (unpackSignedCursor(signedCursor, fields.size(), QByteArray("another key of thirty-two bytes.")))
            std::abort();
    }
    return 0;
}
