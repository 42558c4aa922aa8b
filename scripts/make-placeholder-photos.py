#!/usr/bin/env python3
"""Make clearly marked placeholder photos for the shipped demo catalogue.

For every product bundle (content/products/<slug>/) and tourism bundle
(content/tourism/<slug>/) this writes photo.jpg: 1200x1200 px, JPEG quality 82,
a calm gradient in the colour of the record's OCOP group, the Vietnamese name
large and centred, the English name smaller below it, and the words
"Ảnh minh họa · Placeholder" at the bottom. Names come from the TOML front
matter of index.md and index.en.md. Output is deterministic: the same content
gives the same files. Replace a placeholder by simply overwriting photo.jpg
with a real photo (and updating image_alt).

Run from the project root (needs Python 3.11+ and Pillow, `pip install pillow`):

    python3 scripts/make-placeholder-photos.py
"""

import sys
import tomllib
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parent.parent
CONTENT = ROOT / "content"
FONTS = Path("/usr/share/fonts/truetype/dejavu")
SIZE = 1200
MAX_BYTES = 150 * 1024
# Top and bottom colour of the gradient for each OCOP group.
COLOURS = {
    "food": ((92, 138, 96), (46, 88, 62)),
    "beverages": ((128, 82, 108), (72, 44, 68)),
    "herbal": ((78, 136, 128), (38, 84, 84)),
    "handicrafts": ((150, 112, 76), (92, 64, 44)),
    "ornamental": ((160, 98, 122), (98, 54, 78)),
    "tourism": ((76, 122, 166), (38, 72, 112)),
}


def front_matter(path):
    """The TOML front matter of a Markdown file as a dict ({} if the file is missing)."""
    if not path.exists():
        return {}
    lines = path.read_text(encoding="utf-8").split("\n")
    end = lines.index("+++", 1)
    return tomllib.loads("\n".join(lines[1:end]))


def font(bold, size):
    return ImageFont.truetype(str(FONTS / ("DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf")), size)


def wrap(text, fnt, width):
    """Split text into lines no wider than width pixels."""
    lines, line = [], ""
    for word in text.split():
        trial = f"{line} {word}".strip()
        if not line or fnt.getlength(trial) <= width:
            line = trial
        else:
            lines.append(line)
            line = word
    return lines + [line]


def fitted(text, bold, size, width, max_lines):
    """The largest font (from size down) that fits text in max_lines lines."""
    while True:
        fnt = font(bold, size)
        lines = wrap(text, fnt, width)
        if len(lines) <= max_lines or size <= 28:
            # Balance the lines: the narrowest width that needs no more lines.
            while width > 200 and len(wrap(text, fnt, width - 20)) == len(lines):
                width -= 20
            return fnt, wrap(text, fnt, width)
        size -= 6


def centred(draw, lines, fnt, top, gap, fill):
    """Draw lines centred horizontally from y = top; return the y below them."""
    for line in lines:
        left, t, right, bottom = draw.textbbox((0, 0), line, font=fnt)
        draw.text(((SIZE - (right - left)) / 2 - left, top - t), line, font=fnt, fill=fill)
        top += (bottom - t) + gap
    return top


def make(bundle, group, vi, en, place):
    top, bottom = COLOURS.get(group, COLOURS["food"])
    img = Image.new("RGB", (SIZE, SIZE))
    draw = ImageDraw.Draw(img)
    for y in range(SIZE):
        k = y / (SIZE - 1)
        draw.line([(0, y), (SIZE, y)], fill=tuple(round(a + (b - a) * k) for a, b in zip(top, bottom)))
    draw.rectangle([40, 40, SIZE - 41, SIZE - 41], outline=(255, 255, 255), width=3)

    small = font(False, 40)
    centred(draw, [f"OCOP · {place}"], small, 110, 0, (235, 240, 235))

    vi_font, vi_lines = fitted(vi, True, 104, 1000, 3)
    en_font, en_lines = fitted(en, False, 54, 1000, 2)
    vi_h = sum(draw.textbbox((0, 0), l, font=vi_font)[3] - draw.textbbox((0, 0), l, font=vi_font)[1] + 24 for l in vi_lines)
    en_h = sum(draw.textbbox((0, 0), l, font=en_font)[3] - draw.textbbox((0, 0), l, font=en_font)[1] + 14 for l in en_lines)
    y = (SIZE - (vi_h + 50 + en_h)) / 2
    y = centred(draw, vi_lines, vi_font, y, 24, (255, 255, 255))
    centred(draw, en_lines, en_font, y + 50, 14, (225, 232, 225))

    draw.line([(360, 1060), (840, 1060)], fill=(255, 255, 255), width=2)
    centred(draw, ["Ảnh minh họa · Placeholder"], small, 1090, 0, (255, 255, 255))

    out = bundle / "photo.jpg"
    img.save(out, "JPEG", quality=82, optimize=True)
    if out.stat().st_size > MAX_BYTES:
        sys.exit(f"{out} is larger than 150 KB")
    return out


def main():
    communes = {d.name: front_matter(d / "index.md").get("name", d.name)
                for d in sorted((CONTENT / "communes").iterdir()) if d.is_dir()}
    count = 0
    for section in ("products", "tourism"):
        for bundle in sorted((CONTENT / section).iterdir()):
            if not bundle.is_dir():
                continue
            vi = front_matter(bundle / "index.md")
            en = front_matter(bundle / "index.en.md")
            group = "tourism" if section == "tourism" else vi.get("group", "food")
            place = communes.get(vi.get("commune"), "Ninh Sơn")
            make(bundle, group, vi["name"], en.get("name", ""), place)
            count += 1
    print(f"wrote {count} placeholder photos")


if __name__ == "__main__":
    main()
