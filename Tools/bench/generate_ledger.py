#!/usr/bin/env python3
"""Writes a large, valid ledger (Events/FORMAT.md, version 1) for benchmarks.

usage: python3 Tools/bench/generate_ledger.py EVENTS OUT.jsonl

A national roll-up shape: 150 authorities' worth of sources, recommendations and actions,
then ratings, progress notes and evidence on open actions, one event a minute. Every event
obeys the writer's rules, so `ledger status` and `ledger verify` accept the file.
Deterministic: the same EVENTS gives the same bytes.
"""
import hashlib
import json
import random
import sys
from datetime import datetime, timedelta, timezone


def canonical(value):
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode()


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: generate_ledger.py EVENTS OUT.jsonl")
    total, out = int(sys.argv[1]), sys.argv[2]
    rng = random.Random(20261124)
    clock = datetime(2024, 1, 1, 9, 0, tzinfo=timezone.utc)
    prev = "0" * 64
    seq = 0
    actors = [("Amara Okafor", "Principal Social Worker"), ("Daniel Reyes", "Head of Service, Children in Care"),
              ("Helen Marsh", "Improvement Board Chair")]
    with open(out, "wb") as f:
        def emit(kind, data):
            nonlocal prev, seq, clock
            seq += 1
            clock += timedelta(minutes=1)
            name, role = actors[seq % len(actors)]
            header = {"v": 1, "seq": seq, "type": kind, "recorded": clock.strftime("%Y-%m-%dT%H:%M:%SZ"),
                      "actor": {"name": name, "role": role},
                      "data_sha256": hashlib.sha256(canonical(data)).hexdigest(), "prev": prev}
            digest = hashlib.sha256(canonical(header)).hexdigest()
            line = dict(header)
            del line["data_sha256"], line["prev"]
            line["data"] = json.loads(canonical(data))
            line.update({"data_sha256": header["data_sha256"], "prev": prev, "hash": digest})
            f.write(json.dumps(line, ensure_ascii=False, separators=(",", ":")).encode() + b"\n")
            prev = digest

        emit("plan.created", {"title": "National roll-up of improvement plans", "authority": "England"})
        actions = []
        authorities = max(1, min(150, total // 200))
        for a in range(authorities):
            if seq >= total:
                break
            emit("source.added", {"id": f"FV{a}", "source_type": "focused-visit",
                                  "title": f"Focused visit to authority {a}", "date": "2023-11-07"})
            for r in range(5):
                rid = f"R{a}.{r}"
                emit("recommendation.added", {"id": rid, "source": f"FV{a}", "priority": r == 0,
                                              "text": "The quality of children’s plans, pathway plans, and review letters"})
                for k in range(3):
                    aid = f"A{a}.{r}.{k}"
                    emit("action.added", {"id": aid, "recommendations": [rid], "title": "Audit 20 plans a month",
                                          "owner": "Head of Service, Children in Care", "due": "2025-03-31"})
                    actions.append(aid)
        notes = ["Caseloads still above 15 in two teams – recruitment ongoing",
                 "Audit of 20 care plans: 16 use the new format; £1m investment agreed",
                 "PEP timeliness 74%, improving but below the 90% target"]
        while seq < total:
            aid = rng.choice(actions)
            roll = rng.random()
            if roll < 0.4:
                emit("action.rated", {"id": aid, "rag": rng.choice(["red", "amber", "green"]), "note": rng.choice(notes)})
            elif roll < 0.8:
                emit("action.progress", {"id": aid, "note": rng.choice(notes)})
            else:
                emit("action.evidence", {"id": aid, "note": rng.choice(notes), "link": "https://example.org/evidence"})


if __name__ == "__main__":
    main()
