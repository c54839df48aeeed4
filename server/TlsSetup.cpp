#include "TlsSetup.h"

#include "sync/CertificateTrust.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>

namespace tack::server {
namespace {

std::optional<QByteArray> readFile(const QString &path, const char *what, QString *error)
{
    if (!QFileInfo::exists(path)) {
        *error = QStringLiteral("the TLS %1 file %2 does not exist").arg(QLatin1String(what), path);
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the TLS %1 file %2: %3")
                     .arg(QLatin1String(what), path, file.errorString());
        return std::nullopt;
    }
    return file.readAll();
}

QSslKey parseKey(const QByteArray &pem)
{
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Ec, QSsl::Rsa, QSsl::Dsa}) {
        QSslKey key(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            return key;
    }
    return QSslKey();
}

// Keeps the descriptor of the one connection it accepts instead of wrapping it in a QTcpSocket.
class DescriptorCatcher : public QTcpServer
{
public:
    qintptr descriptor = -1;

protected:
    void incomingConnection(qintptr socketDescriptor) override { descriptor = socketDescriptor; }
};

// Whether the key belongs to the certificate. Qt has no direct check, but the TLS backend makes one when a
// server-side context is set up: starting server encryption on a connected loopback socket fails at once
// with "key values mismatch" when they do not match. Nothing is sent; the sockets are closed right away.
bool keyMatches(const QSslConfiguration &configuration, QString *why)
{
    DescriptorCatcher listener;
    QTcpSocket client;
    QSslSocket server;
    const bool connected = listener.listen(QHostAddress::LocalHost, 0) &&
                           (client.connectToHost(QHostAddress::LocalHost, listener.serverPort()),
                            listener.waitForNewConnection(5000)) &&
                           listener.descriptor != -1 && server.setSocketDescriptor(listener.descriptor);
    if (!connected) {
        *why = QStringLiteral("could not open a loopback connection to check the key");
        return false;
    }
    // The first error names the problem ("key values mismatch"); a second, vaguer one follows.
    QString firstError;
    QObject::connect(&server, &QSslSocket::errorOccurred, &server, [&] {
        if (firstError.isEmpty())
            firstError = server.errorString();
    });
    server.setSslConfiguration(configuration);
    server.startServerEncryption();
    const bool ok = firstError.isEmpty() && server.error() == QAbstractSocket::UnknownSocketError;
    if (!ok)
        *why = firstError.isEmpty() ? server.errorString() : firstError;
    server.abort();
    client.abort();
    return ok;
}

} // namespace

std::optional<TlsSetup> TlsSetup::load(const QString &certPath, const QString &keyPath, QString *error)
{
    if (!QSslSocket::supportsSsl()) {
        *error = QStringLiteral("TLS is not available: Qt found no TLS backend (install OpenSSL 3 and the "
                                "Qt TLS plugins)");
        return std::nullopt;
    }
    const auto certPem = readFile(certPath, "certificate", error);
    if (!certPem)
        return std::nullopt;
    const QList<QSslCertificate> chain = QSslCertificate::fromData(*certPem, QSsl::Pem);
    if (chain.isEmpty() || chain.first().isNull()) {
        *error = QStringLiteral("%1 holds no PEM certificate (expected -----BEGIN CERTIFICATE-----)")
                     .arg(certPath);
        return std::nullopt;
    }
    const auto keyPem = readFile(keyPath, "key", error);
    if (!keyPem)
        return std::nullopt;
    const QSslKey key = parseKey(*keyPem);
    if (key.isNull()) {
        *error = QStringLiteral("%1 holds no usable private key (expected an unencrypted PEM RSA or EC key)")
                     .arg(keyPath);
        return std::nullopt;
    }

    TlsSetup setup;
    setup.configuration = QSslConfiguration::defaultConfiguration();
    setup.configuration.setLocalCertificateChain(chain);
    setup.configuration.setPrivateKey(key);
    setup.configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // clients authenticate with tokens
    QString why;
    if (!keyMatches(setup.configuration, &why)) {
        *error = QStringLiteral("the key in %1 does not belong to the certificate in %2 (%3)")
                     .arg(keyPath, certPath, why);
        return std::nullopt;
    }
    const QSslCertificate &leaf = chain.first();
    setup.fingerprint =
        sync::CertificateTrust::displayFingerprint(sync::CertificateTrust::fingerprintOf(leaf));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (leaf.expiryDate() < now)
        setup.warning = QStringLiteral("the certificate in %1 expired on %2; clients will refuse it")
                            .arg(certPath, leaf.expiryDate().toString(Qt::ISODate));
    else if (leaf.effectiveDate() > now)
        setup.warning = QStringLiteral("the certificate in %1 is not valid before %2; clients will refuse it")
                            .arg(certPath, leaf.effectiveDate().toString(Qt::ISODate));
    return setup;
}

} // namespace tack::server
