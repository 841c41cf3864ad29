import Foundation
import Testing

@Suite("Locks: a bounded, announced wait for another process")
struct LockTests {
  static let progress = [
    "action", "progress", "A1", "--note", "while locked", "--actor", "Amara Okafor", "--role",
    "Principal Social Worker",
  ]

  @Test("a writer waits, says so, and gives up after --wait 2 with the file unchanged")
  func writerGivesUp() throws {
    let s = try Scratch()
    try s.seedPlan()
    let before = try s.bytes()
    let lock = try HeldLock(s.ledger.path)
    let result = try SpawnedLedger.run(
      Self.progress + ["--ledger", s.ledger.path, "--wait", "2"], within: 30)
    lock.release()
    guard let result else {
      Issue.record("the writer hung while the lock was held")
      return
    }
    #expect(result.status == 1)
    #expect(
      result.stderr.contains(
        "waiting for another process that holds the lock on \(s.ledger.path)…"),
      "\(result.stderr)")
    #expect(
      result.stderr.contains(
        "error: \(s.ledger.path): gave up after 2 seconds waiting for the exclusive (write) lock"),
      "\(result.stderr)")
    #expect(try s.bytes() == before)
  }

  @Test("a reader waits for its shared lock, says so, and gives up after --wait 2")
  func readerGivesUp() throws {
    let s = try Scratch()
    try s.seedPlan()
    let lock = try HeldLock(s.ledger.path)
    let result = try SpawnedLedger.run(
      ["status", "--ledger", s.ledger.path, "--wait", "2"], within: 30)
    lock.release()
    guard let result else {
      Issue.record("the reader hung while the lock was held")
      return
    }
    #expect(result.status == 1)
    #expect(result.stdout.isEmpty)
    #expect(
      result.stderr.contains(
        "waiting for another process that holds the lock on \(s.ledger.path)…"),
      "\(result.stderr)")
    #expect(result.stderr.contains("the shared (read) lock"), "\(result.stderr)")
  }

  @Test("readers share the lock: a reader is not kept waiting by another reader")
  func readersShare() throws {
    let s = try Scratch()
    try s.seedPlan()
    let lock = try HeldLock(s.ledger.path, exclusive: false)
    defer { lock.release() }
    let result = try s.run(["status", "--wait", "0"])
    #expect(result.status == 0, "\(result.stderr)")
  }

  @Test("--wait 0 tries once")
  func tryOnce() throws {
    let s = try Scratch()
    try s.seedPlan()
    let before = try s.bytes()
    let lock = try HeldLock(s.ledger.path)
    let result = try SpawnedLedger.run(
      Self.progress + ["--ledger", s.ledger.path, "--wait", "0"], within: 30)
    lock.release()
    #expect(result?.status == 1)
    #expect(result?.stderr.contains("tried once") == true, "\(result?.stderr ?? "hung")")
    #expect(result?.stderr.contains("waiting for another process") == false)
    #expect(try s.bytes() == before)
  }

  @Test("a waiting writer goes ahead as soon as the lock is released")
  func writerProceeds() throws {
    let s = try Scratch()
    try s.seedPlan()
    let lock = try HeldLock(s.ledger.path)
    let writer = try SpawnedLedger(
      Self.progress + ["--ledger", s.ledger.path, "--wait", "60"],
      environment: ["LEDGER_NOW": "2026-01-06T09:00:00Z"])
    Thread.sleep(forTimeInterval: 3)
    lock.release()
    guard let result = writer.finish(within: 60) else {
      Issue.record("the writer did not finish after the lock was released")
      return
    }
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.contains("waiting for another process that holds the lock on"))
    #expect(try s.lines().count == 8)
    #expect(try s.run(["verify"]).status == 0)
  }

  @Test(
    "every command accepts --wait",
    arguments: [
      ["status"], ["history"], ["verify"], ["show", "A1"], ["report"],
      ["diff", "--since", "2026-01-01"],
    ])
  func everyCommandTakesWait(_ command: [String]) throws {
    let s = try Scratch()
    try s.seedPlan()
    let result = try s.run(command + ["--wait", "1"])
    #expect(result.status == 0, "\(result.stderr)")
    let write = try s.run(
      ["board-meeting", "--date", "2026-01-05", "--wait", "0"] + s.actor)
    #expect(write.status == 0, "\(write.stderr)")
  }

  @Test(
    "a --wait that is not whole seconds is a usage error",
    arguments: ["-1", "2.5", "x", "86401", ""])
  func badWait(_ value: String) throws {
    let s = try Scratch()
    try s.seedPlan()
    let result = try s.run(["status", "--wait", value])
    #expect(result.status == 64)
    #expect(result.stderr.contains("is not a number of seconds"), "\(result.stderr)")
  }
}
