#include "protocol/Frame.h"

#include <QCborStreamReader>
#include <QCborValue>

namespace tack::proto {
namespace {

Error badFrame(const QString &why)
{
    return Error{ErrorCode::BadFrame, why};
}

} // namespace

DecodedFrame decodeFrame(const QByteArray &bytes)
{
    DecodedFrame out;
    if (bytes.size() > kMaxFrameBytes) {
        out.error =
            Error{ErrorCode::TooLarge, QStringLiteral("frame of %1 bytes exceeds the limit of %2 bytes")
                                           .arg(bytes.size())
                                           .arg(kMaxFrameBytes)};
        return out;
    }
    if (bytes.isEmpty()) {
        out.error = badFrame(QStringLiteral("empty frame"));
        return out;
    }
    QCborStreamReader reader(bytes);
    const QCborValue value = QCborValue::fromCbor(reader);
    if (reader.lastError() != QCborError::NoError) {
        out.error = badFrame(QStringLiteral("malformed CBOR: %1").arg(reader.lastError().toString()));
        return out;
    }
    if (reader.currentOffset() != bytes.size()) {
        out.error = badFrame(QStringLiteral("trailing bytes after the CBOR item"));
        return out;
    }
    if (!value.isMap()) {
        out.error = badFrame(QStringLiteral("a frame must be a CBOR map"));
        return out;
    }
    out.frame = value.toMap();
    const QCborValue type = out.frame.value(QLatin1String("type"));
    if (!type.isString() || type.toString().isEmpty()) {
        out.error = badFrame(QStringLiteral("the frame has no text `type`"));
        return out;
    }
    return out;
}

QByteArray encodeFrame(const QCborMap &frame)
{
    return frame.toCborValue().toCbor();
}

QCborMap ackFrame(quint64 id, const QCborMap &result)
{
    QCborMap f;
    f.insert(QLatin1String("type"), QLatin1String("ack"));
    f.insert(QLatin1String("id"), qint64(id));
    f.insert(QLatin1String("result"), result);
    return f;
}

QCborMap errorFrame(quint64 id, const Error &error)
{
    QCborMap f;
    f.insert(QLatin1String("type"), QLatin1String("error"));
    f.insert(QLatin1String("id"), qint64(id));
    f.insert(QLatin1String("code"), errorCodeName(error.code));
    f.insert(QLatin1String("message"), error.message);
    f.insert(QLatin1String("retryable"), error.retryable());
    return f;
}

QCborMap eventsFrame(const QCborArray &events)
{
    QCborMap f;
    f.insert(QLatin1String("type"), QLatin1String("events"));
    f.insert(QLatin1String("events"), events);
    return f;
}

Error errorFromFrame(const QCborMap &frame)
{
    const QString name = frame.value(QLatin1String("code")).toString();
    const QString message = frame.value(QLatin1String("message")).toString();
    if (auto code = errorCodeFromName(name))
        return Error{*code, message};
    return Error{ErrorCode::Internal, name + QLatin1String(": ") + message};
}

QString frameType(const QCborMap &frame)
{
    return frame.value(QLatin1String("type")).toString();
}

quint64 frameId(const QCborMap &frame)
{
    const qint64 id = frame.value(QLatin1String("id")).toInteger(-1);
    return id < 0 ? 0 : quint64(id);
}

} // namespace tack::proto
