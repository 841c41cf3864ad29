import LedgerCore

/// The commands format version 3 added (issue 8): priorities, measures, impact and
/// corrections, and the `--under` / relinking options shared with the older commands.
enum PlanCommands {
  static func opt(_ name: String, _ value: String?, _ help: String, required: Bool = false)
    -> OptionSpec
  {
    WriteCommands.opt(name, value, help, required: required)
  }

  static func command(
    _ words: [String], _ positionals: [String] = [], _ options: [OptionSpec], _ summary: String,
    _ body: @escaping @Sendable (Invocation) throws(LedgerError) -> EventBody
  ) -> CommandSpec {
    WriteCommands.command(words, positionals, options, summary, body)
  }

  /// `--under PRIORITY`, repeatable.
  static let under = OptionSpec(
    name: "under", value: "PID", help: "a priority it sits under (repeatable)", repeatable: true)

  /// The distinct IDs given to a repeatable option, in order.
  static func ids(_ i: Invocation, _ name: String) throws(LedgerError) -> [String] {
    var ids: [String] = []
    for text in i.all(name) {
      let id = try Invocation.identifier(text, what: "--\(name)")
      if ids.contains(id) { throw .usage("--\(name) \(id) is given twice") }
      ids.append(id)
    }
    return ids
  }

  /// The priorities of `--under`, or `[]` for `--no-under`, or nil for neither.
  static func replacedUnder(_ i: Invocation) throws(LedgerError) -> [String]? {
    let given = try ids(i, "under")
    if i.flag("no-under") {
      guard given.isEmpty else { throw .usage("give --under or --no-under, not both") }
      return []
    }
    return given.isEmpty ? nil : given
  }

  /// A decimal number, exactly as typed.
  static func numeral(_ text: String, what: String) throws(LedgerError) -> Numeral {
    if let problem = Numeral.problem(text) { throw .usage("\(what): \(problem)") }
    return Numeral(parsing: text)!
  }

  static func optionalNumeral(_ i: Invocation, _ name: String) throws(LedgerError) -> Numeral? {
    guard let text = i.value(name) else { return nil }
    return try numeral(text, what: "--\(name)")
  }

  /// `--higher-is-better` / `--lower-is-better`, or nil for neither.
  static func direction(_ i: Invocation) throws(LedgerError) -> Direction? {
    switch (i.flag("higher-is-better"), i.flag("lower-is-better")) {
    case (true, true): throw .usage("give --higher-is-better or --lower-is-better, not both")
    case (true, false): return .higherIsBetter
    case (false, true): return .lowerIsBetter
    case (false, false): return nil
    }
  }

  static func nothing(_ options: String) -> LedgerError {
    .usage("nothing to amend", hint: "give at least one of \(options)")
  }

  static let measureOptions = [
    opt("title", "TEXT", "what is measured"), opt("unit", "TEXT", "the unit, e.g. % or children"),
    opt("baseline", "NUMBER", "the starting value, e.g. 57 or 21.5"),
    opt("baseline-date", "YYYY-MM-DD", "when the baseline was measured"),
    opt("target", "NUMBER", "the value aimed for"),
    opt("target-date", "YYYY-MM-DD", "when the target should be reached"),
  ]

  static let all: [CommandSpec] = [
    command(
      ["priority", "add"], ["ID"],
      [
        opt("title", "TEXT", "e.g. \"Safe\"", required: true),
        opt("outcome", "TEXT", "\"we will know we have made a difference when …\""),
      ],
      "Add a priority of the plan, with the outcome that will show it."
    ) { (i: Invocation) throws(LedgerError) in
      .priorityAdded(
        id: try i.id(), title: try i.text("title"), outcome: try i.optionalText("outcome"))
    },
    command(
      ["priority", "amend"], ["ID"],
      [
        opt("title", "TEXT", "a new title"), opt("outcome", "TEXT", "a new outcome statement"),
        opt("reason", "TEXT", "why", required: true),
      ],
      "Correct a priority's title or outcome, with the reason."
    ) { (i: Invocation) throws(LedgerError) in
      let title = try i.optionalText("title")
      let outcome = try i.optionalText("outcome")
      guard title != nil || outcome != nil else { throw nothing("--title, --outcome") }
      return .priorityAmended(
        id: try i.id(), title: title, outcome: outcome, reason: try i.text("reason"))
    },
    command(
      ["measure", "add"], ["ID"],
      [opt("under", "PID", "the priority it measures", required: true)]
        + measureOptions.map {
          var o = $0
          o.required = true
          return o
        }
        + [OptionSpec(name: "lower-is-better", value: nil, help: "lower values are better")],
      "Add a measure under a priority: baseline, target, and which way is better."
    ) { (i: Invocation) throws(LedgerError) in
      .measureAdded(
        MeasureDetails(
          id: try i.id(), under: try Invocation.identifier(try i.text("under"), what: "--under"),
          title: try i.text("title"), unit: try i.text("unit"),
          baseline: try numeral(try i.text("baseline"), what: "--baseline"),
          baselineDate: try i.date("baseline-date"),
          target: try numeral(try i.text("target"), what: "--target"),
          targetDate: try i.date("target-date"),
          direction: i.flag("lower-is-better") ? .lowerIsBetter : .higherIsBetter))
    },
    command(
      ["measure", "record"], ["ID", "NUMBER"],
      [
        opt("date", "YYYY-MM-DD", "when it was measured", required: true),
        opt("note", "TEXT", "where the figure comes from", required: true),
      ],
      "Record a value of a measure, exactly as given."
    ) { (i: Invocation) throws(LedgerError) in
      .measureRecorded(
        id: try i.id(), value: try numeral(i.positionals[1], what: "NUMBER"),
        date: try i.date("date"), note: try i.text("note"))
    },
    command(
      ["measure", "amend"], ["ID"],
      measureOptions + [
        OptionSpec(name: "higher-is-better", value: nil, help: "higher values are better"),
        OptionSpec(name: "lower-is-better", value: nil, help: "lower values are better"),
        opt("reason", "TEXT", "why", required: true),
      ],
      "Correct a measure, with the reason."
    ) { (i: Invocation) throws(LedgerError) in
      let a = MeasureAmendment(
        id: try i.id(), title: try i.optionalText("title"), unit: try i.optionalText("unit"),
        baseline: try optionalNumeral(i, "baseline"),
        baselineDate: try i.optionalDate("baseline-date"),
        target: try optionalNumeral(i, "target"), targetDate: try i.optionalDate("target-date"),
        direction: try direction(i), reason: try i.text("reason"))
      guard !a.isEmpty else {
        throw nothing(
          "--title, --unit, --baseline, --baseline-date, --target, --target-date, "
            + "--higher-is-better, --lower-is-better")
      }
      return .measureAmended(a)
    },
    command(
      ["action", "impact"], ["ID"],
      [opt("note", "TEXT", "the difference it made for children and families", required: true)],
      "Record an action's impact (in any status but withdrawn, sign-off included)."
    ) { (i: Invocation) throws(LedgerError) in
      .actionImpact(id: try i.id(), note: try i.text("note"))
    },
    command(
      ["source", "amend"], ["ID"],
      [
        opt("title", "TEXT", "a new title"), opt("date", "YYYY-MM-DD", "a new date"),
        opt("end-date", "YYYY-MM-DD", "a new end date"),
        opt("published", "YYYY-MM-DD", "a new publication date"),
        opt("grade", "GRADE", Grade.allCases.map(\.rawValue).joined(separator: "|")),
        opt("url", "URL", "a new URL"), opt("reason", "TEXT", "why", required: true),
      ],
      "Correct a source's title, dates, grade or URL, with the reason."
    ) { (i: Invocation) throws(LedgerError) in
      let a = SourceAmendment(
        id: try i.id(), title: try i.optionalText("title"), date: try i.optionalDate("date"),
        endDate: try i.optionalDate("end-date"), published: try i.optionalDate("published"),
        grade: try i.choice(i.value("grade"), "--grade", Grade.self),
        url: try i.optionalText("url"), reason: try i.text("reason"))
      guard !a.isEmpty else {
        throw nothing("--title, --date, --end-date, --published, --grade, --url")
      }
      return .sourceAmended(a)
    },
    command(
      ["plan", "amend"], [],
      [
        opt("title", "TEXT", "a new title"), opt("authority", "TEXT", "a new authority"),
        opt("reason", "TEXT", "why", required: true),
      ],
      "Correct the plan's title or authority, with the reason."
    ) { (i: Invocation) throws(LedgerError) in
      let title = try i.optionalText("title")
      let authority = try i.optionalText("authority")
      guard title != nil || authority != nil else { throw nothing("--title, --authority") }
      return .planAmended(title: title, authority: authority, reason: try i.text("reason"))
    },
  ]
}
