#include "server/databaselocation.h"

#include <QFile>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace InviteDesk::Server {

DatabaseLocation DatabaseLocation::sqliteFile(const QString &path)
{
    DatabaseLocation location;
    location.path = path;
    return location;
}

bool DatabaseLocation::looksLikeUrl(const QString &text)
{
    return text.contains(u"://"_s);
}

std::optional<DatabaseLocation> DatabaseLocation::parse(const QString &text, const QString &passwordFile,
                                                        QString *error, const QString &option)
{
    if (text.isEmpty()) {
        *error = u"%1 is required: a SQLite file, or postgresql://USER@HOST:PORT/DBNAME"_s.arg(option);
        return std::nullopt;
    }
    if (!looksLikeUrl(text)) {
        if (!passwordFile.isEmpty()) {
            *error = u"--db-password-file is for PostgreSQL; %1 is a SQLite file"_s.arg(text);
            return std::nullopt;
        }
        return sqliteFile(text);
    }

    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme();
    if (!url.isValid() || (scheme != u"postgresql" && scheme != u"postgres")) {
        *error = u"%1 %2 is not a database this server knows: give a SQLite file, or"
                 " postgresql://USER@HOST:PORT/DBNAME"_s.arg(option, url.toDisplayString(QUrl::RemovePassword));
        return std::nullopt;
    }
    if (!url.password().isEmpty()) {
        *error = u"put the database password in PGPASSWORD or a --db-password-file, not in the %1 URL"
                 " (a URL shows in process lists and shell history)"_s.arg(option);
        return std::nullopt;
    }
    DatabaseLocation location;
    location.backend = Backend::PostgreSQL;
    location.host = url.host();
    location.port = url.port(5432);
    location.user = url.userName();
    location.name = url.path().mid(1);
    if (location.host.isEmpty() || location.user.isEmpty() || location.name.isEmpty() || location.name.contains(u'/')) {
        *error = u"%1 %2 needs a user, a host and a database name: postgresql://USER@HOST:PORT/DBNAME"_s.arg(
            option, url.toDisplayString());
        return std::nullopt;
    }

    if (!passwordFile.isEmpty()) {
        QFile file(passwordFile);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = u"cannot read the database password from %1: %2"_s.arg(passwordFile, file.errorString());
            return std::nullopt;
        }
        // The first line, without its line break: `echo secret > file` must work.
        location.password = QString::fromUtf8(file.readLine()).remove(u'\n').remove(u'\r');
    } else {
        location.password = qEnvironmentVariable("PGPASSWORD");
    }
    return location;
}

QSqlDatabase DatabaseLocation::addConnection(const QString &connectionName) const
{
    if (!isPostgreSQL()) {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connectionName);
        db.setDatabaseName(path);
        return db;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, connectionName);
    db.setHostName(host);
    db.setPort(port);
    db.setUserName(user);
    db.setPassword(password);
    db.setDatabaseName(name);
    db.setConnectOptions(u"connect_timeout=5;application_name=invitedesk-server"_s);
    return db;
}

QString DatabaseLocation::displayName() const
{
    if (!isPostgreSQL())
        return path;
    return u"postgresql://%1@%2:%3/%4"_s.arg(user, host).arg(port).arg(name);
}

} // namespace InviteDesk::Server
