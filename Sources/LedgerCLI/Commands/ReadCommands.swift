import ArgumentParsing
import AuditTrail
import LedgerCore
import PlanState

/// The commands that read: they never write.
enum ReadCommands {
  static let json = OptionSpec.flag("json", help: "Print JSON for other tools.")
  static let asOf = OptionSpec(
    "as-of", value: "WHEN",
    help: "As the plan stood then: a date is the end of that day (UTC), or an RFC 3339 time.")
  static let since = OptionSpec(
    "since", value: "WHEN",
    help: "From then: a date is the start of that day (UTC), or an RFC 3339 time.",
    alternative: "since-last-meeting")
  static let until = OptionSpec(
    "until", value: "WHEN",
    help: "Up to then: a date is the end of that day (UTC), or an RFC 3339 time.")
  static let sinceLastMeeting = OptionSpec.flag(
    "since-last-meeting", help: "From the last board meeting recorded (by --until).")

  static let all: [LedgerCommand] = [
    LedgerCommand(
      spec: CommandSpec(
        ["status"],
        summary:
          "The plan: findings by source, their actions with owner, due, status, RAG, overdue; RAG counts.",
        options: [asOf, json]),
      run: status),
    LedgerCommand(
      spec: CommandSpec(
        ["show"], summary: "One source, recommendation or action, with its full history.",
        positionals: [PositionalSpec("ID", help: "The item, e.g. R1 or A1.2.")],
        options: [asOf, json]),
      run: show),
    LedgerCommand(
      spec: CommandSpec(
        ["history"],
        summary:
          "The audit trail: seq, when, who (name, role), what, why; one event a line (a line break in a note shows as ↵, a control character as \\u{1B}).",
        positionals: [
          PositionalSpec("ID", help: "Only the events on this item.", optional: true)
        ],
        options: [
          since, sinceLastMeeting, until,
          OptionSpec(
            "type", value: "TYPE", help: "Only events of this type.", repeatable: true,
            choices: EventType.allCases.map(\.rawValue)),
          .flag("retracted", help: "Only events that were later retracted."),
          .flag("back-recorded", help: "Only events recorded after the fact (--effective)."),
          OptionSpec(
            "actor", value: "TEXT",
            help: "Only events by someone whose name or role contains TEXT (any case)."),
          json,
        ]),
      run: history),
    LedgerCommand(
      spec: CommandSpec(
        ["diff"], summary: "What changed between two points, item by item (field: before → after).",
        options: [
          {
            var required = since
            required.isRequired = true
            return required
          }(), sinceLastMeeting, until, json,
        ]),
      run: diff),
    LedgerCommand(
      spec: CommandSpec(
        ["verify"],
        summary:
          "Check every line, digest and link of the chain; exit 1 naming the first bad line.",
        options: [
          OptionSpec(
            "head", value: "SEQ:HASH", help: "Also check the file still contains this head."),
          OptionSpec(
            "previous", value: "OLD_LEDGER",
            help: "Also prove this ledger continues exactly the history of OLD_LEDGER it names."),
          json,
        ]),
      run: verify),
  ]

  /// Reads the ledger and reports a torn tail as a warning.
  static func load(_ inv: Invocation, verify: Bool = false) throws -> (Replay, [String]) {
    let path = try inv.ledgerPath()
    let contents = try LedgerReader.read(
      path: path, verify: verify, wait: try inv.lockWait(), onWaiting: Invocation.sayWaiting)
    if contents.events.isEmpty {
      throw CLIError.refused(
        "the ledger is empty: it holds no plan yet", file: path,
        hint: "start it with 'ledger init --title … --authority …'")
    }
    return (Replay(contents.events), contents.tornTail.map { [$0.warning(file: path)] } ?? [])
  }

  /// Reads the ledger folding as it streams, to the plan as of `--as-of` (or the clock), and
  /// reports a torn tail as a warning: for the commands that need only the plan, in memory
  /// bounded by the plan rather than the log.
  ///
  /// Refuses what `load` refuses, in the same order (the file, then `--as-of`); with
  /// `refuseBeforeFirst`, also a point before the first event, as `asOf(_:_:)` does.
  static func loadPlan(_ inv: Invocation, refuseBeforeFirst: Bool = true) throws -> (
    FoldedLedger, Timestamp, [String]
  ) {
    let path = try inv.ledgerPath()
    // A bad --as-of is reported after the file is read, as with `load` then `asOf`.
    let asOf = Result { () throws(CLIError) in try inv.asOf() }
    let folded = try LedgerReader.fold(
      path: path, asOf: try? asOf.get(), wait: try inv.lockWait(),
      onWaiting: Invocation.sayWaiting)
    if folded.events == 0 {
      throw CLIError.refused(
        "the ledger is empty: it holds no plan yet", file: path,
        hint: "start it with 'ledger init --title … --authority …'")
    }
    let instant = try asOf.get()
    if refuseBeforeFirst, folded.count == 0, let first = folded.firstRecorded {
      throw CLIError.refused(
        "the ledger has no events as of \(instant.rfc3339): its first event was recorded at "
          + first.rfc3339,
        hint: "give a later --as-of")
    }
    return (folded, instant, folded.tornTail.map { [$0.warning(file: path)] } ?? [])
  }

  /// JSON for `--json`, text otherwise.
  static func render(
    _ inv: Invocation, json: @autoclosure () -> JSONValue, text: @autoclosure () -> String
  ) -> String {
    inv.flag("json") ? JSONWriter.pretty(json()) : text()
  }

  /// `--as-of` checked against the ledger: a point before its first event is refused.
  static func asOf(_ inv: Invocation, _ replay: Replay) throws -> Timestamp {
    let instant = try inv.asOf()
    if replay.count(recordedUpTo: instant) == 0, let first = replay.events.first {
      throw CLIError.refused(
        "the ledger has no events as of \(instant.rfc3339): its first event was recorded at "
          + first.event.recorded.rfc3339,
        hint: "give a later --as-of")
    }
    return instant
  }

  /// Refuses an ID the ledger has never held, suggesting a close one.
  static func requireKnown(_ id: String, in plan: Plan, asOf: String? = nil) throws {
    let known = plan.sourceOrder + plan.recommendationOrder + plan.actionOrder
    guard !known.contains(id) else { return }
    let guess = Suggestion.closest(to: id, among: known)
    throw CLIError.refused(
      "there is no source, recommendation or action \(id)" + (asOf.map { " as of \($0)" } ?? ""),
      hint: guess.map { "did you mean \($0)?" } ?? "see 'ledger list' for the IDs")
  }

  static func status(_ inv: Invocation) throws -> Output {
    // One streaming fold: the plan as of the point, never the whole log in memory.
    let (folded, instant, warnings) = try loadPlan(inv)
    let report = Status.report(folded.plan, asOf: instant, head: folded.head)
    // A statutory deadline is shown while it is open (issue 9); the JSON gains
    // `deadlines` only then.
    let open = try CycleCommands.deadlines(folded.plan, on: instant.date).filter(\.isOpen)
    // Only the form asked for is rendered.
    if inv.flag("json") {
      var json = report.json
      if !open.isEmpty, case .object(var members) = json {
        members.members.append(JSONMember(key: "deadlines", value: .array(open.map(\.json))))
        json = .object(members)
      }
      return Output(stdout: JSONWriter.pretty(json), warnings: warnings)
    }
    let text =
      report.text
      + (open.isEmpty
        ? ""
        : "\n\nStatutory deadlines:\n"
          + open.map { "  " + VisibleText.line($0.text) }.joined(separator: "\n"))
    return Output(stdout: text, warnings: warnings)
  }

  static func show(_ inv: Invocation) throws -> Output {
    let id = try inv.id()
    if inv.value("as-of") == nil, let output = try showIndexed(inv, id) { return output }
    let (replay, warnings) = try load(inv)
    let instant = try inv.asOf()
    let count = replay.count(recordedUpTo: instant)
    let plan = replay.plan(upTo: count)
    try requireKnown(id, in: plan, asOf: inv.value("as-of").map { _ in instant.rfc3339 })
    let history = History.entries(Replay(Array(replay.events.prefix(count))), item: id)
    guard
      let report = ItemReport(
        id, in: plan, on: instant.date, historyJSON: History.json(history),
        historyText: History.text(history))
    else {
      throw CLIError.refused("there is no source, recommendation or action \(id)")
    }
    return Output(stdout: render(inv, json: report.json, text: report.text), warnings: warnings)
  }

  /// The item's lines through the checkpoint's index (`IndexedItem`), when it can be used.
  static func indexed(_ inv: Invocation, _ id: String) throws -> (IndexedItem, [String])? {
    let path = try inv.ledgerPath()
    guard
      let item = IndexedItem.read(
        id, path: path, wait: try inv.lockWait(), onWaiting: Invocation.sayWaiting)
    else { return nil }
    return (item, item.tornTail.map { [$0.warning(file: path)] } ?? [])
  }

  /// `show ID` with no `--as-of`, from the item's lines alone; nil when the index cannot be
  /// used (then the whole log is read, as ever).
  static func showIndexed(_ inv: Invocation, _ id: String) throws -> Output? {
    guard let (item, warnings) = try indexed(inv, id) else { return nil }
    let instant = try inv.asOf()
    // The whole log is the plan as of now only if its last line was recorded by now.
    guard item.head.event.recorded <= instant else { return nil }
    try requireKnown(id, in: item.plan)
    let history = History.entries(of: id, lines: item.events, head: item.plan)
    guard
      let report = ItemReport(
        id, in: item.plan, on: instant.date, historyJSON: History.json(history),
        historyText: History.text(history))
    else { return nil }
    return Output(stdout: render(inv, json: report.json, text: report.text), warnings: warnings)
  }

  /// The seq of the last board meeting recorded up to `until`, or 0 when there is none.
  static func lastMeeting(_ replay: Replay, until: Timestamp?) -> Int {
    let count = until.map { replay.count(recordedUpTo: $0) } ?? replay.events.count
    return replay.events.prefix(count).last { $0.event.type == .boardMeeting }?.seq ?? 0
  }

  static func history(_ inv: Invocation) throws -> Output {
    let item = try inv.positional(0).map { (text) throws(CLIError) in
      try Invocation.identifier(text, what: "ID")
    }
    let (since, until) = try inv.sinceUntil()
    var filter = HistoryFilter()
    filter.types = Set(inv.all("type").compactMap(EventType.init(rawValue:)))
    filter.retracted = inv.flag("retracted")
    filter.backRecorded = inv.flag("back-recorded")
    filter.actor = inv.value("actor")
    // One item over the whole log: its lines alone, through the checkpoint's index.
    if let item, since == nil, until == nil, !inv.flag("since-last-meeting"),
      let (indexed, warnings) = try indexed(inv, item)
    {
      try requireKnown(item, in: indexed.plan)
      let entries = filter.apply(
        History.entries(of: item, lines: indexed.events, head: indexed.plan))
      return Output(
        stdout: render(inv, json: History.json(entries), text: History.text(entries)),
        warnings: warnings)
    }
    let (replay, warnings) = try load(inv)
    if let item { try requireKnown(item, in: replay.plan()) }
    if inv.flag("since-last-meeting") { filter.afterSeq = lastMeeting(replay, until: until) }
    let entries = filter.apply(History.entries(replay, item: item, since: since, until: until))
    return Output(
      stdout: render(inv, json: History.json(entries), text: History.text(entries)),
      warnings: warnings)
  }

  static func diff(_ inv: Invocation) throws -> Output {
    let (since, until) = try inv.sinceUntil()
    let (replay, warnings) = try load(inv)
    let diff: PlanDiff
    if let since {
      diff = Diff.between(replay, since: since, until: until)
    } else {
      let to = until.map { replay.count(recordedUpTo: $0) } ?? replay.events.count
      diff = Diff.between(replay, from: lastMeeting(replay, until: until), to: to)
    }
    return Output(stdout: render(inv, json: diff.json, text: diff.text), warnings: warnings)
  }

  static func verify(_ inv: Invocation) throws -> Output {
    var expected: Head?
    if let text = inv.value("head") {
      guard let head = Head(parsing: text) else {
        throw CLIError.usage(
          "--head \"\(text)\" is not SEQ:HASH",
          hint: "e.g. --head 42:<64 hex digits>, as printed by 'ledger verify'")
      }
      expected = head
    }
    let path = try inv.ledgerPath()
    // Every line, the chain, and every rule replayed (Events/FORMAT.md, "Verifying").
    let verification = try Verifier.verify(
      path: path, head: expected, wait: try inv.lockWait(), onWaiting: Invocation.sayWaiting)
    if let failure = verification.failure { throw failure }
    guard let head = verification.head else {
      throw LedgerError(.data, "the file holds no events", file: path, line: 1)
    }
    var continues: String?
    if let old = inv.value("previous") {
      continues = try CycleCommands.continuity(new: path, old: old)
    }
    let warnings: [String] = []
    let json = JSONValue.object(
      JSONObject([
        JSONMember(key: "ok", value: .bool(true)),
        JSONMember(key: "events", value: .number(JSONNumber(head.seq))),
        JSONMember(
          key: "head",
          value: .object(
            JSONObject([
              JSONMember(key: "seq", value: .number(JSONNumber(head.seq))),
              JSONMember(key: "hash", value: .string(head.hash)),
            ]))),
      ]))
    var text = "ok: \(head.seq) events, head \(head.seq):\(head.hash)"
    if let expected {
      text += "\nhead \(expected.seq):\(expected.hash.prefix(16))… is in the ledger"
    }
    if let continues { text += "\n" + continues }
    return Output(stdout: render(inv, json: json, text: text), warnings: warnings)
  }
}
