#include "server/jsonwriter.h"

#include <array>

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

void appendDigits(QByteArray &out, qint64 number, int width)
{
    std::array<char, 24> digits{};
    int length = 0;
    do {
        digits.at(static_cast<std::size_t>(length++)) = static_cast<char>('0' + number % 10);
        number /= 10;
    } while (number > 0 || length < width);
    while (length > 0)
        out.append(digits.at(static_cast<std::size_t>(--length)));
}

} // namespace

JsonWriter::JsonWriter(qsizetype reserve)
{
    m_out.reserve(reserve);
}

void JsonWriter::separate()
{
    if (!m_first)
        m_out.append(',');
    m_first = false;
}

void JsonWriter::beginObject()
{
    separate();
    m_out.append('{');
    m_first = true;
}

void JsonWriter::endObject()
{
    m_out.append('}');
    m_first = false;
}

void JsonWriter::beginArray()
{
    separate();
    m_out.append('[');
    m_first = true;
}

void JsonWriter::endArray()
{
    m_out.append(']');
    m_first = false;
}

void JsonWriter::key(QLatin1StringView name)
{
    separate();
    m_out.append('"');
    m_out.append(name.data(), name.size());
    m_out.append("\":", 2);
    m_first = true; // the value that follows needs no comma
}

void JsonWriter::value(QStringView text)
{
    separate();
    // Room for the worst case (every unit a \u escape), written through a pointer and
    // cut to size after: appending byte by byte was a third of a page's cost.
    const qsizetype size = text.size();
    const qsizetype start = m_out.size();
    m_out.resize(start + 2 + 6 * size);
    char *out = m_out.data() + start;
    *out++ = '"';
    const char16_t *in = text.utf16();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = in[i];
        if (c < 0x80) {
            if (c == u'"' || c == u'\\') {
                *out++ = '\\';
                *out++ = static_cast<char>(c);
            } else if (c < 0x20) {
                static constexpr char hex[] = "0123456789abcdef";
                *out++ = '\\';
                *out++ = 'u';
                *out++ = '0';
                *out++ = '0';
                *out++ = hex[c >> 4];
                *out++ = hex[c & 0xF];
            } else {
                *out++ = static_cast<char>(c);
            }
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
    m_out.truncate(out - m_out.constData());
}

void JsonWriter::value(qint64 number)
{
    separate();
    if (number < 0) {
        m_out.append('-');
        if (number == std::numeric_limits<qint64>::min()) {
            m_out.append("9223372036854775808");
            return;
        }
        number = -number;
    }
    appendDigits(m_out, number, 1);
}

void JsonWriter::value(bool flag)
{
    separate();
    m_out.append(flag ? "true" : "false");
}

void JsonWriter::null()
{
    separate();
    m_out.append("null");
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
    m_out.append('"');
    appendDigits(m_out, year, 4);
    m_out.append('-');
    appendDigits(m_out, month, 2);
    m_out.append('-');
    appendDigits(m_out, day, 2);
    m_out.append('T');
    appendDigits(m_out, rest / 3600000, 2);
    m_out.append(':');
    appendDigits(m_out, rest / 60000 % 60, 2);
    m_out.append(':');
    appendDigits(m_out, rest / 1000 % 60, 2);
    m_out.append('.');
    appendDigits(m_out, rest % 1000, 3);
    m_out.append("Z\"");
}

} // namespace InviteDesk::Server
