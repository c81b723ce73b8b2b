#pragma once

#include "session/credentialstore.h"

#include <QHash>

namespace InviteDesk {

// The visible fallback when no keyring answers: tokens last for this run only.
class MemoryCredentialStore final : public CredentialStore
{
public:
    explicit MemoryCredentialStore(QString reason) : m_reason(std::move(reason)) {}

    QString limitation() const override { return m_reason; }
    QCoro::Task<std::optional<QString>> readToken(QString account) override;
    QCoro::Task<bool> writeToken(QString account, QString token) override;
    QCoro::Task<> removeToken(QString account) override;

private:
    QString m_reason;
    QHash<QString, QString> m_tokens;
};

} // namespace InviteDesk
