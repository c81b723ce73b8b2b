#include "core/csv.h"

using namespace Qt::StringLiterals;

namespace InviteDesk {

namespace {

bool startsLikeFormula(QStringView cell)
{
    if (cell.isEmpty())
        return false;
    const QChar first = cell.front();
    return first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r';
}

bool needsQuotes(QStringView cell)
{
    if (cell.isEmpty())
        return false;
    if (cell.front() == u' ' || cell.back() == u' ')
        return true;
    for (const QChar c : cell) {
        if (c == u',' || c == u'"' || c == u'\r' || c == u'\n')
            return true;
    }
    return false;
}

} // namespace

QString csvField(QStringView cell)
{
    QString field = cell.toString();
    if (startsLikeFormula(cell))
        field.prepend(u'\'');
    if (!needsQuotes(field))
        return field;
    field.replace(u'"', u"\"\""_s);
    return u'"' + field + u'"';
}

QByteArray csvDocument(const QList<QStringList> &rows)
{
    QString text;
    for (const QStringList &row : rows) {
        // A record of one empty field would be a blank line, which readers skip.
        if (row.size() == 1 && row.front().isEmpty()) {
            text += u"\"\"\r\n"_s;
            continue;
        }
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (i > 0)
                text += u',';
            text += csvField(row.at(i));
        }
        text += u"\r\n"_s;
    }
    return text.toUtf8();
}

} // namespace InviteDesk
