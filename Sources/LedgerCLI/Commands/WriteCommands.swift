import ArgumentParsing
import LedgerCommands
import LedgerCore

/// The commands that append one event each.
enum WriteCommands {
  /// `--name VALUE`.
  static func opt(_ name: String, _ value: String, _ help: String, required: Bool = false)
    -> OptionSpec
  {
    OptionSpec(name, value: value, help: help, required: required)
  }

  /// `--name TEXT` and its sibling `--name-file PATH` (one of them, if required).
  static func text(_ name: String, _ help: String, required: Bool = true) -> [OptionSpec] {
    [
      OptionSpec(name, value: "TEXT", help: help, required: required, alternative: "\(name)-file"),
      OptionSpec("\(name)-file", value: "PATH", help: "--\(name) from a file. " + TextFile.help),
    ]
  }

  /// The option every write takes besides the global ones.
  static let effective = OptionSpec(
    "effective", value: "YYYY-MM-DD",
    help: "When it actually happened, if earlier (back-recording).")

  /// An ID positional.
  static let id = PositionalSpec("ID", help: "The item's ID, e.g. R1, A1.2 or FV2021.")

  /// A write command whose event is built from the invocation.
  static func command(
    _ words: [String], _ positionals: [PositionalSpec] = [], _ options: [OptionSpec],
    _ summary: String,
    _ body: @escaping @Sendable (Invocation) throws -> EventBody
  ) -> LedgerCommand {
    LedgerCommand(
      spec: CommandSpec(
        words, summary: summary, positionals: positionals, options: options + [effective])
    ) { inv in
      let event = try body(inv)
      let actor = try inv.actor()
      let effective = try inv.optionalDate("effective")
      let path = try inv.ledgerPath()
      // Read the clock only once the lock is held: a writer that waited for another must not
      // stamp a time earlier than the event it waited for.
      let fixed = try inv.fixedClock()
      let receipt = try Recorder(
        path: path, now: { fixed ?? Timestamp(seconds: Timestamp.now().seconds) },
        clockSource: fixed == nil ? nil : "LEDGER_NOW", wait: try inv.lockWait(),
        onWaiting: Invocation.sayWaiting
      ).record(event, actor: actor, effective: effective)
      var warnings: [String] = []
      if let side = receipt.tornTailMovedTo, let torn = receipt.tornTail {
        warnings.append(
          "\(path):\(torn.line): moved a torn tail (\(torn.bytes.count) bytes with no newline, a write that was cut off) to \(side); the ledger now ends at its last whole line"
        )
      }
      let e = receipt.event
      let subject = e.event.body.subject.map { " \($0)" } ?? ""
      return Output(
        stdout:
          "recorded \(e.seq) \(e.event.type.rawValue)\(subject) at \(e.event.recorded) (hash \(e.hash.prefix(16))…)",
        warnings: warnings)
    }
  }

  static let all: [LedgerCommand] = [
    command(
      ["init"], [],
      [
        opt("title", "TEXT", "The plan's title.", required: true),
        opt("authority", "TEXT", "The local authority.", required: true),
      ],
      "Start a new ledger holding one improvement plan."
    ) { i in
      .planCreated(title: try i.text("title"), authority: try i.text("authority"))
    },
    command(
      ["source", "add"], [id],
      [
        OptionSpec(
          "type", value: "TYPE", help: "The kind of visit or review.", required: true,
          choices: SourceType.allCases.map(\.rawValue)),
        opt("title", "TEXT", "E.g. \"Focused visit, July 2021\".", required: true),
        opt("date", "YYYY-MM-DD", "When the visit took place (or began).", required: true),
        opt("end-date", "YYYY-MM-DD", "When it ended."),
        opt("published", "YYYY-MM-DD", "When the report was published."),
        OptionSpec(
          "grade", value: "GRADE", help: "The judgement, if graded.",
          choices: Grade.allCases.map(\.rawValue)),
        opt("url", "URL", "Where the report can be read."),
      ],
      "Record a visit or review that produced findings."
    ) { i in
      guard let type = try i.choice("type", SourceType.self) else {
        throw CLIError.usage("--type TYPE is required")
      }
      return .sourceAdded(
        SourceDetails(
          id: try i.id(), sourceType: type,
          title: try i.text("title"), date: try i.date("date"),
          endDate: try i.optionalDate("end-date"),
          published: try i.optionalDate("published"),
          grade: try i.choice("grade", Grade.self),
          url: try i.optionalText("url")))
    },
    command(
      ["recommendation", "add"], [id],
      [
        opt("source", "SID", "The source that made it.", required: true)
      ]
        + text("text", "Ofsted's words, verbatim.")
        + [
          opt("theme", "TEXT", "A theme, e.g. \"Children in care\"."),
          opt("framework", "TAG", "A National Framework tag, e.g. \"outcome 1\"."),
          .flag("priority", help: "An area for priority action."),
          PlanCommands.under,
        ],
      "Record a recommendation (a finding: what needs to improve)."
    ) { i in
      .recommendationAdded(
        id: try i.id(),
        source: try Invocation.identifier(i.value("source") ?? "", what: "--source"),
        text: try i.text("text"), theme: try i.optionalText("theme"),
        framework: try i.optionalText("framework"), priority: i.flag("priority"),
        under: try PlanCommands.ids(i, "under"))
    },
    command(
      ["recommendation", "amend"], [id],
      text("text", "The corrected wording.", required: false)
        + [
          opt("theme", "TEXT", "A new theme."), PlanCommands.under, PlanCommands.noUnder,
          .flag("priority", help: "Mark it an area for priority action."),
          .flag(
            "no-priority", help: "No longer an area for priority action.",
            excludes: ["priority"]),
        ] + text("reason", "Why it changed."),
      "Correct a recommendation's wording, theme, priorities or priority-action flag."
    ) { i in
      let text = try i.optionalText("text")
      let theme = try i.optionalText("theme")
      let under = try PlanCommands.replacedUnder(i)
      let priority: Bool? = i.flag("priority") ? true : i.flag("no-priority") ? false : nil
      guard text != nil || theme != nil || under != nil || priority != nil else {
        throw PlanCommands.nothing(
          "--text, --theme, --under, --no-under, --priority, --no-priority")
      }
      return .recommendationAmended(
        id: try i.id(), text: text, reason: try i.text("reason"), theme: theme, under: under,
        priority: priority)
    },
    command(
      ["recommendation", "close"], [id], text("note", "The board's decision."),
      "Close a recommendation (refused while a linked action is still open)."
    ) { i in
      .recommendationClosed(id: try i.id(), note: try i.text("note"))
    },
    command(
      ["recommendation", "reopen"], [id], text("reason", "Why."),
      "Reopen a closed recommendation."
    ) { i in
      .recommendationReopened(id: try i.id(), reason: try i.text("reason"))
    },
    command(
      ["action", "add"], [id],
      [
        OptionSpec(
          "recommendation", value: "RID", help: "A recommendation it answers (repeatable).",
          repeatable: true),
        PlanCommands.under,
        opt("title", "TEXT", "What is to be done.", required: true),
        opt("owner", "TEXT", "Who owns it, usually a role.", required: true),
        opt("due", "YYYY-MM-DD", "When it is due.", required: true),
      ],
      "Add an action answering recommendations, or under priorities (at least one of either)."
    ) { i in
      .actionAdded(
        id: try i.id(), recommendations: try PlanCommands.ids(i, "recommendation"),
        title: try i.text("title"), owner: try i.text("owner"), due: try i.date("due"),
        under: try PlanCommands.ids(i, "under"))
    },
    command(
      ["action", "amend"], [id],
      [
        opt("title", "TEXT", "A new title."), opt("owner", "TEXT", "A new owner."),
        opt("due", "YYYY-MM-DD", "A new due date (a re-baseline)."),
        OptionSpec(
          "recommendation", value: "RID",
          help: "The recommendations it answers, replacing its links (repeatable).",
          repeatable: true),
        .flag(
          "no-recommendation", help: "It answers no recommendation any more.",
          excludes: ["recommendation"]),
        PlanCommands.under, PlanCommands.noUnder,
      ] + text("reason", "Why."),
      "Change an action's title, owner, due date, recommendations or priorities, with the reason."
    ) { i in
      let title = try i.optionalText("title")
      let owner = try i.optionalText("owner")
      let due = try i.optionalDate("due")
      let given = try PlanCommands.ids(i, "recommendation")
      let links: [String]? = i.flag("no-recommendation") ? [] : given.isEmpty ? nil : given
      let under = try PlanCommands.replacedUnder(i)
      guard title != nil || owner != nil || due != nil || links != nil || under != nil else {
        throw PlanCommands.nothing(
          "--title, --owner, --due, --recommendation, --no-recommendation, --under, --no-under")
      }
      return .actionAmended(
        id: try i.id(), title: title, owner: owner, due: due, reason: try i.text("reason"),
        recommendations: links, under: under)
    },
    command(
      ["action", "rate"],
      [
        id,
        PositionalSpec(
          "red|amber|green", help: "The rating (blue comes from 'ledger action complete').",
          choices: ["red", "amber", "green"]),
      ],
      text("note", "The reason for the rating."),
      "Give an action a RAG rating, with the reason (blue comes from 'action complete')."
    ) { i in
      guard let rag = RAG(rawValue: i.positional(1) ?? "") else {
        throw CLIError.usage("the rating must be red, amber or green")
      }
      return .actionRated(id: try i.id(), rag: rag, note: try i.text("note"))
    },
    command(
      ["action", "progress"], [id], text("note", "What has been done."),
      "Add a progress note (\"what have we done so far\")."
    ) { i in
      .actionProgress(id: try i.id(), note: try i.text("note"))
    },
    command(
      ["action", "evidence"], [id],
      text("note", "The evidence.") + [opt("link", "URL", "Where it can be seen.")],
      "Record evidence of progress or impact."
    ) { i in
      .actionEvidence(id: try i.id(), note: try i.text("note"), link: try i.optionalText("link"))
    },
    command(
      ["action", "complete"], [id], text("note", "What was achieved."),
      "Mark an action complete (rated blue); the board signs it off separately."
    ) { i in
      .actionCompleted(id: try i.id(), note: try i.text("note"))
    },
    command(
      ["action", "sign-off"], [id], text("note", "The board's decision."),
      "Sign off a completed action."
    ) { i in
      .actionSignedOff(id: try i.id(), note: try i.text("note"))
    },
    command(
      ["action", "reopen"], [id], text("reason", "Why."),
      "Reopen a completed, signed-off, deferred or withdrawn action."
    ) { i in
      .actionReopened(id: try i.id(), reason: try i.text("reason"))
    },
    command(
      ["action", "defer"], [id],
      text("reason", "Why, and who approved it.") + [opt("until", "YYYY-MM-DD", "Until when.")],
      "Defer (suspend or carry forward) an action."
    ) { i in
      .actionDeferred(
        id: try i.id(), reason: try i.text("reason"), until: try i.optionalDate("until"))
    },
    command(
      ["action", "withdraw"], [id], text("reason", "Why."),
      "Withdraw an action that will no longer be pursued."
    ) { i in
      .actionWithdrawn(id: try i.id(), reason: try i.text("reason"))
    },
    command(
      ["board-meeting"], [],
      [opt("date", "YYYY-MM-DD", "When the board met.", required: true)]
        + text("note", "E.g. the minutes' reference.", required: false) + [
          OptionSpec(
            "attendee", value: "\"NAME (ROLE)\"", help: "Someone who attended (repeat it).",
            repeatable: true),
          OptionSpec(
            "apologies", value: "\"NAME (ROLE)\"",
            help: "Someone who sent apologies (repeat it).", repeatable: true),
        ],
      "Record a meeting of the improvement board, with who attended and who sent apologies."
    ) { i in
      for name in i.all("attendee") + i.all("apologies") where Text.isBlank(name) {
        throw CLIError.refused("--attendee and --apologies must not be empty")
      }
      return .boardMeeting(
        date: try i.date("date"), note: try i.optionalText("note"), attendees: i.all("attendee"),
        apologies: i.all("apologies"))
    },
    command(
      ["source", "plan-sent"], [id],
      [opt("date", "YYYY-MM-DD", "When the action plan was sent to Ofsted.", required: true)]
        + text("note", "E.g. how it was sent, or the covering letter's reference.", required: false),
      "Record that the action plan answering a source was sent to Ofsted (meets its deadline)."
    ) { i in
      .sourcePlanSent(id: try i.id(), date: try i.date("date"), note: try i.optionalText("note"))
    },
    command(
      ["retract"], [PositionalSpec("SEQ", help: "The number of the event to retract.")],
      text("reason", "Why the event was wrong."),
      "Correct a mistake: the event stays in history, marked, and its effect is undone."
    ) { i in
      guard let text = i.positional(0), let seq = Int(text), seq >= 1 else {
        throw CLIError.usage(
          "SEQ \"\(i.positional(0) ?? "")\" is not an event number",
          hint: "find it with 'ledger history'")
      }
      return .eventRetracted(seq: seq, reason: try i.text("reason"))
    },
  ]
}
