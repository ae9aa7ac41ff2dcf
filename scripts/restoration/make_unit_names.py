#!/usr/bin/env python3
"""Writes the unit-name list the restorer checks OCR'd names against (src/NghiQuyet.Ingest/Restoration/Model/unit-names.tsv).

    python3 scripts/restoration/make_unit_names.py [--shared ../shared]

Rows: kind <TAB> name <TAB> province <TAB> 1 for a unit of today, 0 for a former one, for the 34 provinces and 3,321 communes of 2025 (wards.csv, provinces.csv) and
the old communes, districts and provinces before the 2025 mergers (pre2025_wards_3tier.csv), sorted, without
duplicates. Reports name both. Data: MIT, Copyright (c) 2021 Thang Le Quoc (thanglequoc/vietnamese-provinces-database)
and Copyright (c) 2025 dvhcvn (dvhcvn/20250701); unit names are facts.
"""
import argparse
import csv
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = ["Thành phố", "Thị trấn", "Thị xã", "Đặc khu", "Phường", "Huyện", "Quận", "Tỉnh", "Xã"]


def split(full):
    full = unicodedata.normalize("NFC", full.strip())
    for k in KINDS:
        if full.startswith(k + " "):
            return k, full[len(k) + 1:].strip()
    return None, full


def main():
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--shared", default=os.path.join(HERE, "..", "..", "..", "shared"))
    p.add_argument("--out", default=os.path.join(HERE, "..", "..", "src", "NghiQuyet.Ingest", "Restoration", "Model", "unit-names.tsv"))
    args = p.parse_args()
    units = os.path.join(args.shared, "data", "admin-units")
    rows = set()

    def add(full, province, current):
        kind, name = split(full)
        _, pname = split(province) if province else (None, "")
        if kind and name:
            rows.add((kind, name, pname, current))

    with open(os.path.join(units, "provinces.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            add(r["full_name"], r["full_name"], "1")
    with open(os.path.join(units, "wards.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            add(r["full_name"], r["province_full_name"], "1")
    with open(os.path.join(units, "pre2025_wards_3tier.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            add(r["province_full_name"], r["province_full_name"], "0")
            add(r["district_full_name"], r["province_full_name"], "0")
            add(r["ward_full_name"], r["province_full_name"], "0")
    with open(args.out, "w", encoding="utf-8") as f:
        current = {r[:3] for r in rows if r[3] == "1"}
        for row in sorted(r for r in rows if r[3] == "1" or r[:3] not in current):
            f.write("\t".join(row) + "\n")
    print(f"make_unit_names: {len(rows)} names -> {args.out}")


if __name__ == "__main__":
    main()
