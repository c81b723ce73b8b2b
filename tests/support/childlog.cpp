#include "childlog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

namespace InviteDesk::Test {

void keepChildLog(const QString &program, const QByteArray &output)
{
    const QString folder = qEnvironmentVariable("INVITEDESK_TEST_LOG_DIR");
    if (folder.isEmpty() || output.isEmpty())
        return;
    QDir().mkpath(folder);
    QFile log(QDir(folder).filePath(u"children-%1.log"_s.arg(QCoreApplication::applicationPid())));
    if (!log.open(QIODevice::Append))
        qFatal("cannot keep the output of %s in %s", qPrintable(program), qPrintable(log.fileName()));
    log.write("==> " + program.toUtf8() + '\n' + output + '\n');
}

} // namespace InviteDesk::Test
