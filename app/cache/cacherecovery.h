#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace InviteDesk {

// A cache file that cannot be trusted (garbage bytes, cut off in the middle of a page,
// another program's SQLite file, one a newer InviteDesk wrote) is not repaired and not
// deleted: it is kept aside under a dated name, a fresh cache takes its place with the
// queued actions that could still be read from it (same idempotency keys, so each one
// takes effect once), and the next sync, a full one, fills it again.
class CacheRecovery final
{
public:
    // Why `path` cannot be used as a cache, in a sentence for the user, or nullopt when
    // nothing is wrong with the file itself (a missing file is fine, and so is one that
    // cannot be read because the disk is full or failing: that is not the file's doing,
    // and setting it aside would lose it for nothing). Reads every page (PRAGMA
    // quick_check): run it off the GUI thread on a big cache.
    static std::optional<QString> damage(const QString &path);

    struct SetAside
    {
        QString keptAs;      // the damaged file's new name
        int keptActions = 0; // queued actions carried over into the fresh cache
        QString sentence;    // what to tell the user
    };
    // Moves `path` (and its -wal and -shm files) to "<path>.damaged-YYYYMMDD-HHMMSS" and
    // creates a fresh cache at `path` with the queued actions read from it. `why` is what
    // damage() said. Nullopt, with the sentence in *error, when it cannot.
    static std::optional<SetAside> setAside(const QString &path, const QString &why, const QDateTime &now,
                                            QString *error);
};

} // namespace InviteDesk
