import LedgerCore

/// The key achievements and the exceptions of a board report.
enum Achievements {
  /// The furthest step each action reached by a live event of the window, and when, as the
  /// walk meets the window's events in order (those later retracted are not offered).
  struct Steps {
    /// Action ID → its furthest step in the window so far, and when it happened.
    private(set) var reached: [String: (Achievement.Step, CivilDate)] = [:]

    /// Takes the next live event of the window.
    mutating func take(_ e: Event) {
      switch e.body {
      case .actionCompleted(let id, _):
        reached[id] = (.completed, e.happened)
      case .actionSignedOff(let id, _):
        reached[id] = (.signedOff, e.happened)
      case .actionReopened(let id, _), .actionWithdrawn(let id, _):
        reached[id] = nil
      default:
        break
      }
    }
  }

  /// The actions completed or signed off by a live event in the window (`steps`) that still
  /// stand complete or signed off at its end, in the order added, each with the furthest step
  /// it reached in the window and when.
  static func achievements(_ lines: [ActionLine], steps: Steps) -> [Achievement] {
    lines.compactMap { l in
      guard let (step, date) = steps.reached[l.action.id],
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
