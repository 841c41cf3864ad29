import LedgerCore

extension PlanDiff {
  /// The diff for a terminal: a heading, then the changes grouped by item (a blank line
  /// between items), one field per line with the events that made it, e.g.
  ///
  ///     A1.2 rag: amber → green (2026-03-02, Sara Taylor, Principal Social Worker: "…")
  ///
  /// An item added or removed in the window is introduced by `A1.3 added (action)` or
  /// `A1.3 removed (action)`. Board meetings recorded in the window follow. No trailing
  /// newline. Each line is made visible (`VisibleText.line`): user text stays on its line and
  /// its control characters show as escapes.
  public var text: String {
    var out = [heading]
    if changes.isEmpty { out.append("No changes.") }
    var start = changes.startIndex
    while start < changes.endIndex {
      let id = changes[start].change.id
      let end = changes[start...].firstIndex { $0.change.id != id } ?? changes.endIndex
      out.append("")
      out += Self.lines(item: changes[start..<end])
      start = end
    }
    if !meetings.isEmpty {
      out.append("")
      out.append("Board meetings recorded:")
      for m in meetings {
        out.append("  \(m.date) (seq \(m.seq))" + (m.note.map { ": \($0)" } ?? ""))
      }
    }
    return out.map(VisibleText.line).joined(separator: "\n")
  }

  /// The lines of one item. An added or removed item gets a heading line that carries the
  /// events common to all its fields (the `*.added` event or the retraction), so they are not
  /// repeated on every line.
  static func lines(item: ArraySlice<NetChange>) -> [String] {
    guard let first = item.first, first.change.change != .changed else {
      return item.map { line($0) }
    }
    let common = first.events.filter { e in item.allSatisfy { $0.events.contains(e) } }
    var heading =
      "\(first.change.id) \(first.change.change.rawValue) (\(first.change.kind.rawValue))"
    heading += attributions(common)
    return [heading] + item.map { line($0, omitting: common) }
  }

  /// `Changes from the plan at seq 8 to the plan at seq 20 (events recorded after the end of
  /// 2026-02-10 (UTC), up to the end of the log)`.
  var heading: String {
    var bounds: [String] = []
    if let since { bounds.append("events recorded after \(TextParts.instant(since))") }
    if let until {
      bounds.append("up to \(TextParts.instant(until))")
    } else if isToEnd {
      bounds.append("up to the end of the log")
    }
    let heading = "Changes from the plan at seq \(from) to the plan at seq \(to)"
    return bounds.isEmpty ? heading : heading + " (" + bounds.joined(separator: ", ") + ")"
  }

  /// `A1.2 due: 2026-03-31 → 2026-05-31 (2026-02-20, Name, Role: "why"; …)`.
  static func line(_ net: NetChange, omitting shown: [Event] = []) -> String {
    let c = net.change
    let quoted = ItemSnapshot.freeText.contains(c.field)
    let s = "\(c.id) \(c.field): \(c.before.text(quoted: quoted)) → \(c.after.text(quoted: quoted))"
    return s + attributions(net.events.filter { !shown.contains($0) })
  }

  /// ` (attribution; attribution)`, or nothing for no events.
  static func attributions(_ events: [Event]) -> String {
    events.isEmpty ? "" : " (" + events.map(attribution).joined(separator: "; ") + ")"
  }

  /// `2026-03-02, Sara Taylor, Principal Social Worker: "why"`; the date is when it happened
  /// (with the recorded date too if back-recorded); a retraction names the event it retracts.
  static func attribution(_ e: Event) -> String {
    var s = "\(e.happened)"
    if e.isBackRecorded { s += " (recorded \(e.recorded.date))" }
    s += ", \(e.actor.name), \(e.actor.role)"
    if case .eventRetracted(let target, _) = e.body { s += ", retracting \(target)" }
    if let why = e.body.why { s += ": " + TextParts.quoted(why) }
    return s
  }
}
