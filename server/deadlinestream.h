#pragma once

#include <httplib.h>

#include <chrono>

namespace InviteDesk::Server {

// One connection as httplib reads and writes it, with a whole-request deadline on top
// of the per-read timeout: from startRequest() on, every read waits at most until the
// deadline, so a client that trickles its head or body a byte at a time is cut off
// when the deadline passes, not after each byte's own timeout. Reads are buffered
// (httplib reads a request line and headers a byte at a time).
class DeadlineStream final : public httplib::Stream
{
public:
    using SteadyClock = std::chrono::steady_clock;

    DeadlineStream(socket_t socket, std::chrono::milliseconds readTimeout, std::chrono::milliseconds writeTimeout);

    // The next request began (its first byte is here): it must be read within `deadline`.
    void startRequest(std::chrono::milliseconds deadline);
    // Whether the current request's deadline passed before it was read whole.
    bool timedOut() const { return m_timedOut; }
    // Waits up to `timeout` for the next request's first byte; false when none came or
    // `keepGoing` turned false (the server stops).
    bool waitForRequest(std::chrono::milliseconds timeout, const std::function<bool()> &keepGoing);

    bool is_readable() const override;
    bool is_writable() const override;
    ssize_t read(char *ptr, size_t size) override;
    ssize_t write(const char *ptr, size_t size) override;
    void get_remote_ip_and_port(std::string &ip, int &port) const override;
    void get_local_ip_and_port(std::string &ip, int &port) const override;
    socket_t socket() const override { return m_socket; }

private:
    // Waits for `events` on the socket for up to `timeout` (0: just looks).
    bool waitFor(short events, std::chrono::milliseconds timeout) const;
    // How long the next read may wait: its own timeout, or what is left of the deadline.
    std::chrono::milliseconds readWait() const;

    socket_t m_socket;
    std::chrono::milliseconds m_readTimeout;
    std::chrono::milliseconds m_writeTimeout;
    SteadyClock::time_point m_deadline = SteadyClock::time_point::max();
    mutable bool m_timedOut = false;
    char m_buffer[4096];
    size_t m_begin = 0;
    size_t m_end = 0;
};

} // namespace InviteDesk::Server
