#include "session/memorycredentialstore.h"

namespace InviteDesk {

QCoro::Task<std::optional<QString>> MemoryCredentialStore::readToken(QString account)
{
    const auto found = m_tokens.constFind(account);
    co_return found == m_tokens.cend() ? std::nullopt : std::optional<QString>(*found);
}

QCoro::Task<bool> MemoryCredentialStore::writeToken(QString account, QString token)
{
    m_tokens.insert(account, token);
    co_return true;
}

QCoro::Task<> MemoryCredentialStore::removeToken(QString account)
{
    m_tokens.remove(account);
    co_return;
}

} // namespace InviteDesk
