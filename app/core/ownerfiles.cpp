#include "core/ownerfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace InviteDesk::OwnerFiles {

namespace {

constexpr QFile::Permissions ownerReadWrite = QFile::ReadOwner | QFile::WriteOwner;
constexpr QFile::Permissions othersAny = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther
                                         | QFile::WriteOther | QFile::ExeOther;

} // namespace

bool makeFilePrivate(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.exists()) {
        // Created with its final mode: no moment in which others could open it.
        if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly, ownerReadWrite))
            return true;
        if (!file.exists()) { // not lost to a race with another process creating it
            *error = u"cannot create %1: %2"_s.arg(QDir::toNativeSeparators(path), file.errorString());
            return false;
        }
    }
    const QFile::Permissions now = file.permissions();
    if (!(now & othersAny))
        return true;
    if (!file.setPermissions(now & ~othersAny)) {
        *error = u"cannot make %1 private to its owner: %2"_s.arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

bool makeFolderPrivate(const QString &path, QString *error)
{
    if (!QDir().mkpath(path)) {
        *error = u"cannot create the folder %1"_s.arg(QDir::toNativeSeparators(path));
        return false;
    }
    QFile folder(path);
    if (!(folder.permissions() & othersAny))
        return true;
    if (!folder.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner)) {
        *error = u"cannot make the folder %1 private to its owner: %2"_s.arg(QDir::toNativeSeparators(path),
                                                                             folder.errorString());
        return false;
    }
    return true;
}

} // namespace InviteDesk::OwnerFiles
