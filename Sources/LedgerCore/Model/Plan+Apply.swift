extension Plan {
  /// Folds one event into the plan.
  public mutating func apply(_ event: Event) {
    lastSeq = event.seq
    let seq = event.seq
    let date = event.happened
    // In place through the dictionary's storage: copying an action out and back would copy
    // its arrays (due changes, impacts) on every event that touches it.
    // One access to the action per event: each access through `values[i]` is a coroutine
    // whose frame was allocated and freed (issue 10).
    func update(_ id: String, _ change: (inout Action) -> Void) {
      guard let i = actions.index(forKey: id) else { return }
      Self.change(&actions.values[i], seq: seq, change)
    }
    func record(_ action: inout Action, _ note: String, link: String? = nil) {
      let u = Update(
        type: event.type, seq: seq, date: date, actor: event.actor, note: note, link: link)
      action.latestUpdate = u
      if event.type != .actionSignedOff { action.latestWork = u }
    }
    func note(_ id: String, _ note: String, link: String? = nil) {
      update(id) { record(&$0, note, link: link) }
    }
    func recommendation(_ id: String, _ change: (inout Recommendation) -> Void) {
      guard let i = recommendations.index(forKey: id) else { return }
      change(&recommendations.values[i])
      recommendations.values[i].lastChangedSeq = seq
    }
    switch event.body {
    case .planCreated(let title, let authority, let previous):
      self.title = title
      self.authority = authority
      cycle.previous = previous
    case .sourceAdded(let details):
      guard kind(of: details.id) == nil else { return }
      sources[details.id] = Source(details: details, addedSeq: seq)
      sourceOrder.append(details.id)
    case .recommendationAdded(
      let id, let source, let text, let theme, let framework, let priority, let under):
      guard kind(of: id) == nil, sources[source] != nil else { return }
      recommendations[id] = Recommendation(
        id: id, source: source, text: text, theme: theme, framework: framework, priority: priority,
        under: under, addedSeq: seq, lastChangedSeq: seq)
      recommendationOrder.append(id)
    case .recommendationAmended(let id, let text, _, let theme, let under, let priority):
      recommendation(id) {
        if let text { $0.text = text }
        if let theme { $0.theme = theme }
        if let under { $0.under = under }
        if let priority { $0.priority = priority }
      }
    case .recommendationClosed(let id, _):
      recommendation(id) { $0.status = .closed }
    case .recommendationReopened(let id, _):
      recommendation(id) { $0.status = .open }
    case .actionAdded(let id, let links, let title, let owner, let due, let under):
      let links = links.filter { recommendations[$0] != nil }
      guard kind(of: id) == nil, !links.isEmpty || !under.isEmpty else { return }
      actions[id] = Action(
        id: id, recommendations: links, under: under, title: title, owner: owner, due: due,
        addedSeq: seq, lastChangedSeq: seq)
      actionOrder.append(id)
      for r in links { recommendations[r]?.actions.append(id) }
    case .actionAmended(
      let id, let title, let owner, let due, let reason, let links, let under):
      if let links, let old = actions[id]?.recommendations {
        let links = links.filter { recommendations[$0] != nil }
        for r in old where !links.contains(r) { recommendations[r]?.actions.removeAll { $0 == id } }
        for r in links where !old.contains(r) { recommendations[r]?.actions.append(id) }
        update(id) { $0.recommendations = links }
      }
      update(id) { action in
        if let under { action.under = under }
        if let title { action.title = title }
        if let owner { action.owner = owner }
        if let due, due != action.due {
          action.dueChanges.append(
            DueChange(
              seq: seq, date: date, actor: event.actor, from: action.due, to: due, reason: reason))
          action.due = due
        }
      }
    case .actionRated(let id, let rag, let text):
      update(id) {
        $0.rag = rag
        $0.ragNote = text
        record(&$0, text)
      }
    case .actionProgress(let id, let text):
      note(id, text)
    case .actionEvidence(let id, let text, let link):
      note(id, text, link: link)
    case .actionCompleted(let id, let text):
      update(id) {
        $0.status = .complete
        $0.rag = .blue
        $0.ragNote = text
        $0.completedOn = date
        $0.deferredUntil = nil
        record(&$0, text)
      }
    case .actionSignedOff(let id, let text):
      update(id) {
        $0.status = .signedOff
        $0.signedOffOn = date
        record(&$0, text)
      }
    case .actionReopened(let id, _):
      update(id) {
        $0.status = .open
        $0.rag = nil
        $0.ragNote = nil
        $0.completedOn = nil
        $0.signedOffOn = nil
        $0.deferredUntil = nil
      }
    case .actionDeferred(let id, _, let until):
      update(id) {
        $0.status = .deferred
        $0.deferredUntil = until
      }
    case .actionWithdrawn(let id, _):
      // No longer pursued: no rating (a blue would read as "done"), no completion.
      update(id) {
        $0.status = .withdrawn
        $0.rag = nil
        $0.ragNote = nil
        $0.completedOn = nil
        $0.deferredUntil = nil
      }
    case .boardMeeting(let meetingDate, let text, let attendees, let apologies):
      meetings.append(
        BoardMeeting(
          seq: seq, recorded: event.recorded, date: meetingDate, note: text,
          attendees: attendees, apologies: apologies))
    case .eventRetracted:
      break
    case .payloadRedacted(let r):
      // Changes no plan state; only which members of which line now read "[redacted]".
      redactedMembers[r.seq, default: []].formUnion(r.members)
    case .sourcePlanSent, .planCarriedForward, .itemCarried:
      cycle.apply(event)
    default:
      applyVersion3(event)
    }
  }

  /// Applies `change` to `action` and marks it changed at `seq`, in one access.
  private static func change(
    _ action: inout Action, seq: Int, _ change: (inout Action) -> Void
  ) {
    change(&action)
    action.lastChangedSeq = seq
  }
}
