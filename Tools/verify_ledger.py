#!/usr/bin/env python3
"""Independent verifier for the ledger format, version 1 (Events/FORMAT.md).

Usage: python3 Tools/verify_ledger.py LEDGER [--head SEQ:HASH]

Standard library only, sharing no code with the Swift writer. It checks what FORMAT.md's
"Verifying" section asks, reading every line strictly, plus the envelope's exact members,
their order and types, the event types and their data member names. The domain rules the
writer enforces are not re-checked. A torn tail (final bytes with no "\\n") is reported on
stderr and ignored.

Exit status:
  0   the ledger verifies; stdout: "ok: N events, head SEQ:HASH"
  1   it does not (or --head is not in it); stderr: "error: line N: ..." for the first bad line
  64  bad usage, or the file cannot be read (missing, a directory, no permission)
"""
import datetime, decimal, hashlib, json, re, sys

ENVELOPE = ["v", "seq", "type", "recorded", "effective", "actor", "data", "data_sha256", "prev", "hash"]
ZEROS = "0" * 64
HEX64 = re.compile(r"[0-9a-f]{64}\Z")
RECORDED = re.compile(r"(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?Z\Z")
DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})\Z")
TYPES = {}  # event type -> (required data members, optional data members), as in FORMAT.md's table
for row in """plan.created: title authority
    source.added: id source_type title date | end_date published grade url
    recommendation.added: id source text priority | theme framework
    recommendation.amended: id text reason
    recommendation.closed: id note
    recommendation.reopened: id reason
    action.added: id recommendations title owner due
    action.amended: id reason | title owner due
    action.rated: id rag note
    action.progress: id note
    action.evidence: id note | link
    action.completed: id note
    action.signed-off: id note
    action.reopened: id reason
    action.deferred: id reason | until
    action.withdrawn: id reason
    board.meeting: date | note
    event.retracted: seq reason""".splitlines():
    kind, members = row.split(":")
    required, _, optional = members.partition("|")
    TYPES[kind.strip()] = (set(required.split()), set(optional.split()))


def is_int(x):
    return isinstance(x, int) and not isinstance(x, bool)


# data members that are not strings: name -> (description, test)
KINDS = {"priority": ("a boolean", lambda x: isinstance(x, bool)),
         "recommendations": ("an array of strings", lambda x: isinstance(x, list) and all(isinstance(i, str) for i in x)),
         "seq": ("an integer", is_int)}
STRING = ("a string", lambda x: isinstance(x, str))


class Bad(Exception):
    """A problem with the current line; its message follows "error: line N: "."""


def need(ok, message):
    if not ok:
        raise Bad(message)


def sha(value):
    canonical = json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode("utf-8")
    return hashlib.sha256(canonical).hexdigest()


def no_duplicates(pairs):
    seen = set()
    for key, _ in pairs:
        need(key not in seen, f'not valid JSON: duplicate key "{key}"')
        seen.add(key)
    return dict(pairs)


def reject(what):
    return lambda text: need(False, f"not valid JSON: {what} {text} is not allowed")


def real(pattern, text, make):
    """make(*integer groups of pattern) for text, or None if text is not well formed or not real."""
    m = pattern.match(text) if isinstance(text, str) else None
    try:
        return make(*map(int, m.groups()[:6]))
    except (AttributeError, ValueError):
        return None


def instant(text):
    """A recorded time as a comparable (datetime, fraction of a second), or None."""
    when = real(RECORDED, text, datetime.datetime)
    return when and (when, decimal.Decimal("0." + (RECORDED.match(text).group(7) or "0")))


def parse(raw, n):
    """Strictly parse one line (its bytes, without the newline) into a dict."""
    need(raw, "blank line")
    need(n > 1 or not raw.startswith(b"\xef\xbb\xbf"), "byte-order mark at start of file")
    need(b"\r" not in raw, "carriage return (\\r) in line")
    try:
        ev = json.loads(raw.decode("utf-8"), object_pairs_hook=no_duplicates,
                        parse_constant=reject("constant"), parse_float=reject("non-integer number"))
        sha(ev)  # re-encoding to UTF-8 fails on a lone surrogate
    except UnicodeDecodeError as e:
        raise Bad(f"invalid UTF-8 at byte {e.start + 1}")
    except json.JSONDecodeError as e:
        raise Bad(f"not valid JSON: {e.msg.removesuffix(' at')} at column {e.colno}")
    except UnicodeEncodeError:
        raise Bad("not valid JSON: lone surrogate escape")
    except RecursionError:
        raise Bad("not valid JSON: nested too deeply")
    need(isinstance(ev, dict), "not a JSON object")
    return ev


def check(ev, n, prev_hash, prev_recorded):
    """Check one parsed line (line n) against the envelope rules and the chain."""
    v = ev.get("v")
    need(not (is_int(v) and v > 1), f"format version {v} is newer than this verifier reads (up to 1)")
    for name in ENVELOPE:
        need(name in ev or name == "effective", f'missing member "{name}"')
    for name in ev:
        need(name in ENVELOPE, f'unexpected member "{name}"')
    need(list(ev) == [name for name in ENVELOPE if name in ev], "members not in the order " + ", ".join(ENVELOPE))
    need(is_int(v) and v == 1, f"v is {json.dumps(v)}, expected 1")
    need(is_int(ev["seq"]) and ev["seq"] == n, f"seq is {json.dumps(ev['seq'])}, expected {n}")
    kind, data, actor = ev["type"], ev["data"], ev["actor"]
    need(isinstance(kind, str) and kind in TYPES, f"unknown event type {json.dumps(kind)}")
    need(n > 1 or kind == "plan.created", f"the ledger must start with plan.created, not {kind}")
    need(n == 1 or kind != "plan.created", "plan.created is allowed only on line 1")
    need(isinstance(data, dict), "data is not an object")
    required, optional = TYPES[kind]
    for name in sorted(required):
        need(name in data, f'missing member "{name}" in data of {kind}')
    for name, value in data.items():
        need(name in required | optional, f'unexpected member "{name}" in data of {kind}')
        want, ok = KINDS.get(name, STRING)
        need(ok(value), f'data member "{name}" is not {want}')
    recorded = ev["recorded"]
    need(instant(recorded), f"recorded {json.dumps(recorded)} is not an RFC 3339 UTC time like 2026-03-02T09:15:00Z")
    need(n == 1 or instant(recorded) >= instant(prev_recorded),
         f"recorded {recorded} is earlier than line {n - 1}'s {prev_recorded}")
    need("effective" not in ev or real(DATE, ev["effective"], datetime.date),
         f"effective {json.dumps(ev.get('effective'))} is not a real YYYY-MM-DD date")
    need(isinstance(actor, dict) and set(actor) == {"name", "role"}
         and all(isinstance(x, str) and x for x in actor.values()),
         'actor must be {"name": …, "role": …} with non-empty strings')
    for name in ("data_sha256", "prev", "hash"):
        need(isinstance(ev[name], str) and HEX64.match(ev[name]), f"{name} is not 64 lowercase hex digits")
    need(ev["data_sha256"] == sha(data), "data_sha256 does not match data")
    need(ev["prev"] == prev_hash, "prev is not 64 zeros" if n == 1 else f"prev does not match line {n - 1}'s hash")
    computed = sha({k: x for k, x in ev.items() if k not in ("data", "hash")})
    need(ev["hash"] == computed,
         f"hash does not match the line's contents (stored {ev['hash'][:12]}…, computed {computed[:12]}…)")


def main(argv):
    """Verify the ledger named in argv; print the result; return the exit status."""
    usage = "usage: verify_ledger.py LEDGER [--head SEQ:HASH]"
    if argv in (["-h"], ["--help"]):
        print(__doc__.strip())
        return 0
    head = re.fullmatch(r"([1-9][0-9]*):([0-9a-f]{64})", argv[2]) if len(argv) == 3 and argv[1] == "--head" else None
    if not (len(argv) == 1 or head) or argv[0].startswith("-"):
        print(f"{usage}\n(SEQ is a line number, HASH 64 lowercase hex digits)", file=sys.stderr)
        return 64
    try:
        with open(argv[0], "rb") as f:
            lines = f.read().split(b"\n")
    except OSError as e:
        print(f"error: cannot read {argv[0]}: {e.strerror or e}", file=sys.stderr)
        return 64
    if lines.pop():
        print(f"warning: line {len(lines) + 1} is torn (no newline at end of file); ignored", file=sys.stderr)
    hashes, recorded = [ZEROS], None
    try:
        need(lines, "empty ledger (no plan.created)")
        for n, raw in enumerate(lines, 1):
            ev = parse(raw, n)
            check(ev, n, hashes[-1], recorded)
            hashes.append(ev["hash"])
            recorded = ev["recorded"]
    except Bad as e:  # hashes holds ZEROS and one hash per good line, so the bad line is len(hashes)
        print(f"error: line {len(hashes)}: {e}", file=sys.stderr)
        return 1
    last = len(hashes) - 1
    if head:
        seq, want = int(head.group(1)), head.group(2)
        if seq > last or hashes[seq] != want:
            why = f"the ledger ends at seq {last}" if seq > last else f"line {seq} has hash {hashes[seq]}"
            print(f"error: head {seq}:{want} is not in this ledger ({why})", file=sys.stderr)
            return 1
    print(f"ok: {last} events, head {last}:{hashes[-1]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
