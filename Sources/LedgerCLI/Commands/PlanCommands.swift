import ArgumentParsing
import LedgerCommands
import LedgerCore

/// The commands format version 3 added (issue 8): priorities, measures, impact and
/// corrections, and the `--under` / relinking options shared with the older commands.
enum PlanCommands {
  /// `--under PID`, repeatable.
  static let under = OptionSpec(
    "under", value: "PID", help: "A priority it sits under (repeatable).", repeatable: true)

  /// `--no-under`: sits under no priority any more (never with `--under`).
  static let noUnder = OptionSpec.flag(
    "no-under", help: "Place it under no priority.", excludes: ["under"])

  /// The distinct IDs given to a repeatable option, in order.
  static func ids(_ i: Invocation, _ name: String) throws(CLIError) -> [String] {
    var ids: [String] = []
    for text in i.all(name) {
      let id = try Invocation.identifier(text, what: "--\(name)")
      if ids.contains(id) { throw .usage("--\(name) \(id) is given twice") }
      ids.append(id)
    }
    return ids
  }

  /// The priorities of `--under`, or `[]` for `--no-under`, or nil for neither.
  static func replacedUnder(_ i: Invocation) throws(CLIError) -> [String]? {
    if i.flag("no-under") { return [] }
    let given = try ids(i, "under")
    return given.isEmpty ? nil : given
  }

  /// A decimal number, exactly as typed.
  static func numeral(_ text: String, what: String) throws(CLIError) -> Numeral {
    guard let numeral = Numeral(parsing: text) else {
      throw .usage("\(what): \(Numeral.problem(text) ?? "not a number")")
    }
    return numeral
  }

  /// Option `--name` as a decimal number, if given.
  static func optionalNumeral(_ i: Invocation, _ name: String) throws(CLIError) -> Numeral? {
    guard let text = i.value(name) else { return nil }
    return try numeral(text, what: "--\(name)")
  }

  /// `--higher-is-better` / `--lower-is-better` (the parser refuses both), or nil for neither.
  static func direction(_ i: Invocation) -> Direction? {
    if i.flag("higher-is-better") { return .higherIsBetter }
    if i.flag("lower-is-better") { return .lowerIsBetter }
    return nil
  }

  /// "nothing to amend", naming the options that would amend something.
  static func nothing(_ options: String) -> CLIError {
    .usage("nothing to amend", hint: "give at least one of \(options)")
  }

  /// What a measure is: the options `measure add` requires and `measure amend` may give.
  static func measureOptions(required: Bool) -> [OptionSpec] {
    [
      WriteCommands.opt("title", "TEXT", "What is measured.", required: required),
      WriteCommands.opt("unit", "TEXT", "The unit, e.g. % or children.", required: required),
      WriteCommands.opt(
        "baseline", "NUMBER", "The starting value, e.g. 57 or 21.5.", required: required),
      WriteCommands.opt(
        "baseline-date", "YYYY-MM-DD", "When the baseline was measured.", required: required),
      WriteCommands.opt("target", "NUMBER", "The value aimed for.", required: required),
      WriteCommands.opt(
        "target-date", "YYYY-MM-DD", "When the target should be reached.", required: required),
    ]
  }

  /// Every command of this group, in the order help lists them.
  static let all: [LedgerCommand] = [
    WriteCommands.command(
      ["priority", "add"], [WriteCommands.id],
      [WriteCommands.opt("title", "TEXT", "E.g. \"Safe\".", required: true)]
        + WriteCommands.text(
          "outcome", "\"We will know we have made a difference when …\".", required: false),
      "Add a priority of the plan, with the outcome that will show it."
    ) { i in
      .priorityAdded(
        id: try i.id(), title: try i.text("title"), outcome: try i.optionalText("outcome"))
    },
    WriteCommands.command(
      ["priority", "amend"], [WriteCommands.id],
      [WriteCommands.opt("title", "TEXT", "A new title.")]
        + WriteCommands.text("outcome", "A new outcome statement.", required: false)
        + WriteCommands.text("reason", "Why."),
      "Correct a priority's title or outcome, with the reason."
    ) { i in
      let title = try i.optionalText("title")
      let outcome = try i.optionalText("outcome")
      guard title != nil || outcome != nil else { throw nothing("--title, --outcome") }
      return .priorityAmended(
        id: try i.id(), title: title, outcome: outcome, reason: try i.text("reason"))
    },
    WriteCommands.command(
      ["measure", "add"], [WriteCommands.id],
      [WriteCommands.opt("under", "PID", "The priority it measures.", required: true)]
        + measureOptions(required: true)
        + [.flag("lower-is-better", help: "Lower values are better (e.g. caseloads).")],
      "Add a measure under a priority: baseline, target, and which way is better."
    ) { i in
      .measureAdded(
        MeasureDetails(
          id: try i.id(),
          under: try Invocation.identifier(i.value("under") ?? "", what: "--under"),
          title: try i.text("title"), unit: try i.text("unit"),
          baseline: try numeral(i.value("baseline") ?? "", what: "--baseline"),
          baselineDate: try i.date("baseline-date"),
          target: try numeral(i.value("target") ?? "", what: "--target"),
          targetDate: try i.date("target-date"),
          direction: i.flag("lower-is-better") ? .lowerIsBetter : .higherIsBetter))
    },
    WriteCommands.command(
      ["measure", "record"],
      [
        WriteCommands.id,
        PositionalSpec("NUMBER", help: "The value, exactly as reported, e.g. 64.5."),
      ],
      [WriteCommands.opt("date", "YYYY-MM-DD", "When it was measured.", required: true)]
        + WriteCommands.text("note", "Where the figure comes from."),
      "Record a value of a measure, exactly as given."
    ) { i in
      .measureRecorded(
        id: try i.id(), value: try numeral(i.positional(1) ?? "", what: "NUMBER"),
        date: try i.date("date"), note: try i.text("note"))
    },
    WriteCommands.command(
      ["measure", "amend"], [WriteCommands.id],
      measureOptions(required: false)
        + [
          .flag(
            "higher-is-better", help: "Higher values are better.", excludes: ["lower-is-better"]),
          .flag("lower-is-better", help: "Lower values are better."),
        ]
        + WriteCommands.text("reason", "Why."),
      "Correct a measure, with the reason."
    ) { i in
      let a = MeasureAmendment(
        id: try i.id(), title: try i.optionalText("title"), unit: try i.optionalText("unit"),
        baseline: try optionalNumeral(i, "baseline"),
        baselineDate: try i.optionalDate("baseline-date"),
        target: try optionalNumeral(i, "target"), targetDate: try i.optionalDate("target-date"),
        direction: direction(i), reason: try i.text("reason"))
      guard !a.isEmpty else {
        throw nothing(
          "--title, --unit, --baseline, --baseline-date, --target, --target-date, "
            + "--higher-is-better, --lower-is-better")
      }
      return .measureAmended(a)
    },
    WriteCommands.command(
      ["action", "impact"], [WriteCommands.id],
      WriteCommands.text("note", "The difference it made for children and families."),
      "Record an action's impact (in any status but withdrawn, sign-off included)."
    ) { i in
      .actionImpact(id: try i.id(), note: try i.text("note"))
    },
    WriteCommands.command(
      ["source", "amend"], [WriteCommands.id],
      [
        WriteCommands.opt("title", "TEXT", "A new title."),
        WriteCommands.opt("date", "YYYY-MM-DD", "A new date."),
        WriteCommands.opt("end-date", "YYYY-MM-DD", "A new end date."),
        WriteCommands.opt("published", "YYYY-MM-DD", "A new publication date."),
        OptionSpec(
          "grade", value: "GRADE", help: "A new judgement.",
          choices: Grade.allCases.map(\.rawValue)),
        WriteCommands.opt("url", "URL", "A new URL."),
      ] + WriteCommands.text("reason", "Why."),
      "Correct a source's title, dates, grade or URL, with the reason."
    ) { i in
      let a = SourceAmendment(
        id: try i.id(), title: try i.optionalText("title"), date: try i.optionalDate("date"),
        endDate: try i.optionalDate("end-date"), published: try i.optionalDate("published"),
        grade: try i.choice("grade", Grade.self),
        url: try i.optionalText("url"), reason: try i.text("reason"))
      guard !a.isEmpty else {
        throw nothing("--title, --date, --end-date, --published, --grade, --url")
      }
      return .sourceAmended(a)
    },
    WriteCommands.command(
      ["plan", "amend"], [],
      [
        WriteCommands.opt("title", "TEXT", "A new title."),
        WriteCommands.opt("authority", "TEXT", "A new authority."),
      ] + WriteCommands.text("reason", "Why."),
      "Correct the plan's title or authority, with the reason."
    ) { i in
      let title = try i.optionalText("title")
      let authority = try i.optionalText("authority")
      guard title != nil || authority != nil else { throw nothing("--title, --authority") }
      return .planAmended(title: title, authority: authority, reason: try i.text("reason"))
    },
  ]
}
