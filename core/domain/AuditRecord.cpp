#include "domain/AuditRecord.h"

#include <QDateTime>
#include <QJsonDocument>

namespace tack::audit {

QCborMap toCbor(const AuditRecord &r)
{
    QCborMap m;
    m.insert(QLatin1String("seq"), r.seq);
    m.insert(QLatin1String("at"), r.at);
    m.insert(QLatin1String("actor"), r.actor);
    m.insert(QLatin1String("actor_login"), r.actorLogin);
    m.insert(QLatin1String("address"), r.address);
    m.insert(QLatin1String("action"), r.action);
    m.insert(QLatin1String("target"), r.target);
    m.insert(QLatin1String("details"), QCborMap::fromJsonObject(r.details));
    m.insert(QLatin1String("prev_hash"), QString::fromLatin1(r.prevHash.toHex()));
    m.insert(QLatin1String("hash"), QString::fromLatin1(r.hash.toHex()));
    return m;
}

AuditRecord fromCbor(const QCborMap &m)
{
    AuditRecord r;
    r.seq = m.value(QLatin1String("seq")).toInteger();
    r.at = m.value(QLatin1String("at")).toInteger();
    r.actor = m.value(QLatin1String("actor")).toInteger();
    r.actorLogin = m.value(QLatin1String("actor_login")).toString();
    r.address = m.value(QLatin1String("address")).toString();
    r.action = m.value(QLatin1String("action")).toString();
    r.target = m.value(QLatin1String("target")).toString();
    r.details = m.value(QLatin1String("details")).toMap().toJsonObject();
    r.prevHash = QByteArray::fromHex(m.value(QLatin1String("prev_hash")).toString().toLatin1());
    r.hash = QByteArray::fromHex(m.value(QLatin1String("hash")).toString().toLatin1());
    return r;
}

QByteArray canonicalDetails(const QJsonObject &details)
{
    return QJsonDocument(details).toJson(QJsonDocument::Compact);
}

QByteArray csvField(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    const bool quote =
        bytes.contains(',') || bytes.contains('"') || bytes.contains('\r') || bytes.contains('\n');
    if (!quote)
        return bytes;
    bytes.replace("\"", "\"\"");
    return '"' + bytes + '"';
}

QByteArray csvHeader()
{
    return "seq,at,actor,actor_login,address,action,target,details,prev_hash,hash\r\n";
}

QByteArray csvLine(const AuditRecord &r)
{
    const QString at = QDateTime::fromMSecsSinceEpoch(r.at, Qt::UTC).toString(Qt::ISODateWithMs);
    const QList<QByteArray> fields{
        QByteArray::number(r.seq),   csvField(at),
        QByteArray::number(r.actor), csvField(r.actorLogin),
        csvField(r.address),         csvField(r.action),
        csvField(r.target),          csvField(QString::fromUtf8(canonicalDetails(r.details))),
        r.prevHash.toHex(),          r.hash.toHex(),
    };
    return fields.join(',') + "\r\n";
}

} // namespace tack::audit
