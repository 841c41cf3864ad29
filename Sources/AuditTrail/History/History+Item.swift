import LedgerCore

extension History {
  /// The entries of item `id` from its lines alone (as `IndexedItem` reads them through the
  /// checkpoint's index), given `head`, the plan after the whole log: what
  /// `entries(_:item:)` gives for the whole log, when the log holds no retraction or redaction.
  ///
  /// An amendment's "from" needs the item as it stood just before; folding the item's own
  /// lines gives that, provided each item they name that already existed is there too (an
  /// action's links keep only recommendations that exist; an add is ignored if the ID is
  /// taken). With no retraction nothing leaves the plan, so an item existed before a line
  /// exactly when `head` holds it with an earlier `addedSeq`: such items are copied from `head`
  /// just before the first line that names them.
  public static func entries(of id: String, lines: [RecordedEvent], head: Plan) -> [HistoryEntry] {
    var before = Plan()
    let noLog = Replay([])
    var entries: [HistoryEntry] = []
    entries.reserveCapacity(lines.count)
    for recorded in lines {
      seed(&before, for: recorded.event, from: head)
      entries.append(entry(recorded, before: before, in: noLog, retractions: [:]))
      before.apply(recorded.event)
    }
    return entries
  }

  /// Copies into `plan`, from `head`, each item `event` names (its references and an action's
  /// new links) that `plan` lacks and that `head` says was added before it.
  static func seed(_ plan: inout Plan, for event: Event, from head: Plan) {
    var named = event.body.references
    if case .actionAmended(_, _, _, _, _, let links?, _) = event.body { named += links }
    for id in named where plan.kind(of: id) == nil {
      if let s = head.sources[id], s.addedSeq < event.seq { plan.sources[id] = s }
      if let r = head.recommendations[id], r.addedSeq < event.seq { plan.recommendations[id] = r }
      if let a = head.actions[id], a.addedSeq < event.seq { plan.actions[id] = a }
      if let p = head.priorities[id], p.addedSeq < event.seq { plan.priorities[id] = p }
      if let m = head.measures[id], m.addedSeq < event.seq { plan.measures[id] = m }
    }
  }
}
