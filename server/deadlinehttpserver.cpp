#include "server/deadlinehttpserver.h"

#include "server/deadlinestream.h"

#include <sys/socket.h>
#include <unistd.h>

using namespace std::chrono;

namespace InviteDesk::Server {

namespace {

thread_local const DeadlineStream *t_stream = nullptr;

milliseconds toMilliseconds(time_t seconds, time_t microseconds)
{
    return duration_cast<milliseconds>(std::chrono::seconds(seconds) + std::chrono::microseconds(microseconds));
}

} // namespace

DeadlineHttpServer::DeadlineHttpServer(milliseconds requestDeadline) : m_requestDeadline(requestDeadline) {}

bool DeadlineHttpServer::requestTimedOut()
{
    return t_stream && t_stream->timedOut();
}

bool DeadlineHttpServer::process_and_close_socket(socket_t sock)
{
    DeadlineStream stream(sock, toMilliseconds(read_timeout_sec_, read_timeout_usec_),
                          toMilliseconds(write_timeout_sec_, write_timeout_usec_));
    t_stream = &stream;
    const auto running = [this] { return svr_sock_ != INVALID_SOCKET; };
    bool ok = false;
    for (size_t left = keep_alive_max_count_; left > 0; --left) {
        if (!stream.waitForRequest(seconds(keep_alive_timeout_sec_), running))
            break;
        stream.startRequest(m_requestDeadline);
        bool closed = false;
        ok = process_request(stream, left == 1, closed, nullptr);
        if (!ok || closed || stream.timedOut())
            break;
    }
    t_stream = nullptr;
    ::shutdown(sock, SHUT_RDWR);
    ::close(sock);
    return ok;
}

} // namespace InviteDesk::Server
