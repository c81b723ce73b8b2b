#pragma once

#include <QString>
#include <QTemporaryDir>

namespace InviteDesk::Test {

// A real small filesystem of the test's own: a size-limited tmpfs mounted on a
// temporary folder (root only), which fill() makes full to the last byte, as a disk
// that has run out of room, and makeRoom() frees again. Unmounted when it goes.
class SmallDisk final
{
public:
    explicit SmallDisk(int megabytes);
    ~SmallDisk();
    Q_DISABLE_COPY_MOVE(SmallDisk)

    bool isMounted() const { return m_mounted; }
    // Why it could not be mounted (not root, no tmpfs), for the test's skip message.
    QString whyNot() const { return m_whyNot; }
    QString path() const { return m_dir.path(); }

    // Writes a filler file until the filesystem answers ENOSPC; false if it never did.
    bool fill();
    void makeRoom();

private:
    QTemporaryDir m_dir;
    bool m_mounted = false;
    QString m_whyNot;
};

} // namespace InviteDesk::Test

// Ends the test case where the disk could not be mounted, saying "skipped: …" (ctest
// counts such a test as skipped, not passed). For Catch2 test cases.
#define SKIP_WITHOUT_SMALL_DISK(disk)                                                                            \
    if (!(disk).isMounted()) {                                                                                   \
        WARN("skipped: cannot mount a small tmpfs here (" << (disk).whyNot().toStdString() << ")");            \
        return;                                                                                                  \
    }
