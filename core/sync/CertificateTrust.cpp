#include "sync/CertificateTrust.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QSaveFile>

namespace tack::sync {
namespace {

// The errors a pin may waive: they all say "no trusted authority vouches for this certificate".
bool onlyUntrustedIssuer(QSslError::SslError error)
{
    switch (error) {
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted:
        return true;
    default:
        return false;
    }
}

QString tr(const char *text)
{
    return QCoreApplication::translate("tack::sync::CertificateTrust", text);
}

} // namespace

QString CertificateTrust::fingerprintOf(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return QString();
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex());
}

QString CertificateTrust::displayFingerprint(const QString &hex)
{
    QStringList pairs;
    for (qsizetype i = 0; i + 1 < hex.size(); i += 2)
        pairs.append(hex.mid(i, 2).toUpper());
    return pairs.join(QLatin1Char(':'));
}

std::optional<QString> CertificateTrust::parseFingerprint(const QString &text)
{
    QString hex;
    for (const QChar c : text) {
        if (c == QLatin1Char(':') || c.isSpace())
            continue;
        const char16_t u = c.toLower().unicode();
        if (!((u >= '0' && u <= '9') || (u >= 'a' && u <= 'f')))
            return std::nullopt;
        hex.append(QChar(u));
    }
    if (hex.size() != 64)
        return std::nullopt;
    return hex;
}

CertificateTrust::Verdict CertificateTrust::judge(const QList<QSslError> &errors, const QString &pinned)
{
    Verdict v;
    for (const QSslError &e : errors) {
        if (v.fingerprint.isEmpty())
            v.fingerprint = fingerprintOf(e.certificate());
    }
    for (const QSslError &e : errors) {
        if (!onlyUntrustedIssuer(e.error())) {
            v.problem = e.errorString();
            return v;
        }
    }
    v.trustable = !v.fingerprint.isEmpty();
    bool allPinned = !pinned.isEmpty() && !errors.isEmpty();
    for (const QSslError &e : errors) {
        // Every complaint must be about the pinned certificate itself; a different leaf signed by
        // something unknown is not covered by the pin.
        if (fingerprintOf(e.certificate()) != pinned)
            allPinned = false;
    }
    if (allPinned) {
        v.accept = true;
        return v;
    }
    v.problem = pinned.isEmpty()
                    ? tr("the server's certificate is not signed by an authority this computer trusts")
                    : tr("the server's certificate is not the one this profile trusts (SHA-256 %1)")
                          .arg(displayFingerprint(pinned));
    return v;
}

QString CertificateTrust::loadPin(const QString &file, QString *error)
{
    QFile f(file);
    if (!f.exists())
        return QString();
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("cannot read %1: %2").arg(file, f.errorString());
        return QString();
    }
    const auto hex = parseFingerprint(QString::fromLatin1(f.readLine(200)).trimmed());
    if (!hex) {
        if (error)
            *error = tr("%1 does not hold a SHA-256 fingerprint").arg(file);
        return QString();
    }
    return *hex;
}

bool CertificateTrust::savePin(const QString &file, const QString &hex, QString *error)
{
    QSaveFile f(file);
    if (!f.open(QIODevice::WriteOnly) || f.write(hex.toLatin1() + '\n') < 0 || !f.commit()) {
        if (error)
            *error = tr("cannot write %1: %2").arg(file, f.errorString());
        return false;
    }
    return true;
}

} // namespace tack::sync
