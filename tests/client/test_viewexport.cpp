// Exporting what a view shows: the header, the display text of the chosen columns, CSV
// that a spreadsheet opens safely, and nothing left behind when the file cannot be written.
#include "catchqt.h"
#include "models/viewexport.h"

#include <QDir>
#include <QFile>
#include <QStandardItemModel>
#include <QTemporaryDir>

using namespace InviteDesk;
using namespace Qt::StringLiterals;

namespace {

// Name, Headline, Company, Sent: what the invitation lists show.
void fill(QStandardItemModel &model)
{
    model.setHorizontalHeaderLabels({u"Name"_s, u"Headline"_s, u"Company"_s, u"Sent"_s});
    model.appendRow({new QStandardItem(u"=HYPERLINK(\"http://evil.example\",\"Zoë\")"_s),
                     new QStandardItem(u"Builds things\nand breaks them, sometimes"_s),
                     new QStandardItem(u"Ångström AB"_s), new QStandardItem(u"3 days ago"_s)});
    model.appendRow({new QStandardItem(u"李雷"_s), new QStandardItem(u"Engineer"_s), new QStandardItem(QString()),
                     new QStandardItem(u"yesterday"_s)});
}

} // namespace

TEST_CASE("exporting writes the header and the rows' display text as CSV", "[client][csv]")
{
    QStandardItemModel model;
    fill(model);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"sent.csv"_s);
    QString error;
    REQUIRE(exportToCsv(model, {0, 1, 3}, path, &error));
    CHECK(error.isEmpty());

    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray expected = "Name,Headline,Sent\r\n"
                                "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Zo\xC3\xAB\"\")\","
                                "\"Builds things\nand breaks them, sometimes\",3 days ago\r\n"
                                "\xE6\x9D\x8E\xE9\x9B\xB7,Engineer,yesterday\r\n";
    CHECK(file.readAll() == expected);
    CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList{u"sent.csv"_s});
}

TEST_CASE("exporting replaces an existing file and keeps empty cells", "[client][csv]")
{
    QStandardItemModel model;
    fill(model);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"export.csv"_s);
    {
        QFile old(path);
        REQUIRE(old.open(QIODevice::WriteOnly));
        old.write("an older, longer export that must not survive in any part\r\n");
    }
    QString error;
    REQUIRE(exportToCsv(model, {2}, path, &error));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == "Company\r\n\xC3\x85ngstr\xC3\xB6m AB\r\n\"\"\r\n");
}

TEST_CASE("exporting an empty view writes the header only", "[client][csv]")
{
    QStandardItemModel model;
    model.setHorizontalHeaderLabels({u"Name"_s, u"Sent"_s});
    QTemporaryDir dir;
    const QString path = dir.filePath(u"empty.csv"_s);
    QString error;
    REQUIRE(exportToCsv(model, {0, 1}, path, &error));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == "Name,Sent\r\n");
}

TEST_CASE("exporting where the file cannot be written fails with a message and leaves nothing", "[client][csv]")
{
    QStandardItemModel model;
    fill(model);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"no such folder/sent.csv"_s);
    QString error;
    CHECK_FALSE(exportToCsv(model, {0, 1}, path, &error));
    INFO(error.toStdString());
    CHECK(error.startsWith(u"Could not write %1: "_s.arg(QDir::toNativeSeparators(path))));
    CHECK(error.endsWith(u'.'));
    CHECK(error.size() > u"Could not write %1: ."_s.arg(path).size());
    CHECK_FALSE(QFile::exists(path));
    CHECK(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
}
