#include "smalldisk.h"

#include <QByteArray>
#include <QFile>
#include <QProcess>

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace InviteDesk::Test {

namespace {

QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(10'000))
        return program + u": "_s + process.errorString();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return QString::fromLocal8Bit(process.readAll()).trimmed();
    return QString();
}

} // namespace

SmallDisk::SmallDisk(int megabytes)
{
    if (!m_dir.isValid()) {
        m_whyNot = u"no temporary folder"_s;
        return;
    }
    if (geteuid() != 0) {
        m_whyNot = u"mounting a tmpfs needs root"_s;
        return;
    }
    m_whyNot = run(u"mount"_s, {u"-t"_s, u"tmpfs"_s, u"-o"_s, u"size=%1m,mode=0700"_s.arg(megabytes), u"tmpfs"_s,
                                m_dir.path()});
    m_mounted = m_whyNot.isEmpty();
}

SmallDisk::~SmallDisk()
{
    if (m_mounted)
        run(u"umount"_s, {m_dir.path()});
}

bool SmallDisk::fill()
{
    const QByteArray filler = QFile::encodeName(m_dir.filePath(u"filler"_s));
    const int fd = ::open(filler.constData(), O_WRONLY | O_CREAT | O_APPEND, 0600);
    if (fd < 0)
        return false;
    // Big pieces first, then down to single bytes: nothing is left over.
    const QByteArray piece(1 << 20, '\0');
    bool full = false;
    for (qsizetype size = piece.size(); size >= 1 && !full; size /= 2) {
        for (;;) {
            if (::write(fd, piece.constData(), size) >= 0)
                continue;
            if (errno != ENOSPC)
                break;
            full = size == 1;
            break;
        }
    }
    ::close(fd);
    return full;
}

void SmallDisk::makeRoom()
{
    QFile::remove(m_dir.filePath(u"filler"_s));
}

} // namespace InviteDesk::Test
