/// The rules a careful board expects (`Events/FORMAT.md`, "Rules"), numbered as there.
///
/// `check` is a pure function of the plan as it stands and the proposed event; it returns the
/// refusal of the first rule that refuses it, or nil. The writer checks every event with it
/// before appending; `Verifier` replays a whole log through it. Retractions (rule 9) and
/// redactions (rule 12) need the log itself: see `RetractionCheck` and `Redaction`.
public enum Rules {
  /// The rules, in order: number and what each says, as in `Events/FORMAT.md`.
  public static let all: [(number: Int, summary: String)] = [
    (1, "the file starts with plan.created, and only there"),
    (2, "IDs are unique; referenced IDs exist and are of the right kind"),
    (3, "end_date and published are not before date; until is not before the due date"),
    (4, "a closed recommendation takes no changes until reopened; only a closed one reopens"),
    (5, "a recommendation closes only when each of its actions is signed off or withdrawn"),
    (6, "an action event is allowed only from the statuses in the table"),
    (7, "an amendment changes something"),
    (8, "recorded never goes backwards; effective and a meeting's date are not after it"),
    (9, "a retraction names a live, retractable event that nothing later builds on"),
    (10, "an action is rated red, amber or green; blue comes only from completion"),
    (11, "url and link are absolute http(s) URLs of at most 2048 characters"),
    (12, "a redaction names free-text members of an earlier line, not already redacted"),
    (13, "an action answers at least one recommendation or sits under at least one priority"),
    (14, "a source's action plan is recorded as sent once, not before its publication"),
    (15, "a plan is carried forward once, naming exactly its open and deferred actions"),
    (16, "an item is marked carried once, in a plan that names a previous ledger, from its head"),
  ]

  /// Which action statuses each kind of action event may start from (rule 6).
  public static func allowedStatuses(for type: EventType) -> Set<ActionStatus> {
    Set(ActionStatus.allCases.filter { allows(type, from: $0) })
  }

  /// Whether an event of `type` may start from an action in `status` (rule 6): the table of
  /// `allowedStatuses(for:)` as a switch, so checking an event allocates no set.
  static func allows(_ type: EventType, from status: ActionStatus) -> Bool {
    switch type {
    case .actionAmended, .actionProgress, .actionWithdrawn:
      return status == .open || status == .deferred || status == .complete
    case .actionEvidence, .actionImpact:
      // They add to the record; they do not reopen the decision (format version 3).
      return status != .withdrawn
    case .actionRated, .actionCompleted: return status == .open || status == .deferred
    case .actionSignedOff: return status == .complete
    case .actionDeferred: return status == .open
    case .actionReopened: return status != .open
    default: return true
    }
  }

  /// The refusal for `event` against `plan`, or nil if every rule allows it.
  ///
  /// `event.retracted` and `payload.redacted` pass here; their rules need the whole log.
  public static func check(_ event: Event, against plan: Plan) -> RuleRefusal? {
    if let effective = event.effective, effective > event.recorded.date {
      return RuleRefusal(
        rule: 8,
        "the effective date \(effective) is later than the recorded date (\(event.recorded.date))",
        hint: "effective is for recording, after the fact, something that already happened")
    }
    switch event.body {
    case .planCreated:
      return plan.isCreated
        ? RuleRefusal(
          rule: 1, "this ledger already holds a plan (\"\(plan.title)\")",
          hint: "use a new file for a new plan")
        : nil
    case .sourceAdded(let s):
      if let problem = unused(s.id, in: plan) { return problem }
      if let end = s.endDate, end < s.date {
        return RuleRefusal(rule: 3, "the end date \(end) is before the date \(s.date)")
      }
      if let published = s.published, published < s.date {
        return RuleRefusal(
          rule: 3, "the publication date \(published) is before the date \(s.date)")
      }
      return link(s.url, "url")
    case .recommendationAdded(let id, let source, _, _, _, _, let under):
      return unused(id, in: plan) ?? existing(source, .source, in: plan)
        ?? priorities(under, in: plan)
    case .recommendationAmended(let id, let text, _, let theme, let under, let priority):
      if let refusal = openRecommendation(id, in: plan, doing: "amend") { return refusal }
      guard let recommendation = plan.recommendations[id] else { return nil }  // checked above
      if let problem = priorities(under ?? [], in: plan) { return problem }
      return recommendationUnchanged(
        recommendation, text: text, theme: theme, under: under, priority: priority)
    case .recommendationClosed(let id, _):
      if let refusal = openRecommendation(id, in: plan, doing: "close") { return refusal }
      guard let recommendation = plan.recommendations[id] else { return nil }  // checked above
      let live = recommendation.actions.compactMap { plan.actions[$0] }.filter(\.status.isLive)
      guard live.isEmpty else {
        let list = live.map { "\($0.id) (\($0.status.rawValue))" }.joined(separator: ", ")
        return RuleRefusal(
          rule: 5,
          "recommendation \(id) still has actions that are not signed off or withdrawn: \(list)",
          hint:
            "sign off or withdraw them first; the board closes a recommendation when its work is done"
        )
      }
      return nil
    case .recommendationReopened(let id, _):
      if let refusal = existing(id, .recommendation, in: plan) { return refusal }
      return plan.recommendations[id]?.status == .closed
        ? nil : RuleRefusal(rule: 4, "recommendation \(id) is already open")
    case .actionAdded(let id, let links, _, _, _, let under):
      if let problem = unused(id, in: plan) { return problem }
      for link in links {
        if let refusal = openRecommendation(link, in: plan, doing: "link a new action to") {
          return refusal
        }
      }
      return priorities(under, in: plan) ?? answersSomething(id, links, under)
    case .actionAmended(let id, let title, let owner, let due, _, let links, let under):
      if let refusal = actionAllows(event.type, id, in: plan) { return refusal }
      guard let action = plan.actions[id] else { return nil }  // checked above
      if let problem = relink(action, to: links, under: under, in: plan) { return problem }
      if let title, !isRedacted(title, action.title), title == action.title {
        return unchanged(id, "title", title)
      }
      if let owner, !isRedacted(owner, action.owner), owner == action.owner {
        return unchanged(id, "owner", owner)
      }
      if let due, due == action.due { return unchanged(id, "due date", due.description) }
      return nil
    case .actionDeferred(let id, _, let until):
      if let refusal = actionAllows(event.type, id, in: plan) { return refusal }
      if let until, let due = plan.actions[id]?.due, until < due {
        return RuleRefusal(
          rule: 3, "the deferral date \(until) is before action \(id)'s due date \(due)",
          hint: "to bring the due date forward, amend the action's due date instead",
          remedy: .amendDue(id))
      }
      return nil
    case .actionReopened(let id, _):
      if let refusal = actionAllows(event.type, id, in: plan) { return refusal }
      let links = plan.actions[id]?.recommendations ?? []
      let closed = links.filter { plan.recommendations[$0]?.status == .closed }
      guard let first = closed.first else { return nil }
      return RuleRefusal(
        rule: 6, "action \(id) answers closed recommendation \(closed.joined(separator: ", "))",
        hint: "reopen the recommendation first", remedy: .reopenRecommendation(first))
    case .actionRated(let id, let rag, _):
      guard rag != .blue else {
        return RuleRefusal(
          rule: 10, "action \(id) cannot be rated blue; an action is rated blue by completing it",
          remedy: .completeAction(id))
      }
      return actionAllows(event.type, id, in: plan)
    case .actionImpact(let id, _):
      return actionAllows(event.type, id, in: plan)
    case .actionEvidence(let id, _, let url):
      return actionAllows(event.type, id, in: plan) ?? link(url, "link")
    case .actionProgress(let id, _), .actionCompleted(let id, _), .actionSignedOff(let id, _),
      .actionWithdrawn(let id, _):
      return actionAllows(event.type, id, in: plan)
    case .boardMeeting(let date, _, _, _):
      return date > event.recorded.date
        ? RuleRefusal(
          rule: 8, "board meeting date \(date) is in the future (today is \(event.recorded.date))",
          hint: "record a meeting once it has taken place") : nil
    case .sourcePlanSent, .planCarriedForward, .itemCarried:
      return checkCycle(event, against: plan)
    case .eventRetracted, .payloadRedacted:
      return nil  // needs the whole log: see RetractionCheck and Redaction
    case .priorityAdded, .priorityAmended, .measureAdded, .measureRecorded, .measureAmended,
      .sourceAmended, .planAmended:
      return checkVersion3(event, against: plan)
    }
  }

  // MARK: - The pieces
  //
  // Each piece looks an item up in the plan where it lies and reads only the fields its rule
  // needs: no item is copied out of the plan to check one status.

  /// Whether either value is a redacted one, which rule 7 never compares.
  static func isRedacted(_ a: String, _ b: String) -> Bool {
    a == Redaction.mark || b == Redaction.mark
  }

  /// "an" before "action", "a" before the other kinds.
  static func article(_ kind: ItemKind) -> String {
    kind == .action ? "an" : "a"
  }

  static func unused(_ id: String, in plan: Plan) -> RuleRefusal? {
    guard let kind = plan.kind(of: id) else { return nil }
    return RuleRefusal(
      rule: 2, "ID \(id) is already used by \(article(kind)) \(kind.rawValue)",
      hint: "IDs name one source, recommendation, action, priority or measure each; choose another")
  }

  /// Whether the plan holds an item of `kind` named `id`: one lookup, no copy.
  ///
  /// An ID names one item of one kind (`Plan.apply` adds an item only under an unused ID),
  /// so this is `plan.kind(of: id) == kind` without asking the other kinds first.
  static func holds(_ plan: Plan, _ id: String, _ kind: ItemKind) -> Bool {
    switch kind {
    case .source: return plan.sources.index(forKey: id) != nil
    case .recommendation: return plan.recommendations.index(forKey: id) != nil
    case .action: return plan.actions.index(forKey: id) != nil
    case .priority: return plan.priorities.index(forKey: id) != nil
    case .measure: return plan.measures.index(forKey: id) != nil
    }
  }

  /// Rule 2: nil if `id` names an item of `kind`, or the refusal saying what it is instead.
  static func existing(_ id: String, _ kind: ItemKind, in plan: Plan) -> RuleRefusal? {
    if holds(plan, id, kind) { return nil }
    if let actual = plan.kind(of: id) {
      return RuleRefusal(
        rule: 2,
        "\(id) is \(article(actual)) \(actual.rawValue), not \(article(kind)) \(kind.rawValue)")
    }
    let known: [String]
    switch kind {
    case .source: known = plan.sourceOrder
    case .recommendation: known = plan.recommendationOrder
    case .action: known = plan.actionOrder
    case .priority: known = plan.priorityOrder
    case .measure: known = plan.measureOrder
    }
    return RuleRefusal(
      rule: 2, "there is no \(kind.rawValue) \(id)",
      hint: known.isEmpty ? "there are no \(kind.rawValue)s yet" : nil,
      remedy: known.isEmpty ? nil : .knownItems(kind, typed: id, known: known))
  }

  /// Rules 2 and 4: nil if `id` names an open recommendation, or the refusal.
  static func openRecommendation(_ id: String, in plan: Plan, doing what: String)
    -> RuleRefusal?
  {
    if let refusal = existing(id, .recommendation, in: plan) { return refusal }
    guard let status = plan.recommendations[id]?.status else {
      return RuleRefusal(rule: 2, "there is no recommendation \(id)")
    }
    guard status == .open else {
      return RuleRefusal(
        rule: 4, "recommendation \(id) is closed; cannot \(what) it",
        hint: "reopen it first", remedy: .reopenRecommendation(id))
    }
    return nil
  }

  /// Rules 2 and 6: nil if `id` names an action an event of `type` may change now, or the
  /// refusal.
  private static func actionAllows(_ type: EventType, _ id: String, in plan: Plan)
    -> RuleRefusal?
  {
    // One lookup: an ID the actions hold names an action (IDs are unique across kinds).
    guard let status = plan.actions[id]?.status else {
      return existing(id, .action, in: plan) ?? RuleRefusal(rule: 2, "there is no action \(id)")
    }
    guard !allows(type, from: status) else { return nil }
    let verb = verbs[type] ?? type.rawValue
    switch status {
    case .withdrawn:
      return RuleRefusal(
        rule: 6, "action \(id) is withdrawn; it takes no changes", hint: "reopen it first",
        remedy: .reopenAction(id))
    case .signedOff:
      return RuleRefusal(
        rule: 6, "action \(id) is signed off; sign-off is final",
        hint: "if the board has reopened it, record that first", remedy: .reopenAction(id))
    case .open where type == .actionSignedOff:
      return RuleRefusal(
        rule: 6, "action \(id) is not complete; only a completed action can be signed off",
        hint: "mark it complete first", remedy: .completeAction(id))
    case .complete where type == .actionRated:
      return RuleRefusal(
        rule: 6, "action \(id) is complete (rated blue); it cannot be re-rated",
        hint: "if the work is not finished, reopen it", remedy: .reopenAction(id))
    default:
      return RuleRefusal(rule: 6, "action \(id) is \(status.rawValue); cannot \(verb) it")
    }
  }

  private static let verbs: [EventType: String] = [
    .actionAmended: "amend", .actionRated: "rate", .actionProgress: "add progress to",
    .actionEvidence: "add evidence to", .actionCompleted: "complete", .actionSignedOff: "sign off",
    .actionReopened: "reopen", .actionDeferred: "defer", .actionWithdrawn: "withdraw",
    .actionImpact: "add impact to",
  ]

  private static func unchanged(_ id: String, _ field: String, _ value: String) -> RuleRefusal {
    RuleRefusal(
      rule: 7,
      "action \(id)'s \(field) is already \"\(value)\"; an amendment must change something")
  }

  /// Rule 11 for a `url` or `link` value, if there is one.
  static func link(_ value: String?, _ member: String) -> RuleRefusal? {
    guard let value, value != Redaction.mark, let problem = Link.problem(value) else { return nil }
    return RuleRefusal(rule: 11, "the \(member) \(problem)")
  }
}
