#pragma once

namespace InviteDesk {

// What the user asked to do to an invitation (Send: a new one to a person).
enum class ActionKind { Withdraw, Accept, Ignore, Send };

} // namespace InviteDesk
