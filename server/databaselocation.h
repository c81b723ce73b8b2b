#pragma once

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace InviteDesk::Server {

// Where the server's data lives, as given to `--db`: a SQLite file path, or a
// PostgreSQL URL `postgresql://USER@HOST:PORT/DBNAME`. The password never comes from
// the URL (it would show in `ps` and shell history): it is read from PGPASSWORD or
// from a file.
struct DatabaseLocation
{
    enum class Backend { SQLite, PostgreSQL };

    Backend backend = Backend::SQLite;
    QString path; // SQLite
    QString host; // PostgreSQL from here on
    int port = 5432;
    QString user;
    QString name;
    QString password;

    static DatabaseLocation sqliteFile(const QString &path);
    // `passwordFile` may be empty (then PGPASSWORD, if set, is used). On failure
    // returns nothing and a sentence saying what to fix; `option` is the flag it names.
    static std::optional<DatabaseLocation> parse(const QString &text, const QString &passwordFile, QString *error,
                                                 const QString &option = QStringLiteral("--db"));
    static bool looksLikeUrl(const QString &text);

    bool isPostgreSQL() const { return backend == Backend::PostgreSQL; }
    // For messages and logs: the file, or the URL without any secret.
    QString displayName() const;
    // A new Qt SQL connection named `connectionName` to this database, not opened yet.
    QSqlDatabase addConnection(const QString &connectionName) const;
};

} // namespace InviteDesk::Server
