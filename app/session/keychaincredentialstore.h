#pragma once

#include "session/credentialstore.h"

namespace InviteDesk {

// Tokens in the desktop keyring (Secret Service, KWallet) through QtKeychain.
class KeychainCredentialStore final : public CredentialStore
{
public:
    QString limitation() const override { return {}; }
    QCoro::Task<std::optional<QString>> readToken(QString account) override;
    QCoro::Task<bool> writeToken(QString account, QString token) override;
    QCoro::Task<> removeToken(QString account) override;

    // Whether a keyring answers here (CI and headless machines have none).
    static QCoro::Task<bool> isAvailable();
};

} // namespace InviteDesk
