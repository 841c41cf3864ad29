extension Plan {
  /// Folds an event of a type format version 3 introduced (issue 8): priorities, measures,
  /// impact and corrections. Lenient like `apply(_:)`: an event naming a missing item is
  /// ignored.
  mutating func applyVersion3(_ event: Event) {
    let seq = event.seq
    switch event.body {
    case .priorityAdded(let id, let title, let outcome):
      guard kind(of: id) == nil else { return }
      priorities[id] = Priority(
        id: id, title: title, outcome: outcome, addedSeq: seq, lastChangedSeq: seq)
      priorityOrder.append(id)
    case .priorityAmended(let id, let title, let outcome, _):
      guard var p = priorities[id] else { return }
      if let title { p.title = title }
      if let outcome { p.outcome = outcome }
      p.lastChangedSeq = seq
      priorities[id] = p
    case .measureAdded(let details):
      guard kind(of: details.id) == nil, priorities[details.under] != nil else { return }
      measures[details.id] = Measure(details: details, addedSeq: seq, lastChangedSeq: seq)
      measureOrder.append(details.id)
    case .measureRecorded(let id, let value, let date, let note):
      measures[id]?.values.append(MeasureValue(value: value, date: date, note: note, seq: seq))
      measures[id]?.lastChangedSeq = seq
    case .measureAmended(let a):
      guard var m = measures[a.id] else { return }
      if let v = a.title { m.details.title = v }
      if let v = a.unit { m.details.unit = v }
      if let v = a.baseline { m.details.baseline = v }
      if let v = a.baselineDate { m.details.baselineDate = v }
      if let v = a.target { m.details.target = v }
      if let v = a.targetDate { m.details.targetDate = v }
      if let v = a.direction { m.details.direction = v }
      m.lastChangedSeq = seq
      measures[a.id] = m
    case .actionImpact(let id, let note):
      guard var action = actions[id] else { return }
      action.impacts.append(
        Update(type: event.type, seq: seq, date: event.happened, actor: event.actor, note: note))
      action.lastChangedSeq = seq
      actions[id] = action
    case .sourceAmended(let a):
      guard let source = sources[a.id] else { return }
      sources[a.id]?.details = a.applied(to: source.details)
    case .planAmended(let title, let authority, _):
      if let title { self.title = title }
      if let authority { self.authority = authority }
    default:
      break
    }
  }

  /// The recommendations placed under priority `id`, in plan order.
  public func recommendations(under id: String) -> [Recommendation] {
    recommendationOrder.compactMap { recommendations[$0] }.filter { $0.under.contains(id) }
  }

  /// The actions under priority `id`, in plan order: placed under it directly, or answering a
  /// recommendation placed under it.
  public func actions(under id: String) -> [Action] {
    let findings = Set(recommendations(under: id).map(\.id))
    return actionOrder.compactMap { actions[$0] }.filter {
      $0.under.contains(id) || $0.recommendations.contains(where: findings.contains)
    }
  }

  /// The measures under priority `id`, in the order added.
  public func measures(under id: String) -> [Measure] {
    measureOrder.compactMap { measures[$0] }.filter { $0.details.under == id }
  }
}
