#!/usr/bin/env python3
"""Pairs of (clean line, real Tesseract OCR of that line) for learning and testing the OCR channel of the restorer.

    python3 scripts/ocr/make_pairs.py --split train --pages 150 --out ../ocr-data [--seed 7] [--shared ../shared]
    python3 scripts/ocr/make_pairs.py --split test  --pages 8   --out ../ocr-data

Clean text is cut into short printed lines (at most 50 characters, whole words) so that one clean line is one printed
line. Lines come from the shared tone-marked corpus and, for training only, the clean sample reports:

- split "train": lines whose 0-based index i in their file has i % 50 not in (24, 49) — the lines the language model
  is trained on (`Holdout` in LmTrainer.cs);
- split "test": lines with i % 50 == 49 of `vi-corpus/resolutions_2025.txt` only (MIT, dvhcvn), never trained on by
  the language model or the channel; small enough to be shipped as a test fixture with its licence notice;
- split "dev": lines with i % 50 == 24 (the language model's tuning lines) of the corpus and the sample reports, for
  choosing the decoder's weights without looking at the test lines; not shipped.

`../shared/corpus/phieng-pan-ocr.txt` is never read. Each batch of about three pages is typeset with
`typeset_ocr.py` in a font, size, resolution and degradation drawn from the seeded generator (Liberation/Free/DejaVu,
serif and sans, 11–14 pt, 200–300 dpi, blur 0–0.9, noise 0–0.4, `--psm 6` so lines keep their order) and read by
`tesseract -l eng`. The OCR lines are then aligned to the clean lines by dynamic programming over folded (markless)
similarity, allowing a clean line that Tesseract split in two; pairs that do not look alike are dropped.

Output (outside git): OUT/SPLIT/batch-NNNN.{txt,ocr,tsv}; each .tsv row is `clean<TAB>ocr<TAB>config`. Batches that
exist are skipped, so an interrupted run resumes. Same seed, same arguments: same lines and same settings.
"""
import argparse
import difflib
import os
import random
import subprocess
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
FONTS = ["Liberation Serif", "FreeSerif", "DejaVu Serif", "Liberation Sans", "FreeSans", "DejaVu Sans"]
LINES_PER_BATCH = 110
MAX_CHARS = 50


def fold(s):
    s = unicodedata.normalize("NFD", s.lower().replace("đ", "d"))
    return "".join(c for c in s if not unicodedata.combining(c) and not c.isspace())


def chunks(text):
    out, cur = [], ""
    for w in text.split():
        if cur and len(cur) + 1 + len(w) > MAX_CHARS:
            out.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    if cur:
        out.append(cur)
    return out


def marked_share(line):
    words = [w for w in line.split() if sum(c.isalpha() for c in w) >= 2]
    if not words:
        return 0
    return sum(any(ord(c) > 127 and c.isalpha() for c in w) for w in words) / len(words)


def source_lines(path, split):
    with open(path, encoding="utf-8") as f:
        for i, raw in enumerate(f):
            keep = {"test": i % 50 == 49, "dev": i % 50 == 24}.get(split, i % 50 not in (24, 49))
            if not keep:
                continue
            line = unicodedata.normalize("NFC", raw).replace("\u00a0", " ").strip()
            if len(line) >= 20 and marked_share(line) >= 0.4:
                yield line


def align(clean, ocr):
    """Best monotone matching of clean lines to OCR lines (one to one, or one to two split lines)."""
    fc = [fold(c) for c in clean]
    fo = [fold(o) for o in ocr]

    def sim(a, b):
        if not a or not b or abs(len(a) - len(b)) > 0.5 * max(len(a), len(b)):
            return 0.0
        return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()

    n, m = len(clean), len(ocr)
    neg = float("-inf")
    best = [[neg] * (m + 1) for _ in range(n + 1)]
    back = [[None] * (m + 1) for _ in range(n + 1)]
    best[0][0] = 0.0
    for i in range(n + 1):
        for j in range(m + 1):
            here = best[i][j]
            if here == neg:
                continue
            moves = []
            if i < n:
                moves.append((i + 1, j, 0.0, None))
            if j < m:
                moves.append((i, j + 1, 0.0, None))
            if i < n and j < m and abs(i - j) < 40:
                s = sim(fc[i], fo[j])
                if s >= 0.6:
                    moves.append((i + 1, j + 1, s, (i, ocr[j])))
                if j + 1 < m:
                    s2 = sim(fc[i], fo[j] + fo[j + 1])
                    if s2 >= 0.6:
                        moves.append((i + 1, j + 2, s2 * 1.5, (i, ocr[j] + " " + ocr[j + 1])))
            for ni, nj, gain, pair in moves:
                if here + gain > best[ni][nj]:
                    best[ni][nj] = here + gain
                    back[ni][nj] = (i, j, pair)
    pairs = []
    i, j = n, m
    while (i, j) != (0, 0):
        pi, pj, pair = back[i][j]
        if pair:
            pairs.append(pair)
        i, j = pi, pj
    pairs.reverse()
    return [(clean[k], o) for k, o in pairs]


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--split", choices=["train", "dev", "test"], required=True)
    p.add_argument("--pages", type=int, default=100, help="about this many pages (three per batch)")
    p.add_argument("--out", required=True)
    p.add_argument("--shared", default=os.path.join(HERE, "..", "..", "..", "shared"))
    p.add_argument("--seed", type=int, default=7)
    args = p.parse_args()

    corpus = os.path.join(args.shared, "data", "vi-corpus")
    if args.split == "test":
        sources = {os.path.join(corpus, "resolutions_2025.txt"): 1.0}
    else:
        sources = {
            os.path.join(corpus, "resolutions_2025.txt"): 0.25,
            os.path.join(corpus, "legal_vlc.txt"): 0.25,
            os.path.join(corpus, "wiki_viwiki.txt"): 0.15,
            os.path.join(args.shared, "corpus", "muong-lam.txt"): 0.175,
            os.path.join(args.shared, "corpus", "bac-yen.txt"): 0.175,
        }
    rnd = random.Random(args.seed * 2 + {"train": 0, "test": 1, "dev": 1_000_003}[args.split])
    pools = {}
    for path in sources:
        lines = list(source_lines(path, args.split))
        rnd.shuffle(lines)
        pools[path] = lines
    cursor = {path: 0 for path in sources}

    outdir = os.path.join(args.out, args.split)
    os.makedirs(outdir, exist_ok=True)
    batches = max(1, args.pages // 3)
    for b in range(batches):
        cfg = {
            "font": rnd.choice(FONTS),
            "size": rnd.choice([11, 12, 13, 14]),
            "dpi": rnd.choice([200, 240, 300]),
            "blur": rnd.choice([0, 0.3, 0.6, 0.9]),
            "noise": rnd.choice([0, 0.2, 0.4]),
            "seed": rnd.randrange(1, 1 << 30),
        }
        printed = []
        while len(printed) < LINES_PER_BATCH:
            path = rnd.choices(list(sources), weights=list(sources.values()))[0]
            pool = pools[path]
            if not pool:
                continue
            line = pool[cursor[path] % len(pool)]
            cursor[path] += 1
            printed.extend(chunks(line))
        printed = printed[:LINES_PER_BATCH]
        stem = os.path.join(outdir, f"batch-{b:04d}")
        if os.path.exists(stem + ".tsv"):
            continue
        with open(stem + ".txt", "w", encoding="utf-8") as f:
            f.write("\n".join(printed) + "\n")
        cmd = [sys.executable, os.path.join(HERE, "typeset_ocr.py"), stem + ".txt", stem + ".ocr", "--psm", "6", "--jobs", "1",
               "--font", cfg["font"], "--size", str(cfg["size"]), "--dpi", str(cfg["dpi"]), "--blur", str(cfg["blur"]),
               "--noise", str(cfg["noise"]), "--rotate", "0.3", "--seed", str(cfg["seed"])]
        subprocess.run(cmd, check=True)
        with open(stem + ".ocr", encoding="utf-8") as f:
            ocr = [l.strip() for l in f if l.strip()]
        pairs = align(printed, ocr)
        tag = f"{cfg['font']}/{cfg['size']}pt/{cfg['dpi']}dpi/blur{cfg['blur']}/noise{cfg['noise']}"
        with open(stem + ".tsv.tmp", "w", encoding="utf-8") as f:
            for c, o in pairs:
                f.write(f"{c}\t{o.replace(chr(9), ' ')}\t{tag}\n")
        os.replace(stem + ".tsv.tmp", stem + ".tsv")
        print(f"make_pairs: {stem}: {len(pairs)}/{len(printed)} lines aligned ({tag})", file=sys.stderr, flush=True)


if __name__ == "__main__":
    main()
