#pragma once

#include <QCoroTask>
#include <QString>

#include <optional>

namespace InviteDesk {

// Where the access token lives between runs. Never a plain config file: the keyring
// when there is one; otherwise memory only, and the window says so.
class CredentialStore
{
public:
    virtual ~CredentialStore() = default;

    // A sentence for the user when tokens are not kept across runs; empty otherwise.
    virtual QString limitation() const = 0;
    virtual QCoro::Task<std::optional<QString>> readToken(QString account) = 0;
    // False when the token could not be stored (it still works for this run).
    virtual QCoro::Task<bool> writeToken(QString account, QString token) = 0;
    virtual QCoro::Task<> removeToken(QString account) = 0;
};

} // namespace InviteDesk
