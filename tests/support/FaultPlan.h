#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QtGlobal>

// What FaultProxy does to each frame it forwards, decided by a pure function of (seed, connection number,
// direction, frame number, frame length). The same seed gives the same faults at the same frames whatever
// the timing of the TCP reads, so a failing run can be replayed from its printed seed.
//
// "Frame" means one WebSocket frame; the HTTP upgrade request or response is frame 0 of its direction.
namespace faults {

enum class Direction
{
    ToServer = 0,
    ToClient = 1
};

// Probabilities per frame (0..1, checked in this order: cut, stall, split, delay) and the longest pauses.
struct FaultRates
{
    double cut = 0;   // forward part of the frame, then cut the connection (both ways)
    double stall = 0; // forward part of the frame, pause up to maxStallMs, then the rest
    double split = 0; // forward the frame in 2 to 4 pieces with short pauses between them
    double delay = 0; // hold the whole frame back up to maxDelayMs
    int maxDelayMs = 40;
    int maxStallMs = 600;
    int maxSplitPauseMs = 15;

    bool any() const { return cut > 0 || stall > 0 || split > 0 || delay > 0; }
};

// One piece of a frame: wait `pauseMs` after the previous piece went out, then write `length` bytes.
struct Piece
{
    qsizetype length = 0;
    int pauseMs = 0;
};

struct FrameFate
{
    enum class Kind
    {
        Pass,
        Delay,
        Split,
        Stall,
        Cut
    };
    Kind kind = Kind::Pass;
    QList<Piece> pieces; // lengths add up to the frame (Cut: to the bytes sent before the cut)
    bool cutAfter = false;

    static FrameFate pass(qsizetype length) { return FrameFate{Kind::Pass, {Piece{length, 0}}, false}; }
    // Cuts after `offset` bytes of the frame (0: before any of it).
    static FrameFate cutAt(qsizetype offset) { return FrameFate{Kind::Cut, {Piece{offset, 0}}, true}; }
};

class FaultPlan
{
public:
    explicit FaultPlan(quint64 seed = 1, FaultRates rates = {}) : m_seed(seed), m_rates(rates) {}

    quint64 seed() const { return m_seed; }
    void setSeed(quint64 seed) { m_seed = seed; }
    const FaultRates &rates() const { return m_rates; }
    void setRates(const FaultRates &rates) { m_rates = rates; }

    // A chosen fault at a chosen point overrides the random one (connections count from 1 in accept order).
    void force(quint64 connection, Direction direction, quint64 frame, const FrameFate &fate);
    void clearForced() { m_forced.clear(); }

    FrameFate decide(quint64 connection, Direction direction, quint64 frame, qsizetype length) const;

    // splitmix64: the mixing step of every decision.
    static quint64 mix(quint64 x);

private:
    static quint64 key(quint64 connection, Direction direction, quint64 frame)
    {
        return mix(mix(connection) ^ (frame * 2 + quint64(direction)));
    }

    quint64 m_seed;
    FaultRates m_rates;
    QHash<quint64, FrameFate> m_forced;
};

// Length of the frame at the start of `bytes` once it is complete, 0 while more bytes are needed, -1 when
// the bytes cannot be a frame the proxy should hold (longer than kMaxParsedFrame): pass the rest unparsed.
// Before the handshake is done the "frame" is the HTTP head up to and including the blank line.
qsizetype completeFrameLength(const QByteArray &bytes, bool handshakeDone);

// The largest frame the proxy stores before forwarding; anything claiming more is passed on unparsed.
inline constexpr qsizetype kMaxParsedFrame = 64 * 1024 * 1024;

} // namespace faults
