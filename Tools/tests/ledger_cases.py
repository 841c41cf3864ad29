#!/usr/bin/env python3
"""Ledger files for testing verifiers: a small builder, crafted faults and seeded mutations.

Usage: python3 Tools/tests/ledger_cases.py OUTDIR [--seed N] [--mutations N]

Writes one file per case into OUTDIR and OUTDIR/manifest.tsv, one line per case:
  NAME<TAB>EXPECTED<TAB>DESCRIPTION
EXPECTED is "ok", the number of the first bad line, or "?" (a mutation: only agreement counts).

The builder chains lines itself (data_sha256 and hash), so a crafted file holds exactly the
one fault it describes. It shares nothing with Tools/verify_ledger.py.
"""
import hashlib, json, os, random, sys

ACTOR = {"name": "Amara Okafor", "role": "Principal Social Worker"}
CHAIR = {"name": "Helen Marsh", "role": "Improvement Board Chair"}
EXAMPLE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "Events", "examples",
                       "lewisham-focused-visit.jsonl")
VERSION = {"payload.redacted": 2}  # every other version 1 or 2 type is written with its v
# Version 3 (FORMAT.md V1): the new types, and older types using a member version 3 added.
V3_TYPES = {"priority.added", "priority.amended", "measure.added", "measure.recorded", "measure.amended",
            "action.impact", "source.amended", "plan.amended"}


def version_of(kind, data):
    """The lowest version whose table admits the line, as FORMAT.md V1 lists it."""
    if kind in V3_TYPES or "under" in data:
        return 3
    if kind == "action.added" and "recommendations" not in data:
        return 3
    if kind == "recommendation.amended" and ("text" not in data or {"theme", "priority"} & set(data)):
        return 3
    if kind == "action.amended" and "recommendations" in data:
        return 3
    return VERSION.get(kind, 1)


def dumps(value, sort=True):
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=sort)


def sha(b):
    return hashlib.sha256(b).hexdigest()


def ev(kind, recorded, data, **envelope):
    """One event to build: envelope members may be overridden (v, seq, effective, actor, ...)."""
    return dict({"type": kind, "recorded": recorded, "data": data}, **envelope)


def build(events):
    """The file's bytes: each event serialised as the writer would, chained; payload.redacted
    events rewrite the line they name (keeping its data_sha256, prev and hash)."""
    lines, prev = [], "0" * 64
    for n, e in enumerate(events, 1):
        e = dict(e)
        data = dict(e["data"])
        if e["type"] == "payload.redacted":
            s, members = data.get("seq"), data.get("members")
            ok = type(s) is int and 1 <= s < n and isinstance(members, list) and all(isinstance(m, str) for m in members)
            if ok:
                target = lines[s - 1]
                tdata = dict(target["data"])
                for m in members:
                    if m in tdata and not e.get("leave_line"):
                        tdata[m] = "[redacted]"
                if not e.get("nofill"):
                    data.setdefault("data_sha256", target["data_sha256"])
                    data.setdefault("redacted_sha256", sha(dumps(tdata).encode()))
                target["data"] = tdata
        env = {"v": e.get("v", version_of(e["type"], data)), "seq": e.get("seq", n), "type": e["type"],
               "recorded": e["recorded"]}
        if "effective" in e:
            env["effective"] = e["effective"]
        env["actor"] = e.get("actor", ACTOR)
        env["data_sha256"] = e.get("data_sha256", sha(dumps(data).encode()))
        env["prev"] = e.get("prev", prev)
        env["hash"] = sha(dumps(env).encode())
        prev = env["hash"]
        lines.append(dict(env, data=data))
    out = []
    for line in lines:
        head = {k: line[k] for k in ("v", "seq", "type", "recorded", "effective") if k in line}
        text = dumps(head, sort=False)[:-1] + ',"actor":' + dumps(line["actor"], sort=False)
        text += ',"data":' + dumps(line["data"]) + ',"data_sha256":' + dumps(line["data_sha256"])
        text += ',"prev":' + dumps(line["prev"]) + ',"hash":' + dumps(line["hash"]) + "}"
        out.append(text.encode() + b"\n")
    return b"".join(out)


def t(day, minute=0):
    """A recorded time in January 2026, one per event, always later."""
    return f"2026-01-{day:02d}T{9 + minute // 60:02d}:{minute % 60:02d}:00Z"


# A plan that uses every event type, and state to append to: at its end A1 and A2 are signed
# off, A3 withdrawn, A4 open, R1-R3 open, line 25 retracted and line 9's note redacted.
BASE = [
    ev("plan.created", t(1), {"title": "Improvement plan", "authority": "Example Borough Council"}),
    ev("source.added", t(1, 1), {"id": "FV", "source_type": "focused-visit", "title": "Focused visit",
                                  "date": "2025-11-04", "published": "2025-12-02",
                                  "url": "https://files.ofsted.gov.uk/v1/file/1"}),
    ev("recommendation.added", t(1, 2), {"id": "R1", "source": "FV", "priority": False,
                                          "text": "The timely identification of risk for children."}),
    ev("recommendation.added", t(1, 3), {"id": "R2", "source": "FV", "priority": True, "theme": "Plans",
                                          "text": "The quality of children’s plans."}),
    ev("action.added", t(2), {"id": "A1", "recommendations": ["R1"], "title": "Daily triage",
                              "owner": "Head of Service", "due": "2026-02-28"}),
    ev("action.added", t(2, 1), {"id": "A2", "recommendations": ["R1", "R2"], "title": "Audit plans",
                                 "owner": "Service Manager", "due": "2026-03-31"}),
    ev("action.added", t(2, 2), {"id": "A3", "recommendations": ["R2"], "title": "Plan template",
                                 "owner": "Principal Social Worker", "due": "2026-01-31"}),
    ev("action.rated", t(3), {"id": "A1", "rag": "amber", "note": "Started late"}),
    ev("action.progress", t(3, 1), {"id": "A1", "note": "Meets daily; Jane Doe, 4, was discussed"}),
    ev("action.evidence", t(3, 2), {"id": "A2", "note": "Audit report", "link": "https://example.org/a"}),
    ev("action.amended", t(4), {"id": "A3", "title": "Plan template in plain words", "reason": "Clearer"}),
    ev("action.deferred", t(4, 1), {"id": "A2", "reason": "Staff away", "until": "2026-04-30"}),
    ev("action.completed", t(5), {"id": "A1", "note": "Done"}),
    ev("action.signed-off", t(5, 1), {"id": "A1", "note": "Board agrees"}, actor=CHAIR),
    ev("board.meeting", t(12), {"date": "2026-01-10", "note": "January board"}),
    ev("action.withdrawn", t(12, 1), {"id": "A3", "reason": "Replaced"}),
    ev("action.reopened", t(12, 2), {"id": "A3", "reason": "Needed after all"}),
    ev("action.withdrawn", t(12, 3), {"id": "A3", "reason": "Replaced again"}),
    ev("action.completed", t(13), {"id": "A2", "note": "Audits done"}),
    ev("action.signed-off", t(13, 1), {"id": "A2", "note": "Board agrees"}, actor=CHAIR),
    ev("recommendation.closed", t(14), {"id": "R1", "note": "Met"}, actor=CHAIR),
    ev("recommendation.reopened", t(14, 1), {"id": "R1", "reason": "Risk again"}, actor=CHAIR),
    ev("recommendation.amended", t(14, 2), {"id": "R1", "text": "Identifying risk in time.", "reason": "Typo"}),
    ev("action.added", t(15), {"id": "A4", "recommendations": ["R1"], "title": "Risk tool",
                               "owner": "Head of Service", "due": "2026-06-30"}, effective="2026-01-14"),
    ev("action.progress", t(15, 1), {"id": "A4", "note": "Wrong action"}),
    ev("event.retracted", t(15, 2), {"seq": 25, "reason": "Recorded against the wrong action"}),
    ev("payload.redacted", t(16), {"seq": 9, "members": ["note"], "reason": "A child's name"}, actor=CHAIR),
    ev("recommendation.added", t(16, 1), {"id": "R3", "source": "FV", "priority": False, "text": "Supervision."}),
]
END = t(20)  # a time after every base event


def then(*events):
    """BASE followed by events; the first bad line is expected to be the last one."""
    return BASE + list(events)


def appended(kind, data, **env):
    return then(ev(kind, END, data, **env))


# A valid event of each type that may follow BASE (prefix events first where one is needed).
VALID = {
    "source.added": ([], {"id": "S2", "source_type": "other", "title": "Peer review", "date": "2025-12-01",
                          "end_date": "2025-12-02", "published": "2025-12-10", "grade": "good",
                          "url": "http://example.org/review"}),
    "recommendation.added": ([], {"id": "R9", "source": "FV", "text": "Supervision", "theme": "Practice",
                                  "framework": "ILACS", "priority": True}),
    "recommendation.amended": ([], {"id": "R2", "text": "The quality of plans.", "reason": "Shorter"}),
    "recommendation.closed": ([], {"id": "R3", "note": "Met"}),
    "recommendation.reopened": ([ev("recommendation.closed", t(19), {"id": "R3", "note": "Met"})],
                                {"id": "R3", "reason": "Again"}),
    "action.added": ([], {"id": "A9", "recommendations": ["R2", "R3"], "title": "Training",
                          "owner": "Workforce lead", "due": "2026-05-01"}),
    "action.amended": ([], {"id": "A4", "title": "Risk tool v2", "owner": "Deputy", "due": "2026-07-01",
                            "reason": "Re-baselined"}),
    "action.rated": ([], {"id": "A4", "rag": "red", "note": "Behind"}),
    "action.progress": ([], {"id": "A4", "note": "Piloted"}),
    "action.evidence": ([], {"id": "A4", "note": "Pilot report", "link": "https://example.org/p"}),
    "action.completed": ([], {"id": "A4", "note": "Done"}),
    "action.signed-off": ([ev("action.completed", t(19), {"id": "A4", "note": "Done"})],
                          {"id": "A4", "note": "Agreed"}),
    "action.reopened": ([], {"id": "A1", "reason": "Slipped"}),
    "action.deferred": ([], {"id": "A4", "reason": "Budget", "until": "2026-08-01"}),
    "action.withdrawn": ([], {"id": "A4", "reason": "No longer needed"}),
    "board.meeting": ([], {"date": "2026-01-19", "note": "February board, early"}),
    "event.retracted": ([], {"seq": 23, "reason": "Wrong text"}),
    "payload.redacted": ([], {"seq": 10, "members": ["link", "note"], "reason": "Address"}),
}
# (type, member) pairs tried with every bad value; others get the first few.
FULL = {("source.added", "id"), ("source.added", "date"), ("source.added", "title"), ("action.added", "recommendations"),
        ("action.progress", "id"), ("action.progress", "note"), ("action.deferred", "until"), ("board.meeting", "date"),
        ("plan.created", "title"), ("action.amended", "owner"), ("payload.redacted", "reason"),
        ("recommendation.added", "priority"), ("event.retracted", "seq"), ("payload.redacted", "members")}
OPTIONAL = {"source.added": {"end_date", "published", "grade", "url"},
            "recommendation.added": {"theme", "framework"}, "action.amended": {"title", "owner", "due"},
            "action.evidence": {"link"}, "action.deferred": {"until"}, "board.meeting": {"note"}}
TEXT = {"title", "authority", "text", "theme", "framework", "reason", "note", "owner"}
DATES = {"date", "end_date", "published", "due", "until"}
BAD_IDS = ["-A1", "A" * 65, "A 1", "A1 ", "", "Ａ1", "é1", "A/1", ".A", 7]
BAD_DATES = ["2021-02-29", "0000-01-01", "2021-1-01", "２０２１-01-01", "2021-01-01T00:00:00Z", " 2021-01-01",
             "10000-01-01", "2021-13-01", "2021-00-10", "2021-04-31", "\u0662021-01-01", 20210101]
BLANKS = ["", " ", "\t", "\n", "\u000b\u000c\r", "\u0085", "\u00a0", "\u1680", "\u2000", "\u200a", "\u2028",
          "\u2029", "\u202f", "\u205f", "\u3000", " \u3000 "]
NOT_BLANK = ["\u200b", "\ufeff", "\u180e", "x", " x ", "\u00ad"]  # not White_Space: real text
BAD_URLS = ["ftp://example.org", "https://", "http://a b", "https://x/\u202e", "https://x\u0085y",
            "https://" + "a" * 2041, "example.org", "https:/x", "https://x\u0007", "https://x/\u2066",
            "mailto:a@b.c", "https://x\ty", "https://x\u00a0y", "https:///x", "HTTPS://x", "https://x\u200ey"]
GOOD_URLS = ["https://" + "a" * 2040, "http://x", "https://x/a?b=c#d", "https://é.example/ü"]
BAD_RECORDED = ["2026-01-20T09:00:00.5Z", "2026-01-20t09:00:00Z", "2026-01-20T09:00:00z",
                "2026-01-20T09:00:00+00:00", "2026-01-20T24:00:00Z", "2026-01-20T09:60:00Z",
                "2026-01-20T09:00:60Z", "2026-01-20T09:00:00", "2026-01-20 09:00:00Z", "2026-02-30T09:00:00Z",
                "\u0662026-01-20T09:00:00Z", "2026-01-20T09:00:00.000Z", "2026-01-20T9:00:00Z"]


def crafted():
    """(name, events or bytes, expected line or "ok", description) for each crafted case."""
    cases = []
    n = len(BASE) + 1

    def add(name, events, expect, what):
        cases.append((name, events, expect, what))

    add("base", BASE, "ok", "the base plan verifies")
    def some(values, kind, member):
        """Every value for a few members, the first three elsewhere: each value is drawn, and
        each member sees some."""
        return list(enumerate(values if (kind, member) in FULL else values[:3]))

    for kind, (prefix, data) in VALID.items():
        line = n + len(prefix)
        add(f"valid-{kind}", then(*prefix, ev(kind, END, data)), "ok", f"a valid {kind}")
        # every member missing, an unknown member, and a wrong kind for every member
        optional = OPTIONAL.get(kind, set())
        quiet = {"leave_line": True} if kind == "payload.redacted" else {}
        for member in data:
            rest = {k: v for k, v in data.items() if k != member}
            if kind == "action.amended" and member in optional:
                rest = {k: v for k, v in data.items() if k in ("id", "reason", member)}  # each optional alone
                add(f"{kind}-only-{member}", then(*prefix, ev(kind, END, rest)), "ok", f"{kind} with only {member}")
            else:
                add(f"{kind}-without-{member}", then(*prefix, ev(kind, END, rest, nofill=True, **quiet)),
                    "ok" if member in optional else line, f"{kind} without {member}")
            wrongs = [None, 1, True, [], {}] + ([] if member in TEXT or member in ("id", "source") else ["x"])
            if (kind, member) not in FULL:
                wrongs = [None, 1, True, [], {}][member == "priority"::2] + wrongs[5:]
            for j, wrong in enumerate(wrongs):
                if type(wrong) is type(data[member]):
                    continue
                add(f"{kind}-{member}-kind{j}", then(*prefix, ev(kind, END, dict(data, **{member: wrong}), **quiet)),
                    line, f"{kind} with {member} = {wrong!r}")
        add(f"{kind}-extra", then(*prefix, ev(kind, END, dict(data, extra="x"), **quiet)), line, f"{kind} with an unknown member")
        for member, value in data.items():
            if member == "id" or (member == "source") or member == "recommendations":
                for j, bad in some(BAD_IDS, kind, member):
                    v = [bad] if member == "recommendations" else bad
                    add(f"{kind}-{member}-badid{j}", then(*prefix, ev(kind, END, dict(data, **{member: v}))),
                        line, f"{kind} {member} {v!r}")
            if member in DATES:
                for j, bad in some(BAD_DATES, kind, member):
                    add(f"{kind}-{member}-baddate{j}", then(*prefix, ev(kind, END, dict(data, **{member: bad}))),
                        line, f"{kind} {member} {bad!r}")
            if member in TEXT:
                for j, bad in some(BLANKS, kind, member):
                    add(f"{kind}-{member}-blank{j}", then(*prefix, ev(kind, END, dict(data, **{member: bad}), **quiet)),
                        line, f"{kind} {member} blank {bad!r}")
            if member in ("url", "link"):
                for j, bad in enumerate(BAD_URLS):
                    add(f"{kind}-{member}-badurl{j}", then(*prefix, ev(kind, END, dict(data, **{member: bad}))),
                        line, f"{kind} {member} {bad[:40]!r}")
                for j, good in enumerate(GOOD_URLS):
                    add(f"{kind}-{member}-goodurl{j}", then(*prefix, ev(kind, END, dict(data, **{member: good}))),
                        "ok", f"{kind} {member} {good[:40]!r}")
        add(f"{kind}-v-wrong", then(*prefix, ev(kind, END, data, v=1 if kind == "payload.redacted" else 2, **quiet)),
            line, f"{kind} written with the wrong v")
    for j, good in enumerate(NOT_BLANK):
        add(f"note-not-blank{j}", appended("action.progress", {"id": "A4", "note": good}), "ok", f"note {good!r}")
    # Enumerations, lists, rag.
    add("rag-blue", appended("action.rated", {"id": "A4", "rag": "blue", "note": "x"}), n, "rated blue")
    add("rag-Red", appended("action.rated", {"id": "A4", "rag": "Red", "note": "x"}), n, "rag Red")
    add("source-type-unknown", appended("source.added", dict(VALID["source.added"][1], source_type="inspection")),
        n, "unknown source_type")
    add("grade-unknown", appended("source.added", dict(VALID["source.added"][1], grade="excellent")), n, "unknown grade")
    add("recs-empty", appended("action.added", dict(VALID["action.added"][1], recommendations=[])), n, "no recommendations")
    add("recs-repeat", appended("action.added", dict(VALID["action.added"][1], recommendations=["R2", "R2"])),
        n, "a recommendation twice")
    add("amended-nothing", appended("action.amended", {"id": "A4", "reason": "x"}), n, "amended with no field")
    add("ids-case", appended("action.progress", {"id": "a4", "note": "x"}), n, "IDs are case-sensitive")
    add("id-64", appended("source.added", dict(VALID["source.added"][1], id="S" * 64)), "ok", "a 64-character ID")
    add("seq-zero", appended("event.retracted", {"seq": 0, "reason": "x"}), n, "retract seq 0")
    add("seq-self", appended("event.retracted", {"seq": n, "reason": "x"}), n, "retract itself")
    add("seq-big", appended("event.retracted", {"seq": 2**53, "reason": "x"}), n, "retract 2^53")
    # The envelope, re-chained.
    p = ("action.progress", {"id": "A4", "note": "x"})
    for j, bad in enumerate(BAD_RECORDED):
        add(f"recorded-{j}", then(ev(*p[:1], bad, p[1])), n, f"recorded {bad!r}")
    add("recorded-year-1", BASE[:0] + [dict(BASE[0], recorded="0001-01-01T00:00:00Z")] + BASE[1:], "ok",
        "recorded in year 1")
    for j, bad in enumerate(BAD_DATES[:10]):
        add(f"effective-{j}", then(ev(p[0], END, p[1], effective=bad)), n, f"effective {bad!r}")
    for j, actor in enumerate([{"role": "x", "name": "y"}, {"name": "y"}, {"name": "y", "role": "x", "x": 1},
                               {"name": " ", "role": "x"}, {"name": "y", "role": "\u3000"}, ["y", "x"],
                               {"name": "y", "role": 1}, "y"]):
        add(f"actor-{j}", then(ev(p[0], END, p[1], actor=actor)), n, f"actor {actor!r}")
    add("actor-invisible", then(ev(p[0], END, p[1], actor={"name": "\u200b", "role": "x"})), "ok", "actor name U+200B")
    for j, v in enumerate([0, 3, 2**53, -1]):
        add(f"v-{j}", then(ev(p[0], END, p[1], v=v)), n, f"v {v}")
    for j, s in enumerate([n + 1, n - 1, 0, 2**53]):
        add(f"seq-{j}", then(ev(p[0], END, p[1], seq=s)), n, f"seq {s}")
    add("type-unknown", appended("action.frobbed", {"id": "A4", "note": "x"}), n, "unknown type")
    add("prev-wrong", then(ev(p[0], END, p[1], prev="0" * 64)), n, "prev of zeros")
    add("digest-wrong", then(ev(p[0], END, p[1], data_sha256="a" * 64)), n, "data_sha256 wrong, unredacted")
    # The numbered rules.
    add("rule1-not-first", [BASE[1]] + BASE[:1], 1, "first line is not plan.created")
    add("rule1-second-plan", appended("plan.created", {"title": "x", "authority": "y"}), n, "a second plan.created")
    add("rule2-dup-id", appended("source.added", dict(VALID["source.added"][1], id="R1")), n, "ID used by a recommendation")
    add("rule2-dup-action", appended("action.added", dict(VALID["action.added"][1], id="A1")), n, "action ID again")
    add("rule2-no-source", appended("recommendation.added", dict(VALID["recommendation.added"][1], source="NOPE")),
        n, "unknown source")
    add("rule2-source-kind", appended("recommendation.added", dict(VALID["recommendation.added"][1], source="R1")),
        n, "source names a recommendation")
    add("rule2-rec-kind", appended("action.added", dict(VALID["action.added"][1], recommendations=["FV"])),
        n, "action linked to a source")
    add("rule2-action-kind", appended("action.progress", {"id": "R1", "note": "x"}), n, "progress on a recommendation")
    add("rule2-rec-unknown", appended("recommendation.amended", {"id": "A1", "text": "x", "reason": "y"}),
        n, "amend an action as a recommendation")
    add("rule2-retracted-id-free", appended("action.added", dict(VALID["action.added"][1], id="A4")), n,
        "A4 still exists")
    add("rule3-end-date", appended("source.added", dict(VALID["source.added"][1], end_date="2025-11-30")),
        n, "end_date before date")
    add("rule3-published", appended("source.added", dict(VALID["source.added"][1], published="2025-11-30")),
        n, "published before date")
    add("rule3-same-day", appended("source.added", dict(VALID["source.added"][1], end_date="2025-12-01",
                                                         published="2025-12-01")), "ok", "end_date = date")
    add("rule3-until", appended("action.deferred", {"id": "A4", "reason": "x", "until": "2026-06-29"}),
        n, "until before due")
    add("rule3-until-same", appended("action.deferred", {"id": "A4", "reason": "x", "until": "2026-06-30"}),
        "ok", "until = due")
    add("rule3-meeting-future", appended("board.meeting", {"date": "2026-01-21"}), n, "meeting after today")
    add("rule3-meeting-today", appended("board.meeting", {"date": "2026-01-20"}), "ok", "meeting today")
    close3 = ev("recommendation.closed", t(19), {"id": "R3", "note": "Met"})
    add("rule4-amend-closed", then(close3, ev("recommendation.amended", END, {"id": "R3", "text": "x", "reason": "y"})),
        n + 1, "amend a closed recommendation")
    add("rule4-close-closed", then(close3, ev("recommendation.closed", END, {"id": "R3", "note": "x"})),
        n + 1, "close a closed recommendation")
    add("rule4-link-closed", then(close3, ev("action.added", END, dict(VALID["action.added"][1]))),
        n + 1, "new action linked to a closed recommendation")
    add("rule4-reopen-open", appended("recommendation.reopened", {"id": "R2", "reason": "x"}), n, "reopen an open one")
    add("rule5-close-live", appended("recommendation.closed", {"id": "R1", "note": "x"}), n, "close with A4 open")
    add("rule5-close-done", appended("recommendation.closed", {"id": "R2", "note": "x"}), "ok",
        "close with signed-off and withdrawn actions")
    for kind, (frm, who) in {"action.signed-off": ("open", "A4"), "action.rated": ("signed-off", "A2"),
                             "action.completed": ("withdrawn", "A3"), "action.progress": ("withdrawn", "A3"),
                             "action.evidence": ("withdrawn", "A3"), "action.amended": ("signed-off", "A1"),
                             "action.deferred": ("signed-off", "A2"), "action.withdrawn": ("signed-off", "A1"),
                             "action.reopened": ("open", "A4")}.items():
        data = dict(VALID[kind][1], id=who)
        add(f"rule6-{kind}-from-{frm}", appended(kind, data), n, f"{kind} from {frm}")
    comp4 = ev("action.completed", t(19), {"id": "A4", "note": "Done"})
    add("rule6-rate-complete", then(comp4, ev("action.rated", END, {"id": "A4", "rag": "green", "note": "x"})),
        n + 1, "rate a complete action")
    add("rule6-defer-complete", then(comp4, ev("action.deferred", END, {"id": "A4", "reason": "x"})),
        n + 1, "defer a complete action")
    add("rule6-withdraw-complete", then(comp4, ev("action.withdrawn", END, {"id": "A4", "reason": "x"})),
        "ok", "withdraw a complete action")
    add("rule6-reopen-closed-rec", then(ev("recommendation.closed", t(19), {"id": "R2", "note": "x"}),
                                        ev("action.reopened", END, {"id": "A3", "reason": "x"})),
        n + 1, "reopen an action of a closed recommendation")
    defer4 = ev("action.deferred", t(19), {"id": "A4", "reason": "x"})
    add("rule6-defer-deferred", then(defer4, ev("action.deferred", END, {"id": "A4", "reason": "y"})),
        n + 1, "defer a deferred action")
    add("rule6-complete-deferred", then(defer4, ev("action.completed", END, {"id": "A4", "note": "y"})),
        "ok", "complete a deferred action")
    add("rule7-rec-same", appended("recommendation.amended", {"id": "R1", "text": "Identifying risk in time.",
                                                              "reason": "x"}), n, "same text")
    for field, value in (("title", "Risk tool"), ("owner", "Head of Service"), ("due", "2026-06-30")):
        add(f"rule7-{field}-same", appended("action.amended", {"id": "A4", field: value, "reason": "x"}),
            n, f"same {field}")
    add("rule7-redacted-not-compared", appended("action.progress", {"id": "A1", "note": "[redacted]"}), n,
        "progress on a signed-off action (rule 6)")
    add("rule8-backwards", then(ev(p[0], t(16, 0), p[1])), n, "recorded earlier than the line before")
    add("rule8-same-time", then(ev(p[0], t(16, 1), p[1])), "ok", "recorded equal to the line before")
    add("rule8-effective-late", then(ev(p[0], END, p[1], effective="2026-01-21")), n, "effective after recorded")
    add("rule8-effective-today", then(ev(p[0], END, p[1], effective="2026-01-20")), "ok", "effective = recorded date")
    for s, expect, what in ((1, n, "plan.created"), (26, n, "a retraction"), (25, n, "already retracted"),
                            (27, n, "a redaction"), (13, n, "completed, signed off later"),
                            (16, n, "withdrawn, reopened later"), (5, n, "action.added with later events"),
                            (23, "ok", "an amendment nothing builds on"), (15, "ok", "a board meeting"),
                            (24, "ok", "A4 added: its only later event is retracted"),
                            (21, n, "a close that the reopen builds on")):
        add(f"rule9-retract-{s}", appended("event.retracted", {"seq": s, "reason": "x"}), expect, f"retract {what}")
    add("rule9-builds-on-later",
        then(ev("action.progress", t(19), {"id": "A4", "note": "y"}), ev("event.retracted", END, {"seq": 24, "reason": "x"})),
        n + 1, "retract A4's action.added after progress")
    add("rule9-retract-then-reuse", then(ev("event.retracted", t(19), {"seq": 28, "reason": "x"}),
                                         ev("recommendation.added", END, dict(BASE[27]["data"], text="Again"))),
        "ok", "an ID freed by a retraction is used again")
    # Redaction.
    red = VALID["payload.redacted"][1]
    add("redact-two", then(ev("payload.redacted", t(19), {"seq": 10, "members": ["link"], "reason": "x"}),
                           ev("payload.redacted", END, {"seq": 10, "members": ["note"], "reason": "y"})),
        "ok", "two redactions of one line")
    add("redact-again", then(ev("payload.redacted", t(19), {"seq": 10, "members": ["link"], "reason": "x"}),
                             ev("payload.redacted", END, {"seq": 10, "members": ["link"], "reason": "y"})),
        n + 1, "a member redacted twice")
    add("redact-9-again", appended("payload.redacted", {"seq": 9, "members": ["note"], "reason": "x"}), n,
        "line 9's note again")
    for member in ("id", "recommendations", "due", "rag", "priority", "source", "nope"):
        target = {"id": 10, "recommendations": 6, "due": 6, "rag": 8, "priority": 4, "source": 4, "nope": 10}[member]
        add(f"redact-member-{member}", appended("payload.redacted", {"seq": target, "members": [member], "reason": "x"},
                                                leave_line=True),
            n, f"redact {member}")
    for s, member in ((1, "title"), (1, "authority"), (2, "url"), (3, "text"), (4, "theme"), (6, "owner"),
                      (11, "reason"), (15, "note"), (26, "reason"), (25, "note")):
        add(f"redact-ok-{s}-{member}", appended("payload.redacted", {"seq": s, "members": [member], "reason": "x"}),
            "ok", f"redact line {s} {member}")
    add("redact-absent", appended("payload.redacted", {"seq": 11, "members": ["owner"], "reason": "x"}), n,
        "redact a member the line does not hold")
    add("redact-redaction", appended("payload.redacted", {"seq": 27, "members": ["reason"], "reason": "x"}, leave_line=True), n,
        "redact a payload.redacted")
    add("redact-unsorted", appended("payload.redacted", dict(red, members=["note", "link"]), leave_line=True), n, "members unsorted")
    add("redact-repeat", appended("payload.redacted", dict(red, members=["note", "note"]), leave_line=True), n, "members repeated")
    add("redact-empty", appended("payload.redacted", dict(red, members=[])), n, "no members")
    add("redact-digest", appended("payload.redacted", dict(red, data_sha256="b" * 64), leave_line=True), n,
        "wrong data_sha256")
    add("redact-digest-rewritten", appended("payload.redacted", dict(red, data_sha256="b" * 64)), 10,
        "wrong data_sha256, and the line rewritten")
    add("redact-redacted-digest", appended("payload.redacted", dict(red, redacted_sha256="b" * 64)), 10,
        "wrong redacted_sha256: the line does not match")
    add("redact-line-left", then(ev("payload.redacted", END, red, leave_line=True)), 10,
        "the line was never rewritten")
    add("redact-seq-future", appended("payload.redacted", dict(red, seq=n)), n, "redact itself")
    cycle_cases(add, n)
    cases += crafted_v3(n)
    return cases


# ---- Version 3 (issue 8): priorities, measures, impact, corrections --------------------------

V3_PREFIX = [
    ev("priority.added", t(17), {"id": "P1", "title": "Safe", "outcome": "Children are safer at home."}),
    ev("priority.added", t(17, 1), {"id": "P2", "title": "Potential"}),
    ev("measure.added", t(17, 2), {"id": "M1", "under": "P1", "title": "Caseload per worker",
                                   "unit": "children", "baseline": "21.5", "baseline_date": "2025-09-30",
                                   "target": "15", "target_date": "2026-09-30", "direction": "lower-is-better"}),
]
V3_VALID = [
    ("v3-recommendation-under", "recommendation.added",
     {"id": "R8", "source": "FV", "text": "Help for care leavers.", "priority": False, "under": ["P2"]}),
    ("v3-recommendation-amended", "recommendation.amended",
     {"id": "R2", "theme": "Care planning", "under": ["P1"], "priority": False, "reason": "Board agreed"}),
    ("v3-recommendation-amended-text", "recommendation.amended",
     {"id": "R1", "text": "Risk is identified in time.", "under": ["P1", "P2"], "reason": "Wording"}),
    ("v3-action-under-only", "action.added",
     {"id": "A9", "title": "Business plan action", "owner": "Director", "due": "2026-06-30", "under": ["P2"]}),
    ("v3-action-relink", "action.amended",
     {"id": "A4", "recommendations": [], "under": ["P1"], "reason": "It serves the priority, not R1"}),
    ("v3-action-relink-recs", "action.amended", {"id": "A4", "recommendations": ["R1", "R3"], "reason": "Also R3"}),
    ("v3-measure-recorded", "measure.recorded",
     {"id": "M1", "value": "18.25", "date": "2026-01-10", "note": "Caseload report, January"}),
    ("v3-measure-amended", "measure.amended",
     {"id": "M1", "target": "15.0", "direction": "higher-is-better", "reason": "Corrected"}),
    ("v3-priority-amended", "priority.amended", {"id": "P2", "outcome": "Children achieve.", "reason": "Added"}),
    ("v3-impact-signed-off", "action.impact", {"id": "A1", "note": "Risk is seen the same day."}),
    ("v3-evidence-signed-off", "action.evidence", {"id": "A1", "note": "Audit of triage"}),
    ("v3-source-amended", "source.amended",
     {"id": "FV", "title": "Focused visit to Example", "end_date": "2025-11-05", "grade": "inadequate",
      "url": "https://example.org/fv", "reason": "Details from the letter"}),
    ("v3-plan-amended", "plan.amended", {"title": "Improvement plan 2026", "reason": "New year"}),
]


def crafted_v3(n):
    """Version 3 cases: each new type and member valid, then a fault in each row and rule."""
    cases = []
    m = n + len(V3_PREFIX)  # the line of the first event after the prefix

    def v3(*events):
        return BASE + V3_PREFIX + list(events)

    def at(kind, data, **env):
        return v3(ev(kind, END, data, **env))

    cases.append(("v3-prefix", v3(), "ok", "priorities and a measure"))
    for name, kind, data in V3_VALID:
        cases.append((name, at(kind, data), "ok", f"a valid {kind}"))
    bad = [
        # The version rule (V1): lowest version that admits the line, exactly.
        ("v3-under-written-v1", at("recommendation.added", dict(V3_VALID[0][2]), v=1), m, "under on a v 1 line"),
        ("v3-type-written-v2", at("action.impact", {"id": "A4", "note": "x"}, v=2), m, "a v 3 type at v 2"),
        ("v3-old-line-written-v3", at("action.progress", {"id": "A4", "note": "x"}, v=3), m, "a v 1 line at v 3"),
        ("v3-relink-written-v1", at("action.amended", dict(V3_VALID[5][2]), v=1), m, "recommendations on amend at v 1"),
        ("v3-version-4", at("action.impact", {"id": "A4", "note": "x"}, v=4), m, "a version this reads not"),
        # Data rows.
        ("v3-priority-no-title", at("priority.added", {"id": "P9"}), m, "priority without title"),
        ("v3-priority-blank-outcome", at("priority.added", {"id": "P9", "title": "x", "outcome": " "}), m,
         "blank outcome"),
        ("v3-priority-amend-nothing", at("priority.amended", {"id": "P1", "reason": "x"}), m, "changes nothing"),
        ("v3-measure-number", at("measure.recorded", {"id": "M1", "value": 18, "date": "2026-01-10", "note": "x"}),
         m, "a JSON number, not a numeral string"),
        ("v3-measure-plus", at("measure.recorded", {"id": "M1", "value": "+18", "date": "2026-01-10", "note": "x"}),
         m, "a plus sign"),
        ("v3-measure-leading-zero", at("measure.recorded",
                                       {"id": "M1", "value": "018", "date": "2026-01-10", "note": "x"}), m, "01"),
        ("v3-measure-bare-point", at("measure.recorded",
                                     {"id": "M1", "value": "18.", "date": "2026-01-10", "note": "x"}), m, "18."),
        ("v3-measure-exponent", at("measure.recorded",
                                   {"id": "M1", "value": "1e2", "date": "2026-01-10", "note": "x"}), m, "1e2"),
        ("v3-measure-bad-date", at("measure.recorded",
                                   {"id": "M1", "value": "18", "date": "2026-02-30", "note": "x"}), m, "a date"),
        ("v3-measure-direction", at("measure.added", dict(V3_PREFIX[2]["data"], id="M2", direction="up")), m,
         "direction not in the enumeration"),
        ("v3-measure-two-under", at("measure.added", dict(V3_PREFIX[2]["data"], id="M2", under=["P1"])), m,
         "under is one ID"),
        ("v3-measure-amend-nothing", at("measure.amended", {"id": "M1", "reason": "x"}), m, "changes nothing"),
        ("v3-action-neither", at("action.added", {"id": "A9", "title": "x", "owner": "y", "due": "2026-06-30"}), m,
         "no recommendations and no under"),
        ("v3-action-empty-under", at("action.added", {"id": "A9", "title": "x", "owner": "y", "due": "2026-06-30",
                                                      "under": []}), m, "empty under on added"),
        ("v3-action-under-repeat", at("action.added", {"id": "A9", "title": "x", "owner": "y", "due": "2026-06-30",
                                                       "under": ["P1", "P1"]}), m, "an ID twice"),
        ("v3-source-amend-nothing", at("source.amended", {"id": "FV", "reason": "x"}), m, "changes nothing"),
        ("v3-source-amend-grade", at("source.amended", {"id": "FV", "grade": "poor", "reason": "x"}), m, "grade"),
        ("v3-plan-amend-nothing", at("plan.amended", {"reason": "x"}), m, "changes nothing"),
        ("v3-plan-amend-id", at("plan.amended", {"id": "P1", "title": "x", "reason": "x"}), m, "no id member"),
        ("v3-impact-no-note", at("action.impact", {"id": "A4"}), m, "impact without a note"),
        # Rules.
        ("v3-rule2-priority-id-used", at("priority.added", {"id": "A1", "title": "x"}), m, "ID of an action"),
        ("v3-rule2-measure-id-used", at("measure.added", dict(V3_PREFIX[2]["data"], id="P2")), m, "ID of a priority"),
        ("v3-rule2-under-unknown", at("recommendation.added", dict(V3_VALID[0][2], under=["P7"])), m, "no P7"),
        ("v3-rule2-under-action", at("action.added", dict(V3_VALID[3][2], under=["A1"])), m, "under an action"),
        ("v3-rule2-measure-under-rec", at("measure.added", dict(V3_PREFIX[2]["data"], id="M2", under="R1")), m,
         "a measure under a recommendation"),
        ("v3-rule2-record-priority", at("measure.recorded", {"id": "P1", "value": "1", "date": "2026-01-10",
                                                             "note": "x"}), m, "record on a priority"),
        ("v3-rule2-amend-unknown-priority", at("priority.amended", {"id": "M1", "title": "x", "reason": "x"}), m,
         "priority.amended on a measure"),
        ("v3-rule2-source-amend-rec", at("source.amended", {"id": "R1", "title": "x", "reason": "x"}), m,
         "source.amended on a recommendation"),
        ("v3-rule3-measure-dates", at("measure.added", dict(V3_PREFIX[2]["data"], id="M2",
                                                            target_date="2025-01-01")), m, "target before baseline"),
        ("v3-rule3-measure-amend-dates", at("measure.amended", {"id": "M1", "baseline_date": "2027-01-01",
                                                                "reason": "x"}), m, "baseline after target"),
        ("v3-rule3-source-end", at("source.amended", {"id": "FV", "end_date": "2025-11-01", "reason": "x"}), m,
         "end before date"),
        ("v3-rule3-source-date", at("source.amended", {"id": "FV", "date": "2025-12-05", "reason": "x"}), m,
         "date moved after published"),
        ("v3-rule4-relink-closed", v3(ev("recommendation.closed", t(19), {"id": "R3", "note": "Met"}),
                                      ev("action.amended", END, {"id": "A4", "recommendations": ["R1", "R3"],
                                                                 "reason": "x"})), m + 1, "link to closed R3"),
        ("v3-rule4-amend-closed", v3(ev("recommendation.closed", t(19), {"id": "R3", "note": "Met"}),
                                     ev("recommendation.amended", END, {"id": "R3", "under": ["P1"],
                                                                        "reason": "x"})), m + 1, "amend closed R3"),
        ("v3-rule6-impact-withdrawn", at("action.impact", {"id": "A3", "note": "x"}), m, "impact on withdrawn"),
        ("v3-rule7-priority", at("priority.amended", {"id": "P1", "title": "Safe", "reason": "x"}), m, "same title"),
        ("v3-rule7-measure", at("measure.amended", {"id": "M1", "baseline": "21.5", "reason": "x"}), m,
         "same baseline"),
        ("v3-rule7-source", at("source.amended", {"id": "FV", "date": "2025-11-04", "reason": "x"}), m, "same date"),
        ("v3-rule7-plan", at("plan.amended", {"authority": "Example Borough Council", "reason": "x"}), m,
         "same authority"),
        ("v3-rule7-rec-under", at("recommendation.amended", {"id": "R1", "under": [], "reason": "x"}), m,
         "already under nothing"),
        ("v3-rule7-rec-flag", at("recommendation.amended", {"id": "R2", "priority": True, "reason": "x"}), m,
         "already a priority"),
        ("v3-rule7-rec-theme", at("recommendation.amended", {"id": "R2", "theme": "Plans", "reason": "x"}), m,
         "same theme"),
        ("v3-rule7-relink-same", at("action.amended", {"id": "A4", "recommendations": ["R1"], "reason": "x"}), m,
         "same links"),
        ("v3-rule8-measure-future", at("measure.recorded", {"id": "M1", "value": "1", "date": "2026-01-21",
                                                            "note": "x"}), m, "a value dated after today"),
        ("v3-rule11-source-url", at("source.amended", {"id": "FV", "url": "ftp://x", "reason": "x"}), m, "a URL"),
        ("v3-rule13-relink-nothing", at("action.amended", {"id": "A4", "recommendations": [], "reason": "x"}), m,
         "leaves A4 with nothing"),
        ("v3-rule12-redact-value", v3(ev("measure.recorded", t(19), {"id": "M1", "value": "18", "date": "2026-01-10",
                                                                      "note": "Report"}),
                                      ev("payload.redacted", END, {"seq": m, "members": ["value"], "reason": "x"},
                                         leave_line=True)),
         m + 1, "a numeral is not free text"),
        ("v3-redact-outcome", v3(ev("payload.redacted", END, {"seq": n, "members": ["outcome"], "reason": "x"})),
         "ok", "a priority's outcome is free text"),
    ]
    return cases + bad


def cycle_cases(add, n):
    """The annual cycle (format version 3, issue 9): each new type and member, and rules 14-16."""
    sent = {"id": "FV", "date": "2026-01-15", "note": "Sent to Ofsted"}
    add("cycle-plan-sent", appended("source.plan-sent", sent, v=3), "ok", "source.plan-sent")
    add("cycle-plan-sent-v1", appended("source.plan-sent", sent), n, "source.plan-sent written v 1")
    add("cycle-plan-sent-early", appended("source.plan-sent", dict(sent, date="2025-12-01"), v=3), n,
        "plan sent before the source's publication (rule 3)")
    add("cycle-plan-sent-future", appended("source.plan-sent", dict(sent, date="2026-01-21"), v=3), n,
        "plan sent after today (rule 8)")
    add("cycle-plan-sent-not-source", appended("source.plan-sent", dict(sent, id="R1"), v=3), n,
        "plan-sent names a recommendation (rule 2)")
    add("cycle-plan-sent-twice", then(ev("source.plan-sent", END, sent, v=3), ev("source.plan-sent", END, sent, v=3)),
        n + 1, "plan sent recorded twice (rule 14)")
    meeting = {"date": "2026-01-19", "attendees": ["Helen Marsh (Chair)"], "apologies": ["Tom Ellis (PSW)"]}
    add("cycle-meeting-attendance", appended("board.meeting", meeting, v=3), "ok", "a meeting with attendance")
    add("cycle-meeting-attendance-v1", appended("board.meeting", meeting), n, "attendance written v 1")
    add("cycle-meeting-no-attendance-v3", appended("board.meeting", {"date": "2026-01-19"}, v=3), n,
        "a v1 meeting written v 3")
    add("cycle-meeting-empty-apologies", appended("board.meeting", dict(meeting, apologies=[]), v=3), n,
        "an empty apologies list")
    add("cycle-meeting-blank-attendee", appended("board.meeting", dict(meeting, attendees=[" "]), v=3), n,
        "a blank attendee")
    forward = {"to_title": "Plan 2027", "to_ledger": "plan-2027.jsonl", "to_seq": 12, "to_hash": "a" * 64,
               "items": ["A4"]}
    add("cycle-carried-forward", appended("plan.carried-forward", forward, v=3), "ok", "plan.carried-forward")
    add("cycle-carried-forward-missing", appended("plan.carried-forward", dict(forward, items=[]), v=3), n,
        "carried forward leaving out an open action (rule 15)")
    add("cycle-carried-forward-closed", appended("plan.carried-forward", dict(forward, items=["A4", "A1"]), v=3),
        n, "carried forward naming a signed-off action (rule 15)")
    add("cycle-carried-forward-twice",
        then(ev("plan.carried-forward", END, forward, v=3), ev("plan.carried-forward", END, forward, v=3)),
        n + 1, "carried forward twice (rule 15)")
    add("cycle-item-carried-no-previous", appended("item.carried", {"id": "A4", "history": [24]}, v=3), n,
        "item.carried in a plan with no previous ledger (rule 16)")
    new = [ev("plan.created", t(1), {"title": "Plan 2027", "authority": "Example Borough Council",
                                     "previous": {"hash": "b" * 64, "seq": 40, "title": "Plan 2026"}}, v=3),
           ev("source.added", t(1, 1), {"id": "FV", "source_type": "focused-visit", "title": "Focused visit",
                                         "date": "2025-11-04"})]
    add("cycle-new-ledger", new + [ev("item.carried", t(1, 2), {"id": "FV", "history": [2, 7]}, v=3)], "ok",
        "a carried-forward ledger marks an item carried")
    add("cycle-previous-v1", [dict(new[0], v=1)] + new[1:], 1, "plan.created with previous written v 1")
    add("cycle-item-carried-late", new + [ev("item.carried", t(1, 2), {"id": "FV", "history": [41]}, v=3)], 3,
        "history after the previous head (rule 16)")
    add("cycle-item-carried-unsorted", new + [ev("item.carried", t(1, 2), {"id": "FV", "history": [7, 2]}, v=3)],
        3, "history not ascending")
    add("cycle-item-carried-unknown", new + [ev("item.carried", t(1, 2), {"id": "R9", "history": [2]}, v=3)], 3,
        "an item this plan does not hold (rule 2)")
    add("cycle-item-carried-twice", new + [ev("item.carried", t(1, 2), {"id": "FV", "history": [2]}, v=3)] * 2,
        4, "an item marked carried twice (rule 16)")


def tamper_redacted(content, line, old, new):
    """content with one string changed on line (1-based), chain untouched."""
    lines = content.split(b"\n")
    lines[line - 1] = lines[line - 1].replace(old.encode(), new.encode(), 1)
    return b"\n".join(lines)


def crafted_bytes():
    """Cases that are bytes, not events: tampering around redactions, torn tails, empty files."""
    base = build(BASE)
    n = len(BASE)
    yield "redacted-other-member-changed", tamper_redacted(base, 9, '"id":"A1"', '"id":"A2"'), 9, \
        "a redacted line's unredacted member changed"
    yield "redacted-back", tamper_redacted(base, 9, "[redacted]", "Jane Doe"), 9, "a redacted member restored"
    yield "data-changed", tamper_redacted(base, 10, "Audit report", "Audit rapport"), 10, "data changed, no redaction"
    yield "data-changed-and-later-bad", tamper_redacted(tamper_redacted(base, 5, "Daily triage", "Daily triaje"),
                                                       20, '"seq":20', '"seq":21'), 5, "an unredacted change before a bad line"
    yield "redacted-then-bad", tamper_redacted(base, 20, '"seq":20', '"seq":21'), 9, \
        "a bad line between a redacted line and its redaction: the redaction is not read"
    yield "empty", b"", 1, "an empty file"
    yield "torn", base[:-5], n, "a torn tail"
    yield "only-torn", base.split(b"\n")[0], 1, "only a fragment"
    yield "newline-only", b"\n", 1, "a blank line"
    yield "torn-after-bad", tamper_redacted(base, 3, "timely", "timelx")[:-5], 3, "a torn tail after a bad line"


MUTATIONS = ["flip", "delete", "duplicate", "swap", "truncate", "cut-line", "space", "reorder-envelope",
             "reorder-data", "uescape", "uescape-upper", "slash", "dupkey", "float", "exponent", "neg-zero",
             "lead-zero", "crlf", "crlf-all", "bom", "bom-line", "blank", "nul", "trailing-comma",
             "lone-surrogate", "invalid-utf8", "surrogate-pair", "fraction", "big-int", "nan", "escape-ctrl"]


def mutate(content, rng):
    """One seeded mutation of content: (bytes, description)."""
    lines = content.split(b"\n")[:-1]
    kind = rng.choice(MUTATIONS)
    i = rng.randrange(len(lines))
    line = lines[i]
    desc = f"{kind} line {i + 1}"

    def strings(b):
        """(start, end) of the insides of JSON strings in b."""
        out, k = [], 0
        while True:
            s = b.find(b'"', k)
            if s < 0:
                return out
            e = s + 1
            while b[e] != 0x22:
                e += 2 if b[e] == 0x5C else 1
            out.append((s + 1, e))
            k = e + 1

    if kind == "flip":
        pos = rng.randrange(len(content))
        byte = rng.choice(b'{}[],:"\\0123456789abcdefxyzA \n\t\x00\xc3\xff')
        return content[:pos] + bytes([byte]) + content[pos + 1:], f"byte {pos} -> {byte:#04x}"
    if kind == "delete":
        del lines[i]
    elif kind == "duplicate":
        lines.insert(i, line)
    elif kind == "swap":
        j = rng.randrange(len(lines))
        lines[i], lines[j] = lines[j], lines[i]
        desc += f" with {j + 1}"
    elif kind == "truncate":
        pos = rng.randrange(len(content))
        return content[:pos], f"truncate at byte {pos}"
    elif kind == "cut-line":
        lines = lines[:i + 1]
    elif kind == "space":
        pos = rng.randrange(len(line) + 1)
        ws = rng.choice([b" ", b"\t", b"\r", b"  "])
        lines[i] = line[:pos] + ws + line[pos:]
        desc += f" {ws!r} at {pos}"
    elif kind in ("reorder-envelope", "reorder-data"):
        ev = json.loads(line)
        if kind == "reorder-data":
            items = list(ev["data"].items())
            rng.shuffle(items)
            ev["data"] = dict(items)
        else:
            items = list(ev.items())
            a, b = rng.randrange(len(items)), rng.randrange(len(items))
            items[a], items[b] = items[b], items[a]
            ev = dict(items)
        lines[i] = dumps(ev, sort=False).encode()
    elif kind in ("uescape", "uescape-upper", "escape-ctrl"):
        spans = [(s, e) for s, e in strings(line) if e > s]
        s, e = rng.choice(spans)
        pos = rng.randrange(s, e)
        if line[pos] == 0x5C or line[pos] >= 0x80:
            pos = s
        if line[pos] == 0x5C or line[pos] >= 0x80:
            return content, desc + " (nothing to escape)"
        c = line[pos]
        esc = {"uescape": f"\\u{c:04x}", "uescape-upper": f"\\u{c:04X}"}.get(kind)
        if kind == "escape-ctrl":
            esc = rng.choice(["\\u001f", "\\u001F", "\\u0009", "\\b"])
        lines[i] = line[:pos] + esc.encode() + line[pos + (kind != "escape-ctrl"):]
        desc += f" {esc} at {pos}"
    elif kind == "slash":
        if b"/" in line:
            pos = line.index(b"/")
            lines[i] = line[:pos] + b"\\/" + line[pos + 1:]
        else:
            lines[i] = line.replace(b'"Z"', b'"Z\\/"', 1)
    elif kind == "dupkey":
        key = rng.choice([b'"v":1,', b'"seq":1,', b'"type":"x",'])
        lines[i] = line[:1] + key + line[1:] if rng.random() < 0.5 else line.replace(b'"data":{', b'"data":{"id":"Z",', 1)
        desc += " " + key.decode()
    elif kind in ("float", "exponent", "neg-zero", "lead-zero", "big-int", "nan", "fraction"):
        n = json.loads(line)["seq"]
        new = {"float": f"{n}.0", "exponent": f"{n}e0", "neg-zero": f"-{n}" if rng.random() < .5 else "-0",
               "lead-zero": f"0{n}", "big-int": f"{n + 2**53}", "nan": "NaN", "fraction": f"{n}.5"}[kind]
        where = rng.choice([b'"seq":', b'"v":'])
        old = where + (str(n).encode() if where == b'"seq":' else b"1")
        lines[i] = line.replace(old, where + new.encode(), 1)
        desc += f" {where.decode()}{new}"
    elif kind == "crlf":
        lines[i] = line + b"\r"
    elif kind == "crlf-all":
        lines = [x + b"\r" for x in lines]
    elif kind == "bom":
        lines[0] = b"\xef\xbb\xbf" + lines[0]
        desc = "bom"
    elif kind == "bom-line":
        lines[i] = b"\xef\xbb\xbf" + line
    elif kind == "blank":
        lines.insert(i, rng.choice([b"", b" ", b"\t"]))
    elif kind in ("nul", "invalid-utf8", "lone-surrogate", "surrogate-pair", "trailing-comma"):
        pos = rng.randrange(len(line))
        if kind == "trailing-comma":
            ends = [k for k in range(len(line)) if line[k] in b"}]"]
            pos = rng.choice(ends)
            lines[i] = line[:pos] + b"," + line[pos:]
        else:
            spans = [(s, e) for s, e in strings(line) if e > s]
            s, e = rng.choice(spans)
            ins = {"nul": rng.choice([b"\x00", b"\\u0000"]),
                   "invalid-utf8": rng.choice([b"\xff", b"\xc3", b"\xc0\xaf", b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"\x80"]),
                   "lone-surrogate": rng.choice([b"\\ud800", b"\\udfff", b"\\ud83d"]),
                   "surrogate-pair": b"\\ud83d\\ude00"}[kind]
            lines[i] = line[:s] + ins + line[s:]
            desc += f" {ins!r}"
    return b"".join(x + b"\n" for x in lines), desc


def main(argv):
    out = argv[0]
    seed = int(argv[argv.index("--seed") + 1]) if "--seed" in argv else 20261126
    count = int(argv[argv.index("--mutations") + 1]) if "--mutations" in argv else 1000
    os.makedirs(out, exist_ok=True)
    manifest = []

    def write(name, content, expect, what):
        with open(os.path.join(out, name + ".jsonl"), "wb") as f:
            f.write(content)
        manifest.append(f"{name}.jsonl\t{expect}\t{what}")

    for name, events, expect, what in crafted():
        write(name, build(events), expect, what)
    for name, content, expect, what in crafted_bytes():
        write(name, content, expect, what)
    rng = random.Random(seed)
    with open(EXAMPLE, "rb") as f:
        bases = [("example", f.read()), ("base", build(BASE))]
    for k in range(count):
        label, content = bases[k % 2]
        mutated, desc = mutate(content, rng)
        write(f"mutation-{k:04d}", mutated, "?", f"seed {seed} #{k} of {label}: {desc}")
    with open(os.path.join(out, "manifest.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(m.replace("\n", "\\n") for m in manifest) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
