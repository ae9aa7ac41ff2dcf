#!/usr/bin/env python3
"""Realistic OCR of clean Vietnamese text, the way scans in the field lost their tone marks.

    python3 scripts/ocr/typeset_ocr.py IN.txt OUT.txt [--font "Liberation Serif"] [--size 13] [--dpi 300]
        [--blur 0.5] [--noise 0.2] [--rotate 0.2] [--psm 3] [--seed 1] [--jobs N] [--workdir DIR] [--keep]

Each line of IN is typeset as one printed line (long lines wrap) on A4 pages in FONT at SIZE pt, printed to PDF by
headless Chromium, rasterised by pdftoppm at DPI in grey, lightly degraded with ImageMagick (blur, noise and a small
rotation, all seeded) and read by `tesseract -l eng` — English only, no Vietnamese model, which is what strips the marks.
OUT gets the OCR text of all pages in order. The same arguments and seed give the same output.

Needs Debian's chromium, poppler-utils, imagemagick, tesseract-ocr (scripts/setup.sh installs them) and the fonts you
name (fonts-liberation2, fonts-freefont-ttf, fonts-dejavu-core are installed by setup.sh).
"""
import argparse
import html
import os
import random
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from concurrent.futures import ThreadPoolExecutor

PAGE_CSS = """
@page { size: A4; margin: 20mm 20mm 20mm 25mm; }
html, body { margin: 0; padding: 0; background: #fff; color: #000; }
body { font-family: '%(font)s'; font-size: %(size)spt; line-height: 1.35; }
div.l { white-space: pre-wrap; word-wrap: break-word; min-height: 1.35em; text-align: %(align)s; }
"""


def tool(name):
    # /usr/local/bin may hold a stand-in for ImageMagick's convert; the real one is Debian's.
    if name == "convert" and os.path.exists("/usr/bin/convert"):
        return "/usr/bin/convert"
    found = shutil.which(name)
    if not found:
        sys.exit(f"typeset_ocr: '{name}' not found: run scripts/setup.sh")
    return found


def chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if shutil.which(name):
            return shutil.which(name)
    sys.exit("typeset_ocr: chromium not found: run scripts/setup.sh")


def typeset(lines, args, html_path):
    body = "\n".join(f'<div class="l">{html.escape(line) if line.strip() else ""}</div>' for line in lines)
    css = PAGE_CSS % {"font": args.font, "size": args.size, "align": args.align}
    with open(html_path, "w", encoding="utf-8") as f:
        f.write(f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><style>{css}</style></head><body>{body}</body></html>')


def print_pdf(html_path, pdf_path, workdir):
    profile = os.path.join(workdir, "profile")
    cmd = [chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
           f"--user-data-dir={profile}", "--no-pdf-header-footer", "--print-to-pdf-no-header",
           f"--print-to-pdf={pdf_path}", "file://" + os.path.abspath(html_path)]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)
    if not os.path.exists(pdf_path):
        sys.exit("typeset_ocr: chromium printed no PDF")


def read_page(png, args, seed):
    src = png
    if args.blur > 0 or args.noise > 0 or args.rotate > 0:
        rnd = random.Random(seed)
        angle = rnd.uniform(-args.rotate, args.rotate) if args.rotate > 0 else 0.0
        src = png[:-4] + "-d.png"
        cmd = [tool("convert"), png, "-seed", str(seed)]
        if angle:
            cmd += ["-background", "white", "-rotate", f"{angle:.3f}"]
        if args.blur > 0:
            cmd += ["-blur", f"0x{args.blur}"]
        if args.noise > 0:
            cmd += ["-attenuate", str(args.noise), "+noise", "Gaussian"]
        cmd += ["-colorspace", "Gray", "-depth", "8", src]
        subprocess.run(cmd, check=True, timeout=300)
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    r = subprocess.run([tool("tesseract"), src, "stdout", "-l", "eng", "--psm", str(args.psm), "--dpi", str(args.dpi)],
                       check=True, capture_output=True, text=True, env=env, timeout=600)
    return r.stdout.replace("\f", "").rstrip("\n")


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("input")
    p.add_argument("output")
    p.add_argument("--font", default="Liberation Serif")
    p.add_argument("--size", type=float, default=13)
    p.add_argument("--align", default="left", choices=["left", "justify"])
    p.add_argument("--dpi", type=int, default=300)
    p.add_argument("--blur", type=float, default=0.5, help="Gaussian blur sigma in pixels (0: none)")
    p.add_argument("--noise", type=float, default=0.2, help="Gaussian noise attenuation (0: none)")
    p.add_argument("--rotate", type=float, default=0.2, help="largest skew in degrees (0: none)")
    p.add_argument("--psm", type=int, default=3, help="tesseract page segmentation mode")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    p.add_argument("--workdir", help="keep the intermediate files here (default: a temporary folder, removed)")
    args = p.parse_args()

    with open(args.input, encoding="utf-8-sig") as f:
        lines = [unicodedata.normalize("NFC", l.rstrip("\r\n")).replace("\u00a0", " ") for l in f]

    workdir = args.workdir or tempfile.mkdtemp(prefix="typeset-ocr-")
    os.makedirs(workdir, exist_ok=True)
    try:
        html_path = os.path.join(workdir, "doc.html")
        pdf_path = os.path.join(workdir, "doc.pdf")
        typeset(lines, args, html_path)
        print_pdf(html_path, pdf_path, workdir)
        for old in os.listdir(workdir):
            if old.startswith("page") and old.endswith(".png"):
                os.remove(os.path.join(workdir, old))
        subprocess.run([tool("pdftoppm"), "-r", str(args.dpi), "-gray", "-png", pdf_path, os.path.join(workdir, "page")],
                       check=True, timeout=1200)
        pages = sorted(os.path.join(workdir, n) for n in os.listdir(workdir) if n.startswith("page") and n.endswith(".png") and not n.endswith("-d.png"))
        with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
            texts = list(pool.map(lambda ip: read_page(ip[1], args, args.seed * 100003 + ip[0]), enumerate(pages)))
        with open(args.output, "w", encoding="utf-8") as f:
            f.write("\n\n".join(texts) + "\n")
        print(f"typeset_ocr: {len(pages)} pages -> {args.output}", file=sys.stderr)
    finally:
        if not args.workdir:
            shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
