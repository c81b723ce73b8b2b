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

TEST_CASE("people in notifications, connections and suggestions are what the client's codec reads",
          "[server][wire]")
{
    TestServer server;
    const QString alicePerson = server.addUser(u"alice"_s);
    const QString alice = server.signIn(u"alice"_s);
    const QStringList names{u"Zoë \"Q\" O'Brien \\ Jr."_s, u"李 🚀 Zhang"_s, u"Tab\there, line\nbreak"_s};
    // Each of them invites alice; she accepts the first, and a stranger stays to suggest.
    QStringList received;
    for (int i = 0; i < names.size(); ++i) {
        const QString user = u"user%1"_s.arg(i);
        server.addUser(user, u"password-123"_s, names.at(i));
        server.clock().advanceSeconds(60);
        const auto sent = server.post("/api/v1/invitations", server.signIn(user),
                                      QJsonObject{{u"invitee_id"_s, alicePerson}},
                                      freshKey());
        REQUIRE(sent.status == 201);
        received.append(sent.json.value("id"_L1).toString());
    }
    const auto accepted = server.post("/api/v1/invitations/" + received.first().toStdString() + "/accept", alice,
                                      QByteArray(), freshKey());
    REQUIRE(accepted.status == 200);
    server.addPerson(u"Ünal \"Stranger\""_s);

    const auto personsOf = [&](const std::string &path, const QString &expectedTimeKey) {
        const QJsonObject page = strictly(server.get(path, alice).body);
        QStringList seen;
        for (const QJsonValue item : page.value("items"_L1).toArray()) {
            const QJsonObject object = item.toObject();
            QString error;
            const auto person = Wire::decodePerson(object.value("person"_L1), &error);
            INFO(path << ": " << QJsonDocument(object).toJson().toStdString() << error.toStdString());
            REQUIRE(person);
            CHECK(Wire::encode(*person) == object.value("person"_L1).toObject());
            if (!expectedTimeKey.isEmpty())
                CHECK(Wire::parseTimestamp(object.value(expectedTimeKey)) == server.clock().now());
            seen.append(person->name);
        }
        return seen;
    };
    // Notifications: each invitation received, newest first.
    CHECK(personsOf("/api/v1/notifications", QString())
          == QStringList{names.at(2), names.at(1), names.at(0)});
    CHECK(personsOf("/api/v1/connections", u"connected_at"_s) == QStringList{names.at(0)});
    CHECK(personsOf("/api/v1/people/suggestions?limit=50", QString()).contains(u"Ünal \"Stranger\""_s));

    const QJsonObject notifications = strictly(server.get("/api/v1/notifications", alice).body);
    const QJsonObject newest = notifications.value("items"_L1).toArray().first().toObject();
    CHECK(newest.value("kind"_L1).toString() == u"invitation_received"_s);
    CHECK(newest.value("invitation_id"_L1).toString() == received.last());
    CHECK(newest.value("id"_L1).toString().startsWith(u"ntf_"_s));
    CHECK(Wire::parseTimestamp(newest.value("created_at"_L1)) == server.clock().now());
}
