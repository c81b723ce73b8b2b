#include "core/wirecodec.h"
#include "support/catchqt.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace InviteDesk;
using namespace Qt::StringLiterals;

namespace {

Invitation sample()
{
    Invitation invitation;
    invitation.id = u"inv_0123456789abcdef"_s;
    invitation.direction = Direction::Received;
    invitation.state = InvitationState::Withdrawn;
    invitation.sentAt = QDateTime(QDate(2026, 5, 1), QTime(8, 15, 30, 250), Qt::UTC);
    invitation.updatedAt = invitation.sentAt.addDays(3);
    invitation.expiresAt = invitation.sentAt.addDays(180);
    invitation.message = u"Hi \"Zoë\" — let's connect 🚀 مرحبا"_s;
    invitation.person = Person{u"per_1"_s, u"Zoë O'Brien"_s, u"Qt/C++ Developer"_s, u"Café & Código"_s, u"Remote"_s};
    invitation.version = 3;
    return invitation;
}

} // namespace

TEST_CASE("timestamps are RFC 3339 UTC with milliseconds", "[core][wire]")
{
    const QDateTime time(QDate(2026, 11, 26), QTime(23, 44, 17, 123), Qt::UTC);
    CHECK(Wire::formatTimestamp(time) == u"2026-11-26T23:44:17.123Z"_s);
    CHECK(Wire::parseTimestamp(u"2026-11-26T23:44:17.123Z"_s) == time);
    CHECK(Wire::parseTimestamp(u"2026-11-27T00:44:17.123+01:00"_s) == time);
    CHECK(Wire::parseTimestamp(u"2026-11-26t23:44:17.123z"_s) == time);
    CHECK_FALSE(Wire::parseTimestamp(u"2026-11-26T23:44:17"_s)); // no offset: ambiguous
    CHECK_FALSE(Wire::parseTimestamp(u"2026-11-26"_s));
    CHECK_FALSE(Wire::parseTimestamp(u"2026-13-40T99:00:00Z"_s));
    CHECK_FALSE(Wire::parseTimestamp(QJsonValue(1764200657)));
    // Any number of fraction digits (milliseconds kept), or none; any offset.
    CHECK(Wire::parseTimestamp(u"2026-11-26T23:44:17.1Z"_s) == time.addMSecs(-23));
    CHECK(Wire::parseTimestamp(u"2026-11-26T23:44:17.123999Z"_s) == time);
    CHECK(Wire::parseTimestamp(u"2026-11-26T23:44:17Z"_s) == time.addMSecs(-123));
    CHECK(Wire::parseTimestamp(u"2026-11-26T18:14:17.123-05:30"_s) == time);
    CHECK(Wire::parseTimestamp(u"1969-12-31T23:59:59.999Z"_s) == QDateTime::fromMSecsSinceEpoch(-1, Qt::UTC));
    for (const QString &bad : {u"2026-02-30T00:00:00Z"_s, u"2026-11-26T24:00:00Z"_s, u"2026-11-26T23:60:00Z"_s,
                               u"2026-11-26T23:44:17.Z"_s, u"2026-11-26T23:44:17+24:00"_s,
                               u"2026-11-26T23:44:17+0100"_s, u"2026-11-26T23:44:17Z "_s, u"2026-11-26 23:44:17Z"_s,
                               u"2026-1-26T23:44:17Z"_s, u"+2026-11-26T23:44:17Z"_s, u""_s})
        CHECK_FALSE(Wire::parseTimestamp(bad));
}

TEST_CASE("an invitation survives encoding and decoding unchanged", "[core][wire]")
{
    const Invitation original = sample();
    const QByteArray text = QJsonDocument(Wire::encode(original)).toJson();
    QString error;
    const auto decoded = Wire::decodeInvitation(QJsonDocument::fromJson(text).object(), &error);
    INFO(error.toStdString());
    REQUIRE(decoded);
    CHECK(*decoded == original);

    Invitation withoutNote = original;
    withoutNote.message.reset();
    withoutNote.person.location.clear();
    const QJsonObject encoded = Wire::encode(withoutNote);
    CHECK(encoded.value("message"_L1).isNull());
    CHECK_FALSE(encoded.value("person"_L1).toObject().contains("location"_L1));
    CHECK(Wire::decodeInvitation(encoded, &error) == withoutNote);
}

TEST_CASE("the decoder rejects malformed invitations with a reason", "[core][wire]")
{
    const QJsonObject good = Wire::encode(sample());
    const auto rejects = [](QJsonObject object) {
        QString error;
        const bool rejected = !Wire::decodeInvitation(object, &error);
        return rejected && !error.isEmpty();
    };
    auto with = [&good](const char *key, const QJsonValue &value) {
        QJsonObject object = good;
        object.insert(QLatin1StringView(key), value);
        return object;
    };
    auto without = [&good](const char *key) {
        QJsonObject object = good;
        object.remove(QLatin1StringView(key));
        return object;
    };
    CHECK(rejects(without("id")));
    CHECK(rejects(with("id", u""_s)));
    CHECK(rejects(with("state", u"deleted"_s)));
    CHECK(rejects(with("direction", 1)));
    CHECK(rejects(with("sent_at", u"yesterday"_s)));
    CHECK(rejects(with("message", 42)));
    CHECK(rejects(with("version", 1.5)));
    CHECK(rejects(with("version", 0)));
    CHECK(rejects(with("version", 1e300)));
    CHECK(rejects(with("person", u"someone"_s)));
    CHECK(rejects(with("person", QJsonObject{{u"id"_s, u"per_1"_s}})));
    QString error;
    CHECK_FALSE(Wire::decodeInvitation(QJsonValue(u"[]"_s), &error));
}

TEST_CASE("the server's rules survive encoding and decoding, keeping the client's own periods", "[core][wire][rules]")
{
    DomainRules server;
    server.reinviteCooldownDays = 2;
    server.expiryDays = 30;
    server.weeklyInviteLimit = 7;
    server.noteMaxChars = 50;
    // Not the server's to say: these must not travel.
    server.courtesyDays = 3;
    server.expiringSoonDays = 5;

    const QJsonObject encoded = Wire::encodeRules(server);
    CHECK(encoded.keys() == QStringList{u"expiry_days"_s, u"note_max_chars"_s, u"reinvite_cooldown_days"_s,
                                        u"weekly_invite_limit"_s});
    QString error;
    const auto decoded =
        Wire::decodeRules(QJsonDocument::fromJson(QJsonDocument(encoded).toJson()).object(), &error);
    INFO(error.toStdString());
    REQUIRE(decoded);
    CHECK(decoded->reinviteCooldownDays == 2);
    CHECK(decoded->expiryDays == 30);
    CHECK(decoded->weeklyInviteLimit == 7);
    CHECK(decoded->noteMaxChars == 50);
    CHECK(decoded->courtesyDays == DomainRules{}.courtesyDays);
    CHECK(decoded->expiringSoonDays == DomainRules{}.expiringSoonDays);

    // The lowest values the server's flags accept are rules too.
    server.reinviteCooldownDays = 0;
    server.expiryDays = 1;
    server.weeklyInviteLimit = 1;
    server.noteMaxChars = 0;
    const auto lowest = Wire::decodeRules(Wire::encodeRules(server), &error);
    REQUIRE(lowest);
    CHECK(lowest->reinviteCooldownDays == 0);
    CHECK(lowest->expiryDays == 1);
    CHECK(lowest->weeklyInviteLimit == 1);
    CHECK(lowest->noteMaxChars == 0);
}

TEST_CASE("the decoder rejects malformed rules with a reason", "[core][wire][rules]")
{
    const QJsonObject good = Wire::encodeRules(DomainRules{});
    const auto reason = [](const QJsonValue &value) {
        QString error;
        return Wire::decodeRules(value, &error) ? QString() : error;
    };
    auto with = [&good](const char *key, const QJsonValue &value) {
        QJsonObject object = good;
        object.insert(QLatin1StringView(key), value);
        return object;
    };
    auto without = [&good](const char *key) {
        QJsonObject object = good;
        object.remove(QLatin1StringView(key));
        return object;
    };
    CHECK(reason(good).isEmpty());
    CHECK(reason(without("reinvite_cooldown_days")) == u"\"reinvite_cooldown_days\" must be a whole number of at least 0"_s);
    CHECK(reason(without("note_max_chars")).contains(u"note_max_chars"_s));
    CHECK(reason(with("expiry_days", u"180"_s)).contains(u"expiry_days"_s));
    CHECK(reason(with("expiry_days", 0)) == u"\"expiry_days\" must be a whole number of at least 1"_s);
    CHECK(reason(with("weekly_invite_limit", 0)).contains(u"weekly_invite_limit"_s));
    CHECK(reason(with("weekly_invite_limit", 2.5)).contains(u"weekly_invite_limit"_s));
    CHECK(reason(with("reinvite_cooldown_days", -1)).contains(u"reinvite_cooldown_days"_s));
    CHECK(reason(with("note_max_chars", 1e12)).contains(u"note_max_chars"_s));
    CHECK(reason(with("note_max_chars", QJsonValue::Null)).contains(u"note_max_chars"_s));
    CHECK(reason(QJsonValue(QJsonValue::Null)) == u"the rules must be an object"_s);
    CHECK(reason(QJsonArray{}) == u"the rules must be an object"_s);
}

TEST_CASE("states and directions have stable wire names", "[core][wire]")
{
    for (auto state : {InvitationState::Pending, InvitationState::Accepted, InvitationState::Ignored,
                       InvitationState::Withdrawn, InvitationState::Expired})
        CHECK(invitationStateFromWire(toWireString(state)) == state);
    CHECK(toWireString(InvitationState::Withdrawn) == u"withdrawn"_s);
    CHECK(toWireString(Direction::Received) == u"received"_s);
    CHECK_FALSE(invitationStateFromWire(u"Pending"));
    CHECK_FALSE(directionFromWire(u""));
}
