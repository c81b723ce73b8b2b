#pragma once

#include "core/domainrules.h"

#include <QString>

#include <optional>

namespace InviteDesk {
class Clock;
}

namespace InviteDesk::Server {

class ServerDatabase;

struct SeedOptions
{
    QString username;
    QString password;
    int sent = 0;
    int received = 0;
    quint32 seed = 1;
};

struct SeedSummary
{
    int people = 0;
    int connections = 0;
    int sent = 0;
    int received = 0;
    QStringList otherUsers; // accounts that share the demo password
};

// Deterministic demo data for one user: the same seed gives the same people, ids,
// states and ages (relative to the clock's now). Sent and received invitations are
// spread over ~200 days so fresh, stale, near-expiry and expired ones all exist.
class DemoSeeder final
{
public:
    static constexpr int spreadDays = 200;
    static constexpr int otherAccounts = 3;

    DemoSeeder(ServerDatabase &database, const Clock &clock, const DomainRules &rules);
    Q_DISABLE_COPY_MOVE(DemoSeeder)

    std::optional<SeedSummary> seed(const SeedOptions &options, QString *error);

private:
    ServerDatabase &m_database;
    const Clock &m_clock;
    DomainRules m_rules;
};

} // namespace InviteDesk::Server
