/// The rules for what format version 3 added (issue 8): priorities, measures, corrections,
/// and actions placed under priorities. Numbered as in `Events/FORMAT.md`.
extension Rules {
  /// The refusal for an event of a type version 3 introduced, or nil.
  static func checkVersion3(_ event: Event, against plan: Plan) -> RuleRefusal? {
    switch event.body {
    case .priorityAdded(let id, _, _):
      return unused(id, in: plan)
    case .priorityAmended(let id, let title, let outcome, _):
      if let refusal = existing(id, .priority, in: plan) { return refusal }
      guard let priority = plan.priorities[id] else { return nil }  // checked above
      return unchanged(
        "priority \(id)",
        [("title", title, priority.title), ("outcome", outcome, priority.outcome)])
    case .measureAdded(let m):
      return unused(m.id, in: plan) ?? existing(m.under, .priority, in: plan)
        ?? measureDates(m.id, m.baselineDate, m.targetDate)
    case .measureRecorded(let id, _, let date, _):
      if let refusal = existing(id, .measure, in: plan) { return refusal }
      return date > event.recorded.date
        ? RuleRefusal(
          rule: 8,
          "measure \(id)'s value is dated \(date), later than today (\(event.recorded.date))",
          hint: "record a value once it has been measured") : nil
    case .measureAmended(let a):
      if let refusal = existing(a.id, .measure, in: plan) { return refusal }
      guard let m = plan.measures[a.id]?.details else { return nil }  // checked above
      let changes: [(String, String?, String?)] = [
        ("title", a.title, m.title), ("unit", a.unit, m.unit),
        ("baseline", a.baseline?.text, m.baseline.text),
        ("baseline date", a.baselineDate?.description, m.baselineDate.description),
        ("target", a.target?.text, m.target.text),
        ("target date", a.targetDate?.description, m.targetDate.description),
        ("direction", a.direction?.rawValue, m.direction.rawValue),
      ]
      return unchanged("measure \(a.id)", changes)
        ?? measureDates(a.id, a.baselineDate ?? m.baselineDate, a.targetDate ?? m.targetDate)
    case .sourceAmended(let a):
      if let refusal = existing(a.id, .source, in: plan) { return refusal }
      guard let old = plan.sources[a.id]?.details else { return nil }  // checked above
      let changes: [(String, String?, String?)] = [
        ("title", a.title, old.title), ("date", a.date?.description, old.date.description),
        ("end date", a.endDate?.description, old.endDate?.description),
        ("publication date", a.published?.description, old.published?.description),
        ("grade", a.grade?.rawValue, old.grade?.rawValue), ("url", a.url, old.url),
      ]
      if let refusal = unchanged("source \(a.id)", changes) { return refusal }
      let new = a.applied(to: old)
      if let end = new.endDate, end < new.date {
        return RuleRefusal(rule: 3, "the end date \(end) would be before the date \(new.date)")
      }
      if let published = new.published, published < new.date {
        return RuleRefusal(
          rule: 3, "the publication date \(published) would be before the date \(new.date)")
      }
      return link(a.url, "url")
    case .planAmended(let title, let authority, _):
      return unchanged(
        "the plan", [("title", title, plan.title), ("authority", authority, plan.authority)])
    default:
      return nil
    }
  }

  /// Rule 2 for the priorities an item is placed under.
  static func priorities(_ ids: [String], in plan: Plan) -> RuleRefusal? {
    for id in ids {
      if let refusal = existing(id, .priority, in: plan) { return refusal }
    }
    return nil
  }

  /// Rule 13: an action answers a recommendation or sits under a priority.
  static func answersSomething(_ id: String, _ links: [String], _ under: [String])
    -> RuleRefusal?
  {
    guard links.isEmpty, under.isEmpty else { return nil }
    return RuleRefusal(
      rule: 13, "action \(id) would answer no recommendation and sit under no priority",
      hint: "link it to at least one recommendation or place it under at least one priority")
  }

  /// Rules 2, 4, 7 and 13 for an `action.amended` that replaces the action's links.
  static func relink(_ action: Action, to links: [String]?, under: [String]?, in plan: Plan)
    -> RuleRefusal?
  {
    if let links {
      for link in links where !action.recommendations.contains(link) {
        if let refusal = openRecommendation(link, in: plan, doing: "link action \(action.id) to") {
          return refusal
        }
      }
      for old in action.recommendations where !links.contains(old) {
        if plan.recommendations[old]?.status == .closed {
          return RuleRefusal(
            rule: 4, "recommendation \(old) is closed; cannot unlink action \(action.id) from it",
            hint: "reopen it first", remedy: .reopenRecommendation(old))
        }
      }
      if Set(links) == Set(action.recommendations) {
        return RuleRefusal(
          rule: 7,
          "action \(action.id) already answers \(links.isEmpty ? "no recommendation" : links.joined(separator: ", ")); "
            + "an amendment must change something")
      }
    }
    if let under {
      if let refusal = priorities(under, in: plan) { return refusal }
      if Set(under) == Set(action.under) {
        return RuleRefusal(
          rule: 7,
          "action \(action.id) already sits under \(under.isEmpty ? "no priority" : under.joined(separator: ", ")); "
            + "an amendment must change something")
      }
    }
    return answersSomething(
      action.id, links ?? action.recommendations, under ?? action.under)
  }

  /// Rule 7 for a `recommendation.amended`.
  static func recommendationUnchanged(
    _ r: Recommendation, text: String?, theme: String?, under: [String]?, priority: Bool?
  ) -> RuleRefusal? {
    if let text, !isRedacted(text, r.text), text == r.text {
      return RuleRefusal(
        rule: 7, "recommendation \(r.id) already has that text; an amendment must change it")
    }
    if let refusal = unchanged("recommendation \(r.id)", [("theme", theme, r.theme)]) {
      return refusal
    }
    if let under, Set(under) == Set(r.under) {
      return RuleRefusal(
        rule: 7,
        "recommendation \(r.id) already sits under \(under.isEmpty ? "no priority" : under.joined(separator: ", ")); "
          + "an amendment must change something")
    }
    if let priority, priority == r.priority {
      return RuleRefusal(
        rule: 7,
        "recommendation \(r.id) is already \(priority ? "" : "not ")an area for priority action; "
          + "an amendment must change something")
    }
    return nil
  }

  /// Rule 7: the first given field (name, new, current) whose new value equals the current
  /// one. A redacted value is never compared (R5).
  static func unchanged(_ item: String, _ fields: [(String, String?, String?)]) -> RuleRefusal? {
    for (name, new, current) in fields {
      guard let new, let current, !isRedacted(new, current), new == current else { continue }
      return RuleRefusal(
        rule: 7, "\(item)'s \(name) is already \"\(new)\"; an amendment must change something")
    }
    return nil
  }

  /// Rule 3: a measure's target date is not before its baseline date.
  static func measureDates(_ id: String, _ baseline: CivilDate, _ target: CivilDate)
    -> RuleRefusal?
  {
    target < baseline
      ? RuleRefusal(
        rule: 3, "measure \(id)'s target date \(target) is before its baseline date \(baseline)")
      : nil
  }
}
