import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

@Suite("A ledger replaced while a command waits for its lock: the command uses the new file")
struct ReplacedFileTests {
  /// Waits until process `pid` has the ledger at `path` open (so it is waiting on that inode).
  static func waitUntilOpen(_ pid: Int32, _ path: String) -> Bool {
    let deadline = Date().addingTimeInterval(20)
    let fds = "/proc/\(pid)/fd"
    while Date() < deadline {
      for fd in (try? FileManager.default.contentsOfDirectory(atPath: fds)) ?? [] {
        if (try? FileManager.default.destinationOfSymbolicLink(atPath: "\(fds)/\(fd)")) == path {
          return true
        }
      }
      usleep(10_000)
    }
    return false
  }

  /// Renames a copy of the ledger over it, as a redaction does; returns a descriptor on the old
  /// file, to see what was written to it afterwards.
  static func replace(_ ledger: URL) throws -> Int32 {
    let old = open(ledger.path, O_RDONLY | O_CLOEXEC)
    let copy = ledger.path + ".copy"
    try Data(contentsOf: ledger).write(to: URL(fileURLWithPath: copy))
    #expect(rename(copy, ledger.path) == 0)
    return old
  }

  @Test("a writer waiting on the old file appends to the new one")
  func writerReopens() throws {
    let s = try Scratch()
    try s.seedPlan()
    let size = try s.bytes().count
    let lock = try HeldLock(s.ledger.path)
    let writer = try SpawnedLedger(
      ["action", "progress", "A1", "--note", "after", "--ledger", s.ledger.path] + s.actor,
      environment: ["LEDGER_NOW": s.now])
    #expect(Self.waitUntilOpen(writer.pid, s.ledger.path))
    let old = try Self.replace(s.ledger)
    defer { close(old) }
    lock.release()
    let result = writer.finish(within: 30)
    #expect(result?.status == 0, "\(result?.stderr ?? "hung")")
    #expect(try s.lines().count == 8)
    #expect(try s.run(["verify"]).status == 0)
    var info = stat()
    #expect(fstat(old, &info) == 0)
    #expect(Int(info.st_size) == size, "the writer appended to the replaced file")
  }

  @Test("a reader waiting on the old file reads the new one")
  func readerReopens() throws {
    let s = try Scratch()
    try s.seedPlan()
    let lock = try HeldLock(s.ledger.path)
    let reader = try SpawnedLedger(["history", "--ledger", s.ledger.path])
    #expect(Self.waitUntilOpen(reader.pid, s.ledger.path))
    let old = try Self.replace(s.ledger)
    defer { close(old) }
    // The new file gains an event the old one never had.
    try s.write(["action", "progress", "A1", "--note", "only in the new file"])
    lock.release()
    let result = reader.finish(within: 30)
    #expect(result?.status == 0, "\(result?.stderr ?? "hung")")
    #expect(result?.stdout.contains("only in the new file") == true, "\(result?.stdout ?? "")")
  }

  @Test("a writer and a redaction racing for the lock: both events end up in the ledger")
  func writerAndRedaction() throws {
    for round in 0..<3 {
      let s = try Scratch()
      try s.seedPlan()
      let lock = try HeldLock(s.ledger.path)
      let redaction = try SpawnedLedger(
        ["redact", "5", "--member", "owner", "--reason", "a name", "--ledger", s.ledger.path]
          + s.actor, environment: ["LEDGER_NOW": s.now])
      let writer = try SpawnedLedger(
        ["action", "progress", "A1", "--note", "racing", "--ledger", s.ledger.path] + s.actor,
        environment: ["LEDGER_NOW": s.now])
      #expect(Self.waitUntilOpen(redaction.pid, s.ledger.path))
      #expect(Self.waitUntilOpen(writer.pid, s.ledger.path))
      lock.release()
      #expect(redaction.finish(within: 30)?.status == 0, "round \(round)")
      #expect(writer.finish(within: 30)?.status == 0, "round \(round)")
      let lines = try s.lines()
      #expect(lines.count == 9, "round \(round)")
      #expect(lines.contains { $0.contains("racing") }, "round \(round): the write was lost")
      #expect(lines.contains { $0.contains("payload.redacted") }, "round \(round)")
      #expect(try s.run(["verify"]).status == 0)
    }
  }
}
