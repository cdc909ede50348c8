#!/usr/bin/env python3
"""Writes the fictional daily public-bicycle rentals of 한빛광역시 (Hanbit Metropolitan City) as a
messy public-data CSV: a title line above the header, thousands separators in quoted numbers and
'-' where a station reported nothing. 100 stations in 5 districts, every day of 2023-2025:
109,600 rows (about 6 MB). Fixed seed, so every run writes the same bytes.

The default corpus holds a copy in corpus/ (regenerate it with the path below after changing this script).

Usage: python3 scripts/generate_bicycle_rentals.py [OUT]   (default target/tables/<file name>)
       python3 scripts/generate_bicycle_rentals.py "corpus/공공자전거 일별 대여 현황 2023-2025.csv"
"""
import datetime
import os
import random
import sys

FILE_NAME = "공공자전거 일별 대여 현황 2023-2025.csv"
DISTRICTS = ["한빛구", "누리구", "새빛구", "가람구", "솔내구"]
SEED = 20251231


def rows():
    rnd = random.Random(SEED)
    stations = []
    for d, district in enumerate(DISTRICTS):
        for s in range(1, 21):
            base = rnd.randint(300, 1500) + 30 * (len(DISTRICTS) - d)
            stations.append((district, f"{district} 제{s:02d}대여소", base))
    day = datetime.date(2023, 1, 1)
    end = datetime.date(2025, 12, 31)
    while day <= end:
        season = 1.0 + 0.35 * (day.month in (4, 5, 6, 9, 10)) - 0.3 * (day.month in (12, 1, 2))
        weekend = 1.2 if day.weekday() >= 5 else 1.0
        growth = 1.0 + 0.06 * (day.year - 2023)
        for district, station, base in stations:
            if rnd.random() < 0.004:
                yield (day.isoformat(), district, station, None, None, None)
                continue
            rentals = max(0, int(round(base * season * weekend * growth * rnd.uniform(0.7, 1.3))))
            returns = max(0, rentals + rnd.randint(-15, 15))
            minutes = round(rnd.uniform(12.0, 38.0), 1)
            yield (day.isoformat(), district, station, rentals, returns, minutes)
        day += datetime.timedelta(days=1)


def cell(value):
    if value is None:
        return "-"
    if isinstance(value, int):
        return f'"{value:,}"' if value >= 1000 else str(value)
    return str(value)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join("target", "tables", FILE_NAME)
    os.makedirs(os.path.dirname(out) or ".", exist_ok=True)
    with open(out, "w", encoding="utf-8", newline="") as f:
        # the title line has a single comma, so it stays two cells, fewer than half the header's six
        f.write("한빛광역시 공공자전거 일별 대여 현황 (2023~2025) ※ 예시 자료(가상 수치), Draftwave 기본 말뭉치용"
                " (출처: 한빛광역시 데이터담당관실 데이터플랫폼팀 집계 형식의 가상 자료)\n")
        f.write("대여일자,자치구,대여소,대여 건수,반납 건수,평균 이용 시간(분)\n")
        n = 0
        for r in rows():
            f.write(",".join([r[0], r[1], r[2], cell(r[3]), cell(r[4]), cell(r[5])]) + "\n")
            n += 1
    print(f"{out}: {n} rows")


if __name__ == "__main__":
    main()
