#pragma once

#include <httplib.h>

#include <chrono>

namespace InviteDesk::Server {

// httplib's server with a whole-request deadline: its read timeout holds for each read
// only, so a client sending a byte every few seconds would keep a worker thread for
// hours. Here every request (head and body) must arrive within `requestDeadline` of its
// first byte; then the connection is answered 408 where httplib still answers, or
// closed. Kept-alive connections, their limits and the server's stop work as httplib's.
class DeadlineHttpServer final : public httplib::Server
{
public:
    explicit DeadlineHttpServer(std::chrono::milliseconds requestDeadline);

    // Whether the request being answered on this thread ran out of time while it was
    // read (for the error handler: 408 rather than 400).
    static bool requestTimedOut();

private:
    // Called by httplib for each accepted connection, on a worker thread.
    bool process_and_close_socket(socket_t sock) override;

    std::chrono::milliseconds m_requestDeadline;
};

} // namespace InviteDesk::Server
