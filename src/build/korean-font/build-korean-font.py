#!/usr/bin/env python3
"""Builds the Korean font the app bundles: a subset of Noto Sans KR (SIL OFL 1.1), regular and bold.

The subset keeps Hangul syllables, conjoining jamo, compatibility jamo, Basic Latin, Latin-1, general punctuation
and every other character that the bundled dataset and the message bundles use (Hanja in source titles among them),
with the OpenType features that compose old jamo sequences and kern Latin. Characters that Noto Sans KR does not
draw (Latin letters with ogonek or caron in some source titles) are taken from Pretendard (SIL OFL 1.1) scaled to
the same units, so that every character of the data is drawn by the bundled font; scripts neither font has (Arabic
in two source titles) fall back to the system's fonts.

Usage, from the repository's root (needs Python 3 with fontTools, and npm):
    pip install fonttools==4.66.1
    python3 src/build/korean-font/build-korean-font.py
It downloads the two npm packages with `npm pack` into a temporary folder and writes
src/main/resources/dev/timelineexplorer/fonts/NotoSansKR-{Regular,Bold}.subset.ttf.
"""
import glob
import json
import os
import subprocess
import sys
import tarfile
import tempfile

from fontTools import subset
from fontTools.merge import Merger
from fontTools.ttLib import TTFont
from fontTools.ttLib.scaleUpem import scale_upem

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
OUT = os.path.join(ROOT, "src", "main", "resources", "dev", "timelineexplorer", "fonts")
NOTO = ("@expo-google-fonts/noto-sans-kr@0.4.3", {"Regular": "400Regular/NotoSansKR_400Regular.ttf",
                                                    "Bold": "700Bold/NotoSansKR_700Bold.ttf"})
PRETENDARD = ("pretendard@1.3.9", {"Regular": "dist/public/static/alternative/Pretendard-Regular.ttf",
                                    "Bold": "dist/public/static/alternative/Pretendard-Bold.ttf"})

# Ranges every Korean or Latin text may need, whether or not today's data uses them.
RANGES = [
    (0x0020, 0x007E),  # Basic Latin
    (0x00A0, 0x00FF),  # Latin-1 Supplement
    (0x1100, 0x11FF),  # Hangul Jamo (conjoining)
    (0x2000, 0x206F),  # General Punctuation
    (0x20A9, 0x20A9), (0x20AC, 0x20AC),  # won and euro signs
    (0x2190, 0x2193),  # arrows
    (0x2212, 0x2212),  # minus sign
    (0x3000, 0x303F),  # CJK Symbols and Punctuation
    (0x3130, 0x318F),  # Hangul Compatibility Jamo
    (0xA960, 0xA97F),  # Hangul Jamo Extended-A
    (0xAC00, 0xD7A3),  # Hangul Syllables
    (0xD7B0, 0xD7FF),  # Hangul Jamo Extended-B
    (0xFF01, 0xFF5E),  # fullwidth forms
]


def used_characters():
    """Every character of the bundled dataset, the message bundles, the stylesheets and the Java sources."""
    files = [os.path.join(ROOT, "data", "korea-foreign-relations.json")]
    for pattern in ("src/main/resources/**/*.properties", "src/main/resources/**/*.css",
                    "src/main/resources/**/*.html", "src/main/java/**/*.java"):
        files += glob.glob(os.path.join(ROOT, pattern), recursive=True)
    chars = set()
    for path in files:
        with open(path, encoding="utf-8") as f:
            text = f.read()
        if path.endswith(".json"):
            text = json.dumps(json.loads(text), ensure_ascii=False)
        chars.update(ord(c) for c in text if ord(c) >= 0x20)
    return chars


def npm_fonts(package, members, folder):
    subprocess.run(["npm", "pack", "--silent", package], cwd=folder, check=True, stdout=subprocess.DEVNULL)
    tgz = glob.glob(os.path.join(folder, "*.tgz"))
    [archive] = [t for t in tgz if os.path.basename(t).startswith(package.split("@")[-2].replace("/", "-")
                                                                    .lstrip("-"))]
    paths = {}
    with tarfile.open(archive) as tar:
        for weight, member in members.items():
            target = os.path.join(folder, os.path.basename(member))
            with tar.extractfile("package/" + member) as src, open(target, "wb") as dst:
                dst.write(src.read())
            paths[weight] = target
    return paths


def subset_font(path, unicodes, out):
    options = subset.Options()
    options.layout_features = ["*"]  # ljmo/vjmo/tjmo compose old jamo; kern and mark place Latin
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.glyph_names = False
    options.hinting = False  # JavaFX renders unhinted; hints only add size
    options.drop_tables += ["BASE", "STAT", "vhea", "vmtx", "DSIG"]
    font = TTFont(path)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=unicodes)
    subsetter.subset(font)
    font.save(out)
    return font


def main():
    wanted = set()
    for low, high in RANGES:
        wanted.update(range(low, high + 1))
    wanted |= used_characters()
    os.makedirs(OUT, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        noto_dir = os.path.join(tmp, "noto")
        pre_dir = os.path.join(tmp, "pretendard")
        os.makedirs(noto_dir)
        os.makedirs(pre_dir)
        noto = npm_fonts(NOTO[0], NOTO[1], noto_dir)
        pretendard = npm_fonts(PRETENDARD[0], PRETENDARD[1], pre_dir)
        for weight in ("Regular", "Bold"):
            noto_cmap = TTFont(noto[weight]).getBestCmap()
            borrowed = sorted(c for c in wanted if c not in noto_cmap and c in TTFont(pretendard[weight]).getBestCmap())
            base = subset_font(noto[weight], sorted(c for c in wanted if c in noto_cmap),
                               os.path.join(tmp, "base.ttf"))
            target = os.path.join(OUT, "NotoSansKR-%s.subset.ttf" % weight)
            if borrowed:
                extra = TTFont(pretendard[weight])
                scale_upem(extra, base["head"].unitsPerEm)
                scaled = os.path.join(tmp, "pretendard-scaled.ttf")
                extra.save(scaled)
                subset_font(scaled, borrowed, os.path.join(tmp, "extra.ttf"))
                merged = Merger().merge([os.path.join(tmp, "base.ttf"), os.path.join(tmp, "extra.ttf")])
                # The merged font keeps the first font's names: Noto Sans KR, the family the app asks for.
                merged.save(target)
            else:
                base.save(target)
            missing = sorted(c for c in used_characters() if c not in TTFont(target).getBestCmap())
            print("%s: %d bytes, %d characters; borrowed %d from Pretendard; not drawn (system fallback): %s"
                  % (os.path.relpath(target, ROOT), os.path.getsize(target), len(TTFont(target).getBestCmap()),
                     len(borrowed), "".join(chr(c) for c in missing) or "none"))


if __name__ == "__main__":
    sys.exit(main())
