#pragma once

#include "core/actionkind.h"
#include "core/person.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace InviteDesk {

QString toStorageString(ActionKind kind);
std::optional<ActionKind> actionKindFromStorage(QStringView text);

// What the user asked for; the outbox turns it into one row with its own idempotency key.
struct ActionRequest
{
    ActionKind kind = ActionKind::Withdraw;
    QString invitationId; // Withdraw, Accept, Ignore
    Person person;        // Send
    std::optional<QString> message;
};

// One queued action. Its idempotency key is fixed when it is queued and never changes,
// so a retry after a crash or a timeout has exactly one effect on the server.
struct OutboxAction
{
    qint64 id = 0;
    ActionKind kind = ActionKind::Withdraw;
    QString invitationId; // for Send: the local placeholder shown until the server answers
    QString personId;
    QString personName;
    std::optional<QString> message;
    QString idempotencyKey;
    QDateTime createdAt;
    QDateTime notBefore; // end of the undo window
    int attempts = 0;
    int serverErrors = 0; // of the attempts, how many the server answered with an error
    QDateTime nextAttemptAt;
    QString lastError;
};

} // namespace InviteDesk
