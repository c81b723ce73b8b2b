#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QLatin1StringView>
#include <QStringView>

namespace InviteDesk::Server {

// Writes compact JSON (UTF-8) straight into one buffer. The server's pages are most of
// its work: building them as QJsonObjects, then serialising, cost about 20 µs per
// invitation; writing the bytes directly costs a small fraction of that. The caller
// keeps the structure right (a key before every value in an object); commas are added
// here.
class JsonWriter final
{
public:
    explicit JsonWriter(qsizetype reserve = 4096);

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    // An object's key; `name` is plain ASCII needing no escapes.
    void key(QLatin1StringView name);

    void value(QStringView text);
    // A fixed word such as "sent": plain ASCII needing no escapes, as a key.
    void value(QLatin1StringView word);
    // Text as UTF-8 bytes (as SQLite stores it): copied, with only JSON's escapes added.
    void value(QByteArrayView utf8);
    void value(qint64 number);
    void value(bool flag);
    void null();
    // Milliseconds since the epoch as RFC 3339 UTC, as Wire::formatTimestamp writes it.
    void timestamp(qint64 msecsSinceEpoch);

    QByteArray take();

private:
    // Room for `bytes` more at the end, written through the pointer and kept with
    // written(): QByteArray::append of one char is an out-of-line insert, a tenth of a
    // page's cost when every brace and digit went through it.
    char *room(qsizetype bytes);
    void written(const char *end) { m_size = end - m_out.constData(); }
    void separate();

    QByteArray m_out; // sized ahead; the first m_size bytes are the JSON so far
    qsizetype m_size = 0;
    bool m_first = true; // nothing written yet in the current object or array
};

} // namespace InviteDesk::Server
