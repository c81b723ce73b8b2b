#include "api/cacertificates.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

namespace InviteDesk {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(InviteDesk::CaCertificates)
};

// Larger than any bundle of authorities (Debian's whole one is ~220 KiB).
constexpr qint64 maxFileBytes = 4 * 1024 * 1024;

} // namespace

std::optional<QList<QSslCertificate>> readCaCertificates(const QString &pemFile, QString *error)
{
    const QString name = QDir::toNativeSeparators(pemFile);
    QFile file(pemFile);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Text::tr("The certificate file %1 cannot be read (%2).").arg(name, file.errorString());
        return std::nullopt;
    }
    if (file.size() > maxFileBytes) {
        *error = Text::tr("The certificate file %1 is too large to be a list of certificate authorities.").arg(name);
        return std::nullopt;
    }
    const QByteArray pem = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        *error = Text::tr("The certificate file %1 cannot be read (%2).").arg(name, file.errorString());
        return std::nullopt;
    }
    // Counted, so that a damaged block is refused instead of silently left out.
    const qsizetype blocks = pem.count("-----BEGIN CERTIFICATE-----");
    QList<QSslCertificate> certificates = QSslCertificate::fromData(pem, QSsl::Pem);
    certificates.removeIf([](const QSslCertificate &certificate) { return certificate.isNull(); });
    if (blocks == 0) {
        *error = Text::tr("The file %1 holds no certificate in PEM format (-----BEGIN CERTIFICATE-----).").arg(name);
        return std::nullopt;
    }
    if (certificates.size() != blocks) {
        *error = Text::tr("The file %1 holds a certificate that is damaged or not in PEM format.").arg(name);
        return std::nullopt;
    }
    return certificates;
}

} // namespace InviteDesk
