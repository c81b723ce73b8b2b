#include "cli/clioptions.h"

#include "cli/exitcode.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStandardPaths>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace InviteDesk::Cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(InviteDesk::Cli::CliOptions)
};

const QStringList commands{u"list"_s,   u"withdraw"_s, u"accept"_s,  u"ignore"_s, u"invite"_s,
                           u"sync"_s,   u"status"_s,   u"sign-in"_s, u"sign-out"_s, u"export"_s};

QString description()
{
    return Text::tr(
        "Your InviteDesk invitations from a terminal or a script: the same cache, outbox and rules as the window.\n"
        "\n"
        "Commands:\n"
        "  list received|sent|withdrawn   what the cache holds (offline too)\n"
        "  withdraw ID...                 withdraw these sent invitations\n"
        "  withdraw --older-than DAYS     withdraw every one pending longer (--limit N, --dry-run)\n"
        "  accept ID... | ignore ID...    answer received invitations\n"
        "  invite PERSON_ID [--note TEXT] invite a suggested person, or one withdrawn earlier\n"
        "  sync                           send what is queued and fetch what changed\n"
        "  status                         account, connection, last sync, queued actions, weekly budget\n"
        "  sign-in --server URL --user NAME   sign in (password from the terminal or --password-file)\n"
        "  sign-out                       forget the sign-in (what is queued stays)\n"
        "  export                         every invitation (--format csv|json)\n"
        "\n"
        "While the InviteDesk window is open on the same data folder, it sends what the command line\n"
        "queues, and the command line reports each result as the window gets it (or, with --no-wait,\n"
        "exits 3 at once).\n"
        "\n"
        "Exit status: 0 done; 1 some actions were refused or failed; 2 usage error;\n"
        "3 offline or sent by the window later, actions still queued; 4 sign-in needed.");
}

// A whole number of at least `minimum`, or the sentence why not.
std::optional<int> number(const QString &option, const QString &value, int minimum, QString *error)
{
    bool ok = false;
    const int n = value.toInt(&ok);
    if (!ok || n < minimum) {
        *error = Text::tr("--%1 takes a whole number of at least %2, not \"%3\".").arg(option).arg(minimum).arg(value);
        return std::nullopt;
    }
    return n;
}

} // namespace

bool CliOptions::parse(const QStringList &arguments, CliOptions *options, QString *error, std::optional<int> *exitNow)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description());
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(u"command"_s, Text::tr("One of: %1.").arg(commands.join(u", "_s)));
    const QCommandLineOption dataDir(u"data-dir"_s, Text::tr("The window's data folder (cache and settings) in DIR."),
                                     Text::tr("DIR"),
                                     QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    const QCommandLineOption account(u"account"_s, Text::tr("Use this account instead of the last one used."),
                                     Text::tr("USER@SERVER"));
    const QCommandLineOption server(u"server"_s, Text::tr("sign-in: the Invitations API at URL."), Text::tr("URL"));
    const QCommandLineOption user(u"user"_s, Text::tr("sign-in: the user name."), Text::tr("NAME"));
    const QCommandLineOption passwordFile(
        u"password-file"_s, Text::tr("Sign in with the password on FILE's first line; the token stays in memory."),
        Text::tr("FILE"));
    const QCommandLineOption caCertificates(u"ca-certificates"_s,
                                            Text::tr("Also trust the certificate authorities in FILE (PEM)."),
                                            Text::tr("FILE"));
    const QCommandLineOption format(u"format"_s, Text::tr("list, export: table, csv or json."), Text::tr("FORMAT"));
    const QCommandLineOption olderThan(u"older-than"_s, Text::tr("Only invitations pending more than DAYS days."),
                                       Text::tr("DAYS"));
    const QCommandLineOption company(u"company"_s, Text::tr("list: only this company (part of its name)."),
                                     Text::tr("TEXT"));
    const QCommandLineOption search(u"search"_s, Text::tr("list: every word in name, headline or company."),
                                    Text::tr("WORDS"));
    const QCommandLineOption expiringSoon(u"expiring-soon"_s, Text::tr("list: only invitations about to expire."));
    const QCommandLineOption limit(u"limit"_s, Text::tr("withdraw: at most N, oldest first."), Text::tr("N"));
    const QCommandLineOption dryRun(u"dry-run"_s, Text::tr("withdraw: show who would go, send nothing."));
    const QCommandLineOption note(u"note"_s, Text::tr("invite: a note for the invitation."), Text::tr("TEXT"));
    const QCommandLineOption yes(u"yes"_s, Text::tr("Do not ask for confirmation."));
    const QCommandLineOption noWait(
        u"no-wait"_s, Text::tr("When the window sends this account's actions, queue them and exit 3 at once."));
    parser.addOptions({dataDir, account, server, user, passwordFile, caCertificates, format, olderThan, company,
                       search, expiringSoon, limit, dryRun, note, yes, noWait});

    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return false;
    }
    if (parser.isSet(u"help"_s)) {
        fputs(qPrintable(parser.helpText()), stdout);
        *exitNow = Done;
        return true;
    }
    if (parser.isSet(u"version"_s)) {
        fputs(qPrintable(QCoreApplication::applicationName() + u' ' + QCoreApplication::applicationVersion() + u'\n'),
              stdout);
        *exitNow = Done;
        return true;
    }
    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        *error = Text::tr("Say what to do: %1 (see --help).").arg(commands.join(u", "_s));
        return false;
    }
    options->command = positional.takeFirst();
    if (!commands.contains(options->command)) {
        *error = Text::tr("Unknown command \"%1\"; the commands are %2.").arg(options->command, commands.join(u", "_s));
        return false;
    }
    options->arguments = positional;
    options->dataDir = parser.value(dataDir);
    options->passwordFile = parser.value(passwordFile);
    options->caCertificates = parser.value(caCertificates);
    options->dryRun = parser.isSet(dryRun);
    options->yes = parser.isSet(yes);
    options->noWait = parser.isSet(noWait);

    if (parser.isSet(account)) {
        const QString value = parser.value(account);
        const qsizetype at = value.indexOf(u'@');
        if (at <= 0 || at == value.size() - 1) {
            *error = Text::tr("--account takes USER@SERVER, e.g. alice@https://invitations.example.com/api/v1.");
            return false;
        }
        options->username = value.left(at);
        options->serverUrl = QUrl(value.mid(at + 1));
    }
    if (options->command == u"sign-in") {
        if (!parser.isSet(server) || !parser.isSet(user)) {
            *error = Text::tr("sign-in needs --server URL and --user NAME.");
            return false;
        }
        options->serverUrl = QUrl::fromUserInput(parser.value(server));
        options->username = parser.value(user);
    }

    if (parser.isSet(format)) {
        const QString value = parser.value(format);
        if (value == u"table")
            options->format = Format::Table;
        else if (value == u"csv")
            options->format = Format::Csv;
        else if (value == u"json")
            options->format = Format::Json;
        else {
            *error = Text::tr("--format takes table, csv or json, not \"%1\".").arg(value);
            return false;
        }
    }
    if (parser.isSet(olderThan)) {
        options->olderThanDays = number(u"older-than"_s, parser.value(olderThan), 0, error);
        if (!options->olderThanDays)
            return false;
        // "Older than N days": at least N + 1 whole days.
        options->filter.minAgeDays = *options->olderThanDays + 1;
    }
    if (parser.isSet(limit)) {
        options->limit = number(u"limit"_s, parser.value(limit), 1, error);
        if (!options->limit)
            return false;
    }
    if (parser.isSet(note))
        options->note = parser.value(note);
    options->filter.company = parser.value(company);
    options->filter.text = parser.value(search);
    options->filter.expiringSoonOnly = parser.isSet(expiringSoon);

    // Options that mean nothing to the command are mistakes, not silently ignored.
    const auto onlyFor = [&](const QCommandLineOption &option, const QStringList &allowed) {
        if (parser.isSet(option) && !allowed.contains(options->command)) {
            *error = Text::tr("--%1 does not apply to %2.").arg(option.names().constFirst(), options->command);
            return false;
        }
        return true;
    };
    if (!onlyFor(format, {u"list"_s, u"export"_s}) || !onlyFor(company, {u"list"_s})
        || !onlyFor(search, {u"list"_s}) || !onlyFor(expiringSoon, {u"list"_s})
        || !onlyFor(olderThan, {u"list"_s, u"withdraw"_s}) || !onlyFor(limit, {u"withdraw"_s})
        || !onlyFor(dryRun, {u"withdraw"_s}) || !onlyFor(note, {u"invite"_s}) || !onlyFor(server, {u"sign-in"_s})
        || !onlyFor(user, {u"sign-in"_s})
        || !onlyFor(noWait, {u"withdraw"_s, u"accept"_s, u"ignore"_s, u"invite"_s, u"sync"_s}))
        return false;

    const QString &command = options->command;
    if (command == u"list") {
        if (options->arguments.size() != 1
            || !QStringList{u"received"_s, u"sent"_s, u"withdrawn"_s}.contains(options->arguments.first())) {
            *error = Text::tr("list takes one of received, sent or withdrawn.");
            return false;
        }
    } else if (command == u"withdraw") {
        if (options->arguments.isEmpty() == !options->olderThanDays) {
            *error = Text::tr("withdraw takes invitation ids or --older-than DAYS, one of the two.");
            return false;
        }
        if (options->olderThanDays && *options->olderThanDays < 0) {
            *error = Text::tr("--older-than cannot be negative.");
            return false;
        }
    } else if (command == u"accept" || command == u"ignore") {
        if (options->arguments.isEmpty()) {
            *error = Text::tr("%1 takes the ids of received invitations.").arg(command);
            return false;
        }
    } else if (command == u"invite") {
        if (options->arguments.size() != 1) {
            *error = Text::tr("invite takes one person id.");
            return false;
        }
    } else if (!options->arguments.isEmpty()) {
        *error = Text::tr("%1 takes no arguments, but was given \"%2\".").arg(command, options->arguments.join(u' '));
        return false;
    }
    return true;
}

} // namespace InviteDesk::Cli
