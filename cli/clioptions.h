#pragma once

#include "core/invitationfilter.h"

#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace InviteDesk::Cli {

// One run of invitedesk-cli as its command line asked: the command, its arguments and
// every option, checked (a bad number or an option the command does not take is a
// usage error, told in one sentence).
struct CliOptions
{
    enum class Format { Table, Csv, Json };

    QString command;
    QStringList arguments; // what follows the command: a list's name, invitation ids
    QString dataDir;
    QUrl serverUrl;        // --account USER@SERVER or sign-in's --server
    QString username;
    QString passwordFile;
    QString caCertificates;
    Format format = Format::Table;
    InvitationFilter filter;  // list: --older-than, --company, --search, --expiring-soon
    std::optional<int> olderThanDays;
    std::optional<int> limit;
    std::optional<QString> note; // invite --note
    bool dryRun = false;
    bool yes = false;
    bool noWait = false; // another process sends the outbox: queue and exit 3

    // Parses `arguments` (argv). On --help/--version prints and sets `exitNow` to 0;
    // on a usage error returns false with the sentence.
    static bool parse(const QStringList &arguments, CliOptions *options, QString *error,
                      std::optional<int> *exitNow);
};

} // namespace InviteDesk::Cli
