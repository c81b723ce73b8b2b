#include "models/suggestionlistmodel.h"

#include "cache/cachestore.h"

#include <QLocale>

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
        const auto &person = suggestion.person;
        const QString who = person.company.isEmpty()
                                ? tr("%1 — %2", "name — headline").arg(person.name, person.headline)
                                : tr("%1 — %2, %3", "name — headline, company")
                                      .arg(person.name, person.headline, person.company);
        if (!suggestion.reinviteAvailableAt)
            return who;
        return tr("%1 (can re-invite after %2)", "a person as above, then a date")
            .arg(who, QLocale().toString(suggestion.reinviteAvailableAt->toLocalTime().date(), QLocale::ShortFormat));
    }
    case PersonIdRole:
        return suggestion.person.id;
    case ReinviteAvailableAtRole:
        return suggestion.reinviteAvailableAt ? QVariant(*suggestion.reinviteAvailableAt) : QVariant();
    }
    return {};
}

} // namespace InviteDesk
