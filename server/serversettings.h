#pragma once

#include "core/domainrules.h"

namespace InviteDesk::Server {

// How a running server behaves; each field comes from a `serve` flag.
struct ServerSettings
{
    DomainRules rules;
    double rateLimit = 20; // requests per second per token; 0 = off
    int rateBurst = 40;
    int threads = 32;
};

} // namespace InviteDesk::Server
