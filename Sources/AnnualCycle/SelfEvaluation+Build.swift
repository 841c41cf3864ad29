import LedgerCore

extension SelfEvaluation {
  /// The self-evaluation of `log` as it stood at `asOf`.
  public static func build(_ log: Replay, asOf: Timestamp) -> SelfEvaluation {
    let count = log.count(recordedUpTo: asOf)
    let events = Array(log.events.prefix(count))
    let plan = Replay(events).plan()
    let retracted = Replay(events).retractions()
    let today = asOf.date
    let horizon =
      CivilDate(year: today.year + 1, month: today.month, day: min(today.day, 28))
      ?? today
    var evidence: [String: [String]] = [:]
    for e in events where retracted[e.seq] == nil {
      if case .actionEvidence(let id, let note, let link) = e.event.body {
        evidence[id, default: []].append(
          "\(id) (\(e.event.happened)): \(note)" + (link.map { " <\($0)>" } ?? ""))
      }
    }
    func area(_ name: String, outcome: String?, actions: [Action], measures: [Measure])
      -> SelfEvaluationArea
    {
      var a = SelfEvaluationArea(name: name, outcome: outcome)
      for action in actions {
        switch action.status {
        case .complete, .signedOff:
          let done = action.status == .signedOff ? "signed off" : "completed"
          let on = action.signedOffOn ?? action.completedOn
          var line = "\(action.id) \(action.title): \(done)" + (on.map { " \($0)" } ?? "")
          let impact = action.impacts.map(\.note)
          if !impact.isEmpty { line += ". Impact: " + impact.joined(separator: " ") }
          a.know.append(line)
        case .open, .deferred:
          let due = action.overdueAfter
          guard due <= horizon else { continue }
          var line = "\(action.id) \(action.title) — \(action.owner), due \(due)"
          if action.status == .deferred { line += " (deferred)" }
          if plan.cycle.carriedHistory[action.id] != nil, let p = plan.cycle.previous {
            line += " (carried forward from “\(p.title)”)"
          }
          if let rag = action.rag { line += ", rated \(rag.rawValue)" }
          a.plans.append(line)
        case .withdrawn:
          continue
        }
        a.how += evidence[action.id] ?? []
      }
      for m in measures {
        let d = m.details
        var line =
          "\(d.title): baseline \(d.baseline.text) \(d.unit) (\(d.baselineDate)), "
          + "target \(d.target.text) \(d.unit) by \(d.targetDate)"
        if let latest = m.latest {
          line += "; latest \(latest.value.text) \(d.unit) (\(latest.date))"
          a.how.append("\(d.title), \(latest.date): \(latest.note)")
        } else {
          line += "; no value recorded yet"
        }
        a.know.append(line)
      }
      return a
    }
    var areas: [SelfEvaluationArea] = []
    var groupedBy = "priority"
    let actions = plan.actionOrder.compactMap { plan.actions[$0] }
    if !plan.priorityOrder.isEmpty {
      for id in plan.priorityOrder {
        guard let p = plan.priorities[id] else { continue }
        areas.append(
          area(
            p.title, outcome: p.outcome, actions: plan.actions(under: id),
            measures: plan.measures(under: id)))
      }
    } else {
      var themes: [String] = []
      for id in plan.recommendationOrder {
        if let t = plan.recommendations[id]?.theme, !themes.contains(t) { themes.append(t) }
      }
      if !themes.isEmpty {
        groupedBy = "theme"
        for theme in themes {
          let recs = Set(
            plan.recommendationOrder.filter { plan.recommendations[$0]?.theme == theme })
          areas.append(
            area(
              theme, outcome: nil,
              actions: actions.filter { $0.recommendations.contains(where: recs.contains) },
              measures: []))
        }
      } else {
        groupedBy = "source"
        for id in plan.sourceOrder {
          guard let s = plan.sources[id] else { continue }
          areas.append(
            area(
              s.details.title, outcome: nil,
              actions: actions.filter {
                $0.recommendations.contains { plan.recommendations[$0]?.source == id }
              }, measures: []))
        }
      }
    }
    return SelfEvaluation(
      title: plan.title, authority: plan.authority, asOf: today, groupedBy: groupedBy,
      areas: areas, previous: plan.cycle.previous)
  }

  /// The self-evaluation as a document: per area, the three questions and their answers.
  public var document: Document {
    var d = Document()
    d.blocks.append(.heading(1, "Annual self-evaluation — \(title)"))
    d.blocks.append(
      .paragraph(
        "\(authority). Drafted from the improvement plan ledger as it stood on \(asOf), one "
          + "section per \(groupedBy); edit before publishing."))
    if let previous {
      d.blocks.append(
        .paragraph("This plan carries forward the unfinished work of “\(previous.title)”."))
    }
    let none = [
      "Nothing completed yet.", "No evidence recorded yet.",
      "No open actions due in the next 12 months.",
    ]
    for a in areas {
      d.blocks.append(.heading(2, a.name))
      if let outcome = a.outcome { d.blocks.append(.paragraph("Outcome: \(outcome)")) }
      for (i, answers) in [a.know, a.how, a.plans].enumerated() {
        d.blocks.append(.heading(3, Self.questions[i]))
        d.blocks.append(answers.isEmpty ? .paragraph(none[i]) : .list(answers))
      }
    }
    return d
  }
}
