import AnnualCycle
import ArgumentParsing
import LedgerCommands
import LedgerCore
import LedgerWrite
import PlanState

/// The annual cycle's commands (issue 9): deadlines, the year-end review, carrying a plan
/// forward and the self-evaluation. `source plan-sent` and `board-meeting`'s attendance are in
/// `WriteCommands`; `verify --previous` and the open deadline in `status` in `ReadCommands`.
enum CycleCommands {
  static let output = OptionSpec(
    "output", value: "FILE", help: "Write to FILE (atomically) instead of standard output.")

  static let all: [LedgerCommand] = [
    LedgerCommand(
      spec: CommandSpec(
        ["deadlines"],
        summary:
          "Statutory deadlines from the sources: the action plan to Ofsted, 70 working days after an ILACS report is published.",
        options: [ReadCommands.asOf, ReadCommands.json]),
      run: deadlines),
    LedgerCommand(
      spec: CommandSpec(
        ["review"],
        summary:
          "The year-end review: progressed, carried forward, deferred, withdrawn; meetings with attendance.",
        options: [
          OptionSpec(
            "from", value: "YYYY-MM-DD", help: "The period's first day.", required: true),
          OptionSpec("to", value: "YYYY-MM-DD", help: "The period's last day.", required: true),
          OptionSpec(
            "format", value: "markdown|html|json",
            help: "The form (default: from --output's extension, else markdown).",
            choices: ["markdown", "html", "json"]),
          output,
        ]),
      run: review),
    LedgerCommand(
      spec: CommandSpec(
        ["carry-forward"],
        summary:
          "Start next year's ledger from this one: open and deferred actions come across with what they need; this ledger records where they went.",
        options: [
          OptionSpec(
            "to", value: "NEW_LEDGER", help: "The new ledger (it must not exist).",
            required: true),
          OptionSpec("title", value: "TEXT", help: "The new plan's title.", required: true),
          OptionSpec(
            "authority", value: "TEXT", help: "The local authority (default: as it is now)."),
        ]),
      run: carryForward),
    LedgerCommand(
      spec: CommandSpec(
        ["self-evaluation"],
        summary:
          "A draft annual self-evaluation: seed 003's three questions per priority (or theme), answered from the ledger.",
        options: [
          ReadCommands.asOf,
          OptionSpec(
            "format", value: "markdown|html",
            help: "The form (default: from --output's extension, else markdown).",
            choices: ["markdown", "html"]),
          output,
        ]),
      run: selfEvaluation),
  ]

  /// The statutory deadlines as of a day, by the `Deadlines` code, with the plans sent.
  static func deadlines(_ plan: Plan, on day: CivilDate) throws -> [Deadline] {
    try Deadlines.list(plan, asOf: day)
  }

  static func deadlines(_ inv: Invocation) throws -> Output {
    let (folded, instant, warnings) = try ReadCommands.loadPlan(inv, refuseBeforeFirst: false)
    let list = try deadlines(folded.plan, on: instant.date)
    let text =
      list.isEmpty
      ? "no statutory deadlines: no ILACS source with a publication date"
      : list.map { VisibleText.line($0.text) }.joined(separator: "\n")
    return Output(
      stdout: ReadCommands.render(inv, json: .array(list.map(\.json)), text: text),
      warnings: warnings)
  }

  /// Writes `text` to `--output`, or returns it for standard output: the same bytes either
  /// way (the executable adds the final newline back).
  static func emit(_ inv: Invocation, _ text: String, what: String, warnings: [String])
    throws -> Output
  {
    let body = text.hasSuffix("\n") ? text : text + "\n"
    guard let path = inv.value("output") else {
      return Output(stdout: String(body.dropLast()), warnings: warnings)
    }
    try ReportCommand.refuseLedger(path, ledger: try inv.ledgerPath())
    try ReportCommand.checkFolder(of: path)
    try AtomicFile.write(Array(body.utf8), to: path)
    return Output(stdout: "wrote \(what) to \(VisibleText.line(path))", warnings: warnings)
  }

  /// `--format`, else `--output`'s extension, else Markdown.
  static func format(_ inv: Invocation) -> String {
    if let chosen = inv.value("format") { return chosen }
    let ext = inv.value("output").flatMap(ReportCommand.fileExtension)
    if ext == "html" || ext == "htm" { return "html" }
    if ext == "json" { return "json" }
    return "markdown"
  }

  static func review(_ inv: Invocation) throws -> Output {
    let from = try inv.date("from")
    let to = try inv.date("to")
    guard from <= to else {
      throw CLIError.usage(
        "--from \(from) is after --to \(to)", hint: "give the period's first day first")
    }
    let (replay, warnings) = try ReadCommands.load(inv)
    let review = YearReview.build(replay, from: from, to: to)
    let text: String
    switch format(inv) {
    case "json": text = JSONWriter.pretty(review.json)
    case "html": text = review.document.html(title: "\(review.title) — review")
    default: text = review.document.markdown
    }
    return try emit(inv, text, what: "the review \(from) to \(to)", warnings: warnings)
  }

  static func selfEvaluation(_ inv: Invocation) throws -> Output {
    if format(inv) == "json" {
      throw CLIError.usage(
        "the self-evaluation is a draft for people: markdown or html",
        hint: "name the output .md or .html")
    }
    let (replay, warnings) = try ReadCommands.load(inv)
    let evaluation = SelfEvaluation.build(replay, asOf: try inv.asOf())
    let text =
      format(inv) == "html"
      ? evaluation.document.html(title: "Self-evaluation — \(evaluation.title)")
      : evaluation.document.markdown
    return try emit(
      inv, text, what: "the self-evaluation as of \(evaluation.asOf)", warnings: warnings)
  }

  static func carryForward(_ inv: Invocation) throws -> Output {
    let path = try inv.ledgerPath()
    let to = try inv.text("to")
    let title = try inv.text("title")
    let authority = try inv.optionalText("authority")
    let actor = try inv.actor()
    let fixed = try inv.fixedClock()
    var carry = CarryForward(
      path: path, newPath: to, now: { fixed ?? Timestamp(seconds: Timestamp.now().seconds) },
      wait: try inv.lockWait())
    carry.clockSource = fixed == nil ? nil : "LEDGER_NOW"
    let outcome = try carry.run(title: title, authority: authority, actor: actor)
    let e = outcome.recorded
    let items =
      outcome.items.isEmpty ? "no unfinished actions" : outcome.items.joined(separator: ", ")
    let head = "\(outcome.newHead.seq):\(outcome.newHead.hash.prefix(16))…"
    let first =
      outcome.completedEarlierRun
      ? "found \(VisibleText.line(to)) from an interrupted carry-forward (\(outcome.newEvents) events, head \(head))"
      : "wrote \(VisibleText.line(to)): \(outcome.newEvents) events, head \(head)"
    return Output(
      stdout: first + "\ncarried \(items)\n"
        + "recorded \(e.seq) plan.carried-forward at \(e.event.recorded) (hash \(e.hash.prefix(16))…)"
    )
  }

  /// `verify --previous OLD`: the old file verifies and the new one continues exactly the
  /// history of it that it names; returns the line to print.
  static func continuity(new: String, old: String) throws -> String {
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
    guard case .planCreated(_, _, let previous?)? = newEvents.first?.event.body else { return "" }
    return
      "continues \(VisibleText.line(old)) from its head \(previous.seq):\(previous.hash.prefix(16))… (“\(VisibleText.line(previous.title))”)"
  }
}
