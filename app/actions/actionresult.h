#pragma once

#include "core/actionkind.h"
#include "core/cachedinvitation.h"
#include "core/domainrules.h"
#include "core/person.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <chrono>
#include <variant>

namespace InviteDesk {

// None of the invitations asked about can take this action (any more).
struct NothingToDo
{
};

// Done as asked, nothing to show (an undo, a cancel, a retry).
struct ActionDone
{
};

// The action is in the outbox and its rows already show the new state. undo() with
// `undoHandle` takes it back until the undo window ends (undoEnded()).
struct ActionQueued
{
    ActionKind kind = ActionKind::Withdraw;
    int count = 0;
    QString personName; // when it concerns one person
    // Withdrawals: when these people may be invited again.
    QDateTime reinviteAvailableAt;
    qint64 undoHandle = 0;
    std::chrono::milliseconds undoWindow{0};
};

// Some of these were sent less than the courtesy period ago: ask the user, then call
// withdraw() again with the answer.
struct CourtesyQuestion
{
    QList<CachedInvitation> recent;
    QDateTime now;
    int courtesyDays = 0;
    int reinviteCooldownDays = 0;
};

// Who a bulk withdrawal takes back, for the one confirmation: the rows (with their
// ages as of `now`), how many of them are recent, when they can be invited again.
struct WithdrawalPreview
{
    QList<CachedInvitation> rows;
    QDateTime now;
    DomainRules rules;
    int recentCount = 0;
    QDateTime reinviteAvailableAt;
};

// The invitation may go: ask for the note (at most `noteMaxChars` code points), then
// call sendInvitation().
struct NoteNeeded
{
    Person person;
    int noteMaxChars = 0;
};

// This week's invitations are used up; sending may resume at `until`.
struct BlockedByWeeklyBudget
{
    QDateTime until;
    int limit = 0;
};

// Not possible now, for the reason the sentence gives.
struct ActionRefused
{
    QString sentence;
};

// What one user action came to, for the window (or the command line) to present.
using ActionResult = std::variant<NothingToDo, ActionDone, ActionQueued, CourtesyQuestion, WithdrawalPreview,
                                  NoteNeeded, BlockedByWeeklyBudget, ActionRefused>;

} // namespace InviteDesk
