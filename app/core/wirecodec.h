#pragma once

#include "core/domainrules.h"
#include "core/invitation.h"
#include "core/person.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>

#include <optional>

// JSON of the Invitations API v1 (resources/api/openapi.yaml), shared by the server
// that writes it and the client that reads it. Decoders never throw: they return
// nullopt and say what was wrong in *error.
namespace InviteDesk::Wire {

// RFC 3339 in UTC with milliseconds: 2026-11-26T23:44:17.123Z
QString formatTimestamp(const QDateTime &time);
// Accepts any RFC 3339 time with an explicit offset; returns it in UTC.
std::optional<QDateTime> parseTimestamp(const QJsonValue &value);

QJsonObject encode(const Person &person);
QJsonObject encode(const Invitation &invitation);

std::optional<Person> decodePerson(const QJsonValue &value, QString *error);
std::optional<Invitation> decodeInvitation(const QJsonValue &value, QString *error);

// The server's rules as GET /me publishes them (ServerRules): cooldown, expiry, weekly
// limit and note length. Courtesy and "expiring soon" are the client's own choices, so
// the decoded rules keep DomainRules' defaults for them.
QJsonObject encodeRules(const DomainRules &rules);
std::optional<DomainRules> decodeRules(const QJsonValue &value, QString *error);

} // namespace InviteDesk::Wire
