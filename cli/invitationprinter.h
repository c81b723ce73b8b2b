#pragma once

#include "cli/clioptions.h"
#include "core/cachedinvitation.h"
#include "core/domainrules.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

namespace InviteDesk::Cli {

// Cached invitations as the command line prints them: an aligned table for people,
// CSV (core/csv) or a JSON array for scripts. Ages are whole days as of `now`.
class InvitationPrinter final
{
public:
    InvitationPrinter(const DomainRules &rules, const QDateTime &now);

    QByteArray print(const QList<CachedInvitation> &rows, CliOptions::Format format) const;

private:
    QList<QStringList> cells(const QList<CachedInvitation> &rows) const;
    QByteArray table(const QList<CachedInvitation> &rows) const;
    QByteArray json(const QList<CachedInvitation> &rows) const;

    DomainRules m_rules;
    QDateTime m_now;
};

} // namespace InviteDesk::Cli
