#include "server/jsonwriter.h"

#include <QString>

#include <algorithm>
#include <array>
#include <cstring>
#include <limits>

using namespace Qt::StringLiterals;

namespace InviteDesk::Server {

namespace {

// Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm).
void civilFromDays(qint64 days, qint64 &year, int &month, int &day)
{
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 dayOfEra = days - era * 146097;
    const qint64 yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 monthIndex = (5 * dayOfYear + 2) / 153;
    day = static_cast<int>(dayOfYear - (153 * monthIndex + 2) / 5 + 1);
    month = static_cast<int>(monthIndex < 10 ? monthIndex + 3 : monthIndex - 9);
    year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
}

// Writes the JSON escape of an ASCII control character, quote or backslash.
char *escape(char *out, unsigned char c)
{
    *out++ = '\\';
    if (c == '"' || c == '\\') {
        *out++ = static_cast<char>(c);
        return out;
    }
    static constexpr char hex[] = "0123456789abcdef";
    *out++ = 'u';
    *out++ = '0';
    *out++ = '0';
    *out++ = hex[c >> 4];
    *out++ = hex[c & 0xF];
    return out;
}

// Writes `number` (not negative) in decimal, left-padded with zeros to `width`.
char *writeDigits(char *out, qint64 number, int width)
{
    std::array<char, 24> digits{};
    int length = 0;
    do {
        digits.at(static_cast<std::size_t>(length++)) = static_cast<char>('0' + number % 10);
        number /= 10;
    } while (number > 0 || length < width);
    while (length > 0)
        *out++ = digits.at(static_cast<std::size_t>(--length));
    return out;
}

char *writeLiteral(char *out, QLatin1StringView text)
{
    std::memcpy(out, text.data(), static_cast<std::size_t>(text.size()));
    return out + text.size();
}

} // namespace

JsonWriter::JsonWriter(qsizetype reserve)
{
    m_out.resize(reserve);
}

QByteArray JsonWriter::take()
{
    m_out.truncate(m_size);
    m_size = 0;
    return std::move(m_out);
}

char *JsonWriter::room(qsizetype bytes)
{
    if (m_size + bytes > m_out.size())
        m_out.resize(std::max(2 * m_out.size(), m_size + bytes));
    return m_out.data() + m_size;
}

void JsonWriter::separate()
{
    if (!m_first) {
        *room(1) = ',';
        ++m_size;
    }
    m_first = false;
}

void JsonWriter::beginObject()
{
    separate();
    *room(1) = '{';
    ++m_size;
    m_first = true;
}

void JsonWriter::endObject()
{
    *room(1) = '}';
    ++m_size;
    m_first = false;
}

void JsonWriter::beginArray()
{
    separate();
    *room(1) = '[';
    ++m_size;
    m_first = true;
}

void JsonWriter::endArray()
{
    *room(1) = ']';
    ++m_size;
    m_first = false;
}

void JsonWriter::key(QLatin1StringView name)
{
    separate();
    char *out = room(name.size() + 3);
    *out++ = '"';
    out = writeLiteral(out, name);
    *out++ = '"';
    *out++ = ':';
    written(out);
    m_first = true; // the value that follows needs no comma
}

void JsonWriter::value(QLatin1StringView word)
{
    separate();
    char *out = room(word.size() + 2);
    *out++ = '"';
    out = writeLiteral(out, word);
    *out++ = '"';
    written(out);
}

void JsonWriter::value(QStringView text)
{
    separate();
    // Room for the worst case: every unit a \u escape.
    const qsizetype size = text.size();
    char *out = room(2 + 6 * size);
    *out++ = '"';
    const char16_t *in = text.utf16();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = in[i];
        if (c < 0x80) {
            if (c == u'"' || c == u'\\' || c < 0x20)
                out = escape(out, static_cast<unsigned char>(c));
            else
                *out++ = static_cast<char>(c);
            continue;
        }
        char32_t code = c;
        if (QChar::isHighSurrogate(c) && i + 1 < size && QChar::isLowSurrogate(in[i + 1])) {
            code = QChar::surrogateToUcs4(c, in[i + 1]);
            ++i;
        } else if (QChar::isSurrogate(c)) {
            code = 0xFFFD; // a lone surrogate is not text
        }
        if (code < 0x800) {
            *out++ = static_cast<char>(0xC0 | (code >> 6));
        } else if (code < 0x10000) {
            *out++ = static_cast<char>(0xE0 | (code >> 12));
            *out++ = static_cast<char>(0x80 | ((code >> 6) & 0x3F));
        } else {
            *out++ = static_cast<char>(0xF0 | (code >> 18));
            *out++ = static_cast<char>(0x80 | ((code >> 12) & 0x3F));
            *out++ = static_cast<char>(0x80 | ((code >> 6) & 0x3F));
        }
        *out++ = static_cast<char>(0x80 | (code & 0x3F));
    }
    *out++ = '"';
    written(out);
}

void JsonWriter::value(QByteArrayView utf8)
{
    // Bytes that are not UTF-8 cannot be copied into JSON; QString makes them U+FFFD.
    if (!utf8.isValidUtf8()) {
        value(QString::fromUtf8(utf8));
        return;
    }
    separate();
    char *out = room(2 + 6 * utf8.size());
    *out++ = '"';
    for (const char byte : utf8) {
        const auto c = static_cast<unsigned char>(byte);
        if (c == '"' || c == '\\' || c < 0x20)
            out = escape(out, c);
        else
            *out++ = byte;
    }
    *out++ = '"';
    written(out);
}

void JsonWriter::value(qint64 number)
{
    separate();
    char *out = room(21);
    if (number < 0) {
        if (number == std::numeric_limits<qint64>::min()) {
            written(writeLiteral(out, "-9223372036854775808"_L1));
            return;
        }
        *out++ = '-';
        number = -number;
    }
    written(writeDigits(out, number, 1));
}

void JsonWriter::value(bool flag)
{
    separate();
    written(writeLiteral(room(5), flag ? "true"_L1 : "false"_L1));
}

void JsonWriter::null()
{
    separate();
    written(writeLiteral(room(4), "null"_L1));
}

void JsonWriter::timestamp(qint64 msecsSinceEpoch)
{
    separate();
    const qint64 dayMs = 86400000;
    qint64 days = msecsSinceEpoch / dayMs;
    qint64 rest = msecsSinceEpoch % dayMs;
    if (rest < 0) {
        rest += dayMs;
        --days;
    }
    qint64 year = 0;
    int month = 0;
    int day = 0;
    civilFromDays(days, year, month, day);
    char *out = room(48); // "YYYY-MM-DDTHH:MM:SS.mmmZ" with room for a year of 20 digits
    *out++ = '"';
    out = writeDigits(out, year, 4);
    *out++ = '-';
    out = writeDigits(out, month, 2);
    *out++ = '-';
    out = writeDigits(out, day, 2);
    *out++ = 'T';
    out = writeDigits(out, rest / 3600000, 2);
    *out++ = ':';
    out = writeDigits(out, rest / 60000 % 60, 2);
    *out++ = ':';
    out = writeDigits(out, rest / 1000 % 60, 2);
    *out++ = '.';
    out = writeDigits(out, rest % 1000, 3);
    *out++ = 'Z';
    *out++ = '"';
    written(out);
}

} // namespace InviteDesk::Server
