import PlanState

/// The RAG summary as committee papers write it (seed 002: "Most of the actions are RAG-rated
/// 'green' or 'blue'. None are rated 'red'. A few actions remain as 'amber' and need further
/// work…"), generated from the counts, with the numbers in brackets so the words can be checked.
public enum RAGSummary {
  /// The summary of `counts` (live actions; withdrawn ones are not counted), e.g.
  /// "Most of the actions (6 of 11) are RAG-rated green or blue. None are rated red. A few
  /// actions (3 of 11) remain amber and need further work. A few actions (2 of 11) are not
  /// yet rated."
  public static func sentence(_ counts: RAGCounts) -> String {
    let total = counts.total
    guard total > 0 else { return "There are no actions in the plan yet." }
    if total == 1 { return single(counts) }
    var out: [String] = []
    let done = counts.green + counts.blue
    if done == 0 {
      out.append("None of the actions are RAG-rated green or blue yet.")
    } else {
      let colours =
        counts.blue == 0 ? "green" : counts.green == 0 ? "blue" : "green or blue"
      let q = quantity(done, of: total)
      out.append("\(q.subject) \(q.plural ? "are" : "is") RAG-rated \(colours).")
    }
    switch (counts.red, counts.amber) {
    case (0, 0):
      out.append("None are rated red or amber.")
    case (0, _):
      out.append("None are rated red.")
    default:
      let q = quantity(counts.red, of: total)
      out.append("\(q.subject) \(q.plural ? "are" : "is") rated red.")
    }
    if counts.amber > 0 {
      let q = quantity(counts.amber, of: total)
      out.append(
        q.plural
          ? "\(q.subject) remain amber and need further work."
          : "\(q.subject) remains amber and needs further work.")
    } else if counts.red > 0 {
      out.append("None remain amber.")
    }
    if counts.unrated > 0 {
      let q = quantity(counts.unrated, of: total)
      out.append("\(q.subject) \(q.plural ? "are" : "is") not yet rated.")
    }
    return out.joined(separator: " ")
  }

  /// The sentence for a plan of one action.
  static func single(_ counts: RAGCounts) -> String {
    switch true {
    case counts.blue == 1: return "The only action is RAG-rated blue."
    case counts.green == 1: return "The only action is RAG-rated green."
    case counts.amber == 1: return "The only action remains amber and needs further work."
    case counts.red == 1: return "The only action is rated red."
    default: return "The only action is not yet rated."
    }
  }

  /// How to name `n` of `total` actions (0 < n ≤ total, total ≥ 2): "All 11 actions", "Both
  /// actions", "Most of the actions (6 of 11)", "Half of the actions (4 of 8)", "A few
  /// actions (3 of 11)", "Some of the actions (4 of 11)", "One action".
  static func quantity(_ n: Int, of total: Int) -> (subject: String, plural: Bool) {
    if n == total { return (total == 2 ? "Both actions" : "All \(total) actions", true) }
    if n == 1 { return ("One action", false) }
    let share = "(\(n) of \(total))"
    if 2 * n > total { return ("Most of the actions \(share)", true) }
    if 2 * n == total { return ("Half of the actions \(share)", true) }
    if n <= 3 { return ("A few actions \(share)", true) }
    return ("Some of the actions \(share)", true)
  }
}
