import LedgerCore

/// The one-line plain-English "what" of an event, e.g. `rated A1.2 amber` or
/// `moved A1.2's due date from 2026-03-31 to 2026-05-31`.
public enum EventSummary {
  /// What `event` did. `plan` is the plan just before it (for the "from" of an amendment);
  /// `log` is the whole log (to name the event a retraction takes back).
  public static func what(_ event: Event, before plan: Plan, in log: Replay) -> String {
    let q = TextParts.quoted
    switch event.body {
    case .planCreated(let title, let authority):
      return "created the plan \(q(title)) for \(authority)"
    case .sourceAdded(let s):
      var what = "added source \(s.id) \(q(s.title)) (\(s.sourceType.displayName), \(s.date))"
      if let grade = s.grade { what += ", judged \(grade.displayName)" }
      return what
    case .recommendationAdded(let id, let source, let text, _, _, let priority, let under):
      let kind = priority ? "area for priority action" : "recommendation"
      return "added \(kind) \(id) from \(source): \(q(text))"
        + (under.isEmpty ? "" : ", under \(TextParts.list(under))")
    case .recommendationAmended(let id, let text, _, let theme, let under, let priority):
      return Corrections.recommendation(
        id, text: text, theme: theme, under: under, priority: priority,
        was: plan.recommendations[id])
    case .recommendationClosed(let id, _):
      return "closed \(id)"
    case .recommendationReopened(let id, _):
      return "reopened \(id)"
    case .actionAdded(let id, let recommendations, let title, let owner, let due, let under):
      let answers = [
        recommendations.isEmpty ? nil : "for \(TextParts.list(recommendations))",
        under.isEmpty ? nil : "under \(TextParts.list(under))",
      ].compactMap { $0 }.joined(separator: " ")
      return "added action \(id) \(q(title)) \(answers), owner \(owner), due \(due)"
    case .actionAmended(let id, let title, let owner, let due, _, let links, let under):
      let was = plan.actions[id]
      let parts = [
        amendment(id, title: title, owner: owner, due: due, was: was),
        Corrections.links(id, recommendations: links, under: under, was: was),
      ].compactMap { $0 }
      return parts.isEmpty ? "amended \(id)" : parts.joined(separator: "; ")
    case .actionRated(let id, let rag, _):
      return "rated \(id) \(rag.rawValue)"
    case .actionProgress(let id, _):
      return "noted progress on \(id)"
    case .actionEvidence(let id, _, let link):
      return "added evidence for \(id)" + (link.map { " (\($0))" } ?? "")
    case .actionCompleted(let id, _):
      return "completed \(id) (rated blue)"
    case .actionSignedOff(let id, _):
      return "signed off \(id)"
    case .actionReopened(let id, _):
      return "reopened \(id)"
    case .actionDeferred(let id, _, let until):
      return "deferred \(id)" + (until.map { " until \($0)" } ?? "")
    case .actionWithdrawn(let id, _):
      return "withdrew \(id)"
    case .boardMeeting(let date, _):
      return "recorded a board meeting on \(date)"
    case .eventRetracted(let target, _):
      guard target >= 1, target < event.seq, target <= log.events.count else {
        return "retracted event \(target)"
      }
      let body = log.events[target - 1].event.body
      let subject = body.subject.map { " \($0)" } ?? ""
      return "retracted event \(target) (\(body.type.rawValue)\(subject))"
    case .payloadRedacted(let r):
      let what = "redacted " + r.members.joined(separator: ", ") + " of event \(r.seq)"
      guard r.seq >= 1, r.seq < event.seq, r.seq <= log.events.count else { return what }
      let body = log.events[r.seq - 1].event.body
      return what + " (\(body.type.rawValue)" + (body.subject.map { " \($0)" } ?? "") + ")"
    case .priorityAdded, .priorityAmended, .measureAdded, .measureRecorded, .measureAmended,
      .actionImpact, .sourceAmended, .planAmended:
      return Corrections.what(event.body, before: plan)
    }
  }

  /// `renamed A1.2 from "…" to "…"; moved A1.2's due date from … to …`.
  private static func amendment(
    _ id: String, title: String?, owner: String?, due: CivilDate?, was action: Action?
  ) -> String? {
    let q = TextParts.quoted
    var parts: [String] = []
    if let title {
      parts.append(
        "renamed \(id)" + (action.map { " from \(q($0.title))" } ?? "") + " to \(q(title))")
    }
    if let owner {
      parts.append(
        "changed \(id)'s owner" + (action.map { " from \($0.owner)" } ?? "") + " to \(owner)")
    }
    if let due {
      parts.append(
        "moved \(id)'s due date" + (action.map { " from \($0.due)" } ?? "") + " to \(due)")
    }
    return parts.isEmpty ? nil : parts.joined(separator: "; ")
  }
}
