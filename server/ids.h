#pragma once

#include <QRandomGenerator>
#include <QString>
#include <QStringView>

namespace InviteDesk::Server {

// "per_3f9c…", "inv_…": a prefix that says what the id names and 64 random bits.
QString newId(QStringView prefix, QRandomGenerator &random);

// Ids that reach SQL or a log come from outside: only this shape is looked up.
bool isWellFormedId(QStringView id);

} // namespace InviteDesk::Server
