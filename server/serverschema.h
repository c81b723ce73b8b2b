#pragma once

#include "server/databaselocation.h"

#include <QStringList>

namespace InviteDesk::Server {

// The server's tables, per backend and schema version. migrationStep(backend, v)
// turns a database at version v-1 into one at version v; a new database runs every
// step from 1. The two backends hold the same data under the same names, so the
// queries elsewhere are shared; only types and storage options differ.
namespace ServerSchema {

constexpr int currentVersion = 3;

QStringList migrationStep(DatabaseLocation::Backend backend, int version);

// The tables `migrate` copies, parents before children, with their columns.
struct Table
{
    QString name;
    QStringList columns;
};
const QList<Table> &tables();

} // namespace ServerSchema

} // namespace InviteDesk::Server
