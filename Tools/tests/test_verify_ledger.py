"""Tests for Tools/verify_ledger.py: a valid ledger passes, each tampering is caught at its line.

Run from the repository root: python3 -m unittest discover -s Tools/tests
"""
import hashlib, json, os, subprocess, sys, tempfile, unittest

VERIFIER = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "verify_ledger.py")
ACTOR = {"name": "Sara Taylor", "role": "Principal Social Worker"}
EVENTS = [  # (type, recorded, data)
    ("plan.created", "2021-09-01T09:00:00Z", {"title": "Children’s social care plan", "authority": "Lewisham"}),
    ("source.added", "2021-09-01T09:05:00Z", {"id": "FV2021", "source_type": "focused-visit",
                                              "title": "Focused visit", "date": "2021-07-06"}),
    ("recommendation.added", "2021-09-01T09:05:00.5Z", {"id": "R1", "source": "FV2021", "priority": True,
                                                        "text": "Managers’ oversight of \"drift\"\tis weak"}),
    ("action.added", "2021-09-01T09:05:00.75Z", {"id": "A1", "recommendations": ["R1"], "title": "Audit",
                                                 "owner": "Head of Service", "due": "2021-12-31"}),
    ("action.progress", "2021-10-01T10:00:00Z", {"id": "A1", "note": "First audit done"}),
]


def canonical(value):
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode()


def sha(value):
    return hashlib.sha256(canonical(value)).hexdigest()


def build(events=EVENTS, effective=None):
    """Return the ledger's lines (str, no newline), chained per FORMAT.md."""
    lines, prev = [], "0" * 64
    for seq, (kind, recorded, data) in enumerate(events, 1):
        header = {"v": 1, "seq": seq, "type": kind, "recorded": recorded}
        if effective and seq == 2:
            header["effective"] = effective
        header.update(actor=ACTOR, data_sha256=sha(data), prev=prev)
        prev = sha(header)
        ev = dict(header, hash=prev)
        body = json.dumps(ev, ensure_ascii=False, separators=(",", ":"))
        # write data in canonical form, in its place after actor
        body = body.replace('"data_sha256"', '"data":' + canonical(data).decode() + ',"data_sha256"', 1)
        lines.append(body)
    return lines


class VerifyLedgerTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.path = os.path.join(self.tmp.name, "plan.ledger")
        self.lines = build()

    def tearDown(self):
        self.tmp.cleanup()

    def run_verifier(self, content, *args):
        with open(self.path, "wb") as f:
            f.write(content if isinstance(content, bytes) else content.encode())
        return subprocess.run([sys.executable, VERIFIER, self.path, *args], capture_output=True, text=True)

    def assertFails(self, lines, message, *args, raw=None):
        r = self.run_verifier(raw if raw is not None else "".join(l + "\n" for l in lines), *args)
        self.assertEqual(r.returncode, 1, r.stdout + r.stderr)
        self.assertEqual(r.stdout, "")
        self.assertIn(message, r.stderr)
        self.assertTrue(r.stderr.startswith("error: "), r.stderr)
        self.assertEqual(r.stderr.count("\n"), 1, r.stderr)

    def head(self, seq):
        return f"{seq}:{json.loads(self.lines[seq - 1])['hash']}"

    def test_valid_ledger_passes(self):
        r = self.run_verifier("".join(l + "\n" for l in self.lines), "--head", self.head(3))
        self.assertEqual((r.returncode, r.stderr), (0, ""))
        self.assertEqual(r.stdout, f"ok: 5 events, head {self.head(5)}\n")
        r = self.run_verifier("".join(l + "\n" for l in build(effective="2021-08-31")))
        self.assertEqual(r.returncode, 0, r.stderr)

    def test_edited_note_is_a_data_digest_mismatch(self):
        self.lines[2] = self.lines[2].replace("is weak", "is fine")
        self.assertFails(self.lines, "line 3: data_sha256 does not match data")

    def test_edited_note_and_digest_is_a_hash_mismatch(self):
        ev = json.loads(self.lines[2])
        ev["data"]["text"] = "is fine"
        ev["data_sha256"] = sha(ev["data"])
        self.lines[2] = json.dumps(ev, ensure_ascii=False, separators=(",", ":"))
        self.assertFails(self.lines, "line 3: hash does not match the line's contents")

    def test_rehashed_line_breaks_the_next_prev(self):
        kind, recorded, data = EVENTS[2]
        events = EVENTS[:2] + [(kind, recorded, dict(data, text="is fine"))]
        self.assertFails(build(events)[:3] + self.lines[3:], "line 4: prev does not match line 3's hash")

    def test_deleted_line(self):
        del self.lines[1]
        self.assertFails(self.lines, "line 2: seq is 3, expected 2")

    def test_swapped_lines(self):
        self.lines[1], self.lines[2] = self.lines[2], self.lines[1]
        self.assertFails(self.lines, "line 2: seq is 3, expected 2")

    def test_duplicated_line(self):
        self.lines.insert(2, self.lines[1])
        self.assertFails(self.lines, "line 3: seq is 2, expected 3")

    def test_torn_tail_is_warned_and_ignored(self):
        content = "".join(l + "\n" for l in self.lines)[:-20]
        r = self.run_verifier(content)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(r.stderr, "warning: line 5 is torn (no newline at end of file); ignored\n")
        self.assertEqual(r.stdout, f"ok: 4 events, head {self.head(4)}\n")

    def test_cut_tail_fails_old_head(self):
        self.assertFails(self.lines[:4], "error: head 5:", "--head", self.head(5))
        self.assertFails(self.lines[:4], "(the ledger ends at seq 4)", "--head", self.head(5))
        self.assertFails(self.lines, "(line 4 has hash", "--head", "4:" + "a" * 64)

    def test_recorded_going_backwards(self):
        events = list(EVENTS)
        events[3] = (events[3][0], "2021-09-01T09:05:00.25Z", events[3][2])  # earlier than .5 on line 3
        self.assertFails(build(events), "line 4: recorded 2021-09-01T09:05:00.25Z is earlier than line 3's")

    def test_strict_json(self):
        dup = self.lines[1].replace('{"v":1,', '{"v":1,"v":1,', 1)
        self.assertFails([self.lines[0], dup], 'line 2: not valid JSON: duplicate key "v"')
        trailing = self.lines[1][:-1] + ",}"
        self.assertFails([self.lines[0], trailing], "line 2: not valid JSON")
        nan = self.lines[1].replace('"seq":2', '"seq":NaN')
        self.assertFails([self.lines[0], nan], "line 2: not valid JSON: constant NaN")
        flt = self.lines[1].replace('"seq":2', '"seq":2.0')
        self.assertFails([self.lines[0], flt], "line 2: not valid JSON: non-integer number 2.0")
        surrogate = self.lines[1].replace("Focused visit", "\\ud800")
        self.assertFails([self.lines[0], surrogate], "line 2: not valid JSON: lone surrogate")
        self.assertFails(None, "line 2: invalid UTF-8", raw=(self.lines[0] + "\n").encode() + b"\xff\n")
        self.assertFails(None, "line 1: byte-order mark", raw=b"\xef\xbb\xbf" + self.lines[0].encode() + b"\n")
        self.assertFails(None, "line 1: carriage return", raw=(self.lines[0] + "\r\n" + self.lines[1] + "\n"))
        self.assertFails([self.lines[0], "", self.lines[1]], "line 2: blank line")
        self.assertFails([], "line 1: empty ledger (no plan.created)")

    def test_envelope_and_types(self):
        first, second = self.lines[0], self.lines[1]
        self.assertFails([first, second.replace('"v":1', '"v":2')],
                         "line 2: format version 2 is newer than this verifier reads (up to 1)")
        self.assertFails([first, second.replace('"source.added"', '"action.frobbed"')],
                         'line 2: unknown event type "action.frobbed"')
        self.assertFails([first, second.replace('"actor":{"name":"Sara Taylor","role":"Principal Social Worker"},', "")],
                         'line 2: missing member "actor"')
        self.assertFails([first, second.replace('"v":1,', '"v":1,"extra":0,')], 'line 2: unexpected member "extra"')
        self.assertFails([first, second.replace('"date":"2021-07-06"', '"dat":"2021-07-06"')],
                         'line 2: missing member "date" in data of source.added')
        self.assertFails(build(effective="2021-02-30")[:2], 'line 2: effective "2021-02-30" is not a real')


if __name__ == "__main__":
    unittest.main()
