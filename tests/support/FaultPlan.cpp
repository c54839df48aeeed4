#include "FaultPlan.h"

#include <algorithm>

namespace faults {

quint64 FaultPlan::mix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

void FaultPlan::force(quint64 connection, Direction direction, quint64 frame, const FrameFate &fate)
{
    m_forced.insert(key(connection, direction, frame), fate);
}

namespace {

// Fits a chosen fate to the frame it meets: pieces never run past the frame, the rest goes in one piece.
FrameFate clampTo(FrameFate fate, qsizetype length)
{
    QList<Piece> pieces;
    qsizetype left = length;
    for (Piece p : std::as_const(fate.pieces)) {
        p.length = std::clamp<qsizetype>(p.length, 0, left);
        left -= p.length;
        pieces.append(p);
    }
    if (!fate.cutAfter && left > 0)
        pieces.append(Piece{left, 0});
    fate.pieces = pieces;
    return fate;
}

} // namespace

FrameFate FaultPlan::decide(quint64 connection, Direction direction, quint64 frame, qsizetype length) const
{
    if (const auto it = m_forced.constFind(key(connection, direction, frame)); it != m_forced.cend())
        return clampTo(*it, length);
    if (!m_rates.any() || length <= 0)
        return FrameFate::pass(length);

    quint64 state = mix(m_seed ^ key(connection, direction, frame));
    auto next = [&state] {
        return state = mix(state);
    };
    auto unit = [&next] {
        return double(next() >> 11) * 0x1.0p-53;
    };
    auto below = [&next](quint64 n) {
        return n == 0 ? quint64(0) : next() % n;
    };

    const double r = unit();
    double edge = m_rates.cut;
    if (r < edge)
        return FrameFate::cutAt(qsizetype(below(quint64(length)))); // 0 .. length-1: inside the frame
    edge += m_rates.stall;
    if (r < edge) {
        const qsizetype at = length > 1 ? 1 + qsizetype(below(quint64(length - 1))) : length;
        FrameFate fate{FrameFate::Kind::Stall, {Piece{at, 0}}, false};
        if (length > at)
            fate.pieces.append(Piece{length - at, 1 + int(below(quint64(std::max(1, m_rates.maxStallMs))))});
        else
            fate.pieces.first().pauseMs = 1 + int(below(quint64(std::max(1, m_rates.maxStallMs))));
        return fate;
    }
    edge += m_rates.split;
    if (r < edge && length > 1) {
        const int count = int(std::min<qsizetype>(2 + qsizetype(below(3)), length));
        QList<qsizetype> cuts;
        while (cuts.size() < count - 1) {
            const qsizetype at = 1 + qsizetype(below(quint64(length - 1)));
            if (!cuts.contains(at))
                cuts.append(at);
        }
        std::sort(cuts.begin(), cuts.end());
        cuts.append(length);
        FrameFate fate{FrameFate::Kind::Split, {}, false};
        qsizetype from = 0;
        for (qsizetype at : std::as_const(cuts)) {
            const int pause =
                fate.pieces.isEmpty() ? 0 : int(below(quint64(std::max(1, m_rates.maxSplitPauseMs)) + 1));
            fate.pieces.append(Piece{at - from, pause});
            from = at;
        }
        return fate;
    }
    edge += m_rates.delay;
    if (r < edge)
        return FrameFate{FrameFate::Kind::Delay,
                         {Piece{length, 1 + int(below(quint64(std::max(1, m_rates.maxDelayMs))))}},
                         false};
    return FrameFate::pass(length);
}

qsizetype completeFrameLength(const QByteArray &bytes, bool handshakeDone)
{
    if (!handshakeDone) {
        const qsizetype end = bytes.indexOf("\r\n\r\n");
        if (end >= 0)
            return end + 4;
        return bytes.size() > 64 * 1024 ? -1 : 0; // no HTTP head is that long: not WebSocket
    }
    if (bytes.size() < 2)
        return 0;
    const auto byte = [&bytes](qsizetype i) {
        return quint64(quint8(bytes.at(i)));
    };
    const quint64 short7 = byte(1) & 0x7f;
    qsizetype header = 2;
    quint64 payload = short7;
    if (short7 == 126) {
        if (bytes.size() < 4)
            return 0;
        payload = (byte(2) << 8) | byte(3);
        header = 4;
    } else if (short7 == 127) {
        if (bytes.size() < 10)
            return 0;
        payload = 0;
        for (int i = 2; i < 10; ++i)
            payload = (payload << 8) | byte(i);
        header = 10;
    }
    if (byte(1) & 0x80)
        header += 4; // masking key (client to server)
    if (payload > quint64(kMaxParsedFrame))
        return -1;
    const qsizetype total = header + qsizetype(payload);
    return bytes.size() >= total ? total : 0;
}

} // namespace faults
