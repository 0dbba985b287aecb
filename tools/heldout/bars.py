#!/usr/bin/env python3
"""Prints AccuracyGateTest's CsvSource rows for held-out sets: each measure of PRED.jsonl floored to two decimals.

usage: bars.py PRED.jsonl SET...
"""
import sys, json, math, pathlib

REPO = pathlib.Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO.parent / "shared" / "gold"))
import score as S  # noqa: E402

PHRASINGS = REPO / "extractor/src/test/resources/phrasings"


def floored(x):
    return math.floor(x * 100 + 1e-9) / 100


def main():
    preds = S.load_preds(sys.argv[1])
    for s in sys.argv[2:]:
        cases = [json.loads(l) for l in open(PHRASINGS / f"{s}-cases.jsonl", encoding="utf-8") if l.strip()]
        found, wanted, right, produced = S.score_cases(cases, preds, [])
        targets, targets_wanted, _, _ = S.score_cases(cases, preds, [], True)
        sp = PHRASINGS / f"{s}-sections.json"
        heads = S.score_sections(json.load(open(sp, encoding="utf-8")), preds, []) if sp.exists() else None
        r, t = S.score_meta(json.load(open(PHRASINGS / f"{s}-meta.json", encoding="utf-8")), preds, [])
        print(f'            "{s}, {floored(found / wanted)}, {floored(right / produced)}, '
              f'{floored(targets / targets_wanted) if targets_wanted else 1.0}, '
              f'{floored(heads[0] / heads[1]) if heads else 0}, {floored(r / t)}",')


if __name__ == "__main__":
    main()
