#include "server/randombytes.h"

#include <QRandomGenerator>

namespace InviteDesk::Server {

QByteArray randomBytes(qsizetype count)
{
    Q_ASSERT(count % qsizetype(sizeof(quint32)) == 0);
    QByteArray bytes(count, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), count / qsizetype(sizeof(quint32)));
    return bytes;
}

} // namespace InviteDesk::Server
