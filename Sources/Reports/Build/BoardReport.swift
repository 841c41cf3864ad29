import AuditTrail
import LedgerCore
import PlanState

/// Builds board reports: pure functions from a log and an as-of point to a
/// `BoardReportModel`. Only the events recorded up to the as-of point are read, so a report
/// as of T is the same however many events are appended after T.
public enum BoardReport {
  /// The board report of `replay` as of `asOf`, with changes `since` a point (by default the
  /// last board meeting), the inspector's appendix when `appendix` is true, and `cover` (the
  /// committee, author and purpose) when given.
  ///
  /// Throws a `.rule` error when no event had been recorded by `asOf`, or when `since` is an
  /// instant after `asOf` (the command line refuses that before it gets here).
  public static func model(
    _ replay: Replay, asOf: Timestamp, since: SincePoint = .lastMeeting, appendix: Bool = true,
    cover: Cover? = nil
  ) throws(LedgerError) -> BoardReportModel {
    let count = try recordedCount(replay, asOf: asOf)
    if case .instant(let t) = since, t > asOf {
      throw .rule(
        "the start of the changes, \(t.rfc3339), is after the report's point, \(asOf.rfc3339)",
        hint: "the changes are those recorded after the start and up to the report's point")
    }
    // Everything below sees only the first `count` events: the log as it stood at the as-of
    // point (read in place, not copied).
    let log = replay
    let walked = walk(log, count: count, asOf: asOf)
    let plan = walked.plan
    let lookup = walked.lookup
    let head = Head(seq: count, hash: log.events[count - 1].hash)
    let status = Status.report(plan, asOf: asOf, head: head)
    let today = status.today
    let lines = Dictionary(
      uniqueKeysWithValues: status.actions.map { ($0.action.id, line($0, plan: plan, on: today)) })
    let actions = plan.actionOrder.compactMap { lines[$0] }
    let window = resolve(since, plan: plan, count: count, log: log)
    // The window's steps are taken one at a time: only the rows made from them are kept.
    let (changes, meetingsInWindow) = ChangeRows.rows(lookup, window: window)
    let sources = status.sources.map { row in
      SourceSection(
        source: row.source,
        recommendations: row.recommendations.map {
          RecommendationSection(
            recommendation: $0.recommendation,
            actions: $0.actions.compactMap { lines[$0.action.id] })
        })
    }
    let recommendations = plan.recommendationOrder.compactMap { plan.recommendations[$0] }
    let grouped = byPriority(plan, lines: lines, on: today)
    var model = BoardReportModel(
      title: plan.title, authority: plan.authority, asOf: asOf, today: today, head: head,
      window: window, cover: cover, rag: status.rag,
      statuses: StatusCounts(actions.map(\.action)), summary: RAGSummary.sentence(status.rag),
      openRecommendations: recommendations.filter { $0.status == .open }.count,
      closedRecommendations: recommendations.filter { $0.status == .closed }.count,
      sources: sources, actions: actions,
      achievements: Achievements.achievements(actions, log: log, window: window),
      exceptions: Achievements.exceptions(actions),
      overdue: actions.filter(\.isOverdue).enumerated()
        .sorted { ($1.element.daysOverdue!, $0.offset) < ($0.element.daysOverdue!, $1.offset) }
        .map(\.element),
      moved: actions.filter { !$0.action.dueChanges.isEmpty },
      awaitingSignOff: actions.filter { $0.action.status == .complete },
      changes: changes, meetingsInWindow: meetingsInWindow,
      trend: walked.trend,
      appendix: appendix ? AppendixBuilder.appendix(lookup, plan: plan) : nil,
      priorities: grouped.priorities, unplacedRecommendations: grouped.recommendations,
      unplacedActions: grouped.actions,
      hasOfstedSource: plan.sources.values.contains {
        ![.selfEvaluation, .other].contains($0.details.sourceType)
      })
    // A publication the bank-holiday calendar cannot count from has no deadline to show here;
    // `ledger deadlines` names the problem.
    model.openDeadlines =
      ((try? Deadlines.list(plan, asOf: today)) ?? []).filter(\.isOpen)
    model.previousPlan = plan.cycle.previous
    model.carriedItems = plan.cycle.carriedHistory.count
    return model
  }

  /// What the CSV form shows, as of `asOf`: every action's line and the priorities, from one
  /// fold of the events recorded up to then. Equal to `model(replay, asOf: asOf).actionSheet`
  /// at a fraction of the cost (no trend, changes, diff or appendix).
  ///
  /// Throws a `.rule` error when no event had been recorded by `asOf`.
  public static func actionSheet(_ replay: Replay, asOf: Timestamp) throws(LedgerError)
    -> ActionSheet
  {
    let count = try recordedCount(replay, asOf: asOf)
    let plan = replay.plan(upTo: count)
    let head = Head(seq: count, hash: replay.events[count - 1].hash)
    let status = Status.report(plan, asOf: asOf, head: head)
    let lines = Dictionary(
      uniqueKeysWithValues: status.actions.map {
        ($0.action.id, line($0, plan: plan, on: status.today))
      })
    return ActionSheet(
      head: head, actions: plan.actionOrder.compactMap { lines[$0] },
      priorities: byPriority(plan, lines: lines, on: status.today).priorities)
  }

  /// How many events were recorded by `asOf`; refused when none was.
  static func recordedCount(_ replay: Replay, asOf: Timestamp) throws(LedgerError) -> Int {
    let count = replay.count(recordedUpTo: asOf)
    guard count > 0 else {
      let start = replay.events.first.map { " (it begins \($0.event.recorded.rfc3339))" } ?? ""
      throw .rule(
        "the ledger has no events as of \(asOf.rfc3339)\(start)",
        hint: "report as of a later point, or as of now")
    }
    return count
  }

  /// The plan grouped by priority: each priority with its measures, the findings under it
  /// (with every action answering them) and the actions under it directly that answer none of
  /// those; then the findings under no priority and the actions shown nowhere else. All empty
  /// for a plan without priorities.
  static func byPriority(_ plan: Plan, lines: [String: ActionLine], on today: CivilDate) -> (
    priorities: [PrioritySection], recommendations: [RecommendationSection],
    actions: [ActionLine]
  ) {
    guard !plan.priorityOrder.isEmpty else { return ([], [], []) }
    func section(_ r: Recommendation) -> RecommendationSection {
      RecommendationSection(recommendation: r, actions: r.actions.compactMap { lines[$0] })
    }
    var shown: Set<String> = []
    let priorities = plan.priorityOrder.compactMap { pid -> PrioritySection? in
      guard let p = plan.priorities[pid] else { return nil }
      let findings = plan.recommendations(under: pid)
      let answering = Set(findings.flatMap(\.actions))
      let direct = plan.actionOrder.compactMap { plan.actions[$0] }
        .filter { $0.under.contains(pid) && !answering.contains($0.id) }
      shown.formUnion(answering)
      shown.formUnion(direct.map(\.id))
      return PrioritySection(
        priority: p,
        measures: plan.measures(under: pid).map {
          MeasureLine(measure: $0, track: $0.track(on: today))
        },
        recommendations: findings.map(section), actions: direct.compactMap { lines[$0.id] })
    }
    let loose = plan.recommendationOrder.compactMap { plan.recommendations[$0] }
      .filter(\.under.isEmpty)
    shown.formUnion(loose.flatMap(\.actions))
    let rest = plan.actionOrder.filter { !shown.contains($0) }.compactMap { lines[$0] }
    return (priorities, loose.map(section), rest)
  }

  /// The report's one walk over the first `count` events of `log`: the plan after them, the
  /// chart's points on the way, and the wording of each event that depends on the plan
  /// before it (for the appendix and the changes, which word every other event on demand).
  static func walk(_ log: Replay, count: Int, asOf: Timestamp) -> (
    plan: Plan, trend: Trend, lookup: EntryLookup
  ) {
    var trend = TrendBuilder(log, asOf: asOf)
    var planWords: [Int: String] = [:]
    var walk = PlanWalk(log)
    while walk.position < count, let recorded = walk.next {
      trend.take(at: walk.position, walk.plan)
      if EntryLookup.wordingNeedsPlan(recorded.event.body) {
        planWords[recorded.seq] = EventSummary.what(recorded.event, before: walk.plan, in: log)
      }
      walk.step()
    }
    trend.take(at: walk.position, walk.plan)
    var plan = walk.plan
    plan.lastSeq = count
    let lookup = EntryLookup(
      log: log, count: count, retractions: log.retractions(upTo: count),
      redactions: log.redactions(upTo: count), planWords: planWords)
    return (plan, trend.trend, lookup)
  }

  /// Where the "changes since" window starts, in a report of the first `count` events.
  static func resolve(_ since: SincePoint, plan: Plan, count: Int, log: Replay) -> ReportWindow {
    switch since {
    case .instant(let t):
      return ReportWindow(start: .instant(t), from: log.count(recordedUpTo: t), to: count)
    case .lastMeeting:
      var meetings = plan.meetings
      var note: String?
      if let last = meetings.last, last.seq == count {
        // The paper is being prepared for (or at) this meeting: nothing has happened since
        // it, and what the board wants is what changed since it last met before.
        meetings.removeLast()
        note =
          "The board meeting of \(ReportText.longDate(last.date)) is the latest event in the "
          + "ledger, so this report shows the changes "
          + (meetings.isEmpty ? "since the plan began." : "since the meeting before it.")
      }
      guard let meeting = meetings.last else {
        return ReportWindow(start: .planStart, from: 0, to: count, note: note)
      }
      return ReportWindow(start: .meeting(meeting), from: meeting.seq, to: count, note: note)
    }
  }

  /// An action row as a report line, with its recommendations and sources.
  static func line(_ row: ActionRow, plan: Plan, on today: CivilDate) -> ActionLine {
    let a = row.action
    let recommendations = a.recommendations.compactMap { plan.recommendations[$0] }
    var seen: Set<String> = []
    let sources = recommendations.compactMap { r -> Source? in
      guard seen.insert(r.source).inserted else { return nil }
      return plan.sources[r.source]
    }
    return ActionLine(
      action: a,
      daysOverdue: row.overdue ? today.daysSinceEpoch - a.overdueAfter.daysSinceEpoch : nil,
      recommendations: recommendations, sources: sources, impact: a.impacts.last,
      priorities: a.under)
  }
}
