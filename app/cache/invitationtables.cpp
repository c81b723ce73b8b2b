#include "cache/invitationtables.h"

#include "cache/sqlsupport.h"

#include <sqlite3.h>

#include <memory>

namespace InviteDesk::InvitationTables {

namespace {

// The columns InvitationTable keeps, then the list a row belongs to.
constexpr const char *tableColumns =
    "SELECT id, person_name, person_headline, person_company, sent_at, COALESCE(local_changed_at, updated_at),"
    " local_state IS NOT NULL, direction, COALESCE(local_state, state) FROM invitations";

// A statement that is finalized however the read ends.
using Statement = std::unique_ptr<sqlite3_stmt, decltype(&sqlite3_finalize)>;

CacheError readError(sqlite3 *db)
{
    return CacheError{CacheText::tr("The cache file cannot be read (%1). It may be damaged or not a cache.")
                          .arg(QString::fromUtf8(db ? sqlite3_errmsg(db) : "out of memory"))};
}

std::string_view text(sqlite3_stmt *statement, int column)
{
    const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
    return {bytes ? bytes : "", static_cast<size_t>(sqlite3_column_bytes(statement, column))};
}

void appendRow(sqlite3_stmt *statement, InvitationTable &table)
{
    table.append(text(statement, 0), text(statement, 1), text(statement, 2), text(statement, 3),
                 sqlite3_column_int64(statement, 4), sqlite3_column_int64(statement, 5),
                 sqlite3_column_int(statement, 6) != 0);
}

Statement prepare(sqlite3 *db, const std::string &sql)
{
    sqlite3_stmt *statement = nullptr;
    sqlite3_prepare_v2(db, sql.c_str(), -1, &statement, nullptr);
    return Statement(statement, &sqlite3_finalize);
}

// Each table sized for its list (list_sizes), text at a typical row's length; a guess too
// small only costs the growth it would have had anyway.
void reserve(sqlite3 *db, const std::vector<ListKey> &lists, std::vector<InvitationTable> &tables)
{
    constexpr qsizetype typicalTextBytes = 64;
    const Statement size = prepare(db, "SELECT size FROM list_sizes WHERE direction = ? AND state = ?");
    for (size_t i = 0; size && i < lists.size(); ++i) {
        sqlite3_reset(size.get());
        sqlite3_bind_int(size.get(), 1, static_cast<int>(lists[i].direction));
        sqlite3_bind_int(size.get(), 2, static_cast<int>(lists[i].state));
        if (sqlite3_step(size.get()) == SQLITE_ROW) {
            const qsizetype rows = sqlite3_column_int64(size.get(), 0);
            tables[i].reserve(rows, rows * typicalTextBytes);
        }
    }
}

} // namespace

CacheResult<std::vector<InvitationTable>> read(sqlite3 *db, const std::vector<ListKey> &lists)
{
    const Statement statement = prepare(db, tableColumns);
    if (!statement)
        return readError(db);
    std::vector<InvitationTable> tables(lists.size());
    reserve(db, lists, tables);
    int step;
    while ((step = sqlite3_step(statement.get())) == SQLITE_ROW) {
        const auto direction = static_cast<Direction>(sqlite3_column_int(statement.get(), 7));
        const auto state = static_cast<InvitationState>(sqlite3_column_int(statement.get(), 8));
        for (size_t i = 0; i < lists.size(); ++i) {
            if (lists[i].direction == direction && lists[i].state == state)
                appendRow(statement.get(), tables[i]);
        }
    }
    if (step != SQLITE_DONE)
        return readError(db);
    return tables;
}

CacheResult<std::vector<InvitationTable>> readFile(const QString &path, const std::vector<ListKey> &lists)
{
    sqlite3 *opened = nullptr;
    const int status = sqlite3_open_v2(path.toUtf8().constData(), &opened, SQLITE_OPEN_READONLY, nullptr);
    const std::unique_ptr<sqlite3, decltype(&sqlite3_close)> db(opened, &sqlite3_close);
    if (status != SQLITE_OK)
        return readError(db.get());
    // The window's connection may hold the write lock for a moment (a sync page).
    sqlite3_busy_timeout(db.get(), 5000);
    return read(db.get(), lists);
}

CacheResult<InvitationStats> sentStats(sqlite3 *db, InvitationStatsCounter counter)
{
    // Every shown state named, so that the index on (direction, shown state, sent_at) has it all.
    const Statement rows =
        prepare(db, "SELECT COALESCE(local_state, state), sent_at FROM invitations"
                    " WHERE direction = ? AND COALESCE(local_state, state) IN (?, ?, ?, ?, ?)");
    if (!rows)
        return readError(db);
    sqlite3_bind_int(rows.get(), 1, static_cast<int>(Direction::Sent));
    int parameter = 2;
    for (const auto state : {InvitationState::Pending, InvitationState::Accepted, InvitationState::Ignored,
                             InvitationState::Withdrawn, InvitationState::Expired})
        sqlite3_bind_int(rows.get(), parameter++, static_cast<int>(state));
    int step;
    while ((step = sqlite3_step(rows.get())) == SQLITE_ROW)
        counter.add(static_cast<InvitationState>(sqlite3_column_int(rows.get(), 0)), sqlite3_column_int64(rows.get(), 1));
    if (step != SQLITE_DONE)
        return readError(db);
    return counter.stats();
}

CacheResult<ListPreview> preview(sqlite3 *db, ListKey list, int newest)
{
    ListPreview preview;
    {
        const Statement size = prepare(db, "SELECT size FROM list_sizes WHERE direction = ? AND state = ?");
        if (!size)
            return readError(db);
        sqlite3_bind_int(size.get(), 1, static_cast<int>(list.direction));
        sqlite3_bind_int(size.get(), 2, static_cast<int>(list.state));
        const int step = sqlite3_step(size.get());
        if (step == SQLITE_ROW)
            preview.size = sqlite3_column_int64(size.get(), 0);
        else if (step != SQLITE_DONE)
            return readError(db);
    }
    // The order the list shows by default: newest sent, or newest withdrawn (accepted, …).
    const std::string time =
        list.state == InvitationState::Pending ? "sent_at" : "COALESCE(local_changed_at, updated_at)";
    const Statement rows = prepare(db, std::string(tableColumns)
                                           + " WHERE direction = ? AND COALESCE(local_state, state) = ?"
                                             " ORDER BY "
                                           + time + " DESC LIMIT ?");
    if (!rows)
        return readError(db);
    sqlite3_bind_int(rows.get(), 1, static_cast<int>(list.direction));
    sqlite3_bind_int(rows.get(), 2, static_cast<int>(list.state));
    sqlite3_bind_int(rows.get(), 3, newest);
    int step;
    while ((step = sqlite3_step(rows.get())) == SQLITE_ROW)
        appendRow(rows.get(), preview.newest);
    if (step != SQLITE_DONE)
        return readError(db);
    return preview;
}

} // namespace InviteDesk::InvitationTables
