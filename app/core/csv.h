#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace InviteDesk {

// CSV as RFC 4180 writes it, safe to open in a spreadsheet.
//
// A cell starting with '=', '+', '-', '@', TAB or CR gets a leading apostrophe so a
// spreadsheet shows it as text instead of running it as a formula (OWASP "CSV
// injection"). The cell is then enclosed in double quotes, with '"' doubled, when it
// contains ',', '"', CR or LF, or starts or ends with a space.
QString csvField(QStringView cell);

// Fields separated by ',', every record (the last too) ended by CRLF; UTF-8, no BOM.
QByteArray csvDocument(const QList<QStringList> &rows);

} // namespace InviteDesk
