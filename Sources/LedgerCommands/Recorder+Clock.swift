import LedgerCore

extension Recorder {
  /// The most a write's clock may run ahead of the machine's real clock: 5 minutes.
  ///
  /// Recorded times never go backwards, so one event stamped in the future would refuse every
  /// honest write until that time; the write that would do it is refused instead.
  public static let maximumLead: Int64 = 300

  /// Refuses a clock too far ahead of `real`, or behind the last event, saying what to do.
  func checkClock(_ instant: Timestamp, real: Timestamp, last: RecordedEvent?)
    throws(LedgerError)
  {
    let clockName = clockSource ?? "this machine's clock"
    let lead = instant.seconds - real.seconds
    if lead > Self.maximumLead {
      throw .rule(
        "\(clockName) says \(instant), \(Self.span(lead)) ahead of this machine's clock (\(real)); a write more than 5 minutes ahead is refused, because no later write could then be recorded before that time",
        hint: clockSource.map {
          "set \($0) to the real time, or unset it to use this machine's clock; nothing was written"
        } ?? "correct this machine's clock, then try again; nothing was written")
    }
    guard let last, instant < last.event.recorded else { return }
    let stamped = last.event.recorded
    let who = "\(last.event.actor.name) (\(last.event.actor.role))"
    let event =
      "the last event, seq \(last.seq) \(last.event.type.rawValue) recorded \(stamped) by \(who)"
    let ahead = stamped.seconds - real.seconds
    if ahead > Self.maximumLead {
      throw .rule(
        "\(event), is stamped \(Self.span(ahead)) ahead of this machine's clock (\(real)); recorded times never go backwards, so nothing can be recorded before \(stamped), not even a retraction of that event",
        hint:
          "if this machine's clock is right, seq \(last.seq) was stamped by a wrong clock: leave the file as it is and ask whoever keeps the ledger either to wait until \(stamped) or to restore the ledger from a copy taken before seq \(last.seq) and record that event again (a board paper quoting a head from seq \(last.seq) on will then fail 'ledger verify --head'); if this machine's clock is slow, correct it"
      )
    }
    let fix: String
    if ahead > 0 {
      fix =
        "that event's clock ran up to 5 minutes fast, or this one is slow: try again after \(stamped) (in \(Self.span(ahead))), and check both machines' clocks"
    } else if let source = clockSource {
      fix = "set \(source) to \(stamped) or later, or unset it to use this machine's clock"
    } else {
      fix = "check this machine's clock"
    }
    throw .rule(
      "\(clockName) says \(instant), earlier than \(event); recorded times never go backwards",
      hint: fix + "; nothing was written")
  }

  /// A length of time for a message: "about 73 years", "2 days 3 hours", "4 minutes 10 seconds".
  static func span(_ seconds: Int64) -> String {
    func unit(_ n: Int64, _ name: String) -> String { "\(n) \(name)\(n == 1 ? "" : "s")" }
    let days = seconds / 86_400
    let hours = seconds % 86_400 / 3_600
    let minutes = seconds % 3_600 / 60
    if days >= 365 { return "about " + unit(days / 365, "year") }
    if days > 0 { return unit(days, "day") + " " + unit(hours, "hour") }
    if hours > 0 { return unit(hours, "hour") + " " + unit(minutes, "minute") }
    if minutes > 0 { return unit(minutes, "minute") + " " + unit(seconds % 60, "second") }
    return unit(seconds, "second")
  }
}
