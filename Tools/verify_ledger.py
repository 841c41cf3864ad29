#!/usr/bin/env python3
"""Independent verifier for the ledger format, version 3 (Events/FORMAT.md), reading versions up to 3.

Usage:
  python3 Tools/verify_ledger.py LEDGER [--head SEQ:HASH]
  python3 Tools/verify_ledger.py --each FILE...     (or --each - : one path per line on stdin)

Standard library only, written from Events/FORMAT.md and sharing no code with the Swift tool.
It checks what `ledger verify` checks: every line is strict JSON and byte-for-byte canonical,
the envelope and each event type's data, the version of each type, the chain, redactions, and
every numbered rule the writer enforces, by replaying the plan (retractions included).

Exit status and output:
  0   the ledger verifies; stdout: "ok: N events, head SEQ:HASH"
  1   it does not (or --head is not in it); stderr: "PATH:LINE: what is wrong", the first bad line
  64  bad usage, or the file cannot be read (missing, a directory, no permission)
With --each, stdout has one line per file: "FILE<TAB>ok" or "FILE<TAB>LINE<TAB>message", and
the exit status is 0 when every file was read (whatever the verdicts), 64 otherwise.
"""
import datetime, hashlib, json, re, sys

SUPPORTED = 3  # the highest format version this verifier reads
ZEROS = "0" * 64
MAX_INT = 2**53 - 1
REDACTED = "[redacted]"
HEX64 = re.compile(r"[0-9a-f]{64}", re.ASCII)
ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}", re.ASCII)
DATE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})", re.ASCII)
RECORDED = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2}):([0-9]{2})Z", re.ASCII)
HEAD = re.compile(r"([1-9][0-9]*):([0-9a-f]{64})", re.ASCII)
# Unicode White_Space, as FORMAT.md lists it: trimming removes these, and only these.
WHITE_SPACE = set(map(chr, [*range(0x09, 0x0E), 0x20, 0x85, 0xA0, 0x1680, *range(0x2000, 0x200B),
                            0x2028, 0x2029, 0x202F, 0x205F, 0x3000]))
BIDI_CONTROLS = set(map(chr, [0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)]))
SOURCE_TYPES = {"ilacs-standard", "ilacs-short", "focused-visit", "monitoring-visit", "jtai",
                "annual-engagement", "self-evaluation", "other"}
GRADES = {"outstanding", "good", "requires-improvement", "inadequate"}
RAGS = {"red", "amber", "green"}  # blue is set by completion, never rated

DIRECTIONS = {"higher-is-better", "lower-is-better"}  # version 3 (E7)
NUMERAL = re.compile(r"-?(0|[1-9][0-9]*)(\.[0-9]+)?", re.ASCII)  # version 3 (E6)
ENUMS = {"SOURCE_TYPES": SOURCE_TYPES, "GRADES": GRADES, "RAGS": RAGS, "DIRECTIONS": DIRECTIONS}

# The per-type data table: type -> (version, {member: (kind, required)}).
# Kinds: id, ref (an ID naming another item), ids (non-empty list of IDs, no repeats), date,
# text, url, bool, seq, hex, names (sorted distinct non-empty list of member names), or a set.
# Version 3 adds: num (a decimal numeral in a string, E6), ids0 (a list of IDs that may be
# empty). A member marked @3 was added in version 3: a line using it is written v 3 (V1).
TYPES = {}
SINCE = {}  # type -> {member: the version that added it}
for _row in """plan.created 1: title=text authority=text
    source.added 1: id=id source_type=SOURCE_TYPES title=text date=date end_date=date? published=date? grade=GRADES? url=url?
    recommendation.added 1: id=id source=ref text=text theme=text? framework=text? priority=bool under=ids?@3
    recommendation.amended 1: id=ref text=text? reason=text theme=text?@3 under=ids0?@3 priority=bool?@3
    recommendation.closed 1: id=ref note=text
    recommendation.reopened 1: id=ref reason=text
    action.added 1: id=id recommendations=ids? title=text owner=text due=date under=ids?@3
    action.amended 1: id=ref title=text? owner=text? due=date? reason=text recommendations=ids0?@3 under=ids0?@3
    action.rated 1: id=ref rag=RAGS note=text
    action.progress 1: id=ref note=text
    action.evidence 1: id=ref note=text link=url?
    action.completed 1: id=ref note=text
    action.signed-off 1: id=ref note=text
    action.reopened 1: id=ref reason=text
    action.deferred 1: id=ref reason=text until=date?
    action.withdrawn 1: id=ref reason=text
    board.meeting 1: date=date note=text?
    event.retracted 1: seq=seq reason=text
    payload.redacted 2: seq=seq data_sha256=hex members=names reason=text redacted_sha256=hex
    priority.added 3: id=id title=text outcome=text?
    priority.amended 3: id=ref title=text? outcome=text? reason=text
    measure.added 3: id=id under=ref title=text unit=text baseline=num baseline_date=date target=num target_date=date direction=DIRECTIONS
    measure.recorded 3: id=ref value=num date=date note=text
    measure.amended 3: id=ref title=text? unit=text? baseline=num? baseline_date=date? target=num? target_date=date? direction=DIRECTIONS? reason=text
    action.impact 3: id=ref note=text
    source.amended 3: id=ref title=text? date=date? end_date=date? published=date? grade=GRADES? url=url? reason=text
    plan.amended 3: title=text? authority=text? reason=text""".splitlines():
    _head, _members = _row.split(":")
    _kind, _version = _head.split()
    _since = {}
    TYPES[_kind] = (int(_version), {})
    for _name, _spec in (m.split("=") for m in _members.split()):
        _spec, _, _v = _spec.partition("@")
        _since[_name] = int(_v or _version)
        TYPES[_kind][1][_name] = (ENUMS.get(_spec.rstrip("?"), _spec.rstrip("?")), not _spec.endswith("?"))
    SINCE[_kind] = _since
# Optional members of which at least one must be given (the amendments).
AT_LEAST_ONE = {
    "action.added": ("recommendations", "under"),
    "action.amended": ("title", "owner", "due", "recommendations", "under"),
    "recommendation.amended": ("text", "theme", "under", "priority"),
    "priority.amended": ("title", "outcome"),
    "measure.amended": ("title", "unit", "baseline", "baseline_date", "target", "target_date", "direction"),
    "source.amended": ("title", "date", "end_date", "published", "grade", "url"),
    "plan.amended": ("title", "authority"),
}
# Version 1 members that version 3 made optional: a line without them is written v 3.
OPTIONAL_SINCE_3 = {"action.added": "recommendations", "recommendation.amended": "text"}
# Format version 3, the annual cycle (issue 9): three new types, and members (v3) on two old
# ones. Kinds: texts (non-empty list of non-blank strings), seqs (non-empty strictly ascending
# list of integers >= 1), int (integer >= 1), ids0 (list of IDs, may be empty, no repeats),
# previous (the object {"hash", "seq", "title"}).
for _row in """source.plan-sent 3: id=ref date=date note=text?
    plan.carried-forward 3: to_title=text to_ledger=text? to_seq=int to_hash=hex items=ids0
    item.carried 3: id=ref history=seqs""".splitlines():
    _head, _members = _row.split(":")
    _kind, _version = _head.split()
    TYPES[_kind] = (int(_version), {name: (kind.rstrip("?"), not kind.endswith("?"))
                                    for name, kind in (m.split("=") for m in _members.split())})
    SINCE[_kind] = {name.split("=")[0]: int(_version) for name in _members.split()}
TYPES["plan.created"][1]["previous"] = ("previous", False)
TYPES["board.meeting"][1]["attendees"] = ("texts", False)
TYPES["board.meeting"][1]["apologies"] = ("texts", False)
SINCE["plan.created"]["previous"] = 3
SINCE["board.meeting"]["attendees"] = 3
SINCE["board.meeting"]["apologies"] = 3


def expected_version(kind, data):
    """V1: the lowest version whose table admits the line."""
    v = max([TYPES[kind][0]] + [SINCE[kind].get(m, 1) for m in data if m in SINCE[kind]])
    if kind in OPTIONAL_SINCE_3 and OPTIONAL_SINCE_3[kind] not in data:
        v = max(v, 3)
    return v


# Members a redaction may name: the free-text string members of each type.
FREE_TEXT = {kind: {n for n, (k, _) in members.items() if k in ("text", "url")}
             for kind, (_, members) in TYPES.items()}

# Rule 6: which action statuses each action event may start from.
ALLOWED_FROM = {
    "action.amended": {"open", "deferred", "complete"},
    "action.progress": {"open", "deferred", "complete"},
    "action.evidence": {"open", "deferred", "complete", "signed-off"},  # v3: after sign-off too
    "action.impact": {"open", "deferred", "complete", "signed-off"},
    "action.rated": {"open", "deferred"},
    "action.completed": {"open", "deferred"},
    "action.signed-off": {"complete"},
    "action.deferred": {"open"},
    "action.withdrawn": {"open", "deferred", "complete"},
    "action.reopened": {"complete", "signed-off", "deferred", "withdrawn"},
}
STATUS_AFTER = {"action.completed": "complete", "action.signed-off": "signed-off",
                "action.reopened": "open", "action.deferred": "deferred", "action.withdrawn": "withdrawn"}


class Bad(Exception):
    """What is wrong with a line; the verifier prefixes it with "PATH:LINE: "."""

    def __init__(self, message, line=None):
        super().__init__(message)
        self.line = line


def need(ok, message):
    """Raises Bad(message) unless ok; message may be a function, so passing checks cost nothing."""
    if not ok:
        raise Bad(message() if callable(message) else message)


def show(value, limit=80):
    """A value quoted for a message, cut with an ellipsis when long."""
    text = json.dumps(value, ensure_ascii=True)
    return text if len(text) <= limit else text[:limit] + "…"


def canonical(value):
    """The canonical bytes of a JSON value (FORMAT.md, "Canonical form")."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode("utf-8")


def sha256(data):
    return hashlib.sha256(data).hexdigest()


def is_int(x):
    return type(x) is int


def real_date(text):
    """Whether text is a real YYYY-MM-DD date (ASCII digits, years 0001-9999)."""
    m = isinstance(text, str) and DATE.fullmatch(text)
    try:
        return bool(m) and bool(datetime.date(*map(int, m.groups())))
    except ValueError:
        return False


def real_recorded(text):
    """Whether text is YYYY-MM-DDTHH:MM:SSZ with a real date and time of day."""
    m = isinstance(text, str) and RECORDED.fullmatch(text)
    try:
        return bool(m) and bool(datetime.datetime(*map(int, m.groups())))
    except ValueError:
        return False


def blank(text):
    return all(c in WHITE_SPACE for c in text)


def good_url(text):
    """An absolute http:// or https:// URL of at most 2048 characters, no space or controls."""
    if len(text) > 2048 or not (text.startswith("http://") or text.startswith("https://")):
        return False
    host = text.split("//", 1)[1]
    if not host or host.startswith("/"):
        return False  # a host must follow the scheme
    return not any(c in WHITE_SPACE or ord(c) < 0x20 or 0x7F <= ord(c) <= 0x9F or c in BIDI_CONTROLS
                   for c in text)


# ---- Reading one line strictly ------------------------------------------------------------


def no_duplicates(pairs):
    seen = set()
    for key, _ in pairs:
        need(key not in seen, lambda: f"not valid JSON: duplicate key {show(key)}")
        seen.add(key)
    return dict(pairs)


def refuse(what):
    def hook(text):
        raise Bad(f"not valid JSON: {what} {text[:40]} is not allowed")
    return hook


def parse(raw):
    """Strictly parse one line's bytes (without its newline) into a dict."""
    need(raw, "blank line (every line holds one event)")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        raise Bad(f"invalid UTF-8 at byte {e.start + 1}")
    need(not text.startswith("\ufeff"), "byte-order mark (the file is UTF-8 with no BOM)")
    need("\r" not in text, "carriage return (lines end with \\n only)")
    try:
        ev = json.loads(text, object_pairs_hook=no_duplicates, parse_constant=refuse("constant"),
                        parse_float=refuse("non-integer number"))
    except json.JSONDecodeError as e:
        raise Bad(f"not valid JSON: {e.msg} at column {e.colno}")
    except (RecursionError, ValueError) as e:
        raise Bad(f"not valid JSON: {e}")
    need(isinstance(ev, dict), "not a JSON object")
    try:
        canonical(ev)
    except UnicodeEncodeError:
        raise Bad("not valid JSON: a lone surrogate escape (\\ud800-\\udfff) is not a character")
    return ev


# ---- The envelope, the data table, the canonical bytes -------------------------------------


def check_data(kind, data, seq):
    """The per-type data table: members present, no others, each of its kind."""
    version, members = TYPES[kind]
    need(isinstance(data, dict), "data is not an object")
    for name, (_, required) in members.items():
        need(not required or name in data, lambda: f"{kind} needs data member {show(name)}")
    need(kind not in AT_LEAST_ONE or any(k in data for k in AT_LEAST_ONE.get(kind, ())),
         lambda: f"{kind} needs at least one of {', '.join(AT_LEAST_ONE[kind])}")
    for name, value in data.items():
        need(name in members, lambda: f"{kind} has no data member {show(name)}")
        want = members[name][0]
        what = f"data member \"{name}\" of {kind}"
        if isinstance(want, set):
            need(not (want is RAGS and value == "blue"),
                 lambda: f"rule 10: action {data.get('id')} cannot be rated blue; completing an action rates it blue")
            need(isinstance(value, str) and value in want,
                 lambda: f"{what} is {show(value)}; one of {', '.join(sorted(want))}")
        elif want in ("id", "ref"):
            need(isinstance(value, str) and ID.fullmatch(value),
                 lambda: f"{what} is not an ID (1-64 of A-Z a-z 0-9 . _ -, starting with a letter or digit): {show(value)}")
        elif want in ("ids", "ids0"):
            need(isinstance(value, list) and (value or want == "ids0"), lambda: f"{what} must be a non-empty list of IDs")
            for item in value:
                need(isinstance(item, str) and ID.fullmatch(item), lambda: f"{what} holds {show(item)}, not an ID")
            need(len(set(value)) == len(value), f"{what} names an ID twice")
        elif want == "date":
            need(real_date(value), lambda: f"{what} is not a real YYYY-MM-DD date: {show(value)}")
        elif want in ("text", "url"):
            need(isinstance(value, str), lambda: f"{what} is not a string")
            need(not blank(value), lambda: f"{what} is blank")
            need(want == "text" or value == REDACTED or good_url(value),
                 lambda: f"rule 11: {what} is not an http:// or https:// URL naming a host "
                         "(at most 2048 characters, no white space, control or bidi-control characters)")
        elif want == "num":
            need(isinstance(value, str) and NUMERAL.fullmatch(value),
                 lambda: f"{what} is not a decimal numeral in a string (such as \"15\" or \"64.5\"): {show(value)}")
        elif want == "bool":
            need(isinstance(value, bool), lambda: f"{what} is not true or false")
        elif want == "seq":
            need(is_int(value) and 1 <= value < seq, lambda: f"{what} must be an integer from 1 to {seq - 1}")
        elif want == "hex":
            need(isinstance(value, str) and HEX64.fullmatch(value), lambda: f"{what} is not 64 lowercase hex digits")
        elif want == "texts":
            need(isinstance(value, list) and value, lambda: f"{what} must be a non-empty list of text (omit it for none)")
            need(all(isinstance(t, str) and not blank(t) for t in value), f"{what} must hold only non-blank strings")
        elif want == "seqs":
            need(isinstance(value, list) and value and all(is_int(x) and 1 <= x <= MAX_INT for x in value),
                 f"{what} must be a non-empty list of integers from 1 to 2^53-1")
            need(all(a < b for a, b in zip(value, value[1:])), f"{what} must be strictly ascending")
        elif want == "int":
            need(is_int(value) and 1 <= value <= MAX_INT, lambda: f"{what} must be an integer from 1 to 2^53-1")
        elif want == "ids0":
            need(isinstance(value, list), lambda: f"{what} must be a list of IDs")
            for item in value:
                need(isinstance(item, str) and ID.fullmatch(item), lambda: f"{what} holds {show(item)}, not an ID")
            need(len(set(value)) == len(value), f"{what} names an ID twice")
        elif want == "previous":
            need(isinstance(value, dict) and list(value) == ["hash", "seq", "title"],
                 f'{what} must be {{"hash":…,"seq":…,"title":…}}, in that order, with nothing else')
            need(isinstance(value["hash"], str) and HEX64.fullmatch(value["hash"]), f"{what}.hash is not 64 lowercase hex digits")
            need(is_int(value["seq"]) and 1 <= value["seq"] <= MAX_INT, f"{what}.seq must be an integer from 1 to 2^53-1")
            need(isinstance(value["title"], str) and not blank(value["title"]), f"{what}.title must be non-blank text")
        elif want == "names":
            need(isinstance(value, list) and value, lambda: f"{what} must be a non-empty list of member names")
            need(all(isinstance(n, str) and n for n in value), f"{what} must hold non-empty strings")
            need(value == sorted(set(value), key=lambda n: n.encode()), f"{what} must be sorted with no repeats")


def check_envelope(ev, n):
    """Envelope members, their kinds, v per type, seq, dates, actor; returns the canonical line."""
    order = ["v", "seq", "type", "recorded", "effective", "actor", "data", "data_sha256", "prev", "hash"]
    for name in ev:
        need(name in order, lambda: f"unexpected envelope member {show(name)}")
    for name in order:
        need(name in ev or name == "effective", lambda: f"missing envelope member {show(name)}")
    v, seq, kind = ev["v"], ev["seq"], ev["type"]
    need(is_int(v) and 1 <= v <= MAX_INT, lambda: f"v is {show(v)}, not a format version")
    need(v <= SUPPORTED, lambda: f"format version {v}: this verifier reads format versions up to {SUPPORTED}")
    need(is_int(seq) and 1 <= seq <= MAX_INT, lambda: f"seq is {show(seq)}, not an integer from 1 to 2^53-1")
    need(seq == n, lambda: f"seq is {seq}, expected {n} (line n holds seq n)")
    need(isinstance(kind, str) and kind in TYPES, lambda: f"unknown event type {show(kind)}")
    need(isinstance(ev["data"], dict), "data is not an object")
    want_v = expected_version(kind, ev["data"])
    need(v == want_v, lambda: f"type {kind} is written with v {want_v}, not {v}")
    need(real_recorded(ev["recorded"]),
         lambda: f"recorded {show(ev['recorded'])} is not a real YYYY-MM-DDTHH:MM:SSZ time")
    need("effective" not in ev or real_date(ev["effective"]),
         lambda: f"effective {show(ev.get('effective'))} is not a real YYYY-MM-DD date")
    actor = ev["actor"]
    need(isinstance(actor, dict) and list(actor) == ["name", "role"],
         'actor must be {"name":…,"role":…}, in that order, with nothing else')
    for name in ("name", "role"):
        need(isinstance(actor[name], str) and not blank(actor[name]), lambda: f"actor {name} must be non-blank text")
    for name in ("data_sha256", "prev", "hash"):
        need(isinstance(ev[name], str) and HEX64.fullmatch(ev[name]), lambda: f"{name} is not 64 lowercase hex digits")
    check_data(kind, ev["data"], n)


def serialise(ev):
    """The writer's bytes for ev (an envelope check_envelope accepted), and its header's
    bytes (what hash covers)."""
    # Every data member is a string, boolean, integer or list of strings by now, and every key
    # is ASCII, so sorting the keys of data alone gives its canonical form.
    ordered = {k: ev[k] for k in ("v", "seq", "type", "recorded", "effective", "actor") if k in ev}
    ordered["data"] = dict(sorted(ev["data"].items()))
    ordered.update(data_sha256=ev["data_sha256"], prev=ev["prev"], hash=ev["hash"])
    line = json.dumps(ordered, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    # The header is the envelope without data and hash, in canonical form (keys sorted).
    header = canonical({k: ev[k] for k in ev if k not in ("data", "hash")})
    return line, header


def check_canonical(raw, ev):
    line, header = serialise(ev)
    if line != raw:
        at = next((i for i, (a, b) in enumerate(zip(line, raw)) if a != b), min(len(line), len(raw)))
        raise Bad(f"line is not in canonical form at byte {at} (counted from 0)")
    return header


# ---- The plan, replayed --------------------------------------------------------------------


class Plan:
    """The plan as the fold of the live events so far: items by ID with their state."""

    def __init__(self):
        self.created = False
        self.kinds = {}  # id -> "source" | "recommendation" | "action" | "priority" | "measure"
        self.recs = {}  # id -> {"status", "text", "actions": [ids], "theme", "priority", "under"}
        self.actions = {}  # id -> {"status", "title", "owner", "due", "recs", "under"}
        # Version 3: the plan's own fields, sources, priorities and measures, for rule 7 and 3.
        self.fields = {}  # "title", "authority"
        self.sources = {}  # id -> data as it stands
        self.priorities = {}  # id -> {"title", "outcome"}
        self.measures = {}  # id -> data as it stands
        # The annual cycle (v3, issue 9).
        self.sent = {}  # source id -> date its action plan was sent
        self.previous = None  # plan.created's previous, if any
        self.carried_forward = False  # whether plan.carried-forward was recorded
        self.carried = set()  # items marked carried

    def apply(self, kind, d):
        """Folds one event in; one a rule would refuse (met only while testing a retraction)
        changes nothing it cannot."""
        item = d.get("id")
        if kind in CYCLE_TYPES:
            return self.apply_cycle(kind, d)
        if kind.startswith("recommendation.") and kind != "recommendation.added" and item not in self.recs:
            return
        if kind.startswith("action.") and kind != "action.added" and item not in self.actions:
            return
        if kind in ("source.added", "recommendation.added", "action.added", "priority.added",
                    "measure.added") and item in self.kinds:
            return
        if kind == "recommendation.added" and self.kinds.get(d["source"]) != "source":
            return
        if kind == "action.added" and not all(r in self.recs for r in d.get("recommendations", [])):
            return
        if kind in ("priority.amended",) and item not in self.priorities:
            return
        if kind in ("measure.recorded", "measure.amended") and item not in self.measures:
            return
        if kind == "source.amended" and item not in self.sources:
            return
        if kind == "measure.added" and d["under"] not in self.priorities:
            return
        if kind == "plan.created":
            self.created = True
            self.fields = {"title": d["title"], "authority": d["authority"]}
            self.previous = d.get("previous")
        elif kind == "plan.amended":
            self.fields.update({k: d[k] for k in ("title", "authority") if k in d})
        elif kind == "source.added":
            self.kinds[d["id"]] = "source"
            self.sources[d["id"]] = dict(d)
        elif kind == "source.amended":
            self.sources[d["id"]].update({k: v for k, v in d.items() if k not in ("id", "reason")})
        elif kind == "priority.added":
            self.kinds[d["id"]] = "priority"
            self.priorities[d["id"]] = {"title": d["title"], "outcome": d.get("outcome")}
        elif kind == "priority.amended":
            self.priorities[d["id"]].update({k: d[k] for k in ("title", "outcome") if k in d})
        elif kind == "measure.added":
            self.kinds[d["id"]] = "measure"
            self.measures[d["id"]] = dict(d)
        elif kind == "measure.amended":
            self.measures[d["id"]].update({k: v for k, v in d.items() if k not in ("id", "reason")})
        elif kind == "recommendation.added":
            self.kinds[d["id"]] = "recommendation"
            self.recs[d["id"]] = {"status": "open", "text": d["text"], "actions": [],
                                  "theme": d.get("theme"), "priority": d["priority"],
                                  "under": d.get("under", [])}
        elif kind == "recommendation.amended":
            for field in ("text", "theme", "priority", "under"):
                if field in d:
                    self.recs[d["id"]][field] = d[field]
        elif kind == "recommendation.closed":
            self.recs[d["id"]]["status"] = "closed"
        elif kind == "recommendation.reopened":
            self.recs[d["id"]]["status"] = "open"
        elif kind == "action.added":
            self.kinds[d["id"]] = "action"
            self.actions[d["id"]] = {"status": "open", "title": d["title"], "owner": d["owner"],
                                     "due": d["due"], "recs": list(d.get("recommendations", [])),
                                     "under": list(d.get("under", []))}
            for r in d.get("recommendations", []):
                self.recs[r]["actions"].append(d["id"])
        elif kind == "action.amended":
            action = self.actions[d["id"]]
            for field in ("title", "owner", "due", "under"):
                if field in d:
                    action[field] = d[field]
            if "recommendations" in d:
                new = [r for r in d["recommendations"] if r in self.recs]
                for r in action["recs"]:
                    if r not in new:
                        self.recs[r]["actions"].remove(d["id"])
                for r in new:
                    if r not in action["recs"]:
                        self.recs[r]["actions"].append(d["id"])
                action["recs"] = new
        elif kind in STATUS_AFTER:
            self.actions[d["id"]]["status"] = STATUS_AFTER[kind]

    def check(self, ev):
        """The first rule ev breaks against this plan, as (number, message), or None."""
        kind, d = ev["type"], ev["data"]
        today = ev["recorded"][:10]
        if "effective" in ev and ev["effective"] > today:
            return 8, f"effective {ev['effective']} is later than the recorded date {today}"
        if kind == "plan.created":
            return (1, "plan.created is allowed only on line 1") if self.created else None
        if kind in ("event.retracted", "payload.redacted"):
            return None  # checked against the whole log: see Verifier
        if kind in CYCLE_TYPES:
            return self.check_cycle(kind, d, today)
        if kind == "board.meeting":
            return (8, f"board meeting date {d['date']} is later than the recorded date {today}") \
                if d["date"] > today else None
        if kind == "source.added":
            return self.unused(d["id"]) or (
                (3, f"end_date {d['end_date']} is before date {d['date']}")
                if d.get("end_date", d["date"]) < d["date"] else
                (3, f"published {d['published']} is before date {d['date']}")
                if d.get("published", d["date"]) < d["date"] else None)
        if kind in V3_CHECKS:
            return V3_CHECKS[kind](self, d, today)
        if kind == "recommendation.added":
            return self.unused(d["id"]) or self.known(d["source"], "source") or self.priorities_known(d.get("under", []))
        if kind.startswith("recommendation."):
            problem = self.known(d["id"], "recommendation")
            if problem:
                return problem
            rec = self.recs[d["id"]]
            if kind == "recommendation.reopened":
                return None if rec["status"] == "closed" else (4, f"recommendation {d['id']} is not closed")
            if rec["status"] == "closed":
                return 4, f"recommendation {d['id']} is closed; it takes no changes until reopened"
            if kind == "recommendation.amended":
                problem = self.priorities_known(d.get("under", []))
                if problem:
                    return problem
                if "text" in d and same(d["text"], rec["text"]):
                    return 7, f"recommendation {d['id']} already has that text"
                if "theme" in d and same(d["theme"], rec["theme"]):
                    return 7, f"recommendation {d['id']}'s theme is already {show(d['theme'])}"
                if "under" in d and set(d["under"]) == set(rec["under"]):
                    return 7, f"recommendation {d['id']} already sits under exactly those priorities"
                if "priority" in d and d["priority"] == rec["priority"]:
                    return 7, f"recommendation {d['id']}'s priority flag is already {d['priority']}"
                return None
            live = [a for a in rec["actions"] if self.actions[a]["status"] not in ("signed-off", "withdrawn")]
            return (5, f"recommendation {d['id']} has actions not signed off or withdrawn: "
                       + ", ".join(live)) if live else None
        if kind == "action.added":
            problem = self.unused(d["id"])
            for r in d.get("recommendations", []):
                problem = problem or self.known(r, "recommendation") or (
                    (4, f"recommendation {r} is closed; no new actions") if self.recs[r]["status"] == "closed"
                    else None)
            return problem or self.priorities_known(d.get("under", [])) or (
                (13, f"action {d['id']} answers no recommendation and sits under no priority")
                if not d.get("recommendations") and not d.get("under") else None)
        problem = self.known(d["id"], "action")
        if problem:
            return problem
        action = self.actions[d["id"]]
        if action["status"] not in ALLOWED_FROM[kind]:
            return 6, f"action {d['id']} is {action['status']}; {kind} is not allowed from there"
        if kind == "action.reopened":
            closed = [r for r in action["recs"] if self.recs[r]["status"] == "closed"]
            return (6, f"action {d['id']} answers closed recommendation {', '.join(closed)}") if closed else None
        if kind == "action.amended":
            if "recommendations" in d:
                for r in d["recommendations"]:
                    if r not in action["recs"]:
                        problem = self.known(r, "recommendation") or (
                            (4, f"recommendation {r} is closed; no new actions")
                            if self.recs[r]["status"] == "closed" else None)
                        if problem:
                            return problem
                for r in action["recs"]:
                    if r not in d["recommendations"] and self.recs[r]["status"] == "closed":
                        return 4, f"recommendation {r} is closed; action {d['id']} cannot be unlinked from it"
                if set(d["recommendations"]) == set(action["recs"]):
                    return 7, f"action {d['id']} already answers exactly those recommendations"
            if "under" in d:
                problem = self.priorities_known(d["under"])
                if problem:
                    return problem
                if set(d["under"]) == set(action["under"]):
                    return 7, f"action {d['id']} already sits under exactly those priorities"
            if not d.get("recommendations", action["recs"]) and not d.get("under", action["under"]):
                return 13, f"action {d['id']} would answer no recommendation and sit under no priority"
            for field in ("title", "owner", "due"):
                if field in d and same(d[field], action[field]):
                    return 7, f"action {d['id']}'s {field} is already {show(d[field])}"
        if kind == "action.deferred" and "until" in d and d["until"] < action["due"]:
            return 3, f"until {d['until']} is before action {d['id']}'s due date {action['due']}"
        return None

    def apply_cycle(self, kind, d):
        if kind == "source.plan-sent" and d["id"] in self.sources:
            self.sent.setdefault(d["id"], d["date"])
        elif kind == "plan.carried-forward":
            self.carried_forward = True
        elif kind == "item.carried":
            self.carried.add(d["id"])

    def check_cycle(self, kind, d, today):
        """Rules 14-16 (and 2, 3, 8 as they apply to the annual cycle's events)."""
        if kind == "source.plan-sent":
            problem = self.known(d["id"], "source")
            if problem:
                return problem
            if d["id"] in self.sent:
                return 14, f"source {d['id']}'s action plan is already recorded as sent on {self.sent[d['id']]}"
            if d["date"] > today:
                return 8, f"the date sent {d['date']} is later than the recorded date {today}"
            source = self.sources[d["id"]]
            floor = source.get("published", source["date"])
            if d["date"] < floor:
                return 3, f"the date sent {d['date']} is before source {d['id']}'s publication {floor}"
            return None
        if kind == "plan.carried-forward":
            if self.carried_forward:
                return 15, "the plan was already carried forward; a plan is carried forward once"
            unfinished = [a for a, v in self.actions.items() if v["status"] in ("open", "deferred")]
            if d["items"] != unfinished:
                return 15, ("items must be exactly the open and deferred actions in the order added: "
                            + (", ".join(unfinished) or "none"))
            return None
        if self.previous is None:
            return 16, f"item {d['id']} is marked carried, but plan.created names no previous ledger"
        if d["id"] not in self.kinds:
            return 2, f"there is no item {d['id']} to mark carried"
        if d["id"] in self.carried:
            return 16, f"item {d['id']} is already marked carried"
        if d["history"][-1] > self.previous["seq"]:
            return 16, f"item {d['id']}'s history names seq {d['history'][-1]}, after the previous head {self.previous['seq']}"
        return None

    def unused(self, item):
        return (2, f"ID {item} is already used by a {self.kinds[item]}") if item in self.kinds else None

    def known(self, item, want):
        have = self.kinds.get(item)
        if have == want:
            return None
        return 2, (f"{item} is a {have}, not a {want}" if have else f"there is no {want} {item}")

    def priorities_known(self, ids):
        for item in ids:
            problem = self.known(item, "priority")
            if problem:
                return problem
        return None


# ---- Version 3 (issue 8): priorities, measures, corrections -----------------------------


def unchanged(item, d, current, fields):
    """Rule 7 over amendment fields: the first given field equal to its current value."""
    for field in fields:
        if field in d and same(d[field], current.get(field)):
            return 7, f"{item}'s {field} is already {show(d[field])}"
    return None


def check_priority_added(plan, d, today):
    return plan.unused(d["id"])


def check_priority_amended(plan, d, today):
    return plan.known(d["id"], "priority") or unchanged(
        f"priority {d['id']}", d, plan.priorities[d["id"]], ("title", "outcome"))


def check_measure_added(plan, d, today):
    return plan.unused(d["id"]) or plan.known(d["under"], "priority") or (
        (3, f"measure {d['id']}'s target_date {d['target_date']} is before its baseline_date")
        if d["target_date"] < d["baseline_date"] else None)


def check_measure_recorded(plan, d, today):
    return plan.known(d["id"], "measure") or (
        (8, f"measure {d['id']}'s value is dated {d['date']}, later than the recorded date {today}")
        if d["date"] > today else None)


def check_measure_amended(plan, d, today):
    problem = plan.known(d["id"], "measure")
    if problem:
        return problem
    current = plan.measures[d["id"]]
    after = dict(current, **{k: v for k, v in d.items() if k not in ("id", "reason")})
    return unchanged(f"measure {d['id']}", d, current,
                     ("title", "unit", "baseline", "baseline_date", "target", "target_date", "direction")) or (
        (3, f"measure {d['id']}'s target_date would be before its baseline_date")
        if after["target_date"] < after["baseline_date"] else None)


def check_action_impact(plan, d, today):
    problem = plan.known(d["id"], "action")
    if problem:
        return problem
    status = plan.actions[d["id"]]["status"]
    return None if status in ALLOWED_FROM["action.impact"] else \
        (6, f"action {d['id']} is {status}; action.impact is not allowed from there")


def check_source_amended(plan, d, today):
    problem = plan.known(d["id"], "source")
    if problem:
        return problem
    current = plan.sources[d["id"]]
    after = dict(current, **{k: v for k, v in d.items() if k not in ("id", "reason")})
    return unchanged(f"source {d['id']}", d, current,
                     ("title", "date", "end_date", "published", "grade", "url")) or (
        (3, f"end_date {after['end_date']} would be before date {after['date']}")
        if after.get("end_date", after["date"]) < after["date"] else
        (3, f"published {after['published']} would be before date {after['date']}")
        if after.get("published", after["date"]) < after["date"] else None)


def check_plan_amended(plan, d, today):
    return unchanged("the plan", d, plan.fields, ("title", "authority"))


V3_CHECKS = {
    "priority.added": check_priority_added, "priority.amended": check_priority_amended,
    "measure.added": check_measure_added, "measure.recorded": check_measure_recorded,
    "measure.amended": check_measure_amended, "action.impact": check_action_impact,
    "source.amended": check_source_amended, "plan.amended": check_plan_amended,
}

CYCLE_TYPES = ("source.plan-sent", "plan.carried-forward", "item.carried")


def same(new, old):
    """Rule 7 compares values, but never one that reads [redacted]."""
    return new == old and new != REDACTED


# ---- The whole file -----------------------------------------------------------------------


class Verifier:
    """Reads lines in order; keeps the chain, the events and the redactions seen so far."""

    def __init__(self, content):
        # Only the line's place in content is kept, not the parsed event, so a large ledger
        # fits in memory; the rare retraction or redaction parses earlier lines again.
        self.content = content
        self.spans = []  # (start, end) of line seq in content, index seq - 1
        self.last_recorded = None
        self.hashes = [ZEROS]
        self.retracted = {}  # seq -> seq of the retraction
        self.mismatched = {}  # seq -> sha256 of data as it stands, for lines whose digest differs
        self.redactions = {}  # seq -> [payload.redacted events naming it], in order
        self.plan = Plan()

    def event(self, seq):
        """Line seq (already verified), parsed again."""
        start, end = self.spans[seq - 1]
        return json.loads(self.content[start:end])

    def line(self, raw, n, span):
        ev = parse(raw)
        check_envelope(ev, n)
        header = check_canonical(raw, ev)
        need(n > 1 or ev["type"] == "plan.created", lambda: f"rule 1: the ledger must start with plan.created, not {ev['type']}")
        need(ev["prev"] == self.hashes[-1],
             "prev is not 64 zeros" if n == 1 else f"prev does not match line {n - 1}'s hash")
        computed = sha256(header)
        need(ev["hash"] == computed, lambda: f"hash does not match the line (stored {ev['hash'][:12]}…, computed {computed[:12]}…)")
        digest = sha256(canonical(ev["data"]))  # the data's bytes as they stand on the (canonical) line
        if digest != ev["data_sha256"]:
            self.mismatched[n] = digest
        if n > 1:
            before = self.last_recorded
            need(ev["recorded"] >= before, lambda: f"rule 8: recorded {ev['recorded']} is earlier than line {n - 1}'s {before}")
        problem = self.plan.check(ev)
        if problem:
            raise Bad(f"rule {problem[0]}: {problem[1]}")
        if ev["type"] == "event.retracted":
            self.retraction(ev)
        elif ev["type"] == "payload.redacted":
            self.redaction(ev)
        self.spans.append(span)
        self.last_recorded = ev["recorded"]
        self.hashes.append(ev["hash"])
        if ev["type"] == "event.retracted":
            self.retracted[ev["data"]["seq"]] = n
            self.plan = self.fold(skip=None)[0]
        else:
            self.plan.apply(ev["type"], ev["data"])

    def fold(self, skip, check_after=None):
        """The plan from the live events (all but retracted ones and skip); with check_after,
        also the later live events that a rule would now refuse."""
        plan, refused = Plan(), []
        for s in range(1, len(self.spans) + 1):
            ev = self.event(s)
            if s in self.retracted or s == skip:
                continue
            if check_after is not None and s > check_after and ev["type"] not in ("event.retracted", "payload.redacted"):
                if plan.check(ev):
                    refused.append(s)
            plan.apply(ev["type"], ev["data"])
        return plan, refused

    def retraction(self, ev):
        target = ev["data"]["seq"]
        named = self.event(target)["type"]
        need(named != "plan.created", "rule 9: event 1 creates the plan and cannot be retracted")
        need(named != "event.retracted", lambda: f"rule 9: event {target} is itself a retraction")
        need(named != "payload.redacted", lambda: f"rule 9: event {target} is a redaction and cannot be retracted")
        need(target not in self.retracted, lambda: f"rule 9: event {target} was already retracted by event {self.retracted.get(target)}")
        _, refused = self.fold(skip=target, check_after=target)
        need(not refused, lambda: f"rule 9: later events build on event {target}: " + ", ".join(map(str, refused[:10])))

    def redaction(self, ev):
        d = ev["data"]
        target = d["seq"]
        named = self.event(target)
        need(named["type"] != "payload.redacted", lambda: f"rule 12: event {target} is a redaction and cannot be redacted")
        need(d["data_sha256"] == named["data_sha256"], lambda: f"rule 12: data_sha256 is not line {target}'s data_sha256")
        earlier = {m for r in self.redactions.get(target, []) for m in r["data"]["members"]}
        for member in d["members"]:
            need(member in FREE_TEXT[named["type"]] and member in named["data"],
                 lambda: f"rule 12: {show(member)} is not a text member of line {target} ({named['type']})")
            need(member not in earlier, lambda: f"rule 12: member {show(member)} of line {target} is already redacted")
        self.redactions.setdefault(target, []).append(ev)

    def unredacted(self):
        """The first line whose data does not stand as its digest or its redactions say, or None."""
        bad = []
        for seq, digest in self.mismatched.items():
            if seq not in self.redactions:
                bad.append((seq, "data_sha256 does not match data, and no payload.redacted read accounts for it"))
        for seq, redactions in self.redactions.items():
            data = self.event(seq)["data"]
            members = [m for r in redactions for m in r["data"]["members"]]
            wrong = [m for m in members if data.get(m) != REDACTED]
            last = redactions[-1]
            if wrong:
                bad.append((seq, f"member {show(wrong[0])} is named by redaction {last['seq']} but does not read \"[redacted]\""))
            elif sha256(canonical(data)) != last["data"]["redacted_sha256"]:
                bad.append((seq, f"data does not match the redacted_sha256 of redaction {last['seq']}"))
        return min(bad) if bad else None


def verify(content):
    """(last seq, head hash) if content verifies; raises Bad with its line otherwise."""
    if not content:
        raise Bad("the file holds no events (start a ledger with 'ledger init')", 1)
    v = Verifier(content)
    failure = None
    start, n = 0, 0
    while (end := content.find(b"\n", start)) >= 0:
        n += 1
        try:
            v.line(content[start:end], n, (start, end))
        except Bad as e:
            failure = Bad(str(e), n)
            break
        start = end + 1
    torn = content[start:]
    # A line whose data differs from its data_sha256 is bad unless a redaction read before the
    # first bad line (or the end) accounts for it; it counts from its own line.
    pending = v.unredacted()
    if pending and (failure is None or pending[0] < failure.line):
        raise Bad(pending[1], pending[0])
    if failure:
        raise failure
    if torn:
        raise Bad(f"torn tail: the {n} whole lines before it verify, but line {n + 1} has no newline "
                  "(a writer stopped mid-write); the next write sets it aside into a side file, "
                  "or copy the file and investigate", n + 1)
    return n, v.hashes[-1], v.hashes


def read(path):
    with open(path, "rb") as f:
        return f.read()


def main(argv):
    """Verify the ledger(s) named in argv; print the result; return the exit status."""
    usage = "usage: verify_ledger.py LEDGER [--head SEQ:HASH] | --each FILE... | --each -"
    if argv in (["-h"], ["--help"]):
        print(__doc__.strip())
        return 0
    if argv[:1] == ["--each"]:
        paths = argv[1:] if argv[1:] != ["-"] else [p for p in sys.stdin.read().split("\n") if p]
        status = 0
        for path in paths:
            try:
                last, head, _ = verify(read(path))
                print(f"{path}\tok")
            except Bad as e:
                print(f"{path}\t{e.line}\t{e}")
            except OSError as e:
                print(f"{path}\tcannot read: {e.strerror or e}")
                status = 64
        return status
    head = HEAD.fullmatch(argv[2]) if len(argv) == 3 and argv[1] == "--head" else None
    if not (len(argv) == 1 or head) or argv[0].startswith("-"):
        print(f"{usage}\n(SEQ is a decimal integer from 1 with no sign or leading zero, "
              "HASH 64 lowercase hex digits)", file=sys.stderr)
        return 64
    path = argv[0]
    try:
        content = read(path)
    except OSError as e:
        print(f"{path}: cannot read: {e.strerror or e}", file=sys.stderr)
        return 64
    try:
        last, top, hashes = verify(content)
    except Bad as e:
        print(f"{path}:{e.line}: {e}", file=sys.stderr)
        return 1
    if head:
        seq, want = int(head.group(1)), head.group(2)
        if seq > last or hashes[seq] != want:
            why = f"the ledger ends at seq {last}" if seq > last else f"line {seq} has hash {hashes[seq]}"
            print(f"{path}:{min(seq, last)}: head {seq}:{want} is not in this ledger ({why})", file=sys.stderr)
            return 1
    print(f"ok: {last} events, head {last}:{top}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
