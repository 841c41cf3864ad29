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
    try check(since, asOf: asOf)
    // Everything below sees only the first `count` events: the log as it stood at the as-of
    // point (read in place, not copied).
    let plan = replay.plan(upTo: count)
    let head = Head(seq: count, hash: replay.events[count - 1].hash)
    let revisions = replay.events.prefix(count).filter { isRevision($0.event.body) }
    let redactions = replay.redactions(upTo: count)
    let retractions = replay.retractions(upTo: count)
    var walk = ReportWalk(
      asOf: asOf, starts: [start(since, plan: plan, count: count)], retractions: retractions,
      appendix: appendix
        ? AppendixBuilder(
          revised: revised(revisions), retractions: retractions, redactions: redactions) : nil,
      refold: { n in replay.plan(upTo: n) })
    for recorded in replay.events.prefix(count) { walk.take(recorded) }
    try walk.finish()
    // The walk's one window is the one `resolve` names.
    return assemble(
      walk, since: since, head: head, store: .memory(replay), redactions: redactions,
      asOf: asOf, cover: cover)!
  }

  /// Walks the ledger `passes` reads for a board report as of `asOf`, in the one read that
  /// verifies it (`LedgerPasses.verifiedStream`), without holding the log: `revisions` are
  /// its retraction and redaction lines (`LedgerPasses.revisions()`). The walked ledger says
  /// how many events it holds before it becomes the model (`model(_:cover:)`).
  ///
  /// Returns nil when the ledger must be read whole instead (`BoardReport.model(_:asOf:…)`
  /// on its events): it holds a redaction, or a line whose data differs from its digest.
  /// Throws the first bad line, or any failure to read the file.
  public static func walk(
    _ passes: LedgerPasses, revisions: [RecordedEvent], asOf: Timestamp,
    since: SincePoint = .lastMeeting, appendix: Bool = true
  ) throws(LedgerError) -> WalkedLedger? {
    guard !revisions.contains(where: { isRedaction($0.event.body) }) else { return nil }
    let index = try passes.lineIndex()
    let retractions = Retraction.retractions(
      among: revisions.filter { $0.event.recorded <= asOf })
    var starts: [ReportWalk.WindowStart] = []
    switch since {
    case .instant(let t):
      starts = [.recordedAfter(t)]
    case .lastMeeting:
      // The last board meeting by the as-of point, and the one before it in case the last is
      // the paper's own (the latest event): which it is, the walk finds out.
      let meetings = try passes.lines(ofTypes: [.boardMeeting])
        .filter { $0.event.recorded <= asOf && retractions[$0.seq] == nil }.map(\.seq)
      starts = [.after(meetings.last ?? 0)]
      if !meetings.isEmpty { starts.append(.after(meetings.dropLast().last ?? 0)) }
    }
    let walk = ReportWalk(
      asOf: asOf, starts: starts, retractions: retractions,
      appendix: appendix
        ? AppendixBuilder(revised: revised(revisions), retractions: retractions, redactions: [:])
        : nil,
      refold: { n throws(LedgerError) in
        try passes.stream(
          into: PlanFold(cutoff: nil, retractions: revisions.filter { $0.seq <= n }),
          through: index.ends[n - 1]
        ).plan
      })
    guard let (walked, tornTail) = try passes.verifiedStream(into: walk) else { return nil }
    return WalkedLedger(
      walk: walked, tornTail: tornTail, store: .file(passes, index), asOf: asOf, since: since)
  }

  /// The board report of a walked ledger, with `cover` when given; nil if the walk did not
  /// keep the window the report shows (the ledger must then be read whole, as for `walk`).
  ///
  /// Throws what `model(_:asOf:since:appendix:cover:)` throws.
  public static func model(_ walked: WalkedLedger, cover: Cover? = nil) throws(LedgerError)
    -> BoardReportModel?
  {
    var walk = walked.walk
    guard let head = walk.head, walk.count > 0 else {
      throw noEvents(asOf: walked.asOf, first: walk.firstRecorded)
    }
    try check(walked.since, asOf: walked.asOf)
    try walk.finish()
    return assemble(
      walk, since: walked.since, head: head, store: walked.store, redactions: [:],
      asOf: walked.asOf, cover: cover)
  }

  /// The model made from a finished walk of the first `head.seq` events; nil if the walk did
  /// not keep the window `since` resolves to.
  static func assemble(
    _ walk: ReportWalk, since: SincePoint, head: Head, store: EventStore,
    redactions: [Int: [RedactionRecord]], asOf: Timestamp, cover: Cover?
  ) -> BoardReportModel? {
    let count = head.seq
    let plan = walk.plan
    let lookup = EntryLookup(
      store: store, count: count, headHash: head.hash, retractions: walk.retractions,
      redactions: redactions, planWords: walk.planWords)
    let status = Status.report(plan, asOf: asOf, head: head)
    let today = status.today
    let lines = Dictionary(
      uniqueKeysWithValues: status.actions.map { ($0.action.id, line($0, plan: plan, on: today)) })
    let actions = plan.actionOrder.compactMap { lines[$0] }
    let from = walk.windows.first?.from ?? 0
    let window = resolve(since, plan: plan, count: count, from: from)
    guard let kept = walk.window(from: window.from) else { return nil }
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
      achievements: Achievements.achievements(actions, steps: kept.achieved),
      exceptions: Achievements.exceptions(actions),
      overdue: actions.filter(\.isOverdue).enumerated()
        .sorted { ($1.element.daysOverdue!, $0.offset) < ($0.element.daysOverdue!, $1.offset) }
        .map(\.element),
      moved: actions.filter { !$0.action.dueChanges.isEmpty },
      awaitingSignOff: actions.filter { $0.action.status == .complete },
      changeFields: kept.fields, lookup: lookup,
      meetingsInWindow: plan.meetings.filter { $0.seq > window.from },
      trend: (walk.trend ?? TrendBuilder(first: nil, asOf: asOf)).trend,
      appendix: walk.appendix?.appendix(plan: plan, lookup: lookup),
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

  /// Refuses changes `since` an instant after `asOf` (the command line refuses that before
  /// it gets here).
  static func check(_ since: SincePoint, asOf: Timestamp) throws(LedgerError) {
    if case .instant(let t) = since, t > asOf {
      throw .rule(
        "the start of the changes, \(t.rfc3339), is after the report's point, \(asOf.rfc3339)",
        hint: "the changes are those recorded after the start and up to the report's point")
    }
  }

  /// Whether `body` revises an earlier event (a retraction or a redaction).
  static func isRevision(_ body: EventBody) -> Bool {
    switch body {
    case .eventRetracted, .payloadRedacted: return true
    default: return false
    }
  }

  /// Whether `body` is a redaction.
  static func isRedaction(_ body: EventBody) -> Bool {
    if case .payloadRedacted = body { return true }
    return false
  }

  /// The events `revisions` (retractions and redactions) name.
  static func revised(_ revisions: [RecordedEvent]) -> Set<Int> {
    Set(
      revisions.compactMap { r -> Int? in
        switch r.event.body {
        case .eventRetracted(let target, _): return target
        case .payloadRedacted(let details): return details.seq
        default: return nil
        }
      })
  }

  /// What the CSV form shows, as of `asOf`, from `folded`, a fold of the ledger up to then
  /// (`LedgerReader.fold` or `LedgerPasses.verifiedFold`): equal to `actionSheet(_:asOf:)` of
  /// the same log, in memory bounded by the plan.
  ///
  /// Throws a `.rule` error when no event had been recorded by `asOf`.
  public static func actionSheet(_ folded: FoldedLedger, asOf: Timestamp) throws(LedgerError)
    -> ActionSheet
  {
    guard let head = folded.head, folded.count > 0 else {
      throw noEvents(asOf: asOf, first: folded.firstRecorded)
    }
    return actionSheet(plan: folded.plan, head: head, asOf: asOf)
  }

  /// What the CSV form shows, as of `asOf`, from `plan`, the plan at that point, whose last
  /// event is `head`.
  static func actionSheet(plan: Plan, head: Head, asOf: Timestamp) -> ActionSheet {
    let status = Status.report(plan, asOf: asOf, head: head)
    let lines = Dictionary(
      uniqueKeysWithValues: status.actions.map {
        ($0.action.id, line($0, plan: plan, on: status.today))
      })
    return ActionSheet(
      head: head, actions: plan.actionOrder.compactMap { lines[$0] },
      priorities: byPriority(plan, lines: lines, on: status.today).priorities)
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
    return actionSheet(
      plan: replay.plan(upTo: count), head: Head(seq: count, hash: replay.events[count - 1].hash),
      asOf: asOf)
  }

  /// How many events were recorded by `asOf`; refused when none was.
  static func recordedCount(_ replay: Replay, asOf: Timestamp) throws(LedgerError) -> Int {
    let count = replay.count(recordedUpTo: asOf)
    guard count > 0 else {
      throw noEvents(asOf: asOf, first: replay.events.first?.event.recorded)
    }
    return count
  }

  /// The refusal of a report as of a point before the first event (recorded at `first`).
  static func noEvents(asOf: Timestamp, first: Timestamp?) -> LedgerError {
    let start = first.map { " (it begins \($0.rfc3339))" } ?? ""
    return .rule(
      "the ledger has no events as of \(asOf.rfc3339)\(start)",
      hint: "report as of a later point, or as of now")
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

  /// Where the walk's window starts: after the last board meeting before the paper's own
  /// (in `plan`, the plan after the first `count` events), or after an instant.
  static func start(_ since: SincePoint, plan: Plan, count: Int) -> ReportWalk.WindowStart {
    switch since {
    case .instant(let t): return .recordedAfter(t)
    case .lastMeeting: return .after(resolve(since, plan: plan, count: count, from: 0).from)
    }
  }

  /// Where the "changes since" window starts, in a report of the first `count` events;
  /// `from` is how many events were recorded up to the instant of `--since` (the walk counts
  /// them).
  static func resolve(_ since: SincePoint, plan: Plan, count: Int, from: Int) -> ReportWindow {
    switch since {
    case .instant(let t):
      return ReportWindow(start: .instant(t), from: from, to: count)
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
