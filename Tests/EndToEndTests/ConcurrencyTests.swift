import Foundation
import Testing

@Suite("Concurrent writers and torn tails")
struct ConcurrencyTests {
  @Test("4 processes appending at once give a contiguous, intact chain")
  func fourWriters() throws {
    let s = try Scratch()
    try s.seedPlan()
    let perWriter = 15
    let group = DispatchGroup()
    let failures = LockedCounter()
    let path = s.ledger.path
    for writer in 0..<4 {
      group.enter()
      DispatchQueue.global().async {
        defer { group.leave() }
        for i in 0..<perWriter {
          let r = try? LedgerProcess.run(
            LedgerProcess.binary,
            [
              "action", "progress", "A\(writer % 3 + 1)", "--note", "writer \(writer) note \(i)",
              "--ledger", path,
            ]
              + ["--actor", "Writer \(writer)", "--role", "Team Manager"])
          if r?.status != 0 { failures.add() }
        }
      }
    }
    group.wait()
    #expect(failures.value == 0)
    let verify = try s.run(["verify"])
    #expect(verify.status == 0, "\(verify.stderr)")
    #expect(verify.stdout.hasPrefix("ok: \(7 + 4 * perWriter) events"))
    let notes = try s.lines().filter { $0.contains("\"action.progress\"") }
    #expect(notes.count == 4 * perWriter)
    for writer in 0..<4 {
      for i in 0..<perWriter {
        #expect(
          notes.contains { $0.contains("writer \(writer) note \(i)\"") },
          "lost writer \(writer) note \(i)")
      }
    }
    let python = try IntegrityTests.pythonVerify(s.ledger.path)
    #expect(python.status == 0, "\(python.stderr)")
  }

  @Test("a torn tail is reported, then set aside by the next writer without losing it")
  func tornTail() throws {
    let s = try Scratch()
    try s.seedPlan()
    let whole = try s.bytes()
    let fragment = Data("{\"v\":1,\"seq\":8,\"type\":\"action.progr".utf8)
    try (whole + fragment).write(to: s.ledger)

    let status = try s.run(["status"])
    #expect(status.status == 0)
    #expect(status.stderr.contains("warning: "))
    #expect(status.stderr.contains("torn"))
    let verify = try s.run(["verify"])
    #expect(verify.status == 1, "a torn tail fails verify (FORMAT.md F4)")
    #expect(verify.stderr.contains("line 8 is torn"), "\(verify.stderr)")
    #expect(verify.stderr.contains("lines 1-7 verify"), "\(verify.stderr)")
    #expect(try s.bytes() == whole + fragment, "readers never write")

    let write = try s.write(
      ["action", "progress", "A1", "--note", "after the crash"], at: "2026-01-06T09:00:00Z")
    #expect(write.stderr.contains("moved a torn tail"))
    let sideFiles = try FileManager.default.contentsOfDirectory(atPath: s.folder.path).filter {
      $0.contains(".torn-")
    }
    #expect(sideFiles.count == 1)
    let side = try Data(contentsOf: s.folder.appendingPathComponent(sideFiles[0]))
    #expect(side == fragment)
    let after = try s.bytes()
    #expect(after.prefix(whole.count) == whole)
    #expect(try s.lines().count == 8)
    #expect(try s.run(["verify"]).status == 0)
  }
}

/// A thread-safe counter for the writers' failures.
final class LockedCounter: @unchecked Sendable {
  private let lock = NSLock()
  private var count = 0
  func add() { lock.withLock { count += 1 } }
  var value: Int { lock.withLock { count } }
}
