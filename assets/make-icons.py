#!/usr/bin/env python3
"""Draws the add-in's icons (16, 32, 64, 80 px PNGs) without any imaging library: 4x4 supersampled
shapes written with zlib. Run from this folder: python3 make-icons.py"""
import struct, zlib

GREEN = (33, 115, 70)
WHITE = (255, 255, 255)
RED = (192, 0, 0)

def png(path, size, paint):
    rows = []
    for y in range(size):
        row = bytearray([0])
        for x in range(size):
            acc = [0.0, 0.0, 0.0, 0.0]
            for sy in range(4):
                for sx in range(4):
                    u = (x + (sx + 0.5) / 4) / size
                    v = (y + (sy + 0.5) / 4) / size
                    c = paint(u, v)
                    if c is not None:
                        acc[0] += c[0]; acc[1] += c[1]; acc[2] += c[2]; acc[3] += 1
            a = acc[3] / 16
            if acc[3]:
                row += bytes([round(acc[0] / acc[3]), round(acc[1] / acc[3]), round(acc[2] / acc[3]), round(a * 255)])
            else:
                row += bytes([0, 0, 0, 0])
        rows.append(bytes(row))
    raw = b''.join(rows)
    def chunk(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    data = b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', size, size, 8, 6, 0, 0, 0)) \
        + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b'')
    open(path, 'wb').write(data)

def rounded(u, v, r=0.16, m=0.04):
    if u < m or v < m or u > 1 - m or v > 1 - m:
        return False
    cx = min(max(u, m + r), 1 - m - r); cy = min(max(v, m + r), 1 - m - r)
    return (u - cx) ** 2 + (v - cy) ** 2 <= r * r

def near_segment(u, v, a, b, w):
    (x1, y1), (x2, y2) = a, b
    dx, dy = x2 - x1, y2 - y1
    t = max(0, min(1, ((u - x1) * dx + (v - y1) * dy) / (dx * dx + dy * dy)))
    px, py = x1 + t * dx, y1 + t * dy
    return (u - px) ** 2 + (v - py) ** 2 <= w * w

def grid_lines(u, v):
    inner = 0.2 <= u <= 0.8 and 0.2 <= v <= 0.8
    if not inner:
        return False
    for k in (0.2, 0.4, 0.6, 0.8):
        if abs(v - k) < 0.035 or abs(u - k) < 0.035:
            return True
    return False

def app_icon(u, v):
    if not rounded(u, v):
        return None
    return WHITE if grid_lines(u, v) else GREEN

def template_icon(u, v):
    if not (0.14 <= u <= 0.86 and 0.08 <= v <= 0.92):
        return None
    if 0.14 <= u <= 0.86 and 0.08 <= v <= 0.3:
        return GREEN
    if abs(u - 0.14) < 0.04 or abs(u - 0.86) < 0.04 or abs(v - 0.92) < 0.04:
        return GREEN
    for k in (0.5, 0.7):
        if abs(v - k) < 0.03:
            return GREEN
    if abs(u - 0.5) < 0.03:
        return GREEN
    return WHITE

def validate_icon(u, v):
    if (u - 0.5) ** 2 + (v - 0.5) ** 2 > 0.46 ** 2:
        return None
    if near_segment(u, v, (0.27, 0.52), (0.44, 0.69), 0.065) or near_segment(u, v, (0.44, 0.69), (0.74, 0.33), 0.065):
        return WHITE
    return GREEN

def consolidate_icon(u, v):
    # three bars flowing into one total (a sigma)
    if near_segment(u, v, (0.22, 0.18), (0.78, 0.18), 0.06) or near_segment(u, v, (0.22, 0.82), (0.78, 0.82), 0.06):
        return GREEN
    if near_segment(u, v, (0.22, 0.18), (0.52, 0.5), 0.06) or near_segment(u, v, (0.52, 0.5), (0.22, 0.82), 0.06):
        return GREEN
    return None

for name, paint in (('icon', app_icon), ('template', template_icon), ('validate', validate_icon), ('consolidate', consolidate_icon)):
    for size in (16, 32, 64, 80):
        png(f'{name}-{size}.png', size, paint)
