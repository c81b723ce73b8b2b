#pragma once

#include <QList>
#include <QString>

class QAbstractItemModel;

namespace InviteDesk {

// Writes what a view shows as CSV (see core/csv.h): a header row with the columns'
// titles, then every top-level row's display text of those columns, in the model's
// order (pass the view's proxy to keep its filter and sorting). The file appears
// complete or not at all. On failure, `error` gets a sentence to show the user.
bool exportToCsv(const QAbstractItemModel &model, const QList<int> &columns, const QString &path, QString *error);

} // namespace InviteDesk
