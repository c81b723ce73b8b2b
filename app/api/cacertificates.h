#pragma once

#include <QList>
#include <QSslCertificate>
#include <QString>

#include <optional>

namespace InviteDesk {

// The certificate authorities of a PEM file (invitedesk --ca-certificates FILE): a
// company's own CA, or a test CA, that ApiClient trusts for the server besides the
// system's. Every certificate of the file, or nullopt and the sentence why: a file that
// cannot be read, holds no certificate or a damaged one is refused, never half used.
std::optional<QList<QSslCertificate>> readCaCertificates(const QString &pemFile, QString *error);

} // namespace InviteDesk
