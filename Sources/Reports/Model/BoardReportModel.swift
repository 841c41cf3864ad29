import LedgerCore
import PlanState

/// A board report as data: every section, computed from the log up to one as-of point and
/// nothing else, so the same log and point always give the same report. Made by
/// `BoardReport.model(_:asOf:since:appendix:)`; rendered by `markdown`, `html` and `csv`.
public struct BoardReportModel: Equatable, Sendable {
  /// The plan's title.
  public var title: String
  /// The local authority.
  public var authority: String
  /// The as-of point: only events recorded up to it count, and the report says it was
  /// generated as of it (never the wall clock).
  public var asOf: Timestamp
  /// The date overdue is judged on (the UTC date of `asOf`).
  public var today: CivilDate
  /// The last event at the as-of point, for `ledger verify --head SEQ:HASH`.
  public var head: Head
  /// What the "changes since" section covers.
  public var window: ReportWindow
  /// How many live actions carry each rating.
  public var rag: RAGCounts
  /// The RAG summary in one plain paragraph, in the style of committee papers.
  public var summary: String
  /// Recommendations still open.
  public var openRecommendations: Int
  /// Recommendations the board has closed.
  public var closedRecommendations: Int
  /// Sources, each with its recommendations and their actions.
  public var sources: [SourceSection]
  /// Every action, in the order added.
  public var actions: [ActionLine]
  /// The overdue actions, most overdue first.
  public var overdue: [ActionLine]
  /// The actions whose due date has moved, in the order added.
  public var moved: [ActionLine]
  /// Actions marked complete and not yet signed off, in the order added.
  public var awaitingSignOff: [ActionLine]
  /// Every event in the window that changed something, oldest first.
  public var changes: [ChangeRow]
  /// Board meetings recorded in the window.
  public var meetingsInWindow: [BoardMeeting]
  /// The plan over time, for the charts.
  public var trend: Trend
  /// The inspector's view, if asked for.
  public var appendix: Appendix?

  /// Creates a model.
  public init(
    title: String, authority: String, asOf: Timestamp, today: CivilDate, head: Head,
    window: ReportWindow, rag: RAGCounts, summary: String, openRecommendations: Int,
    closedRecommendations: Int, sources: [SourceSection], actions: [ActionLine],
    overdue: [ActionLine], moved: [ActionLine], awaitingSignOff: [ActionLine],
    changes: [ChangeRow], meetingsInWindow: [BoardMeeting], trend: Trend, appendix: Appendix?
  ) {
    self.title = title
    self.authority = authority
    self.asOf = asOf
    self.today = today
    self.head = head
    self.window = window
    self.rag = rag
    self.summary = summary
    self.openRecommendations = openRecommendations
    self.closedRecommendations = closedRecommendations
    self.sources = sources
    self.actions = actions
    self.overdue = overdue
    self.moved = moved
    self.awaitingSignOff = awaitingSignOff
    self.changes = changes
    self.meetingsInWindow = meetingsInWindow
    self.trend = trend
    self.appendix = appendix
  }

  /// The command that checks this paper against the ledger later.
  public var verifyCommand: String { "ledger verify --head \(head.seq):\(head.hash)" }
}
