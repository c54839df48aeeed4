#pragma once

#include <QSslConfiguration>
#include <QString>
#include <optional>

namespace tack::server {

// The certificate and key for `serve --tls-cert FILE --tls-key FILE`.
struct TlsSetup
{
    QSslConfiguration configuration; // ready for QWebSocketServer::SecureMode
    QString fingerprint;             // SHA-256 of the leaf certificate, "AB:CD:..." (what clients pin)
    QString warning;                 // e.g. the certificate has expired; empty when all is well

    // Reads and checks the files: present, readable, PEM, and the key belongs to the certificate. On failure
    // returns nothing and sets `error` to one line naming the file and the problem. The key never reaches
    // `error` or a log.
    static std::optional<TlsSetup> load(const QString &certPath, const QString &keyPath, QString *error);
};

} // namespace tack::server
