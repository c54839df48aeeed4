#pragma once

#include "protocol/ErrorCode.h"

#include <QByteArray>
#include <QCborArray>
#include <QCborMap>
#include <optional>

namespace tack::proto {

inline constexpr int kProtocolVersion = 1;
inline constexpr qsizetype kMaxFrameBytes = 1024 * 1024;

// The outcome of decoding one binary WebSocket message.
struct DecodedFrame
{
    QCborMap frame;
    std::optional<Error> error; // set when the bytes are not a valid frame

    bool ok() const { return !error.has_value(); }
};

// Decodes and checks one frame: size limit, well-formed CBOR with nothing trailing, a map at the top,
// valid UTF-8 everywhere, and a text `type`. Never throws, never crashes on any input.
DecodedFrame decodeFrame(const QByteArray &bytes);

QByteArray encodeFrame(const QCborMap &frame);

QCborMap ackFrame(quint64 id, const QCborMap &result);
// The encoded ack frame for `result` plus one more result entry, `key`: an array whose items are given
// already CBOR-encoded (e.g. events as the op log stores them), so they are copied, not decoded and
// encoded again. Decodes to the same frame as ackFrame() with that array inserted.
QByteArray encodeAckWithEncodedArray(quint64 id, const QCborMap &result, QLatin1StringView key,
                                     const QList<QByteArray> &items);
QCborMap errorFrame(quint64 id, const Error &error);
QCborMap eventsFrame(const QCborArray &events);

// Reads the error carried by an `error` frame; unknown codes become Internal with the text kept.
Error errorFromFrame(const QCborMap &frame);

QString frameType(const QCborMap &frame);
quint64 frameId(const QCborMap &frame);

} // namespace tack::proto
