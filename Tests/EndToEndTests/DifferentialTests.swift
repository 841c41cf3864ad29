import Foundation
import LedgerTestSupport
import Testing

/// The Swift `ledger verify` and the independent `Tools/verify_ledger.py` must give one
/// verdict (ok, or the same first bad line) on every file.
///
/// The files come from `Tools/tests/ledger_cases.py`: crafted, correctly chained ledgers with
/// one fault each (every row of the data table, every rule, redactions), each with the line it
/// should fail at, and seeded mutations of the example ledger and of a plan using every event
/// type. `LEDGER_DIFF_SEED` and `LEDGER_DIFF_MUTATIONS` replay other seeds or more mutations.
@Suite("The two verifiers agree")
struct DifferentialTests {
  /// One file checked by both verifiers.
  struct Case {
    var file: String
    var expected: String
    var description: String
  }

  /// A verdict: "ok", a line number, or what went wrong when neither could be read.
  static func swiftVerdict(_ result: LedgerProcess.Result, path: String) -> String {
    if result.status == 0 { return "ok" }
    // Long paths are shown shortened with "…" at the front: match the file's name.
    let name = URL(fileURLWithPath: path).lastPathComponent
    guard result.status == 1, let range = result.stderr.range(of: "/" + name + ":") else {
      return "exit \(result.status): \(result.stderr.prefix(200))"
    }
    let digits = result.stderr[range.upperBound...].prefix { $0.isASCII && $0.isNumber }
    return digits.isEmpty ? "no line: \(result.stderr.prefix(200))" : String(digits)
  }

  /// Writes the cases into `folder` and reads back the manifest.
  static func generate(into folder: URL, seed: String, mutations: String) throws -> [Case] {
    let generator = LedgerProcess.repository.appendingPathComponent("Tools/tests/ledger_cases.py")
    let made = try LedgerProcess.run(
      URL(fileURLWithPath: "/usr/bin/env"),
      ["python3", generator.path, folder.path, "--seed", seed, "--mutations", mutations])
    #expect(made.status == 0, "ledger_cases.py: \(made.stderr)")
    let manifest = try String(
      contentsOf: folder.appendingPathComponent("manifest.tsv"), encoding: .utf8)
    return manifest.split(separator: "\n").map { row in
      let fields = row.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
      return Case(
        file: folder.appendingPathComponent(String(fields[0])).path, expected: String(fields[1]),
        description: fields.count > 2 ? String(fields[2]) : "")
    }
  }

  /// Python's verdict per file, from one run of its batch mode.
  static func pythonVerdicts(_ cases: [Case]) throws -> [String: String] {
    let script = LedgerProcess.repository.appendingPathComponent("Tools/verify_ledger.py")
    let run = try LedgerProcess.run(
      URL(fileURLWithPath: "/usr/bin/env"),
      ["python3", script.path, "--each"] + cases.map(\.file))
    #expect(run.status == 0, "verify_ledger.py --each: \(run.stderr)")
    var verdicts: [String: String] = [:]
    for row in run.stdout.split(separator: "\n") {
      let fields = row.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
      guard fields.count >= 2 else { continue }
      verdicts[String(fields[0])] = String(fields[1])
    }
    return verdicts
  }

  /// The Swift verdict per file: `ledger verify` run on each, two at a time.
  static func swiftVerdicts(_ cases: [Case]) -> [String] {
    final class Box: @unchecked Sendable {
      var verdicts: [String]
      let lock = NSLock()
      init(_ count: Int) { verdicts = Array(repeating: "", count: count) }
    }
    let box = Box(cases.count)
    let workers = 2
    DispatchQueue.concurrentPerform(iterations: workers) { worker in
      for index in stride(from: worker, to: cases.count, by: workers) {
        let path = cases[index].file
        let verdict: String
        do {
          let result = try LedgerProcess.run(LedgerProcess.binary, ["verify", "--ledger", path])
          verdict = swiftVerdict(result, path: path)
        } catch {
          verdict = "could not run: \(error)"
        }
        box.lock.lock()
        box.verdicts[index] = verdict
        box.lock.unlock()
      }
    }
    return box.verdicts
  }

  @Test(
    "crafted faults and 1 000 seeded mutations: same verdict and same line from Swift and Python")
  func sameVerdicts() throws {
    let environment = ProcessInfo.processInfo.environment
    let seed = environment["LEDGER_DIFF_SEED"] ?? "20261126"
    let mutations = environment["LEDGER_DIFF_MUTATIONS"] ?? "1000"
    let scratch = try ScratchLedger("ledger-diff")
    let folder = scratch.folder

    let cases = try Self.generate(into: folder, seed: seed, mutations: mutations)
    #expect(cases.count >= 1_000 + 700, "too few cases: \(cases.count)")
    let python = try Self.pythonVerdicts(cases)
    let swift = Self.swiftVerdicts(cases)

    var disagreements: [String] = []
    var unexpected: [String] = []
    for (index, c) in cases.enumerated() {
      let name = URL(fileURLWithPath: c.file).lastPathComponent
      let p = python[c.file] ?? "missing"
      if swift[index] != p {
        disagreements.append("\(name) (\(c.description)): swift \(swift[index]), python \(p)")
      } else if c.expected != "?", c.expected != p {
        unexpected.append("\(name) (\(c.description)): both \(p), expected \(c.expected)")
      }
    }
    let seedNote = "seed \(seed), \(mutations) mutations; replay with LEDGER_DIFF_SEED=\(seed)"
    let disagreed = disagreements.prefix(40).joined(separator: "\n")
    let missed = unexpected.prefix(40).joined(separator: "\n")
    #expect(
      disagreements.isEmpty, "\(disagreements.count) disagreements (\(seedNote)):\n\(disagreed)")
    #expect(
      unexpected.isEmpty,
      "\(unexpected.count) crafted cases gave another line than intended:\n\(missed)")
  }
}
