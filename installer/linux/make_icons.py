#!/usr/bin/env python3
"""Draws installer/linux/icons/landdesk-<N>.png for the hicolor sizes from the same shapes as landdesk.svg.

Pure Python (zlib + struct) so it needs no image library; 4x4 supersampling smooths the edges. The PNGs are committed;
run this again after changing the SVG: python3 installer/linux/make_icons.py
"""
import os
import struct
import zlib

SIZES = (16, 22, 24, 32, 48, 64, 128, 256)
HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "icons")


def hex_rgb(h):
    return tuple(int(h[i:i + 2], 16) for i in (1, 3, 5))


def in_round_rect(x, y, x0, y0, w, h, r):
    if not (x0 <= x <= x0 + w and y0 <= y <= y0 + h):
        return False
    cx = min(max(x, x0 + r), x0 + w - r)
    cy = min(max(y, y0 + r), y0 + h - r)
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r


def in_polygon(x, y, pts):
    inside = False
    j = len(pts) - 1
    for i, (xi, yi) in enumerate(pts):
        xj, yj = pts[j]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
            inside = not inside
        j = i
    return inside


# Painter's order, in the SVG's 256x256 coordinates: (test, colour).
SHAPES = [
    (lambda x, y: in_round_rect(x, y, 8, 8, 240, 240, 40), "#2e7d32"),
    (lambda x, y: in_polygon(x, y, [(24, 200), (120, 150), (232, 180), (232, 232), (24, 232)])
     and in_round_rect(x, y, 8, 8, 240, 240, 40), "#66bb6a"),
    (lambda x, y: in_round_rect(x, y, 64, 32, 128, 168, 8), "#ffffff"),
    (lambda x, y: 84 <= x <= 172 and 60 <= y <= 70, "#37474f"),
    (lambda x, y: 84 <= x <= 172 and (84 <= y <= 92 or 104 <= y <= 112), "#90a4ae"),
    (lambda x, y: 84 <= x <= 144 and 124 <= y <= 132, "#90a4ae"),
    (lambda x, y: (x - 160) ** 2 + (y - 168) ** 2 <= 22 ** 2, "#c62828"),
    (lambda x, y: 12 ** 2 <= (x - 160) ** 2 + (y - 168) ** 2 <= 16 ** 2, "#ffcdd2"),
]


def pixel(x, y):
    colour = None
    for test, c in SHAPES:
        if test(x, y):
            colour = c
    return colour


def render(size, ss=4):
    rows = []
    scale = 256.0 / size
    for py in range(size):
        row = bytearray([0])  # filter type 0
        for px in range(size):
            r = g = b = a = 0
            for sy in range(ss):
                for sx in range(ss):
                    c = pixel((px + (sx + 0.5) / ss) * scale, (py + (sy + 0.5) / ss) * scale)
                    if c:
                        cr, cg, cb = hex_rgb(c)
                        r, g, b, a = r + cr, g + cg, b + cb, a + 1
            n = ss * ss
            row += bytes((r // a, g // a, b // a, 255 * a // n)) if a else bytes(4)
        rows.append(bytes(row))
    return b"".join(rows)


def png(size, raw):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


if __name__ == "__main__":
    for s in SIZES:
        with open(os.path.join(HERE, "landdesk-%d.png" % s), "wb") as f:
            f.write(png(s, render(s, 4 if s <= 64 else 2)))
