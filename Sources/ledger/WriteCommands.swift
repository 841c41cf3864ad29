import LedgerCommands
import LedgerCore

/// The commands that append one event each.
enum WriteCommands {
  static func opt(_ name: String, _ value: String?, _ help: String, required: Bool = false)
    -> OptionSpec
  {
    OptionSpec(name: name, value: value, help: help, required: required)
  }

  /// A write command whose event is built from the invocation.
  static func command(
    _ words: [String], _ positionals: [String] = [], _ options: [OptionSpec], _ summary: String,
    _ body: @escaping @Sendable (Invocation) throws(LedgerError) -> EventBody
  ) -> CommandSpec {
    CommandSpec(
      words: words, positionals: positionals, options: options, summary: summary, writes: true
    ) { (inv: Invocation) throws(LedgerError) -> Output in
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

  static let all: [CommandSpec] = [
    command(
      ["init"], [],
      [
        opt("title", "TEXT", "the plan's title", required: true),
        opt("authority", "TEXT", "the local authority", required: true),
      ],
      "Start a new ledger holding one improvement plan."
    ) { (i: Invocation) throws(LedgerError) in
      .planCreated(title: try i.text("title"), authority: try i.text("authority"))
    },
    command(
      ["source", "add"], ["ID"],
      [
        opt(
          "type", "TYPE", SourceType.allCases.map(\.rawValue).joined(separator: "|"), required: true
        ),
        opt("title", "TEXT", "e.g. \"Focused visit, July 2021\"", required: true),
        opt("date", "YYYY-MM-DD", "when the visit took place (or began)", required: true),
        opt("end-date", "YYYY-MM-DD", "when it ended"),
        opt("published", "YYYY-MM-DD", "when the report was published"),
        opt("grade", "GRADE", Grade.allCases.map(\.rawValue).joined(separator: "|")),
        opt("url", "URL", "where the report can be read"),
      ],
      "Record a visit or review that produced findings."
    ) { (i: Invocation) throws(LedgerError) in
      .sourceAdded(
        SourceDetails(
          id: try i.id(), sourceType: try i.choice(i.value("type"), "--type", SourceType.self)!,
          title: try i.text("title"), date: try i.date("date"),
          endDate: try i.optionalDate("end-date"),
          published: try i.optionalDate("published"),
          grade: try i.choice(i.value("grade"), "--grade", Grade.self),
          url: try i.optionalText("url")))
    },
    command(
      ["recommendation", "add"], ["ID"],
      [
        opt("source", "SID", "the source that made it", required: true),
        opt("text", "TEXT", "Ofsted's words, verbatim", required: true),
        opt("theme", "TEXT", "a theme, e.g. \"Children in care\""),
        opt("framework", "TAG", "a National Framework tag, e.g. \"outcome 1, national framework\""),
        OptionSpec(name: "priority", value: nil, help: "an area for priority action"),
        PlanCommands.under,
      ],
      "Record a recommendation (a finding: what needs to improve)."
    ) { (i: Invocation) throws(LedgerError) in
      .recommendationAdded(
        id: try i.id(), source: try Invocation.identifier(try i.text("source"), what: "--source"),
        text: try i.text("text"), theme: try i.optionalText("theme"),
        framework: try i.optionalText("framework"), priority: i.flag("priority"),
        under: try PlanCommands.ids(i, "under"))
    },
    command(
      ["recommendation", "amend"], ["ID"],
      [
        opt("text", "TEXT", "the corrected wording"), opt("theme", "TEXT", "a new theme"),
        PlanCommands.under,
        OptionSpec(name: "no-under", value: nil, help: "place it under no priority"),
        OptionSpec(name: "priority", value: nil, help: "mark it an area for priority action"),
        OptionSpec(name: "no-priority", value: nil, help: "no longer an area for priority action"),
        opt("reason", "TEXT", "why it changed", required: true),
      ],
      "Correct a recommendation's wording, theme, priorities or priority-action flag."
    ) { (i: Invocation) throws(LedgerError) in
      let text = try i.optionalText("text")
      let theme = try i.optionalText("theme")
      let under = try PlanCommands.replacedUnder(i)
      if i.flag("priority"), i.flag("no-priority") {
        throw .usage("give --priority or --no-priority, not both")
      }
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
      ["recommendation", "close"], ["ID"],
      [opt("note", "TEXT", "the board's decision", required: true)],
      "Close a recommendation (refused while a linked action is still open)."
    ) { (i: Invocation) throws(LedgerError) in
      .recommendationClosed(id: try i.id(), note: try i.text("note"))
    },
    command(
      ["recommendation", "reopen"], ["ID"], [opt("reason", "TEXT", "why", required: true)],
      "Reopen a closed recommendation."
    ) { (i: Invocation) throws(LedgerError) in
      .recommendationReopened(id: try i.id(), reason: try i.text("reason"))
    },
    command(
      ["action", "add"], ["ID"],
      [
        OptionSpec(
          name: "recommendation", value: "RID", help: "a recommendation it answers (repeatable)",
          repeatable: true),
        PlanCommands.under,
        opt("title", "TEXT", "what is to be done", required: true),
        opt("owner", "TEXT", "who owns it, usually a role", required: true),
        opt("due", "YYYY-MM-DD", "when it is due", required: true),
      ],
      "Add an action answering recommendations, or under priorities (at least one of either)."
    ) { (i: Invocation) throws(LedgerError) in
      .actionAdded(
        id: try i.id(), recommendations: try PlanCommands.ids(i, "recommendation"),
        title: try i.text("title"), owner: try i.text("owner"), due: try i.date("due"),
        under: try PlanCommands.ids(i, "under"))
    },
    command(
      ["action", "amend"], ["ID"],
      [
        opt("title", "TEXT", "a new title"), opt("owner", "TEXT", "a new owner"),
        opt("due", "YYYY-MM-DD", "a new due date (a re-baseline)"),
        OptionSpec(
          name: "recommendation", value: "RID",
          help: "the recommendations it answers, replacing its links (repeatable)",
          repeatable: true),
        OptionSpec(
          name: "no-recommendation", value: nil, help: "it answers no recommendation any more"),
        PlanCommands.under,
        OptionSpec(name: "no-under", value: nil, help: "place it under no priority"),
        opt("reason", "TEXT", "why", required: true),
      ],
      "Change an action's title, owner, due date, recommendations or priorities, with the reason."
    ) { (i: Invocation) throws(LedgerError) in
      let title = try i.optionalText("title")
      let owner = try i.optionalText("owner")
      let due = try i.optionalDate("due")
      var links: [String]? = try PlanCommands.ids(i, "recommendation")
      if i.flag("no-recommendation") {
        guard links!.isEmpty else {
          throw .usage("give --recommendation or --no-recommendation, not both")
        }
      } else if links!.isEmpty {
        links = nil
      }
      let under = try PlanCommands.replacedUnder(i)
      guard title != nil || owner != nil || due != nil || links != nil || under != nil else {
        throw .usage(
          "nothing to amend",
          hint:
            "give at least one of --title, --owner, --due, --recommendation, --no-recommendation, --under, --no-under"
        )
      }
      return .actionAmended(
        id: try i.id(), title: title, owner: owner, due: due, reason: try i.text("reason"),
        recommendations: links, under: under)
    },
    command(
      ["action", "rate"], ["ID", "red|amber|green"],
      [opt("note", "TEXT", "the reason for the rating", required: true)],
      "Give an action a RAG rating, with the reason (blue comes from 'action complete')."
    ) { (i: Invocation) throws(LedgerError) in
      let rag = try i.choice(i.positionals[1], "rating", RAG.self)!
      if rag == .blue {
        throw .usage(
          "an action is rated blue by completing it",
          hint: "use 'ledger action complete \(i.positionals[0]) --note …'")
      }
      return .actionRated(id: try i.id(), rag: rag, note: try i.text("note"))
    },
    command(
      ["action", "progress"], ["ID"], [opt("note", "TEXT", "what has been done", required: true)],
      "Add a progress note (\"what have we done so far\")."
    ) { (i: Invocation) throws(LedgerError) in
      .actionProgress(id: try i.id(), note: try i.text("note"))
    },
    command(
      ["action", "evidence"], ["ID"],
      [
        opt("note", "TEXT", "the evidence", required: true),
        opt("link", "URL", "where it can be seen"),
      ],
      "Record evidence of progress or impact."
    ) { (i: Invocation) throws(LedgerError) in
      .actionEvidence(id: try i.id(), note: try i.text("note"), link: try i.optionalText("link"))
    },
    command(
      ["action", "complete"], ["ID"], [opt("note", "TEXT", "what was achieved", required: true)],
      "Mark an action complete (rated blue); the board signs it off separately."
    ) { (i: Invocation) throws(LedgerError) in
      .actionCompleted(id: try i.id(), note: try i.text("note"))
    },
    command(
      ["action", "sign-off"], ["ID"], [opt("note", "TEXT", "the board's decision", required: true)],
      "Sign off a completed action."
    ) { (i: Invocation) throws(LedgerError) in
      .actionSignedOff(id: try i.id(), note: try i.text("note"))
    },
    command(
      ["action", "reopen"], ["ID"], [opt("reason", "TEXT", "why", required: true)],
      "Reopen a completed, signed-off, deferred or withdrawn action."
    ) { (i: Invocation) throws(LedgerError) in
      .actionReopened(id: try i.id(), reason: try i.text("reason"))
    },
    command(
      ["action", "defer"], ["ID"],
      [
        opt("reason", "TEXT", "why, and who approved it", required: true),
        opt("until", "YYYY-MM-DD", "until when"),
      ],
      "Defer (suspend or carry forward) an action."
    ) { (i: Invocation) throws(LedgerError) in
      .actionDeferred(
        id: try i.id(), reason: try i.text("reason"), until: try i.optionalDate("until"))
    },
    command(
      ["action", "withdraw"], ["ID"], [opt("reason", "TEXT", "why", required: true)],
      "Withdraw an action that will no longer be pursued."
    ) { (i: Invocation) throws(LedgerError) in
      .actionWithdrawn(id: try i.id(), reason: try i.text("reason"))
    },
    command(
      ["board-meeting"], [],
      [
        opt("date", "YYYY-MM-DD", "when the board met", required: true),
        opt("note", "TEXT", "e.g. the minutes' reference"),
      ],
      "Record a meeting of the improvement board."
    ) { (i: Invocation) throws(LedgerError) in
      .boardMeeting(date: try i.date("date"), note: try i.optionalText("note"))
    },
    command(
      ["retract"], ["SEQ"], [opt("reason", "TEXT", "why the event was wrong", required: true)],
      "Correct a mistake: the event stays in history, marked, and its effect is undone."
    ) { (i: Invocation) throws(LedgerError) in
      guard let seq = Int(i.positionals[0]), seq >= 1 else {
        throw .usage(
          "SEQ \"\(i.positionals[0])\" is not an event number",
          hint: "find it with 'ledger history'")
      }
      return .eventRetracted(seq: seq, reason: try i.text("reason"))
    },
  ]
}
