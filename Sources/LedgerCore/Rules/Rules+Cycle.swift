/// The rules for the annual cycle (format version 3, issue 9): plans sent, carrying forward.
/// Numbered as in `Events/FORMAT.md`.
extension Rules {
  /// The refusal for a `source.plan-sent`, `plan.carried-forward` or `item.carried`, or nil.
  static func checkCycle(_ event: Event, against plan: Plan) -> RuleRefusal? {
    switch event.body {
    case .sourcePlanSent(let id, let date, _):
      if let refusal = existing(id, .source, in: plan) { return refusal }
      guard let source = plan.sources[id]?.details else { return nil }  // checked above
      if let sent = plan.cycle.planSent[id] {
        return RuleRefusal(
          rule: 14, "source \(id)'s action plan is already recorded as sent on \(sent)",
          hint: "a plan is recorded as sent once; retract that event first if its date is wrong")
      }
      if date > event.recorded.date {
        return RuleRefusal(
          rule: 8, "the date sent, \(date), is later than today (\(event.recorded.date))",
          hint: "record the plan as sent once it has been sent")
      }
      let earliest = source.published ?? source.date
      if date < earliest {
        return RuleRefusal(
          rule: 3,
          "the date sent, \(date), is before source \(id)'s "
            + (source.published == nil ? "date" : "publication") + " (\(earliest))")
      }
      return nil
    case .planCarriedForward(let details):
      if let done = plan.cycle.carriedForward {
        return RuleRefusal(
          rule: 15,
          "this plan was already carried forward to \"\(done.details.toTitle)\" at seq \(done.seq)",
          hint: "a plan is carried forward once")
      }
      let unfinished = plan.actionOrder.filter {
        let status = plan.actions[$0]?.status
        return status == .open || status == .deferred
      }
      guard details.items == unfinished else {
        let missing = unfinished.filter { !details.items.contains($0) }
        let extra = details.items.filter { !unfinished.contains($0) }
        var what: [String] = []
        if !missing.isEmpty { what.append("leaves out \(missing.joined(separator: ", "))") }
        if !extra.isEmpty {
          what.append("names \(extra.joined(separator: ", ")), not open or deferred")
        }
        if what.isEmpty { what.append("lists them out of plan order") }
        return RuleRefusal(
          rule: 15,
          "the items carried must be exactly the open and deferred actions, in plan order; this "
            + what.joined(separator: " and "))
      }
      return nil
    case .itemCarried(let id, let history):
      guard let previous = plan.cycle.previous else {
        return RuleRefusal(
          rule: 16, "item \(id) is marked carried, but this plan names no previous ledger",
          hint: "only a plan begun by 'carry-forward' carries items")
      }
      guard plan.kind(of: id) != nil else {
        return RuleRefusal(rule: 2, "no item \(id) in this plan to mark carried")
      }
      if plan.cycle.carriedHistory[id] != nil {
        return RuleRefusal(rule: 16, "item \(id) is already marked carried")
      }
      if let last = history.last, last > previous.seq {
        return RuleRefusal(
          rule: 16,
          "item \(id)'s history names seq \(last), after the previous ledger's head (\(previous.seq))"
        )
      }
      return nil
    default:
      return nil
    }
  }
}
