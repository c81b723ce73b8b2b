// The server writes its pages byte by byte (server/jsonwriter.*) rather than through
// Wire::encode, for speed: what it writes must be exactly what the shared codec reads
// and would write itself.
#include "support/catchqt.h"
#include "support/testserver.h"

#include "core/wirecodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace InviteDesk;
using namespace InviteDesk::Test;
using namespace Qt::StringLiterals;

namespace {

// Parses a whole body strictly: the bytes must be valid JSON, nothing repaired.
QJsonObject strictly(const std::string &body)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray::fromStdString(body), &error);
    INFO(body);
    REQUIRE(error.error == QJsonParseError::NoError);
    return document.object();
}

void checkRoundTrip(const QJsonObject &item)
{
    QString error;
    const auto decoded = Wire::decodeInvitation(item, &error);
    INFO(QJsonDocument(item).toJson().toStdString() << error.toStdString());
    REQUIRE(decoded);
    CHECK(Wire::encode(*decoded) == item);
}

} // namespace

TEST_CASE("list and sync pages are what the client's codec reads and would write", "[server][wire]")
{
    TestServer server;
    server.addUser(u"alice"_s);
    const QString alice = server.signIn(u"alice"_s);
    // Names and notes that need every kind of care in JSON.
    const QStringList names{u"Zoë \"Q\" O'Brien \\ Jr."_s, u"محمد العلي"_s, u"李 🚀 Zhang"_s,
                            u"Tab\there, line\nbreak"_s, u"Bell\u0007 and \u001f"_s, u"</script>&amp;"_s};
    const QStringList notes{u"Hi \"you\" \\ 😊"_s, u"Line one\nline two\r\n\ttabbed"_s, QString(), u"é"_s,
                            u"𝄞 music"_s, u"plain"_s};
    for (int i = 0; i < names.size(); ++i) {
        const QString person = server.addPerson(names.at(i));
        QJsonObject body{{u"invitee_id"_s, person}};
        if (!notes.at(i).isEmpty())
            body.insert(u"message"_s, notes.at(i));
        server.clock().advanceSeconds(60);
        const auto created = server.post("/api/v1/invitations", alice, body, freshKey());
        REQUIRE(created.status == 201);
    }
    // A location, and an empty one, both ways.
    QSqlQuery located(server.storage().inspect());
    REQUIRE(located.exec(u"UPDATE people SET location = 'Kraków, \"PL\"' WHERE name LIKE 'Zo%'"_s));

    const QJsonObject list = strictly(server.get("/api/v1/invitations?state=all&limit=500", alice).body);
    const QJsonArray items = list.value("items"_L1).toArray();
    REQUIRE(items.size() == names.size());
    CHECK(list.value("next_cursor"_L1).isNull());
    QStringList seen;
    for (const QJsonValue item : items) {
        checkRoundTrip(item.toObject());
        seen.append(item.toObject().value("person"_L1).toObject().value("name"_L1).toString());
    }
    for (const QString &name : names)
        CHECK(seen.contains(name));

    const QJsonObject sync = strictly(server.get("/api/v1/sync", alice).body);
    const QJsonArray changes = sync.value("changes"_L1).toArray();
    REQUIRE(changes.size() == names.size());
    CHECK(sync.value("has_more"_L1) == QJsonValue(false));
    CHECK_FALSE(sync.value("next_since"_L1).toString().isEmpty());
    for (const QJsonValue change : changes) {
        CHECK(change.toObject().value("op"_L1).toString() == u"upsert"_s);
        checkRoundTrip(change.toObject().value("invitation"_L1).toObject());
    }

    // The paged form: a cursor that continues where the page ended.
    const QJsonObject first = strictly(server.get("/api/v1/invitations?state=all&limit=4", alice).body);
    REQUIRE(first.value("items"_L1).toArray().size() == 4);
    const std::string cursor = first.value("next_cursor"_L1).toString().toStdString();
    REQUIRE_FALSE(cursor.empty());
    const QJsonObject rest = strictly(server.get("/api/v1/invitations?state=all&limit=4&cursor=" + cursor, alice).body);
    CHECK(rest.value("items"_L1).toArray().size() == names.size() - 4);
}
