#pragma once

#include "core/domainrules.h"

#include <QStringList>

namespace InviteDesk::Server {

// How a running server behaves; each field comes from a `serve` flag.
struct ServerSettings
{
    DomainRules rules;
    double rateLimit = 20; // requests per second per token; 0 = off
    int rateBurst = 40;
    // httplib serves a kept-alive connection on one thread until it closes, so this
    // is also how many clients can be served at once.
    int threads = 128;
    // Each request's head and body must arrive within this many seconds of its first
    // byte (a client trickling it a byte at a time would hold a thread otherwise).
    int requestDeadlineSeconds = 20;
    // Reverse proxies whose X-Forwarded-For header names the client (the per-address
    // limits then count clients, not the proxy).
    QStringList trustedProxies;
};

} // namespace InviteDesk::Server
