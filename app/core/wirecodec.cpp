#include "core/wirecodec.h"

#include <QRegularExpression>

#include <limits>

using namespace Qt::StringLiterals;

namespace InviteDesk::Wire {

namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

bool readString(const QJsonObject &object, QLatin1StringView key, QString *out, QString *error)
{
    const QJsonValue value = object.value(key);
    if (!value.isString())
        return fail(error, u"\"%1\" must be a string"_s.arg(key));
    *out = value.toString();
    return true;
}

bool readTimestamp(const QJsonObject &object, QLatin1StringView key, QDateTime *out, QString *error)
{
    const std::optional<QDateTime> time = parseTimestamp(object.value(key));
    if (!time)
        return fail(error, u"\"%1\" must be an RFC 3339 timestamp"_s.arg(key));
    *out = *time;
    return true;
}

// JSON numbers are doubles: a count must be whole, at least `minimum` and fit an int.
bool readCount(const QJsonObject &object, QLatin1StringView key, int minimum, int *out, QString *error)
{
    const QJsonValue value = object.value(key);
    const double number = value.toDouble();
    if (!value.isDouble() || number < minimum || number > std::numeric_limits<int>::max()
        || number != static_cast<double>(static_cast<int>(number)))
        return fail(error, u"\"%1\" must be a whole number of at least %2"_s.arg(key).arg(minimum));
    *out = static_cast<int>(number);
    return true;
}

} // namespace

QString formatTimestamp(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

std::optional<QDateTime> parseTimestamp(const QJsonValue &value)
{
    // RFC 3339 requires a date, a time and an explicit offset; Qt alone would also
    // take a bare date or a local time.
    static const QRegularExpression shape(
        u"^\\d{4}-\\d{2}-\\d{2}[Tt]\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?([Zz]|[+-]\\d{2}:\\d{2})$"_s);
    if (!value.isString())
        return std::nullopt;
    QString text = value.toString();
    if (!shape.match(text).hasMatch())
        return std::nullopt;
    text.replace(u't', u'T').replace(u'z', u'Z');
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        return std::nullopt;
    return time.toUTC();
}

QJsonObject encode(const Person &person)
{
    QJsonObject object{
        {u"id"_s, person.id},
        {u"name"_s, person.name},
        {u"headline"_s, person.headline},
        {u"company"_s, person.company},
    };
    if (!person.location.isEmpty())
        object.insert(u"location"_s, person.location);
    return object;
}

QJsonObject encode(const Invitation &invitation)
{
    return {
        {u"id"_s, invitation.id},
        {u"direction"_s, toWireString(invitation.direction)},
        {u"state"_s, toWireString(invitation.state)},
        {u"sent_at"_s, formatTimestamp(invitation.sentAt)},
        {u"updated_at"_s, formatTimestamp(invitation.updatedAt)},
        {u"expires_at"_s, formatTimestamp(invitation.expiresAt)},
        {u"message"_s, invitation.message ? QJsonValue(*invitation.message) : QJsonValue(QJsonValue::Null)},
        {u"person"_s, encode(invitation.person)},
        {u"version"_s, invitation.version},
    };
}

std::optional<Person> decodePerson(const QJsonValue &value, QString *error)
{
    if (!value.isObject()) {
        fail(error, u"a person must be an object"_s);
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    Person person;
    if (!readString(object, "id"_L1, &person.id, error) || !readString(object, "name"_L1, &person.name, error)
        || !readString(object, "headline"_L1, &person.headline, error)
        || !readString(object, "company"_L1, &person.company, error))
        return std::nullopt;
    if (person.id.isEmpty()) {
        fail(error, u"a person needs an id"_s);
        return std::nullopt;
    }
    const QJsonValue location = object.value("location"_L1);
    if (location.isString())
        person.location = location.toString();
    else if (!location.isUndefined() && !location.isNull()) {
        fail(error, u"\"location\" must be a string"_s);
        return std::nullopt;
    }
    return person;
}

std::optional<Invitation> decodeInvitation(const QJsonValue &value, QString *error)
{
    if (!value.isObject()) {
        fail(error, u"an invitation must be an object"_s);
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    Invitation invitation;
    QString direction;
    QString state;
    if (!readString(object, "id"_L1, &invitation.id, error) || !readString(object, "direction"_L1, &direction, error)
        || !readString(object, "state"_L1, &state, error)
        || !readTimestamp(object, "sent_at"_L1, &invitation.sentAt, error)
        || !readTimestamp(object, "updated_at"_L1, &invitation.updatedAt, error)
        || !readTimestamp(object, "expires_at"_L1, &invitation.expiresAt, error))
        return std::nullopt;
    if (invitation.id.isEmpty()) {
        fail(error, u"an invitation needs an id"_s);
        return std::nullopt;
    }

    const auto parsedDirection = directionFromWire(direction);
    const auto parsedState = invitationStateFromWire(state);
    if (!parsedDirection || !parsedState) {
        fail(error, u"unknown direction \"%1\" or state \"%2\""_s.arg(direction, state));
        return std::nullopt;
    }
    invitation.direction = *parsedDirection;
    invitation.state = *parsedState;

    const QJsonValue message = object.value("message"_L1);
    if (message.isString())
        invitation.message = message.toString();
    else if (!message.isNull() && !message.isUndefined()) {
        fail(error, u"\"message\" must be a string or null"_s);
        return std::nullopt;
    }

    const QJsonValue version = object.value("version"_L1);
    // JSON numbers are doubles: accept only whole, positive values that fit exactly.
    if (!version.isDouble() || version.toDouble() < 1 || version.toDouble() > 9007199254740991.0
        || version.toDouble() != static_cast<double>(version.toInteger())) {
        fail(error, u"\"version\" must be a positive integer"_s);
        return std::nullopt;
    }
    invitation.version = version.toInteger();

    auto person = decodePerson(object.value("person"_L1), error);
    if (!person)
        return std::nullopt;
    invitation.person = std::move(*person);
    return invitation;
}

QJsonObject encodeRules(const DomainRules &rules)
{
    return {
        {u"reinvite_cooldown_days"_s, rules.reinviteCooldownDays},
        {u"expiry_days"_s, rules.expiryDays},
        {u"weekly_invite_limit"_s, rules.weeklyInviteLimit},
        {u"note_max_chars"_s, rules.noteMaxChars},
    };
}

std::optional<DomainRules> decodeRules(const QJsonValue &value, QString *error)
{
    if (!value.isObject()) {
        fail(error, u"the rules must be an object"_s);
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    DomainRules rules;
    // The minimums are the ones the server's flags accept: an invitation that expires
    // at once, or a limit of no invitations at all, would be a broken server.
    if (!readCount(object, "reinvite_cooldown_days"_L1, 0, &rules.reinviteCooldownDays, error)
        || !readCount(object, "expiry_days"_L1, 1, &rules.expiryDays, error)
        || !readCount(object, "weekly_invite_limit"_L1, 1, &rules.weeklyInviteLimit, error)
        || !readCount(object, "note_max_chars"_L1, 0, &rules.noteMaxChars, error))
        return std::nullopt;
    return rules;
}

} // namespace InviteDesk::Wire
