import Foundation
import LedgerTestSupport
import Testing

/// Runs the built `ledger` binary the way a user would.
struct LedgerProcess {
  /// What one run printed and how it exited.
  struct Result {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  /// The repository root (for Tools/ and Events/).
  static let repository: URL = {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
  }()

  /// The built binary, next to the test bundle.
  static let binary: URL = {
    var candidates: [URL] = []
    if let exe = Bundle.main.executableURL { candidates.append(exe.deletingLastPathComponent()) }
    candidates.append(URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent())
    candidates.append(Bundle.main.bundleURL.deletingLastPathComponent())
    for dir in candidates {
      var d = dir
      for _ in 0..<4 {
        let url = d.appendingPathComponent("ledger")
        if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        d = d.deletingLastPathComponent()
      }
    }
    return repository.appendingPathComponent(".build/debug/ledger")
  }()

  /// Runs an executable with arguments and environment; waits for it.
  static func run(
    _ executable: URL, _ arguments: [String], environment: [String: String] = [:],
    stdin: Data? = nil
  ) throws -> Result {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    var env = ProcessInfo.processInfo.environment
    for key in ["LEDGER_FILE", "LEDGER_ACTOR", "LEDGER_ROLE", "LEDGER_NOW"] { env[key] = nil }
    env.merge(environment) { $1 }
    process.environment = env
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    let input = Pipe()
    if stdin != nil { process.standardInput = input }
    try process.run()
    if let stdin {
      // Feed standard input from another thread so a large input cannot block on a full pipe.
      DispatchQueue.global().async {
        input.fileHandleForWriting.write(stdin)
        try? input.fileHandleForWriting.close()
      }
    }
    // Read both pipes concurrently so neither can fill up and block the child.
    nonisolated(unsafe) var errData = Data()
    let group = DispatchGroup()
    group.enter()
    DispatchQueue.global().async {
      errData = err.fileHandleForReading.readDataToEndOfFile()
      group.leave()
    }
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData, as: UTF8.self))
  }
}

/// A scratch ledger in a temporary folder, driven through the CLI.
final class Scratch {
  /// The temporary folder and ledger path, removed when this goes away.
  let scratch: ScratchLedger
  var folder: URL { scratch.folder }
  var ledger: URL { scratch.url }
  var now = "2026-01-05T09:00:00Z"
  var actor = ["--actor", "Amara Okafor", "--role", "Principal Social Worker"]

  init() throws {
    scratch = try ScratchLedger("ledger-e2e")
  }

  /// Runs `ledger ARGS --ledger <scratch>` at the scratch clock.
  @discardableResult
  func run(_ arguments: [String], at time: String? = nil, stdin: Data? = nil) throws
    -> LedgerProcess.Result
  {
    try LedgerProcess.run(
      LedgerProcess.binary, arguments + ["--ledger", ledger.path],
      environment: ["LEDGER_NOW": time ?? now], stdin: stdin)
  }

  /// Runs a write command as the scratch actor and expects it to succeed.
  @discardableResult
  func write(
    _ arguments: [String], at time: String? = nil, sourceLocation: SourceLocation = #_sourceLocation
  )
    throws -> LedgerProcess.Result
  {
    let result = try run(arguments + actor, at: time)
    #expect(
      result.status == 0, "ledger \(arguments.joined(separator: " ")): \(result.stderr)",
      sourceLocation: sourceLocation)
    return result
  }

  /// The ledger's bytes.
  func bytes() throws -> Data { try Data(contentsOf: ledger) }

  /// The ledger's lines.
  func lines() throws -> [String] {
    String(decoding: try bytes(), as: UTF8.self).split(
      separator: "\n", omittingEmptySubsequences: false
    )
    .dropLast().map(String.init)
  }

  /// Parses `status --json` (or any read command's JSON).
  func json(_ arguments: [String], at time: String? = nil) throws -> [String: Any] {
    let result = try run(arguments + ["--json"], at: time)
    #expect(result.status == 0, "\(result.stderr)")
    return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any] ?? [:]
  }

  /// A small plan: one focused visit, two recommendations, three actions.
  func seedPlan() throws {
    try write(["init", "--title", "Improvement plan", "--authority", "Example Borough Council"])
    try write([
      "source", "add", "FV", "--type", "focused-visit", "--title", "Focused visit", "--date",
      "2025-11-04", "--published", "2025-12-02",
    ])
    try write([
      "recommendation", "add", "R1", "--source", "FV", "--text",
      "The timely identification of risk for children.",
    ])
    try write([
      "recommendation", "add", "R2", "--source", "FV", "--text",
      "The quality of children’s plans.", "--priority",
    ])
    try write([
      "action", "add", "A1", "--recommendation", "R1", "--title", "Daily MASH triage meeting",
      "--owner", "Head of Service, Front Door", "--due", "2026-02-28",
    ])
    try write([
      "action", "add", "A2", "--recommendation", "R1", "--recommendation", "R2", "--title",
      "Audit 20 plans a month", "--owner", "Service Manager, Quality Assurance", "--due",
      "2026-03-31",
    ])
    try write([
      "action", "add", "A3", "--recommendation", "R2", "--title",
      "Plan template in child-friendly language",
      "--owner", "Principal Social Worker", "--due", "2026-01-31",
    ])
  }
}
