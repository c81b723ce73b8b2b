#pragma once

#include "core/actionkind.h"
#include "core/invitation.h"

#include <QMetaType>
#include <QString>

#include <optional>

namespace InviteDesk {

// How a queued action left the outbox: done as asked, or ended otherwise for good.
struct ActionOutcome
{
    enum class Result {
        Done,         // the server did it
        StateChanged, // someone acted first; `state` says what the invitation is now
        Gone,         // the invitation no longer exists for this user
        Failed,       // refused, or the server kept failing; `reason` says why
    };

    qint64 actionId = 0;
    ActionKind kind = ActionKind::Withdraw;
    QString invitationId;
    QString personName;
    Result result = Result::Done;
    std::optional<InvitationState> state;
    QString reason; // one sentence, empty when done
};

} // namespace InviteDesk

Q_DECLARE_METATYPE(InviteDesk::ActionOutcome)
