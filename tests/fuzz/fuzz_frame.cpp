// libFuzzer target: the wire frame decoder (core/protocol/Frame). Any bytes must decode to a frame or a
// typed error, never crash; a frame that decodes must encode and decode again to the same frame.
#include "protocol/Frame.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const tack::proto::DecodedFrame decoded = tack::proto::decodeFrame(bytes);
    if (!decoded.ok())
        return 0;
    (void)tack::proto::frameType(decoded.frame);
    (void)tack::proto::frameId(decoded.frame);
    (void)tack::proto::errorFromFrame(decoded.frame);
    // What we accept we must be able to send back unchanged. Compared as bytes: a NaN is not equal to itself.
    const QByteArray encoded = tack::proto::encodeFrame(decoded.frame);
    const tack::proto::DecodedFrame again = tack::proto::decodeFrame(encoded);
    if (!again.ok() || tack::proto::encodeFrame(again.frame) != encoded)
        std::abort();
    return 0;
}
