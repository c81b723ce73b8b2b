#pragma once

#include "core/invitation.h"

#include <QDateTime>
#include <QString>

#include <chrono>
#include <optional>

namespace InviteDesk {

// Why a request did not give what was asked, as a value (client coroutines never throw).
struct ApiError
{
    enum class Kind {
        Network,         // refused, reset, DNS, TLS: no HTTP answer
        Timeout,         // no complete answer within the transfer timeout
        Http,            // the server answered with an error status (usually problem+json)
        InvalidResponse, // a 2xx whose body is not what the contract says
    };

    Kind kind = Kind::Network;
    int status = 0;  // HTTP status when kind == Http
    QString code;    // the problem's stable code ("not_pending", "rate_limited", …)
    QString message; // one sentence a user can read
    std::optional<std::chrono::seconds> retryAfter;
    std::optional<QDateTime> availableAt;           // cooldown / weekly limit
    std::optional<InvitationState> invitationState; // 409 not_pending

    // Worth retrying later with the same request: no answer, a broken answer, a server
    // error or a rate limit. A full weekly budget is not transient in that sense.
    bool isTransient() const
    {
        if (kind != Kind::Http)
            return true;
        if (status == 429)
            return code != QLatin1StringView("weekly_limit_reached");
        return status >= 500 || status == 408;
    }
};

} // namespace InviteDesk
