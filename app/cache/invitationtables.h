#pragma once

#include "cache/cacheerror.h"
#include "cache/invitationtable.h"
#include "core/invitation.h"
#include "core/invitationstats.h"

#include <vector>

struct sqlite3;

namespace InviteDesk {

// One list of the window: the invitations of a direction in a shown state.
struct ListKey
{
    Direction direction;
    InvitationState state;
};

// What a list shows before it is read in full: its true size and its newest rows.
struct ListPreview
{
    qsizetype size = 0;
    InvitationTable newest;
};

// Reading lists into their compact tables with SQLite's own API: a QVariant per value
// made reading 90,000 rows take half a second through Qt Sql.
namespace InvitationTables {

// Every list's rows, in one pass over the invitations, on an open connection.
CacheResult<std::vector<InvitationTable>> read(sqlite3 *db, const std::vector<ListKey> &lists);
// The same on a read-only connection of its own to the cache file: for another thread,
// while the window's connection goes on writing (WAL readers see one snapshot).
CacheResult<std::vector<InvitationTable>> readFile(const QString &path, const std::vector<ListKey> &lists);
// Every sent invitation counted by its shown state and time, read through the index alone.
CacheResult<InvitationStats> sentStats(sqlite3 *db, InvitationStatsCounter counter);
// The list's size (kept by the schema's triggers) and its `newest` newest rows.
CacheResult<ListPreview> preview(sqlite3 *db, ListKey list, int newest);

} // namespace InvitationTables

} // namespace InviteDesk
