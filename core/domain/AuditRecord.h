#pragma once

#include <QByteArray>
#include <QCborMap>
#include <QJsonObject>
#include <QString>
#include <QtGlobal>

// One entry of the server's audit log, as the server stores it, sends it (`audit.list`) and exports it
// (CSV). Shared so the server's `admin audit export` and the desktop app's "Export CSV" write the same
// file.
namespace tack::audit {

struct AuditRecord
{
    qint64 seq = 0;
    qint64 at = 0;      // ms since the epoch, UTC
    qint64 actor = 0;   // user id; 0 for the system (or an unknown login)
    QString actorLogin; // the actor's login when known, for people reading the log
    QString address;    // the actor's network address, empty when there is none (CLI, system)
    QString action;     // e.g. "login", "msg.recall"
    QString target;     // "<kind>:<id>", e.g. "user:7", "conv:sales", "msg:0b1c"; may be empty
    QJsonObject details;
    QByteArray prevHash; // 32 bytes
    QByteArray hash;     // 32 bytes
};

// The wire form (docs/protocol.md, `audit.list`): hashes as lowercase hex.
QCborMap toCbor(const AuditRecord &r);
AuditRecord fromCbor(const QCborMap &m);

// The details map as stored and hashed: compact JSON with keys sorted (QJsonObject keeps them sorted).
QByteArray canonicalDetails(const QJsonObject &details);

// RFC 4180 CSV: a header line and one line per record, CRLF line ends, UTF-8. `at` is ISO 8601 UTC.
QByteArray csvHeader();
QByteArray csvLine(const AuditRecord &r);
// One field, quoted when it holds a comma, a quote, CR or LF (quotes doubled).
QByteArray csvField(const QString &text);

} // namespace tack::audit
