import LedgerCore
import LedgerTestSupport

/// The core tests' sample logs, built with the shared `LogBuilder`.
extension LogBuilder {
  /// Redacts `members` of line `seq` in place and appends the `payload.redacted` event.
  mutating func redact(_ seq: Int, _ members: [String], reason: String = "A child's name")
    throws(RuleRefusal)
  {
    var already = Set<String>()
    for e in events {
      if case .payloadRedacted(let r) = e.event.body, r.seq == seq { already.formUnion(r.members) }
    }
    let result = try Redaction.redact(
      events[seq - 1], members: members, reason: reason, alreadyRedacted: already)
    events[seq - 1] = result.line
    add(result.body)
  }

  /// plan, source, two recommendations, two actions.
  static func small() -> LogBuilder {
    var b = LogBuilder()
    b.add(.planCreated(title: "Plan", authority: "Council"))
    b.add(
      .sourceAdded(
        SourceDetails(
          id: "FV", sourceType: .focusedVisit, title: "Focused visit", date: date("2025-11-04"))))
    b.add(
      .recommendationAdded(
        id: "R1", source: "FV", text: "The quality of children’s plans.", theme: nil,
        framework: nil,
        priority: true))
    b.add(
      .recommendationAdded(
        id: "R2", source: "FV", text: "Supervision.\n\"Quoted\" \\ tab\t", theme: "Practice",
        framework: "enabler 2, national framework", priority: false))
    b.add(
      .actionAdded(
        id: "A1", recommendations: ["R1"], title: "Template", owner: "PSW", due: date("2026-02-28"))
    )
    b.add(
      .actionAdded(
        id: "A2", recommendations: ["R1", "R2"], title: "Audit", owner: "QA",
        due: date("2026-03-31")))
    return b
  }
}
