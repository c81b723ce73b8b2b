#include "core/csv.h"
#include "support/catchqt.h"

using namespace InviteDesk;
using namespace Qt::StringLiterals;

TEST_CASE("plain cells are written as they are", "[core][csv]")
{
    CHECK(csvField(u"Ada Lovelace") == u"Ada Lovelace"_s);
    CHECK(csvField(u"a=b") == u"a=b"_s);
    CHECK(csvField(u"x-y+z@w") == u"x-y+z@w"_s);
    CHECK(csvField(u"") == QString());
    CHECK(csvField(u"it's") == u"it's"_s);
}

TEST_CASE("cells with a comma, quote or line break are quoted with quotes doubled", "[core][csv]")
{
    CHECK(csvField(u"Smith, Jane") == u"\"Smith, Jane\""_s);
    CHECK(csvField(u"the \"best\" one") == u"\"the \"\"best\"\" one\""_s);
    CHECK(csvField(u"\"") == u"\"\"\"\""_s);
    CHECK(csvField(u"line one\nline two") == u"\"line one\nline two\""_s);
    CHECK(csvField(u"line one\r\nline two") == u"\"line one\r\nline two\""_s);
    CHECK(csvField(u"ends with CR\r") == u"\"ends with CR\r\""_s);
}

TEST_CASE("cells with a leading or trailing space are quoted so readers keep the space", "[core][csv]")
{
    CHECK(csvField(u" padded") == u"\" padded\""_s);
    CHECK(csvField(u"padded ") == u"\"padded \""_s);
    CHECK(csvField(u"in the middle") == u"in the middle"_s);
}

TEST_CASE("cells a spreadsheet would run as a formula start with an apostrophe", "[core][csv]")
{
    CHECK(csvField(u"=HYPERLINK(\"http://evil\")") == u"\"'=HYPERLINK(\"\"http://evil\"\")\""_s);
    CHECK(csvField(u"=1+2") == u"'=1+2"_s);
    CHECK(csvField(u"+49 30 1234") == u"'+49 30 1234"_s);
    CHECK(csvField(u"-2+3") == u"'-2+3"_s);
    CHECK(csvField(u"-") == u"'-"_s);
    CHECK(csvField(u"@SUM(A1)") == u"'@SUM(A1)"_s);
    CHECK(csvField(u"\t=1") == u"'\t=1"_s);
    // CR must also be quoted: the apostrophe goes inside the quotes.
    CHECK(csvField(u"\r=1") == u"\"'\r=1\""_s);
    CHECK(csvField(u"=a,b") == u"\"'=a,b\""_s);
    // Only the first character matters.
    CHECK(csvField(u"1-2") == u"1-2"_s);
    CHECK(csvField(u"mail@example.com") == u"mail@example.com"_s);
    CHECK(csvField(u" =1") == u"\" =1\""_s);
}

TEST_CASE("a document ends every record with CRLF, the last too", "[core][csv]")
{
    CHECK(csvDocument({}) == QByteArray());
    CHECK(csvDocument({{u"a"_s, u"b"_s}, {u"c"_s, u"d"_s}}) == "a,b\r\nc,d\r\n");
    CHECK(csvDocument({{u"Name"_s, u"Headline"_s}, {u"Jane"_s, u"Line 1\nLine 2"_s}})
          == "Name,Headline\r\nJane,\"Line 1\nLine 2\"\r\n");
}

TEST_CASE("empty cells keep their place", "[core][csv]")
{
    CHECK(csvDocument({{u""_s, u"b"_s, u""_s}}) == ",b,\r\n");
    CHECK(csvDocument({{u""_s, u""_s}}) == ",\r\n");
    // One empty cell alone would be a blank line, which readers drop.
    CHECK(csvDocument({{u"Name"_s}, {u""_s}, {u"Jane"_s}}) == "Name\r\n\"\"\r\nJane\r\n");
    CHECK(csvDocument({{}}) == "\r\n");
}

TEST_CASE("non-ASCII text is UTF-8 without a byte order mark, byte for byte", "[core][csv]")
{
    const QString zoe = u"Zoë Ångström"_s;
    const QString li = u"李雷"_s;
    const QString emoji = u"Team 🚀👩‍💻"_s;
    const QByteArray document = csvDocument({{zoe, li, emoji}});
    const QByteArray expected = "Zo\xC3\xAB \xC3\x85ngstr\xC3\xB6m,\xE6\x9D\x8E\xE9\x9B\xB7,Team "
                                "\xF0\x9F\x9A\x80\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x92\xBB\r\n";
    CHECK(document == expected);
    CHECK_FALSE(document.startsWith("\xEF\xBB\xBF"));
    CHECK(QString::fromUtf8(document) == zoe + u',' + li + u',' + emoji + u"\r\n"_s);
}
