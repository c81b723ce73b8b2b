#pragma once

#include "core/domainrules.h"

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
};

} // namespace InviteDesk::Server
