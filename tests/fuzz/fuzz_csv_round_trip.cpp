// The CSV writer (app/core/csv.h) and the note-length rule (app/core/domainrules.h).
// CSV: any cells (the input split at 0x01 into cells and at 0x02 into rows), written
// and read back by an RFC 4180 reader of this file, give the same cells, formula-like
// ones with the apostrophe the writer adds. Notes: the code-point count is the number
// of UCS-4 characters Qt makes of the text, lone surrogates included.
#include "core/csv.h"
#include "core/domainrules.h"

#include <cstdint>
#include <cstring>
#include <cstdlib>

using namespace InviteDesk;

namespace {

// RFC 4180: fields split by ',', records ended by CRLF, quoted fields with '""'.
QList<QStringList> readCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row.append(field);
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n') {
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (quoted || !field.isEmpty() || !row.isEmpty())
        std::abort(); // every record, the last too, ends with CRLF
    return rows;
}

QString asWritten(const QString &cell)
{
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    return !cell.isEmpty() && formulaStarts.contains(cell.front()) ? QStringLiteral("'") + cell : cell;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString text = QString::fromUtf8(QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));

    QList<QStringList> rows;
    for (const QString &line : text.split(u'\x02'))
        rows.append(line.split(u'\x01'));
    QList<QStringList> expected;
    for (const QStringList &row : std::as_const(rows)) {
        QStringList cells;
        for (const QString &cell : row)
            cells.append(asWritten(cell));
        expected.append(cells);
    }
    if (readCsv(QString::fromUtf8(csvDocument(rows))) != expected)
        std::abort();

    // The input as UTF-16 as it came, lone surrogates and all (copied: data is not aligned).
    QString units(qsizetype(size / 2), Qt::Uninitialized);
    std::memcpy(units.data(), data, size / 2 * sizeof(char16_t));
    if (codePointCount(units) != units.toUcs4().size())
        std::abort();
    DomainRules rules;
    rules.noteMaxChars = int(size % 400);
    if (rules.noteFits(units) != (codePointCount(units) <= rules.noteMaxChars))
        std::abort();
    return 0;
}
