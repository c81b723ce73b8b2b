#pragma once

namespace InviteDesk::Cli {

// What invitedesk-cli's exit status means (also in --help and the README).
enum ExitCode : int {
    Done = 0,           // everything asked for was done
    SomeFailed = 1,     // some actions were refused or failed (an unknown id, a cooldown, …), or the
                        // cache could not be opened (a full or failing disk)
    UsageError = 2,     // a bad number, an unknown option or command
    OfflineQueued = 3,  // the server did not answer; actions wait in the outbox
    SignInNeeded = 4,   // no usable token: sign in first
};

} // namespace InviteDesk::Cli
