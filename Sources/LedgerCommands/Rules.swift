import LedgerCore

/// The rules a careful board expects, checked before anything is written
/// (`Events/FORMAT.md`, "Rules the writer enforces").
///
/// `check` is a pure function of the plan as it stands and the proposed event; it returns
/// the refusal, or nil. Retractions are checked by `RetractionCheck`.
public enum Rules {
  /// Which action statuses each kind of action event may start from (rule 6).
  public static func allowedStatuses(for type: EventType) -> Set<ActionStatus> {
    switch type {
    case .actionAmended, .actionProgress, .actionEvidence, .actionWithdrawn:
      return [.open, .deferred, .complete]
    case .actionRated, .actionCompleted: return [.open, .deferred]
    case .actionSignedOff: return [.complete]
    case .actionDeferred: return [.open]
    case .actionReopened: return [.complete, .signedOff, .deferred, .withdrawn]
    default: return Set(ActionStatus.allCases)
    }
  }

  /// The refusal for `event` against `plan`, or nil if every rule allows it.
  public static func check(_ event: Event, against plan: Plan) -> LedgerError? {
    if let effective = event.effective, effective > event.recorded.date {
      return .rule(
        "--effective \(effective) is later than today (\(event.recorded.date))",
        hint: "effective is for recording, after the fact, something that already happened")
    }
    switch event.body {
    case .planCreated:
      return plan.isCreated
        ? .rule(
          "this ledger already holds a plan (\"\(plan.title)\")",
          hint: "use a new file for a new plan")
        : nil
    case .sourceAdded(let s):
      if let problem = unused(s.id, in: plan) { return problem }
      if let end = s.endDate, end < s.date {
        return .rule("--end-date \(end) is before --date \(s.date)")
      }
      if let published = s.published, published < s.date {
        return .rule("--published \(published) is before --date \(s.date)")
      }
      return nil
    case .recommendationAdded(let id, let source, _, _, _, _):
      return unused(id, in: plan) ?? existing(source, .source, in: plan)
    case .recommendationAmended(let id, let text, _):
      if let problem = openRecommendation(id, in: plan, doing: "amend") { return problem }
      if plan.recommendations[id]!.text == text {
        return .rule("recommendation \(id) already has that text; an amendment must change it")
      }
      return nil
    case .recommendationClosed(let id, _):
      if let problem = openRecommendation(id, in: plan, doing: "close") { return problem }
      let live = plan.recommendations[id]!.actions.filter {
        plan.actions[$0]?.status.isLive == true
      }
      guard live.isEmpty else {
        let list = live.map { "\($0) (\(plan.actions[$0]!.status.rawValue))" }.joined(
          separator: ", ")
        return .rule(
          "recommendation \(id) still has actions that are not signed off or withdrawn: \(list)",
          hint:
            "sign off or withdraw them first; the board closes a recommendation when its work is done"
        )
      }
      return nil
    case .recommendationReopened(let id, _):
      if let problem = existing(id, .recommendation, in: plan) { return problem }
      return plan.recommendations[id]!.status == .closed
        ? nil : .rule("recommendation \(id) is already open")
    case .actionAdded(let id, let links, _, _, _):
      if let problem = unused(id, in: plan) { return problem }
      for link in links {
        if let problem = openRecommendation(link, in: plan, doing: "link a new action to") {
          return problem
        }
      }
      return nil
    case .actionAmended(let id, let title, let owner, let due, _):
      if let problem = actionAllows(event.type, id, in: plan) { return problem }
      let action = plan.actions[id]!
      if let title, title == action.title { return unchanged(id, "title", title) }
      if let owner, owner == action.owner { return unchanged(id, "owner", owner) }
      if let due, due == action.due { return unchanged(id, "due date", due.description) }
      return nil
    case .actionDeferred(let id, _, let until):
      if let problem = actionAllows(event.type, id, in: plan) { return problem }
      if let until, until < plan.actions[id]!.due {
        return .rule(
          "--until \(until) is before action \(id)'s due date \(plan.actions[id]!.due)",
          hint: "to bring the due date forward, use 'ledger action amend \(id) --due …'")
      }
      return nil
    case .actionReopened(let id, _):
      if let problem = actionAllows(event.type, id, in: plan) { return problem }
      let closed = plan.actions[id]!.recommendations.filter {
        plan.recommendations[$0]?.status == .closed
      }
      guard closed.isEmpty else {
        return .rule(
          "action \(id) answers closed recommendation \(closed.joined(separator: ", "))",
          hint:
            "reopen the recommendation first with 'ledger recommendation reopen \(closed[0]) --reason …'"
        )
      }
      return nil
    case .actionRated(let id, _, _), .actionProgress(let id, _), .actionEvidence(let id, _, _),
      .actionCompleted(let id, _), .actionSignedOff(let id, _), .actionWithdrawn(let id, _):
      return actionAllows(event.type, id, in: plan)
    case .boardMeeting(let date, _):
      return date > event.recorded.date
        ? .rule(
          "board meeting date \(date) is in the future (today is \(event.recorded.date))",
          hint: "record a meeting once it has taken place") : nil
    case .eventRetracted:
      return nil  // needs the whole log: see RetractionCheck
    }
  }

  // MARK: - The pieces

  /// "an" before "action", "a" before "source" and "recommendation".
  private static func article(_ kind: ItemKind) -> String {
    kind == .action ? "an" : "a"
  }

  private static func unused(_ id: String, in plan: Plan) -> LedgerError? {
    guard let kind = plan.kind(of: id) else { return nil }
    return .rule(
      "ID \(id) is already used by \(article(kind)) \(kind.rawValue)",
      hint: "IDs name one source, recommendation or action each; choose another")
  }

  private static func existing(_ id: String, _ kind: ItemKind, in plan: Plan) -> LedgerError? {
    let actual = plan.kind(of: id)
    if actual == kind { return nil }
    if let actual {
      return .rule(
        "\(id) is \(article(actual)) \(actual.rawValue), not \(article(kind)) \(kind.rawValue)")
    }
    let known: [String]
    switch kind {
    case .source: known = plan.sourceOrder
    case .recommendation: known = plan.recommendationOrder
    case .action: known = plan.actionOrder
    }
    var hint =
      known.isEmpty
      ? "there are no \(kind.rawValue)s yet"
      : "known \(kind.rawValue)s: "
        + known.prefix(12).joined(separator: ", ") + (known.count > 12 ? ", …" : "")
    if let close = Suggest.closest(to: id, among: known) { hint = "did you mean \(close)? " + hint }
    return .rule("there is no \(kind.rawValue) \(id)", hint: hint)
  }

  private static func openRecommendation(_ id: String, in plan: Plan, doing what: String)
    -> LedgerError?
  {
    if let problem = existing(id, .recommendation, in: plan) { return problem }
    guard plan.recommendations[id]!.status == .open else {
      return .rule(
        "recommendation \(id) is closed; cannot \(what) it",
        hint: "reopen it first with 'ledger recommendation reopen \(id) --reason …'")
    }
    return nil
  }

  private static func actionAllows(_ type: EventType, _ id: String, in plan: Plan) -> LedgerError? {
    if let problem = existing(id, .action, in: plan) { return problem }
    let status = plan.actions[id]!.status
    guard !allowedStatuses(for: type).contains(status) else { return nil }
    let verb = verbs[type] ?? type.rawValue
    switch status {
    case .withdrawn:
      return .rule(
        "action \(id) is withdrawn; it takes no changes",
        hint: "reopen it first with 'ledger action reopen \(id) --reason …'")
    case .signedOff:
      return .rule(
        "action \(id) is signed off; sign-off is final",
        hint:
          "if the board has reopened it, record that with 'ledger action reopen \(id) --reason …'")
    case .open where type == .actionSignedOff:
      return .rule(
        "action \(id) is not complete; only a completed action can be signed off",
        hint: "mark it complete first with 'ledger action complete \(id) --note …'")
    case .complete where type == .actionRated:
      return .rule(
        "action \(id) is complete (rated blue); it cannot be re-rated",
        hint: "if the work is not finished, reopen it with 'ledger action reopen \(id) --reason …'")
    default:
      return .rule("action \(id) is \(status.rawValue); cannot \(verb) it")
    }
  }

  private static let verbs: [EventType: String] = [
    .actionAmended: "amend", .actionRated: "rate", .actionProgress: "add progress to",
    .actionEvidence: "add evidence to", .actionCompleted: "complete", .actionSignedOff: "sign off",
    .actionReopened: "reopen", .actionDeferred: "defer", .actionWithdrawn: "withdraw",
  ]

  private static func unchanged(_ id: String, _ field: String, _ value: String) -> LedgerError {
    .rule(
      "action \(id)'s \(field) is already \"\(value)\"; an amendment must change something")
  }
}
