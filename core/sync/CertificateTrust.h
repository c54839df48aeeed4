#pragma once

#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QString>
#include <optional>

namespace tack::sync {

// Certificate checks for wss:// beyond the system's trust store: a profile may trust exactly one self-signed
// server certificate, pinned by its SHA-256 fingerprint. A pin only waives "nobody I trust signed this";
// a wrong host name, an expired or not yet valid certificate is refused all the same.
class CertificateTrust
{
public:
    // 64 lowercase hex digits: SHA-256 of the certificate's DER bytes.
    static QString fingerprintOf(const QSslCertificate &certificate);
    // "AB:CD:..." for people (the form `openssl x509 -fingerprint -sha256` prints).
    static QString displayFingerprint(const QString &hex);
    // Accepts upper or lower case with or without ':' or spaces; nothing unless it is 32 bytes of hex.
    static std::optional<QString> parseFingerprint(const QString &text);

    struct Verdict
    {
        bool accept = false;
        bool trustable = false; // only the issuer is unknown: the person may pin this certificate
        QString fingerprint;    // hex fingerprint of the certificate presented (empty when unknown)
        QString problem;        // why it was refused, for people
    };
    // Judges the TLS errors of one handshake against `pinned` (hex, empty for no pin).
    static Verdict judge(const QList<QSslError> &errors, const QString &pinned);

    // The pin remembered in `file` (one line of hex); empty when the file does not exist.
    static QString loadPin(const QString &file, QString *error = nullptr);
    static bool savePin(const QString &file, const QString &hex, QString *error = nullptr);
};

} // namespace tack::sync
