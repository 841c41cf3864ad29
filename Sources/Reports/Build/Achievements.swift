import LedgerCore

/// The key achievements and the exceptions of a board report.
enum Achievements {
  /// The actions completed or signed off by a live event in `window` of `log` that still
  /// stand complete or signed off at its end, in the order added, each with the furthest step
  /// it reached in the window and when.
  static func achievements(
    _ lines: [ActionLine], log: Replay, window: ReportWindow
  ) -> [Achievement] {
    let retracted = log.retractions(upTo: window.to)
    var steps: [String: (Achievement.Step, CivilDate)] = [:]
    for recorded in log.events[window.from..<window.to] where retracted[recorded.seq] == nil {
      let e = recorded.event
      switch e.body {
      case .actionCompleted(let id, _):
        steps[id] = (.completed, e.happened)
      case .actionSignedOff(let id, _):
        steps[id] = (.signedOff, e.happened)
      case .actionReopened(let id, _), .actionWithdrawn(let id, _):
        steps[id] = nil
      default:
        break
      }
    }
    return lines.compactMap { l in
      guard let (step, date) = steps[l.action.id],
        l.action.status == .complete || l.action.status == .signedOff
      else { return nil }
      return Achievement(line: l, step: step, date: date)
    }
  }

  /// Red actions, then amber ones, then any other overdue ones, each group in plan order.
  static func exceptions(_ lines: [ActionLine]) -> [ActionLine] {
    lines.filter { $0.action.rag == .red } + lines.filter { $0.action.rag == .amber }
      + lines.filter { !$0.isRedOrAmber && $0.isOverdue }
  }
}
