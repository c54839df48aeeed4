#include "protocol/Frame.h"

#include <QCborStreamReader>
#include <QCborValue>
#include <algorithm>

namespace tack::proto {
namespace {

Error badFrame(const QString &why)
{
    return Error{ErrorCode::BadFrame, why};
}

// The head of a CBOR data item (RFC 8949 3.1): major type and argument, shortest form.
void appendHead(QByteArray &out, quint8 majorType, quint64 argument)
{
    const char type = char(majorType << 5);
    if (argument < 24) {
        out.append(char(type | char(argument)));
        return;
    }
    int bytes = 8;
    char info = 27;
    if (argument <= 0xff) {
        bytes = 1;
        info = 24;
    } else if (argument <= 0xffff) {
        bytes = 2;
        info = 25;
    } else if (argument <= 0xffffffffu) {
        bytes = 4;
        info = 26;
    }
    out.append(char(type | info));
    for (int i = bytes - 1; i >= 0; --i)
        out.append(char((argument >> (8 * i)) & 0xff));
}

constexpr quint8 kArray = 4;
constexpr quint8 kMap = 5;

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

QByteArray encodeAckWithEncodedArray(quint64 id, const QCborMap &result, QLatin1StringView key,
                                     const QList<QByteArray> &items)
{
    qsizetype itemBytes = 0;
    for (const QByteArray &item : items)
        itemBytes += item.size();
    QByteArray out;
    out.reserve(itemBytes + 64 + result.size() * 32);
    appendHead(out, kMap, 3);
    out += QCborValue(QLatin1String("type")).toCbor();
    out += QCborValue(QLatin1String("ack")).toCbor();
    out += QCborValue(QLatin1String("id")).toCbor();
    out += QCborValue(qint64(id)).toCbor();
    out += QCborValue(QLatin1String("result")).toCbor();
    appendHead(out, kMap, quint64(result.size() + (result.contains(key) ? 0 : 1)));
    for (auto it = result.constBegin(); it != result.constEnd(); ++it) {
        if (it.key() == QCborValue(key))
            continue;
        out += it.key().toCbor();
        out += it.value().toCbor();
    }
    out += QCborValue(key).toCbor();
    appendHead(out, kArray, quint64(items.size()));
    for (const QByteArray &item : items)
        out += item;
    return out;
}

QCborMap errorFrame(quint64 id, const Error &error)
{
    QCborMap f;
    f.insert(QLatin1String("type"), QLatin1String("error"));
    f.insert(QLatin1String("id"), qint64(id));
    f.insert(QLatin1String("code"), errorCodeName(error.code));
    f.insert(QLatin1String("message"), error.message);
    f.insert(QLatin1String("retryable"), error.retryable());
    if (error.retryAfter > 0)
        f.insert(QLatin1String("retry_after"), error.retryAfter);
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
    // Only a CBOR integer counts: QCborValue::toInteger() would also cast a float, undefined when it is huge.
    const QCborValue retryValue = frame.value(QLatin1String("retry_after"));
    const qint64 retryAfter = retryValue.isInteger() ? retryValue.toInteger() : 0;
    const int wait = int(std::clamp<qint64>(retryAfter, 0, 24 * 60 * 60));
    if (auto code = errorCodeFromName(name))
        return Error{*code, message, wait};
    return Error{ErrorCode::Internal, name + QLatin1String(": ") + message, wait};
}

QString frameType(const QCborMap &frame)
{
    return frame.value(QLatin1String("type")).toString();
}

quint64 frameId(const QCborMap &frame)
{
    const QCborValue value = frame.value(QLatin1String("id"));
    const qint64 id = value.isInteger() ? value.toInteger() : -1; // a float is no id (see errorFromFrame)
    return id < 0 ? 0 : quint64(id);
}

} // namespace tack::proto
