// Every API reply the client decodes with the wire codec (app/core/wirecodec.h): any
// bytes as a reply body, decoded as an invitation, a person and the server's rules,
// and each element of its arrays the same way (pages hold them in "items", sync pages
// in "changes"). Decoding must never crash, and whatever it accepts must encode and
// decode to the same invitation.
#include "core/wirecodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>
#include <cstdlib>

using namespace InviteDesk;

namespace {

void decodeAll(const QJsonValue &value)
{
    QString error;
    if (const auto invitation = Wire::decodeInvitation(value, &error)) {
        const auto again = Wire::decodeInvitation(Wire::encode(*invitation), &error);
        if (!again || again->id != invitation->id || again->state != invitation->state)
            std::abort();
    }
    Wire::decodePerson(value, &error);
    Wire::decodeRules(value, &error);
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (const auto &member : object)
            if (member.isObject() || member.isArray())
                decodeAll(member);
    } else if (value.isArray()) {
        for (const QJsonValue element : value.toArray())
            decodeAll(element);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (document.isObject())
        decodeAll(document.object());
    else if (document.isArray())
        decodeAll(document.array());
    return 0;
}
