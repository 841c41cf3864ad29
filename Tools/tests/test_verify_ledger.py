"""Tests for Tools/verify_ledger.py: valid ledgers pass; each fault is caught at its line.

Run from the repository root: python3 -m unittest discover -s Tools/tests
"""
import hashlib, json, os, subprocess, sys, tempfile, unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
import ledger_cases  # noqa: E402
import verify_ledger  # noqa: E402

VERIFIER = os.path.join(os.path.dirname(HERE), "verify_ledger.py")


def verdict(content):
    """"ok" or the first bad line (as a string), and the message."""
    try:
        verify_ledger.verify(content)
        return "ok", ""
    except verify_ledger.Bad as e:
        return str(e.line), str(e)


class CraftedCasesTest(unittest.TestCase):
    """Every crafted file of ledger_cases.py fails at the line it was built to fail at."""

    def test_every_crafted_case(self):
        cases = [(name, ledger_cases.build(events), str(expect), what)
                 for name, events, expect, what in ledger_cases.crafted()]
        cases += [(name, content, str(expect), what) for name, content, expect, what in ledger_cases.crafted_bytes()]
        self.assertGreater(len(cases), 500)
        for name, content, expect, what in cases:
            with self.subTest(name, what=what):
                got, message = verdict(content)
                self.assertEqual(got, expect, message)

    def test_rules_are_named_by_number(self):
        for name, rule in (("rule2-no-source", 2), ("rule3-until", 3), ("rule4-amend-closed", 4),
                           ("rule5-close-live", 5), ("rule6-action.signed-off-from-open", 6),
                           ("rule7-title-same", 7), ("rule8-backwards", 8), ("rule9-retract-13", 9),
                           ("rule1-not-first", 1)):
            events = next(e for n, e, _, _ in ledger_cases.crafted() if n == name)
            with self.subTest(name):
                self.assertTrue(verdict(ledger_cases.build(events))[1].startswith(f"rule {rule}: "))

    def test_mutations_never_crash(self):
        import random
        rng = random.Random(7)
        with open(ledger_cases.EXAMPLE, "rb") as f:
            example = f.read()
        for k in range(300):
            mutated, desc = ledger_cases.mutate(example, rng)
            with self.subTest(k, desc=desc):
                verdict(mutated)  # raises only Bad


class CommandLineTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.path = os.path.join(self.tmp.name, "plan.jsonl")
        self.content = ledger_cases.build(ledger_cases.BASE)
        self.hashes = [json.loads(l)["hash"] for l in self.content.splitlines()]

    def tearDown(self):
        self.tmp.cleanup()

    def run_verifier(self, content, *args):
        with open(self.path, "wb") as f:
            f.write(content)
        return subprocess.run([sys.executable, VERIFIER, self.path, *args], capture_output=True, text=True)

    def test_valid_ledger_and_head(self):
        n = len(self.hashes)
        r = self.run_verifier(self.content, "--head", f"3:{self.hashes[2]}")
        self.assertEqual((r.returncode, r.stderr), (0, ""))
        self.assertEqual(r.stdout, f"ok: {n} events, head {n}:{self.hashes[-1]}\n")

    def test_failure_names_path_and_line(self):
        bad = self.content.replace(b"Audit report", b"Audit rapport")
        r = self.run_verifier(bad)
        self.assertEqual((r.returncode, r.stdout), (1, ""))
        self.assertTrue(r.stderr.startswith(f"{self.path}:10: data_sha256 does not match"), r.stderr)
        self.assertEqual(r.stderr.count("\n"), 1)

    def test_torn_tail_fails(self):
        r = self.run_verifier(self.content[:-10])
        self.assertEqual(r.returncode, 1)
        self.assertIn(f"{self.path}:{len(self.hashes)}: torn tail", r.stderr)
        self.assertIn("whole lines before it verify", r.stderr)

    def test_empty_file_fails(self):
        r = self.run_verifier(b"")
        self.assertEqual(r.returncode, 1)
        self.assertIn(f"{self.path}:1: the file holds no events", r.stderr)

    def test_head_not_in_ledger(self):
        cut = b"".join(self.content.splitlines(keepends=True)[:4])
        r = self.run_verifier(cut, "--head", f"5:{self.hashes[4]}")
        self.assertEqual(r.returncode, 1)
        self.assertIn("the ledger ends at seq 4", r.stderr)
        r = self.run_verifier(self.content, "--head", "4:" + "a" * 64)
        self.assertEqual(r.returncode, 1)
        self.assertIn(f"line 4 has hash {self.hashes[3]}", r.stderr)

    def test_head_syntax(self):
        good = self.hashes[0]
        for head in (f"01:{good}", f"+1:{good}", f"0:{good}", f"1:{good.upper()}", f"1:{good[:-1]}",
                     f"1:{good}0", f"١:{good}", f" 1:{good}", "1", ""):
            with self.subTest(head):
                r = self.run_verifier(self.content, "--head", head)
                self.assertEqual(r.returncode, 64, r.stderr)

    def test_usage_and_unreadable(self):
        r = subprocess.run([sys.executable, VERIFIER], capture_output=True, text=True)
        self.assertEqual(r.returncode, 64)
        r = subprocess.run([sys.executable, VERIFIER, self.tmp.name], capture_output=True, text=True)
        self.assertEqual(r.returncode, 64)
        self.assertIn("cannot read", r.stderr)

    def test_each(self):
        other = os.path.join(self.tmp.name, "bad.jsonl")
        with open(self.path, "wb") as f:
            f.write(self.content)
        with open(other, "wb") as f:
            f.write(self.content.replace(b'"seq":3,', b'"seq":03,', 1))
        r = subprocess.run([sys.executable, VERIFIER, "--each", self.path, other], capture_output=True, text=True)
        self.assertEqual(r.returncode, 0, r.stderr)
        rows = [row.split("\t") for row in r.stdout.splitlines()]
        self.assertEqual(rows[0], [self.path, "ok"])
        self.assertEqual(rows[1][:2], [other, "3"])
        r = subprocess.run([sys.executable, VERIFIER, "--each", "-"], input=f"{other}\n", capture_output=True,
                           text=True)
        self.assertEqual(r.stdout.split("\t")[:2], [other, "3"])


class StrictReadingTest(unittest.TestCase):
    """Each strict-JSON and canonical-form fault on line 2 of the base plan."""

    def test_line_two_faults(self):
        content = ledger_cases.build(ledger_cases.BASE)
        lines = content.split(b"\n")
        second = lines[1]
        faults = {
            "duplicate key": second.replace(b'{"v":1,', b'{"v":1,"v":1,', 1),
            "trailing comma": second[:-1] + b",}",
            "NaN": second.replace(b'"seq":2', b'"seq":NaN'),
            "2.0": second.replace(b'"seq":2', b'"seq":2.0'),
            "2e0": second.replace(b'"seq":2', b'"seq":2e0'),
            "02": second.replace(b'"seq":2', b'"seq":02'),
            "lone surrogate": second.replace(b"Focused visit", b"\\ud800"),
            "escaped letter": second.replace(b'"source.added"', b'"source.\\u0061dded"'),
            "escaped slash": second.replace(b"https://", b"https:\\/\\/"),
            "space": second.replace(b'"seq":2,', b'"seq": 2,'),
            "data out of order": second.replace(b'"date":"2025-11-04",', b"").replace(
                b'"url"', b'"date":"2025-11-04","url"'),
            "envelope out of order": second.replace(b'{"v":1,"seq":2,', b'{"seq":2,"v":1,'),
            "fraction of a second": second.replace(b':01:00Z"', b':01:00.000Z"'),
            "invalid UTF-8": second.replace(b"Focused", b"Focus\xffed"),
            "NUL": second.replace(b"Focused", b"Focus\x00ed"),
            "escaped NUL": second.replace(b"Focused", b"Focus\\u0000ed"),
            "uppercase escape": second.replace(b"Focused", b"Focus\\u001Fed"),
            "CR": second + b"\r",
            "BOM": b"\xef\xbb\xbf" + second,
        }
        for what, line in faults.items():
            with self.subTest(what):
                self.assertNotEqual(line, second)
                got, message = verdict(b"\n".join([lines[0], line] + lines[2:]))
                self.assertEqual(got, "2", message)
        got, _ = verdict(b"\xef\xbb\xbf" + content)
        self.assertEqual(got, "1")
        got, _ = verdict(content.replace(b"\n", b"\n\n", 1))
        self.assertEqual(got, "2")


class CanonicalFormTest(unittest.TestCase):
    """The examples are canonical as they stand, and hash as FORMAT.md says."""

    def test_examples(self):
        folder = os.path.dirname(ledger_cases.EXAMPLE)
        for name in sorted(os.listdir(folder)):
            with self.subTest(name), open(os.path.join(folder, name), "rb") as f:
                content = f.read()
                self.assertEqual(verdict(content)[0], "ok")
                first = json.loads(content.split(b"\n")[0])
                header = {k: v for k, v in first.items() if k not in ("data", "hash")}
                canonical = json.dumps(header, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
                self.assertEqual(hashlib.sha256(canonical.encode()).hexdigest(), first["hash"])


if __name__ == "__main__":
    unittest.main()
