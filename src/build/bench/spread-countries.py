#!/usr/bin/env python3
"""Spreads a synthetic dataset's events over more countries, for benchmarks of lanes.

usage: spread-countries.py COUNT < events.json > spread.json

gen-events (the shared tool) draws every event's countries from 40 codes; grouped by country, its datasets make 40
lanes. This gives each event as many countries as it had, drawn instead from the first COUNT country codes of the
bundled dataset (data/korea-foreign-relations.json, which has a code for every state Korea has relations with), whose
entries (name, colour, region) replace the dataset's list of countries; the same file for the same input. The events' dates, titles and categories are left as they are.
"""
import json
import pathlib
import random
import sys


def main():
    count = int(sys.argv[1])
    bundled = pathlib.Path(__file__).resolve().parents[3] / "data" / "korea-foreign-relations.json"
    countries = json.loads(bundled.read_text(encoding="utf-8"))["countries"]
    if not 1 <= count <= len(countries):
        sys.exit(f"spread-countries.py: COUNT must be between 1 and {len(countries)}")
    # Only what a lane shows of a country: its relation periods would need the dataset's relationships too.
    countries = [{k: c[k] for k in ("code", "name", "color", "region") if k in c} for c in countries[:count]]
    codes = [c["code"] for c in countries]
    data = json.load(sys.stdin)
    rnd = random.Random(190)
    for event in data["events"]:
        event["countries"] = rnd.sample(codes, min(len(event.get("countries", [])) or 1, count))
    data["countries"] = countries
    json.dump(data, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
