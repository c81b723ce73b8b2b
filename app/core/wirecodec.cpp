#include "core/wirecodec.h"


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
    // RFC 3339: YYYY-MM-DDTHH:MM:SS[.fraction](Z|+HH:MM|-HH:MM), a date, a time and an
    // explicit offset (Qt alone would also take a bare date or a local time). Read by
    // hand: a sync page holds three per invitation, and QDateTime::fromString behind a
    // regular expression was a tenth of applying one.
    if (!value.isString())
        return std::nullopt;
    const QString text = value.toString();
    const qsizetype size = text.size();
    const QChar *c = text.constData();
    const auto digits = [&](qsizetype at, int count, int *out) {
        if (at + count > size)
            return false;
        int n = 0;
        for (int i = 0; i < count; ++i) {
            const char16_t d = c[at + i].unicode();
            if (d < u'0' || d > u'9')
                return false;
            n = n * 10 + (d - u'0');
        }
        *out = n;
        return true;
    };
    const auto is = [&](qsizetype at, char16_t a, char16_t b = 0) {
        return at < size && (c[at].unicode() == a || (b && c[at].unicode() == b));
    };
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    if (!digits(0, 4, &year) || !is(4, u'-') || !digits(5, 2, &month) || !is(7, u'-') || !digits(8, 2, &day)
        || !is(10, u'T', u't') || !digits(11, 2, &hour) || !is(13, u':') || !digits(14, 2, &minute)
        || !is(16, u':') || !digits(17, 2, &second))
        return std::nullopt;
    qsizetype at = 19;
    int msecs = 0;
    if (is(at, u'.')) {
        ++at;
        const qsizetype first = at;
        int digit = 0;
        while (digits(at, 1, &digit)) {
            if (at - first < 3)
                msecs = msecs * 10 + digit;
            ++at;
        }
        if (at == first)
            return std::nullopt;
        for (qsizetype kept = at - first; kept < 3; ++kept)
            msecs *= 10;
    }
    int offsetMinutes = 0;
    if (is(at, u'Z', u'z')) {
        ++at;
    } else if (is(at, u'+', u'-')) {
        const int sign = c[at].unicode() == u'-' ? -1 : 1;
        int offsetHours = 0, offsetMins = 0;
        if (!digits(at + 1, 2, &offsetHours) || !is(at + 3, u':') || !digits(at + 4, 2, &offsetMins)
            || offsetHours > 23 || offsetMins > 59)
            return std::nullopt;
        offsetMinutes = sign * (offsetHours * 60 + offsetMins);
        at += 6;
    } else {
        return std::nullopt;
    }
    const QDate date(year, month, day);
    if (at != size || !date.isValid() || hour > 23 || minute > 59 || second > 59)
        return std::nullopt;
    constexpr qint64 dayMs = 24LL * 3600 * 1000;
    const qint64 sinceEpoch = (date.toJulianDay() - QDate(1970, 1, 1).toJulianDay()) * dayMs
                              + ((hour * 60LL + minute - offsetMinutes) * 60 + second) * 1000 + msecs;
    return QDateTime::fromMSecsSinceEpoch(sinceEpoch, Qt::UTC);
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
