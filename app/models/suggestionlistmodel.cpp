#include "models/suggestionlistmodel.h"

#include "cache/cachestore.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace InviteDesk {

SuggestionListModel::SuggestionListModel(CacheStore &store, QObject *parent)
    : QAbstractListModel(parent), m_store(store)
{
    connect(&m_store.account(), &AccountStore::accountChanged, this, &SuggestionListModel::reload);
    connect(&m_store.invitations(), &InvitationStore::invitationsChanged, this, &SuggestionListModel::reload);
}

void SuggestionListModel::reload()
{
    auto read = m_store.account().suggestions();
    if (!read) {
        Q_EMIT readFailed(read.error().message);
        return;
    }
    auto &fresh = read.value();
    // The cache's own withdrawals are newer than the server's last answer.
    for (auto &suggestion : fresh) {
        const auto withdrawal = m_store.invitations().reinviteAvailableAt(suggestion.person.id);
        if (!withdrawal) {
            Q_EMIT readFailed(withdrawal.error().message);
            return;
        }
        if (const auto &blocked = withdrawal.value())
            suggestion.reinviteAvailableAt = std::max(*blocked, suggestion.reinviteAvailableAt.value_or(*blocked));
    }
    if (fresh == m_rows)
        return;
    // A short list (20 people): a reset is cheaper than diffing and keeps no stale row.
    beginResetModel();
    m_rows = fresh;
    endResetModel();
}

int SuggestionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant SuggestionListModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const auto &suggestion = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        QString text = suggestion.person.name + u" — "_s + suggestion.person.headline;
        if (!suggestion.person.company.isEmpty())
            text += u", "_s + suggestion.person.company;
        if (suggestion.reinviteAvailableAt)
            text += u" (can re-invite after %1)"_s.arg(
                QLocale().toString(suggestion.reinviteAvailableAt->toLocalTime().date(), QLocale::ShortFormat));
        return text;
    }
    case PersonIdRole:
        return suggestion.person.id;
    case ReinviteAvailableAtRole:
        return suggestion.reinviteAvailableAt ? QVariant(*suggestion.reinviteAvailableAt) : QVariant();
    }
    return {};
}

} // namespace InviteDesk
