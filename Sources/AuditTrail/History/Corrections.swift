import LedgerCore

/// The plain-English "what" of the events format version 3 added (issue 8): priorities,
/// measures, impact and corrections, each saying what changed from what.
enum Corrections {
  /// What a version 3 event did; `plan` is the plan just before it.
  static func what(_ body: EventBody, before plan: Plan) -> String {
    let q = TextParts.quoted
    switch body {
    case .priorityAdded(let id, let title, let outcome):
      return "added priority \(id) \(q(title))" + (outcome.map { " with outcome \(q($0))" } ?? "")
    case .priorityAmended(let id, let title, let outcome, _):
      let was = plan.priorities[id]
      return changes(
        id, [("title", title, was?.title), ("outcome", outcome, was?.outcome)], quoted: true)
    case .measureAdded(let m):
      return "added measure \(m.id) \(q(m.title)) under \(m.under): baseline "
        + "\(m.baseline) \(m.unit) on \(m.baselineDate), target \(m.target) \(m.unit) by "
        + "\(m.targetDate) (\(m.direction.rawValue))"
    case .measureRecorded(let id, let value, let date, _):
      let unit = plan.measures[id].map { " \($0.details.unit)" } ?? ""
      return "recorded \(id) = \(value)\(unit) on \(date)"
    case .measureAmended(let a):
      let was = plan.measures[a.id]?.details
      return changes(
        a.id,
        [
          ("title", a.title, was?.title), ("unit", a.unit, was?.unit),
          ("baseline", a.baseline?.text, was?.baseline.text),
          ("baseline date", a.baselineDate?.description, was?.baselineDate.description),
          ("target", a.target?.text, was?.target.text),
          ("target date", a.targetDate?.description, was?.targetDate.description),
          ("direction", a.direction?.rawValue, was?.direction.rawValue),
        ], quoted: false)
    case .actionImpact(let id, _):
      return "noted the impact of \(id)"
    case .sourceAmended(let a):
      let was = plan.sources[a.id]?.details
      return changes(
        a.id,
        [
          ("title", a.title, was?.title), ("date", a.date?.description, was?.date.description),
          ("end date", a.endDate?.description, was?.endDate?.description),
          ("publication date", a.published?.description, was?.published?.description),
          ("grade", a.grade?.displayName, was?.grade?.displayName), ("url", a.url, was?.url),
        ], quoted: false)
    case .planAmended(let title, let authority, _):
      return changes(
        "the plan", [("title", title, plan.title), ("authority", authority, plan.authority)],
        quoted: true)
    default:
      return body.type.rawValue
    }
  }

  /// `changed P1's title from "…" to "…"; …` for each given field.
  private static func changes(
    _ item: String, _ fields: [(String, String?, String?)], quoted: Bool
  ) -> String {
    let show = quoted ? TextParts.quoted : { $0 }
    let parts = fields.compactMap { name, new, old -> String? in
      guard let new else { return nil }
      return "changed \(item)'s \(name)" + (old.map { " from \(show($0))" } ?? "")
        + " to \(show(new))"
    }
    return parts.isEmpty ? "amended \(item)" : parts.joined(separator: "; ")
  }

  /// What a `recommendation.amended` changed.
  static func recommendation(
    _ id: String, text: String?, theme: String?, under: [String]?, priority: Bool?,
    was: Recommendation?
  ) -> String {
    var parts: [String] = []
    if let text { parts.append("amended the wording of \(id) to \(TextParts.quoted(text))") }
    if let theme {
      parts.append(changes(id, [("theme", theme, was?.theme)], quoted: true))
    }
    if let under { parts.append(placed(id, under, was: was?.under)) }
    if let priority {
      parts.append(
        priority
          ? "marked \(id) an area for priority action"
          : "marked \(id) no longer an area for priority action")
    }
    return parts.isEmpty ? "amended \(id)" : parts.joined(separator: "; ")
  }

  /// What an `action.amended` did to the action's links, or nil if it left them.
  static func links(_ id: String, recommendations: [String]?, under: [String]?, was: Action?)
    -> String?
  {
    var parts: [String] = []
    if let recommendations {
      parts.append(
        "linked \(id) to " + list(recommendations, none: "no recommendation")
          + (was.map { " (was " + list($0.recommendations, none: "none") + ")" } ?? ""))
    }
    if let under { parts.append(placed(id, under, was: was?.under)) }
    return parts.isEmpty ? nil : parts.joined(separator: "; ")
  }

  private static func placed(_ id: String, _ under: [String], was: [String]?) -> String {
    "placed \(id) under " + list(under, none: "no priority")
      + (was.map { " (was " + list($0, none: "none") + ")" } ?? "")
  }

  private static func list(_ ids: [String], none: String) -> String {
    ids.isEmpty ? none : TextParts.list(ids)
  }
}
