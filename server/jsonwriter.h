#pragma once

#include <QByteArray>
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
    // A literal: without this, u"…" would be taken as a pointer and written as true.
    void value(const char16_t *text) { value(QStringView(text)); }
    void value(qint64 number);
    void value(bool flag);
    void null();
    // Milliseconds since the epoch as RFC 3339 UTC, as Wire::formatTimestamp writes it.
    void timestamp(qint64 msecsSinceEpoch);

    QByteArray take() { return std::move(m_out); }

private:
    void separate();

    QByteArray m_out;
    bool m_first = true; // nothing written yet in the current object or array
};

} // namespace InviteDesk::Server
