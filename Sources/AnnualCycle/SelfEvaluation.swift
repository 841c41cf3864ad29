import LedgerCore

/// The annual self-evaluation (seed 003): for each priority (or theme, or source), seed 003's
/// three questions answered from the ledger as it stood on a day.
public struct SelfEvaluation: Sendable {
  /// Seed 003's three questions, verbatim.
  public static let questions = [
    "What do we know about the quality and impact of social work practice?",
    "How do we know it?",
    "What are our plans for the next 12 months?",
  ]

  /// The plan's title.
  public var title: String
  /// The local authority.
  public var authority: String
  /// The day it is written as of.
  public var asOf: CivilDate
  /// What the areas are: "priority", "theme" or "source".
  public var groupedBy: String
  /// One area per priority (or theme, or source), in plan order.
  public var areas: [SelfEvaluationArea]
  /// The ledger this plan carries forward from, if any.
  public var previous: PreviousPlan?
}

/// One area's answers.
public struct SelfEvaluationArea: Sendable {
  /// The area's name (a priority's title, a theme, or a source's title).
  public var name: String
  /// An outcome statement, for a priority that has one.
  public var outcome: String?
  /// What we know: completed and signed-off work with its impact; measures against baseline
  /// and target.
  public var know: [String] = []
  /// How we know it: evidence (with links), where measures' figures come from, audits.
  public var how: [String] = []
  /// Plans for the next 12 months: open, carried-forward and deferred actions due by then.
  public var plans: [String] = []
}
