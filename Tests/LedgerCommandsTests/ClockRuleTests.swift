import Foundation
import LedgerCommands
import LedgerCore
import LedgerTestSupport
import Testing

@Suite("The clock rules of a write")
struct ClockRuleTests {
  static let actor = Actor(name: "Amara Okafor", role: "Principal Social Worker")
  static let machine = Timestamp(rfc3339: "2026-03-02T09:00:00Z")!

  /// A recorder whose event clock is `offset` seconds from a fixed machine clock.
  func recorder(_ path: String, offset: Int64, machine: Timestamp = Self.machine) -> Recorder {
    var r = Recorder(
      path: path, now: { Timestamp(seconds: machine.seconds + offset) },
      clockSource: "LEDGER_NOW")
    r.realClock = { machine }
    return r
  }

  @Test("5 minutes ahead is accepted; one second more is refused, the file unchanged")
  func boundary() throws {
    let scratch = try ScratchLedger("clock")
    let path = scratch.path
    _ = try recorder(path, offset: 0).record(
      .planCreated(title: "P", authority: "C"), actor: Self.actor)
    let before = try Data(contentsOf: URL(fileURLWithPath: path))
    let refused = #expect(throws: LedgerError.self) {
      try recorder(path, offset: 301).record(
        .boardMeeting(date: Self.machine.date, note: nil), actor: Self.actor)
    }
    #expect(refused?.kind == .rule)
    #expect(refused?.message.contains("5 minutes 1 second ahead") == true, "\(refused!)")
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    let accepted = try recorder(path, offset: 300).record(
      .boardMeeting(date: Self.machine.date, note: nil), actor: Self.actor)
    #expect(accepted.event.seq == 2)
  }

  @Test(
    "an event stamped in the future by a wrong clock: the refusal says a retraction cannot help")
  func eventStampedInTheFuture() throws {
    let scratch = try ScratchLedger("clock")
    let path = scratch.path
    // A machine whose own clock said 2099 wrote the plan (or a build before this rule).
    let wrong = Timestamp(rfc3339: "2099-01-01T00:00:00Z")!
    _ = try recorder(path, offset: 0, machine: wrong).record(
      .planCreated(title: "P", authority: "C"), actor: Self.actor)
    let before = try Data(contentsOf: URL(fileURLWithPath: path))
    var honest = Recorder(path: path, now: { Self.machine })
    honest.realClock = { Self.machine }
    let refused = #expect(throws: LedgerError.self) {
      try honest.record(.boardMeeting(date: Self.machine.date, note: nil), actor: Self.actor)
    }
    let message = refused?.message ?? ""
    #expect(
      message.contains(
        "the last event, seq 1 plan.created recorded 2099-01-01T00:00:00Z by Amara Okafor (Principal Social Worker), is stamped about 72 years ahead"
      ), "\(message)")
    #expect(message.contains("not even a retraction"), "\(message)")
    #expect(refused?.hint?.contains("restore the ledger from a copy taken before seq 1") == true)
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
  }

  @Test("the machine's own clock behind the last event by under 5 minutes: wait, then retry")
  func slightlyBehind() throws {
    let scratch = try ScratchLedger("clock")
    let path = scratch.path
    _ = try recorder(path, offset: 90).record(
      .planCreated(title: "P", authority: "C"), actor: Self.actor)
    var honest = Recorder(path: path, now: { Self.machine })
    honest.realClock = { Self.machine }
    let refused = #expect(throws: LedgerError.self) {
      try honest.record(.boardMeeting(date: Self.machine.date, note: nil), actor: Self.actor)
    }
    #expect(refused?.message.hasPrefix("this machine's clock says 2026-03-02T09:00:00Z") == true)
    #expect(
      refused?.hint?.contains("try again after 2026-03-02T09:01:30Z (in 1 minute 30 seconds)")
        == true, "\(refused?.hint ?? "")")
  }
}
