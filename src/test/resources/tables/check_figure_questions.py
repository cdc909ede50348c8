#!/usr/bin/env python3
"""Recomputes the expected figures of figure-questions.tsv from the table files with the csv
module only (no spreadsheet, no Draftwave code), and fails when a written figure differs.

Usage (from the repository root, after python3 scripts/generate_bicycle_rentals.py):
    python3 src/test/resources/tables/check_figure_questions.py [--fill]
--fill writes the recomputed figures where the set has '?' (used for the generated table).
"""
import csv
import sys
from decimal import Decimal, ROUND_HALF_UP

HERE = "src/test/resources/tables/figure-questions.tsv"
TOTALS = {"합계", "계", "총계", "소계", "total"}


def read_csv(path, skip=0):
    with open(path, encoding="utf-8") as f:
        rows = list(csv.reader(f))[skip:]
    return [dict(zip(rows[0], r)) for r in rows[1:] if any(c.strip() for c in r)]


def read_sheet(path, sheet):
    lines, inside = [], False
    for line in open(path, encoding="utf-8").read().splitlines():
        if line.startswith("=== sheet:"):
            inside = line.strip() == f"=== sheet: {sheet} ==="
            continue
        if inside and line.strip():
            lines.append(line)
    rows = list(csv.reader(lines))
    return [dict(zip(rows[0], r)) for r in rows[1:]]


TABLES = {
    "C": read_csv("corpus/민원 접수 현황 분야별 2023-2025.csv"),
    "T": read_csv("corpus/training-participants-by-level-2023-2025.csv"),
    "W": read_csv("corpus/competition-winners-2024-2025.csv"),
    "D": read_csv("corpus/bigdata-wave-dataset-catalogue.csv"),
    "S": read_sheet("src/test/resources/corpus-sources/training-figures-by-level.xlsx.md", "연도별 요약"),
    "B": read_csv("corpus/공공자전거 일별 대여 현황 2023-2025.csv", skip=1),
}


def num(cell):
    cell = cell.strip().replace(",", "")
    return None if cell in ("", "-") else Decimal(cell)


def rnd(value, places):
    return float(Decimal(value).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP))


def places(rows, measure, average=False):
    whole = all(num(r[measure]) is None or num(r[measure]) == num(r[measure]).to_integral_value() for r in rows)
    return (1 if average else 0) if whole else 2


def is_total(row):
    return any(c.strip().lower() in TOTALS for c in row.values())


def matches(row, filters):
    for k, v in filters.items():
        cell, v = row[k], str(v)
        if not (cell == v or (len(v) == 4 and cell.startswith(v + "-"))):
            return False
    return True


def pick(t, filters, total=False):
    return [r for r in TABLES[t] if is_total(r) == total and matches(r, filters)]


def value(t, measure, total=False, **filters):
    rows = pick(t, filters, total)
    return [rnd(sum(num(r[measure]) for r in rows if num(r[measure]) is not None), places(TABLES[t], measure))]


def total(t, measure, **filters):
    return value(t, measure, total=True, **filters)


def avg(t, measure, **filters):
    vals = [num(r[measure]) for r in pick(t, filters) if num(r[measure]) is not None]
    return [rnd(sum(vals) / len(vals), places(TABLES[t], measure, True))]


def count(t, **filters):
    return [float(len(pick(t, filters)))]


def groups(t, measure, category, filters):
    sums = {}
    for r in pick(t, filters):
        if num(r[measure]) is not None:
            sums.setdefault(r[category], []).append(num(r[measure]))
    return sums


def top(t, measure, category, n, asc=False, **filters):
    sums = groups(t, measure, category, filters)
    rate = measure.endswith("(%)") or "점" in measure or measure.startswith("평균")
    agg = {k: (sum(v) / len(v) if rate else sum(v)) for k, v in sums.items()}
    order = sorted(agg.items(), key=lambda kv: (kv[1] if asc else -kv[1], kv[0]))[:n]
    p = places(TABLES[t], measure, rate)
    return [rnd(v, p) for _, v in order]


def period_column(t):
    return "연도" if "연도" in TABLES[t][0] else "대여일자"


def per_year(t, measure, total_rows, filters):
    col = period_column(t)
    out = {}
    for r in pick(t, filters, total_rows):
        if num(r[measure]) is not None:
            out.setdefault(int(r[col][:4]), Decimal(0))
            out[int(r[col][:4])] += num(r[measure])
    return out


def change(t, measure, a, b, total=False, **filters):
    years = per_year(t, measure, total, filters)
    p = places(TABLES[t], measure)
    frm, to = rnd(years[a], p), rnd(years[b], p)
    out = [to, frm, rnd(Decimal(to) - Decimal(frm), p)]
    if years[a] != 0:
        out.append(rnd((years[b] - years[a]) / years[a] * 100, 1))
    return out


def trend(t, measure, total=False, **filters):
    years = per_year(t, measure, total, filters)
    p = places(TABLES[t], measure)
    return [rnd(years[y], p) for y in sorted(years)]


def share(t, measure, category, val, **filters):
    rows = [r for r in pick(t, filters) if num(r[measure]) is not None]
    whole = sum(num(r[measure]) for r in rows)
    part = sum(num(r[measure]) for r in rows if r[category] == val)
    p = places(TABLES[t], measure)
    return [rnd(part / whole * 100, 1), rnd(part, p), rnd(whole, p)]


def fmt(v):
    return str(int(v)) if v == int(v) and abs(v) >= 1 and "." not in f"{v}".rstrip("0").rstrip(".") else f"{v}"


def main():
    fill = "--fill" in sys.argv
    lines = open(HERE, encoding="utf-8").read().splitlines()
    out, bad, checked, refused = [], 0, 0, 0
    for line in lines:
        parts = line.split("\t")
        if line.startswith("#") or line.startswith("id\t") or len(parts) < 5:
            out.append(line)
            continue
        if parts[3] == "REFUSE":
            refused += 1
            out.append(line)
            continue
        computed = eval(parts[4], globals(), {k: k for k in TABLES})
        if parts[3] == "?":
            if fill:
                parts[3] = ";".join(fmt(v) for v in computed)
            else:
                print(f"{parts[0]}: no expected figures written")
                bad += 1
        else:
            expected = [float(x) for x in parts[3].split(";")]
            checked += 1
            if computed[:len(expected)] != expected:
                print(f"{parts[0]}: written {expected}, recomputed {computed}")
                bad += 1
        out.append("\t".join(parts))
    if fill:
        open(HERE, "w", encoding="utf-8").write("\n".join(out) + "\n")
    print(f"{checked} answerable questions checked, {refused} unanswerable, {bad} differ")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
