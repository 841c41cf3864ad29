import LedgerCore
import PlanState

/// The plan measured at the end of one period (a week or a month; the last period ends at
/// the as-of point): what the charts draw.
public struct TrendPoint: Equatable, Sendable {
  /// The period's label, e.g. `Feb 2022` or `w/e 13 Feb`.
  public var label: String
  /// The date the plan is measured at (the period's last day, or the as-of date).
  public var date: CivilDate
  /// The RAG mix of live actions (withdrawn actions are not counted).
  public var rag: RAGCounts
  /// Actions still open or deferred.
  public var open: Int
  /// Live actions whose due date (as it stood then; while deferred with an `until` date, that
  /// date) is on or after `date`: how many would still be open if every action met it.
  public var notYetDue: Int

  /// Creates a point.
  public init(label: String, date: CivilDate, rag: RAGCounts, open: Int, notYetDue: Int) {
    self.label = label
    self.date = date
    self.rag = rag
    self.open = open
    self.notYetDue = notYetDue
  }
}
