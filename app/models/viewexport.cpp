#include "models/viewexport.h"

#include "core/csv.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace InviteDesk {

bool exportToCsv(const QAbstractItemModel &model, const QList<int> &columns, const QString &path, QString *error)
{
    QList<QStringList> rows;
    rows.reserve(model.rowCount() + 1);
    QStringList header;
    for (const int column : columns)
        header.append(model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
    rows.append(header);
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList cells;
        for (const int column : columns)
            cells.append(model.index(row, column).data(Qt::DisplayRole).toString());
        rows.append(cells);
    }

    // QSaveFile writes beside the target and renames on commit: no half file is left.
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(csvDocument(rows)) >= 0 && file.commit())
        return true;
    *error = QCoreApplication::translate("InviteDesk::ViewExport", "Could not write %1: %2.")
                 .arg(QDir::toNativeSeparators(path), file.errorString());
    return false;
}

} // namespace InviteDesk
