#pragma once

#include <QString>

#include <stdexcept>

namespace InviteDesk::Server {

// A statement that failed, or a database that cannot be reached. Thrown only inside
// the server's synchronous request handling; ApiServer turns it into a 500 problem
// after the transaction rolled back.
class DatabaseError final : public std::runtime_error
{
public:
    explicit DatabaseError(const QString &message);
};

} // namespace InviteDesk::Server
