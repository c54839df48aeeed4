#!/usr/bin/env python3
"""Rasterises the placeholder app icon (packaging/linux/org.tack.Tack.svg) to resources/icons/tack.png
without an SVG library: the same shapes, drawn with 4x4 supersampling."""
import math
import struct
import sys
import zlib

SIZE = 128
SS = 4
BLUE = (0x1F, 0x6F, 0xEB)
WHITE = (0xFF, 0xFF, 0xFF)


def in_round_rect(x, y, x0, y0, x1, y1, r):
    if x < x0 or x > x1 or y < y0 or y > y1:
        return False
    cx = min(max(x, x0 + r), x1 - r)
    cy = min(max(y, y0 + r), y1 - r)
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r


def in_triangle(x, y, a, b, c):
    def side(p, q):
        return (q[0] - p[0]) * (y - p[1]) - (q[1] - p[1]) * (x - p[0])
    s1, s2, s3 = side(a, b), side(b, c), side(c, a)
    return (s1 >= 0 and s2 >= 0 and s3 >= 0) or (s1 <= 0 and s2 <= 0 and s3 <= 0)


def near_segment(x, y, p, q, w):
    px, py = q[0] - p[0], q[1] - p[1]
    t = max(0.0, min(1.0, ((x - p[0]) * px + (y - p[1]) * py) / (px * px + py * py)))
    dx, dy = p[0] + t * px - x, p[1] + t * py - y
    return dx * dx + dy * dy <= (w / 2) ** 2


def colour_at(x, y):
    colour = None
    if in_round_rect(x, y, 4, 4, 124, 124, 26):
        colour = BLUE
    if in_round_rect(x, y, 22, 34, 106, 88, 8) or in_triangle(x, y, (40, 87), (58, 87), (40, 104)):
        colour = WHITE
    if near_segment(x, y, (46, 61), (58, 73), 9) or near_segment(x, y, (58, 73), (82, 49), 9):
        colour = BLUE
    return colour


def main(path):
    rows = []
    for j in range(SIZE):
        row = bytearray([0])
        for i in range(SIZE):
            acc = [0, 0, 0, 0]
            for sj in range(SS):
                for si in range(SS):
                    c = colour_at(i + (si + 0.5) / SS, j + (sj + 0.5) / SS)
                    if c:
                        acc[0] += c[0]; acc[1] += c[1]; acc[2] += c[2]; acc[3] += 255
            n = SS * SS
            alpha = acc[3] // n
            if alpha:
                covered = acc[3] // 255
                row += bytes([acc[0] // covered, acc[1] // covered, acc[2] // covered, alpha])
            else:
                row += bytes(4)
        rows.append(bytes(row))

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", SIZE, SIZE, 8, 6, 0, 0, 0))
    png += chunk(b"IDAT", zlib.compress(b"".join(rows), 9)) + chunk(b"IEND", b"")
    with open(path, "wb") as f:
        f.write(png)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "tack.png")
