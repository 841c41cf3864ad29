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
  /// The cover block (committee, author, purpose, what members are asked to do), if given.
  public var cover: Cover?
  /// How many live actions carry each rating.
  public var rag: RAGCounts
  /// How many actions stand in each status.
  public var statuses: StatusCounts
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
  /// Key achievements: the actions completed or signed off in the window, in the order added.
  public var achievements: [Achievement]
  /// Exceptions: red actions, then amber ones, then any other overdue ones, each group in the
  /// order added.
  public var exceptions: [ActionLine]
  /// The overdue actions, most overdue first.
  public var overdue: [ActionLine]
  /// The actions whose due date has moved, in the order added.
  public var moved: [ActionLine]
  /// Actions marked complete and not yet signed off, in the order added.
  public var awaitingSignOff: [ActionLine]
  /// `seq` → the fields each event of the window changed, where it changed any (the rows
  /// themselves are made when they are written: `changes`, `forEachChange`).
  var changeFields: [Int: [FieldLine]]
  /// Makes the entry of each event the changes and the appendix show.
  let lookup: EntryLookup
  /// Board meetings recorded in the window.
  public var meetingsInWindow: [BoardMeeting]
  /// The plan over time, for the charts.
  public var trend: Trend
  /// The inspector's view, if asked for.
  public var appendix: Appendix?
  /// The plan's priorities, in the order added; empty for a plan organised by source.
  public var priorities: [PrioritySection]
  /// With priorities: the recommendations placed under none, each with its actions.
  public var unplacedRecommendations: [RecommendationSection]
  /// With priorities: the actions under no priority that answer none of
  /// `unplacedRecommendations` (the last, "Not under a priority" group).
  public var unplacedActions: [ActionLine]
  /// Whether any source is an Ofsted visit or inspection. Without one (a service or business
  /// plan) the paper calls its items aims, not recommendations.
  public var hasOfstedSource: Bool
  /// The statutory deadlines still open as of the paper's date (issue 9): the action plan to
  /// Ofsted, 70 working days after an ILACS report is published.
  public var openDeadlines: [Deadline] = []
  /// The previous ledger this plan was carried forward from, if any (issue 9), and how many of
  /// its items came across: their earlier history is in that ledger.
  public var previousPlan: PreviousPlan?
  /// How many items were marked as carried from the previous ledger.
  public var carriedItems = 0

  /// Creates a model.
  public init(
    title: String, authority: String, asOf: Timestamp, today: CivilDate, head: Head,
    window: ReportWindow, cover: Cover? = nil, rag: RAGCounts, statuses: StatusCounts,
    summary: String, openRecommendations: Int, closedRecommendations: Int,
    sources: [SourceSection], actions: [ActionLine], achievements: [Achievement],
    exceptions: [ActionLine], overdue: [ActionLine], moved: [ActionLine],
    awaitingSignOff: [ActionLine], changeFields: [Int: [FieldLine]], lookup: EntryLookup,
    meetingsInWindow: [BoardMeeting],
    trend: Trend, appendix: Appendix?, priorities: [PrioritySection] = [],
    unplacedRecommendations: [RecommendationSection] = [], unplacedActions: [ActionLine] = [],
    hasOfstedSource: Bool = true
  ) {
    self.title = title
    self.authority = authority
    self.asOf = asOf
    self.today = today
    self.head = head
    self.window = window
    self.cover = cover
    self.rag = rag
    self.statuses = statuses
    self.summary = summary
    self.openRecommendations = openRecommendations
    self.closedRecommendations = closedRecommendations
    self.sources = sources
    self.actions = actions
    self.achievements = achievements
    self.exceptions = exceptions
    self.overdue = overdue
    self.moved = moved
    self.awaitingSignOff = awaitingSignOff
    self.changeFields = changeFields
    self.lookup = lookup
    self.meetingsInWindow = meetingsInWindow
    self.trend = trend
    self.appendix = appendix
    self.priorities = priorities
    self.unplacedRecommendations = unplacedRecommendations
    self.unplacedActions = unplacedActions
    self.hasOfstedSource = hasOfstedSource
  }

  /// Every event in the window, oldest first, with the fields it changed: made row by row
  /// from the log (`forEachChange` writes them without keeping them). Throws when an event's
  /// line cannot be read again from the file (`EventStore`).
  public var changes: [ChangeRow] {
    get throws(LedgerError) {
      var rows: [ChangeRow] = []
      rows.reserveCapacity(changeCount)
      try forEachChange { rows.append($0) }
      return rows
    }
  }

  /// How many events the window holds.
  public var changeCount: Int { max(0, window.to - window.from) }

  /// Makes each row of the changes in turn, oldest first, and hands it to `body`; throws as
  /// `EntryLookup.forEachEntry` does.
  func forEachChange(_ body: (ChangeRow) -> Void) throws(LedgerError) {
    guard window.to > window.from else { return }
    try lookup.forEachEntry(window.from + 1...window.to) { e in
      body(ChangeRows.row(e, fields: changeFields[e.seq] ?? []))
    }
  }

  /// Whether any action has impact recorded: then the plan shows an Impact column.
  public var hasImpact: Bool { actions.contains { $0.impact != nil } }

  /// The command that checks this paper against the ledger later.
  public var verifyCommand: String { "ledger verify --head \(head.seq):\(head.hash)" }
}
