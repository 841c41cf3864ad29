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
      guard let i = priorities.index(forKey: id) else { return }
      if let title { priorities.values[i].title = title }
      if let outcome { priorities.values[i].outcome = outcome }
      priorities.values[i].lastChangedSeq = seq
    case .measureAdded(let details):
      guard kind(of: details.id) == nil, priorities[details.under] != nil else { return }
      measures[details.id] = Measure(details: details, addedSeq: seq, lastChangedSeq: seq)
      measureOrder.append(details.id)
    case .measureRecorded(let id, let value, let date, let note):
      measures[id]?.values.append(MeasureValue(value: value, date: date, note: note, seq: seq))
      measures[id]?.lastChangedSeq = seq
    case .measureAmended(let a):
      guard let i = measures.index(forKey: a.id) else { return }
      func amend(_ m: inout Measure) {
        if let v = a.title { m.details.title = v }
        if let v = a.unit { m.details.unit = v }
        if let v = a.baseline { m.details.baseline = v }
        if let v = a.baselineDate { m.details.baselineDate = v }
        if let v = a.target { m.details.target = v }
        if let v = a.targetDate { m.details.targetDate = v }
        if let v = a.direction { m.details.direction = v }
        m.lastChangedSeq = seq
      }
      // In place: copying the measure out and back would copy its recorded values.
      amend(&measures.values[i])
    case .actionImpact(let id, let note):
      // In place: copying the action out and back would copy every impact so far.
      guard let i = actions.index(forKey: id) else { return }
      actions.values[i].impacts.append(
        Update(type: event.type, seq: seq, date: event.happened, actor: event.actor, note: note))
      actions.values[i].lastChangedSeq = seq
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
