#!/usr/bin/env python3
"""Tesseract-OCR'd variants of clean texts, made once per machine and kept in a cache outside git.

    python3 scripts/ocr/ocr_cached.py [--cache DIR] [--jobs N] [typeset_ocr options...] IN.txt [IN2.txt ...]
    python3 scripts/ocr/ocr_cached.py --samples          # ../shared/corpus/{muong-lam,bac-yen}.txt

For each input prints one line "IN<TAB>CACHED.txt". The cached file is typeset_ocr.py's output for that input and those
options; its name carries a hash of the input's bytes, typeset_ocr.py's bytes and the options, so a changed input, script
or option makes a new file and an unchanged one is read from the cache (no Chromium, no Tesseract). The cache folder is
$NGHIQUYET_OCR_CACHE, else ${XDG_CACHE_HOME:-~/.cache}/nghiquyet/ocr. A lock file per entry lets parallel test runs wait
for one another instead of OCR-ing the same text twice. The text's gold is the clean text's gold: OCR changes the words,
not the figures a reader should find.
"""
import argparse
import fcntl
import hashlib
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TYPESET = os.path.join(HERE, "typeset_ocr.py")
# Options that change the OCR text (not --jobs/--workdir, which only change how it is made).
SHAPING = ["font", "size", "align", "dpi", "blur", "noise", "rotate", "psm", "seed"]


def cache_dir(explicit):
    if explicit:
        return explicit
    if os.environ.get("NGHIQUYET_OCR_CACHE"):
        return os.environ["NGHIQUYET_OCR_CACHE"]
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "nghiquyet", "ocr")


def shared_corpus():
    env = os.environ.get("NGHIQUYET_SHARED")
    if env and os.path.isdir(os.path.join(env, "corpus")):
        return os.path.join(env, "corpus")
    d = HERE
    while True:
        cand = os.path.join(d, "shared", "corpus")
        if os.path.isdir(cand):
            return cand
        parent = os.path.dirname(d)
        if parent == d:
            sys.exit("ocr_cached: ../shared/corpus not found; set NGHIQUYET_SHARED")
        d = parent


def key(path, opts):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        h.update(f.read())
    with open(TYPESET, "rb") as f:
        h.update(f.read())
    for name in SHAPING:
        h.update(f"{name}={opts.get(name)!r};".encode())
    return h.hexdigest()[:16]


def make(path, opts, jobs, folder):
    os.makedirs(folder, exist_ok=True)
    stem = os.path.splitext(os.path.basename(path))[0]
    out = os.path.join(folder, f"{stem}-{key(path, opts)}.txt")
    if os.path.exists(out):
        return out
    with open(out + ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if os.path.exists(out):  # another run made it while this one waited
            return out
        tmp = out + f".{os.getpid()}.tmp"
        cmd = [sys.executable, TYPESET, path, tmp, "--jobs", str(jobs)]
        for name in SHAPING:
            if opts.get(name) is not None:
                cmd += [f"--{name}", str(opts[name])]
        subprocess.run(cmd, check=True)
        os.replace(tmp, out)  # whole file or none: a killed run leaves no half-read text in the cache
    return out


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("inputs", nargs="*")
    p.add_argument("--samples", action="store_true", help="the clean sample reports muong-lam and bac-yen")
    p.add_argument("--cache")
    p.add_argument("--jobs", type=int, default=max(1, min(2, os.cpu_count() or 1)))
    for name in SHAPING:
        p.add_argument(f"--{name}")
    args = p.parse_args()
    inputs = list(args.inputs)
    if args.samples:
        corpus = shared_corpus()
        inputs += [os.path.join(corpus, n) for n in ("muong-lam.txt", "bac-yen.txt")]
    if not inputs:
        p.error("no input")
    opts = {n: getattr(args, n) for n in SHAPING}
    folder = cache_dir(args.cache)
    for path in inputs:
        print(f"{path}\t{make(path, opts, args.jobs, folder)}", flush=True)


if __name__ == "__main__":
    main()
