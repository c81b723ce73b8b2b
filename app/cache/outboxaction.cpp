#include "cache/outboxaction.h"

using namespace Qt::StringLiterals;

namespace InviteDesk {

QString toStorageString(ActionKind kind)
{
    switch (kind) {
    case ActionKind::Withdraw:
        return u"withdraw"_s;
    case ActionKind::Accept:
        return u"accept"_s;
    case ActionKind::Ignore:
        return u"ignore"_s;
    case ActionKind::Send:
        return u"send"_s;
    }
    return {};
}

std::optional<ActionKind> actionKindFromStorage(QStringView text)
{
    for (auto kind : {ActionKind::Withdraw, ActionKind::Accept, ActionKind::Ignore, ActionKind::Send}) {
        if (text == toStorageString(kind))
            return kind;
    }
    return std::nullopt;
}

} // namespace InviteDesk
