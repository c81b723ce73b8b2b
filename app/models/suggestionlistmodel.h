#pragma once

#include "core/suggestion.h"

#include <QAbstractListModel>

namespace InviteDesk {

class CacheStore;

// People to invite (My Network), with the date a recent withdrawal blocks them until.
class SuggestionListModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { PersonIdRole = Qt::UserRole + 1, ReinviteAvailableAtRole };

    SuggestionListModel(CacheStore &store, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(SuggestionListModel)

    void reload();
    const Suggestion &suggestionAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // The cache could not be read: the list shown may be out of date.
    void readFailed(const QString &message);

private:
    CacheStore &m_store;
    QList<Suggestion> m_rows;
};

} // namespace InviteDesk
