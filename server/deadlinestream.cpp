#include "server/deadlinestream.h"

#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>

#include <algorithm>
#include <cstring>

using namespace std::chrono;

namespace InviteDesk::Server {

namespace {

void numericAddress(const sockaddr_storage &address, socklen_t length, std::string &ip, int &port)
{
    char host[NI_MAXHOST] = {};
    char service[NI_MAXSERV] = {};
    if (::getnameinfo(reinterpret_cast<const sockaddr *>(&address), length, host, sizeof host, service,
                      sizeof service, NI_NUMERICHOST | NI_NUMERICSERV)
        == 0) {
        ip = host;
        port = std::atoi(service);
    }
}

} // namespace

DeadlineStream::DeadlineStream(socket_t socket, milliseconds readTimeout, milliseconds writeTimeout)
    : m_socket(socket), m_readTimeout(readTimeout), m_writeTimeout(writeTimeout)
{
}

void DeadlineStream::startRequest(milliseconds deadline)
{
    m_deadline = SteadyClock::now() + deadline;
    m_timedOut = false;
}

bool DeadlineStream::waitForRequest(milliseconds timeout, const std::function<bool()> &keepGoing)
{
    m_deadline = SteadyClock::time_point::max();
    if (m_begin < m_end)
        return true; // a pipelined request is already here
    // In slices, so a stopping server is noticed (as httplib's own loop does).
    const auto until = SteadyClock::now() + timeout;
    while (keepGoing()) {
        const auto left = duration_cast<milliseconds>(until - SteadyClock::now());
        if (left <= milliseconds(0))
            return false;
        if (waitFor(POLLIN, std::min(left, milliseconds(100))))
            return true;
    }
    return false;
}

milliseconds DeadlineStream::readWait() const
{
    if (m_deadline == SteadyClock::time_point::max())
        return m_readTimeout;
    const auto left = ceil<milliseconds>(m_deadline - SteadyClock::now());
    return std::clamp(left, milliseconds(0), m_readTimeout);
}

bool DeadlineStream::waitFor(short events, milliseconds timeout) const
{
    pollfd poll{m_socket, events, 0};
    int ready;
    do {
        ready = ::poll(&poll, 1, static_cast<int>(timeout.count()));
    } while (ready < 0 && errno == EINTR);
    return ready > 0;
}

bool DeadlineStream::is_readable() const
{
    if (m_begin < m_end)
        return true;
    const auto wait = readWait();
    if (waitFor(POLLIN, wait))
        return true;
    // Nothing came while the deadline, not the read timeout, bounded the wait.
    m_timedOut = m_timedOut || wait < m_readTimeout;
    return false;
}

bool DeadlineStream::is_writable() const
{
    if (!waitFor(POLLOUT, m_writeTimeout))
        return false;
    // As httplib does: a client that has closed its side gets no answer.
    if (!waitFor(POLLIN, milliseconds(0)))
        return true;
    char byte;
    return ::recv(m_socket, &byte, 1, MSG_PEEK) > 0 || m_begin < m_end;
}

ssize_t DeadlineStream::read(char *ptr, size_t size)
{
    if (m_begin == m_end) {
        if (!is_readable())
            return -1;
        ssize_t n;
        do {
            n = ::recv(m_socket, m_buffer, sizeof m_buffer, 0);
        } while (n < 0 && errno == EINTR);
        if (n <= 0)
            return n;
        m_begin = 0;
        m_end = size_t(n);
    }
    const size_t taken = std::min(size, m_end - m_begin);
    std::memcpy(ptr, m_buffer + m_begin, taken);
    m_begin += taken;
    return ssize_t(taken);
}

ssize_t DeadlineStream::write(const char *ptr, size_t size)
{
    if (!is_writable())
        return -1;
    ssize_t n;
    do {
        n = ::send(m_socket, ptr, size, MSG_NOSIGNAL);
    } while (n < 0 && errno == EINTR);
    return n;
}

void DeadlineStream::get_remote_ip_and_port(std::string &ip, int &port) const
{
    sockaddr_storage address{};
    socklen_t length = sizeof address;
    if (::getpeername(m_socket, reinterpret_cast<sockaddr *>(&address), &length) == 0)
        numericAddress(address, length, ip, port);
}

void DeadlineStream::get_local_ip_and_port(std::string &ip, int &port) const
{
    sockaddr_storage address{};
    socklen_t length = sizeof address;
    if (::getsockname(m_socket, reinterpret_cast<sockaddr *>(&address), &length) == 0)
        numericAddress(address, length, ip, port);
}

} // namespace InviteDesk::Server
