import AuditTrail
import LedgerCommands
import LedgerCore
import PlanState

/// The commands that read: they never write.
enum ReadCommands {
  static let json = OptionSpec(name: "json", value: nil, help: "print JSON for other tools")
  static let asOf = OptionSpec(
    name: "as-of", value: "WHEN",
    help: "as the plan stood then (YYYY-MM-DD = end of day UTC, or RFC 3339)")

  /// Reads the ledger and reports a torn tail as a warning.
  static func load(_ inv: Invocation, verify: Bool = false) throws(LedgerError) -> (
    Replay, [String]
  ) {
    let path = try inv.ledgerPath()
    let contents = try LedgerReader.read(
      path: path, verify: verify, wait: try inv.lockWait(), onWaiting: Invocation.sayWaiting)
    if contents.events.isEmpty {
      throw LedgerError(
        .data, "the ledger is empty: it holds no plan yet", file: path,
        hint: "start it with 'ledger init --title … --authority …'")
    }
    return (Replay(contents.events), contents.tornTail.map { [$0.warning(file: path)] } ?? [])
  }

  static func render(
    _ inv: Invocation, json: @autoclosure () -> JSONValue, text: @autoclosure () -> String
  )
    -> String
  {
    inv.flag("json") ? JSONWriter.pretty(json()) : text()
  }

  static let all: [CommandSpec] = [
    CommandSpec(
      words: ["status"], options: [asOf, json],
      summary:
        "The plan: findings by source, their actions with owner, due, status, RAG, overdue; RAG counts."
    ) { (inv: Invocation) throws(LedgerError) -> Output in
      let (replay, warnings) = try load(inv)
      let instant = try inv.asOf()
      let report = Status.report(replay, asOf: instant)
      let open = try CycleCommands.deadlines(replay.plan(asOf: instant), on: instant.date)
        .filter(\.isOpen)
      var json = report.json
      if case .object(var members) = json {
        members.members.append(
          JSONMember(key: "deadlines", value: .array(open.map(\.json))))
        json = .object(members)
      }
      let text =
        report.text
        + (open.isEmpty
          ? ""
          : "\n\nStatutory deadlines:\n"
            + open.map { "  " + VisibleText.line($0.text) }.joined(separator: "\n"))
      return Output(stdout: render(inv, json: json, text: text), warnings: warnings)
    },
    CommandSpec(
      words: ["show"], positionals: ["ID"], options: [asOf, json],
      summary: "One source, recommendation or action, with its full history."
    ) { (inv: Invocation) throws(LedgerError) -> Output in
      let (replay, warnings) = try load(inv)
      let id = inv.positionals[0]
      let instant = try inv.asOf()
      let count = replay.count(recordedUpTo: instant)
      let plan = replay.plan(upTo: count)
      guard let item = ItemView.find(id, in: plan, on: instant.date) else {
        let known = plan.sourceOrder + plan.recommendationOrder + plan.actionOrder
        let guess = Suggest.closest(to: id, among: known)
        throw .rule(
          "there is no source, recommendation or action \(id)"
            + (inv.value("as-of") != nil ? " as of \(instant)" : ""),
          hint: guess.map { "did you mean \($0)?" } ?? "see 'ledger status' for the IDs")
      }
      let history = History.entries(Replay(Array(replay.events.prefix(count))), item: id)
      let json = JSONValue.object(
        JSONObject([
          JSONMember(key: "kind", value: item.json.objectValue!["kind"]!),
          JSONMember(key: "item", value: item.json.objectValue!["item"]!),
          JSONMember(key: "history", value: History.json(history)),
        ]))
      var text = item.text
      if let seqs = plan.cycle.carriedHistory[id], let previous = plan.cycle.previous {
        text +=
          "\nCarried forward from “\(VisibleText.line(previous.title))”: its earlier history is in that ledger at seqs "
          + seqs.map(String.init).joined(separator: ", ")
          + " (head \(previous.seq):\(previous.hash.prefix(16))…; see 'ledger history \(id) --ledger OLD_LEDGER')"
      }
      text += "\n\nHistory:\n" + History.text(history)
      return Output(stdout: render(inv, json: json, text: text), warnings: warnings)
    },
    CommandSpec(
      words: ["history"], positionals: ["[ID]"],
      options: [
        OptionSpec(name: "since", value: "WHEN", help: "only events recorded after this"),
        OptionSpec(name: "until", value: "WHEN", help: "only events recorded up to this"),
        OptionSpec(name: "actor", value: "NAME", help: "only events recorded by this person"),
        json,
      ],
      summary:
        "The audit trail: seq, when, who (name, role), what, why; one event a line (a line break in a note shows as ↵, a control character as \\u{1B})."
    ) { (inv: Invocation) throws(LedgerError) -> Output in
      let (replay, warnings) = try load(inv)
      let entries = History.entries(
        replay, item: inv.positionals.first, since: try inv.when("since"),
        until: try inv.when("until"),
        actor: inv.value("actor"))
      return Output(
        stdout: render(inv, json: History.json(entries), text: History.text(entries)),
        warnings: warnings)
    },
    CommandSpec(
      words: ["diff"],
      options: [
        OptionSpec(name: "since", value: "WHEN", help: "the earlier point", required: true),
        OptionSpec(name: "until", value: "WHEN", help: "the later point (default: now)"), json,
      ],
      summary: "What changed between two points, item by item (field: before → after)."
    ) { (inv: Invocation) throws(LedgerError) -> Output in
      let (replay, warnings) = try load(inv)
      guard let since = try inv.when("since") else { throw .usage("--since WHEN is required") }
      let until = try inv.when("until")
      if let until, until < since {
        throw .usage("--until \(until) is before --since \(since)")
      }
      let diff = Diff.between(replay, since: since, until: until)
      return Output(stdout: render(inv, json: diff.json, text: diff.text), warnings: warnings)
    },
    CommandSpec(
      words: ["verify"],
      options: [
        OptionSpec(
          name: "head", value: "SEQ:HASH", help: "also check the file still contains this head"),
        OptionSpec(
          name: "previous", value: "OLD_LEDGER",
          help: "also prove this ledger continues exactly the history of OLD_LEDGER it names"),
        json,
      ],
      summary: "Check every line, digest and link of the chain; exit 1 naming the first bad line."
    ) { (inv: Invocation) throws(LedgerError) -> Output in
      var expected: Head?
      if let text = inv.value("head") {
        guard let head = Head(parsing: text) else {
          throw .usage(
            "--head \"\(text)\" is not SEQ:HASH",
            hint: "e.g. --head 42:<64 hex digits>, as printed by 'ledger verify'")
        }
        expected = head
      }
      let path = try inv.ledgerPath()
      let verification = try Verifier.verify(path: path, head: expected)
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
    },
  ]
}
