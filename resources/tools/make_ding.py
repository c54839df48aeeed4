#!/usr/bin/env python3
"""Writes resources/sounds/ding.wav: a short two-note chime (about 0.7 s, 16-bit mono, 22.05 kHz)
used for DING alerts. Synthesised here so the sound has no third-party licence."""
import math
import struct
import sys
import wave

RATE = 22050


def note(freq, start, length, out):
    for i in range(int(length * RATE)):
        t = i / RATE
        envelope = math.exp(-5.0 * t) * min(1.0, t * 200)
        value = envelope * (0.6 * math.sin(2 * math.pi * freq * t) + 0.25 * math.sin(2 * math.pi * 2 * freq * t))
        j = int(start * RATE) + i
        out[j] += value


def main(path):
    samples = [0.0] * int(0.75 * RATE)
    note(1318.5, 0.0, 0.55, samples)   # E6
    note(1046.5, 0.18, 0.55, samples)  # C6
    peak = max(abs(s) for s in samples) or 1.0
    with wave.open(path, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(b"".join(struct.pack("<h", int(32000 * 0.8 * s / peak)) for s in samples))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "ding.wav")
