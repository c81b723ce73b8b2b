#include "server/databaseerror.h"

namespace InviteDesk::Server {

DatabaseError::DatabaseError(const QString &message)
    : std::runtime_error(message.toStdString())
{
}

} // namespace InviteDesk::Server
