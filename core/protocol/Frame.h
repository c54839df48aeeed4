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
QCborMap errorFrame(quint64 id, const Error &error);
QCborMap eventsFrame(const QCborArray &events);

// Reads the error carried by an `error` frame; unknown codes become Internal with the text kept.
Error errorFromFrame(const QCborMap &frame);

QString frameType(const QCborMap &frame);
quint64 frameId(const QCborMap &frame);

} // namespace tack::proto
