import AnnualCycle
import LedgerCommands
import LedgerCore
import PlanState

/// The annual cycle's commands (issue 9): deadlines, the year-end review, carrying a plan
/// forward and the self-evaluation. `source plan-sent` and `board-meeting` are in
/// `WriteCommands`; `verify --previous` in `ReadCommands`.
enum CycleCommands {
  static let all: [CommandSpec] = [deadlines, review, carryForward, selfEvaluation]

  /// The statutory deadlines as of a day, by the existing `Deadlines` code.
  static func deadlines(_ plan: Plan, on day: CivilDate) throws(LedgerError) -> [Deadline] {
    try Deadlines.list(plan, sent: plan.cycle.planSent, asOf: day)
  }

  static let deadlines = CommandSpec(
    words: ["deadlines"], options: [ReadCommands.asOf, ReadCommands.json],
    summary:
      "Statutory deadlines from the sources: the action plan to Ofsted 70 working days after an ILACS report."
  ) { (inv: Invocation) throws(LedgerError) -> Output in
    let (replay, warnings) = try ReadCommands.load(inv)
    let instant = try inv.asOf()
    let list = try deadlines(replay.plan(asOf: instant), on: instant.date)
    let text =
      list.isEmpty
      ? "no statutory deadlines: no ILACS source with a publication date"
      : list.map { VisibleText.line($0.text) }.joined(separator: "\n")
    return Output(
      stdout: ReadCommands.render(inv, json: .array(list.map(\.json)), text: text),
      warnings: warnings)
  }

  static let output = OptionSpec(
    name: "output", value: "FILE", help: "write to FILE (atomically) instead of stdout")

  /// Writes `text` to `--output` or returns it for stdout.
  /// The file and stdout get the same bytes, ending in one newline.
  static func emit(_ inv: Invocation, _ text: String, what: String) throws(LedgerError) -> Output {
    let body = text.hasSuffix("\n") ? text : text + "\n"
    guard let path = inv.value("output") else { return Output(stdout: String(body.dropLast())) }
    try ReportCommand.refuseLedger(path, ledger: try inv.ledgerPath())
    try ReportCommand.writeAtomically(Array(body.utf8), to: path)
    return Output(stdout: "wrote \(what) to \(VisibleText.line(path))")
  }

  /// `--format`, else `--output`'s extension, else Markdown.
  static func format(_ inv: Invocation, allowed: [String]) throws(LedgerError) -> String {
    if let chosen = inv.value("format") {
      guard allowed.contains(chosen) else {
        throw .usage(
          "--format \"\(chosen)\" is not one of the choices",
          hint: "choose one of " + allowed.joined(separator: ", "))
      }
      return chosen
    }
    let name = (inv.value("output") ?? "").lowercased()
    if name.hasSuffix(".html") || name.hasSuffix(".htm") { return "html" }
    if name.hasSuffix(".json"), allowed.contains("json") { return "json" }
    return "markdown"
  }

  static let review = CommandSpec(
    words: ["review"],
    options: [
      OptionSpec(
        name: "from", value: "YYYY-MM-DD", help: "first day of the period", required: true),
      OptionSpec(name: "to", value: "YYYY-MM-DD", help: "last day of the period", required: true),
      OptionSpec(name: "format", value: "markdown|html|json", help: "the form (default markdown)"),
      output,
    ],
    summary:
      "The year-end review: progressed, carried forward, deferred, withdrawn; meetings with attendance."
  ) { (inv: Invocation) throws(LedgerError) -> Output in
    let (replay, warnings) = try ReadCommands.load(inv)
    let from = try inv.date("from")
    let to = try inv.date("to")
    guard from <= to else {
      throw .usage("--from \(from) is after --to \(to)", hint: "give the period's first day first")
    }
    let review = YearReview.build(replay, from: from, to: to)
    let text: String
    switch try format(inv, allowed: ["markdown", "html", "json"]) {
    case "json": text = JSONWriter.pretty(review.json)
    case "html": text = review.document.html(title: "\(review.title) — review")
    default: text = review.document.markdown
    }
    var out = try emit(inv, text, what: "the review \(from) to \(to)")
    out.warnings = warnings
    return out
  }

  static let selfEvaluation = CommandSpec(
    words: ["self-evaluation"],
    options: [
      ReadCommands.asOf,
      OptionSpec(name: "format", value: "markdown|html", help: "the form (default markdown)"),
      output,
    ],
    summary:
      "A draft annual self-evaluation: seed 003's three questions per priority (or theme), from the ledger."
  ) { (inv: Invocation) throws(LedgerError) -> Output in
    let (replay, warnings) = try ReadCommands.load(inv)
    let evaluation = SelfEvaluation.build(replay, asOf: try inv.asOf())
    let text =
      try format(inv, allowed: ["markdown", "html"]) == "html"
      ? evaluation.document.html(title: "Self-evaluation — \(evaluation.title)")
      : evaluation.document.markdown
    var out = try emit(inv, text, what: "the self-evaluation as of \(evaluation.asOf)")
    out.warnings = warnings
    return out
  }

  static let carryForward = CommandSpec(
    words: ["carry-forward"],
    options: [
      OptionSpec(
        name: "to", value: "NEW_LEDGER", help: "the new ledger (must not exist)", required: true),
      OptionSpec(name: "title", value: "TEXT", help: "the new plan's title", required: true),
      OptionSpec(name: "authority", value: "TEXT", help: "the local authority (default: as now)"),
    ],
    summary:
      "Start next year's ledger from this one: unfinished actions come across; this ledger records where they went.",
    writes: true
  ) { (inv: Invocation) throws(LedgerError) -> Output in
    let path = try inv.ledgerPath()
    guard let to = inv.value("to"), !Text.isBlank(to) else { throw .usage("--to is required") }
    let title = try inv.text("title")
    let authority = try inv.optionalText("authority")
    let actor = try inv.actor()
    let fixed = try inv.fixedClock()
    let outcome = try CarryForward(
      path: path, newPath: to, now: { fixed ?? Timestamp(seconds: Timestamp.now().seconds) },
      wait: try inv.lockWait()
    ).run(title: title, authority: authority, actor: actor)
    let e = outcome.recorded
    let items =
      outcome.items.isEmpty ? "no unfinished actions" : outcome.items.joined(separator: ", ")
    let first =
      outcome.completedEarlierRun
      ? "found \(VisibleText.line(to)) from an interrupted carry-forward (\(outcome.newEvents) events, head \(outcome.newHead.seq):\(outcome.newHead.hash.prefix(16))…)"
      : "wrote \(VisibleText.line(to)): \(outcome.newEvents) events, head \(outcome.newHead.seq):\(outcome.newHead.hash.prefix(16))…"
    return Output(
      stdout: first + "\ncarried \(items)\n"
        + "recorded \(e.seq) plan.carried-forward at \(e.event.recorded) (hash \(e.hash.prefix(16))…)"
    )
  }
}

extension CycleCommands {
  /// `verify --previous OLD`: both files verify and the new one continues exactly the history
  /// of the old one it names; returns the line to print.
  static func continuity(new: String, old: String) throws(LedgerError) -> String {
    let oldVerification = try Verifier.verify(path: old)
    if let failure = oldVerification.failure {
      throw LedgerError(
        .data, "the previous ledger does not verify: " + failure.message, file: failure.file,
        line: failure.line, hint: failure.hint)
    }
    let newEvents = try LedgerReader.read(path: new).events
    let oldEvents = try LedgerReader.read(path: old).events
    if let problem = Continuity.problem(
      new: newEvents, newPath: new, old: oldEvents, oldPath: old)
    {
      throw problem
    }
    guard case .planCreated(_, _, let previous?)? = newEvents.first?.event.body else {
      return ""
    }
    return
      "continues \(VisibleText.line(old)) from its head \(previous.seq):\(previous.hash.prefix(16))… (“\(VisibleText.line(previous.title))”)"
  }
}
