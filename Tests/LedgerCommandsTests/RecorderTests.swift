import Foundation
import LedgerCommands
import LedgerCore
import LedgerTestSupport
import Testing

@Suite("Recording events in a real file")
struct RecorderTests {
  static let actor = Actor(name: "Amara Okafor", role: "Principal Social Worker")

  @Test("init creates the file; later writes chain onto it")
  func chain() throws {
    let scratch = try ScratchLedger("recorder")
    let path = scratch.path
    let t = Timestamp(rfc3339: "2026-01-05T09:00:00Z")!
    let recorder = Recorder(path: path, now: { t })
    let first = try recorder.record(.planCreated(title: "P", authority: "C"), actor: Self.actor)
    #expect(first.event.seq == 1)
    let second = try recorder.record(
      .sourceAdded(SourceDetails(id: "FV", sourceType: .jtai, title: "JTAI", date: t.date)),
      actor: Self.actor)
    #expect(second.event.prev == first.event.hash)
    let contents = try LedgerReader.read(path: path, verify: true)
    #expect(contents.events.map(\.hash) == [first.event.hash, second.event.hash])
  }

  @Test("a refusal leaves the file unchanged and init does not create it on refusal")
  func refusal() throws {
    let scratch = try ScratchLedger("recorder")
    let path = scratch.path
    let recorder = Recorder(path: path, now: { Timestamp(rfc3339: "2026-01-05T09:00:00Z")! })
    #expect(throws: LedgerError.self) {
      try recorder.record(.actionProgress(id: "A1", note: "n"), actor: Self.actor)
    }
    #expect(!FileManager.default.fileExists(atPath: path))
    _ = try recorder.record(.planCreated(title: "P", authority: "C"), actor: Self.actor)
    let before = try Data(contentsOf: URL(fileURLWithPath: path))
    #expect(throws: LedgerError.self) {
      try recorder.record(.actionProgress(id: "A1", note: "n"), actor: Self.actor)
    }
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
  }
}
