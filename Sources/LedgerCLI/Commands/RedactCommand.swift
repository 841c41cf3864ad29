import ArgumentParsing
import LedgerCommands
import LedgerCore

/// `ledger redact SEQ --member NAME… --reason TEXT`: the one exception to append-only.
enum RedactCommand {
  /// The command: its declaration and what running it does.
  static let command = LedgerCommand(
    spec: CommandSpec(
      ["redact"],
      summary:
        "Remove personal data typed into an event: each named member reads \"[redacted]\"; the chain still verifies and a payload.redacted event records who, what and why.",
      positionals: [
        PositionalSpec("SEQ", help: "The event's number, as 'ledger history' shows it.")
      ],
      options: [
        OptionSpec(
          "member", value: "NAME",
          help: "A free-text member of that event's data, e.g. note (repeat for more).",
          required: true, repeatable: true)
      ] + WriteCommands.text("reason", "Why, e.g. \"a child's name (data protection)\".")),
    run: run)

  static func run(_ inv: Invocation) throws -> Output {
    let text = inv.positional(0) ?? ""
    guard let seq = Int(text), seq >= 1, text.first != "0", text.first != "+" else {
      throw CLIError.usage(
        "SEQ \"\(text)\" is not an event number", hint: "find it with 'ledger history'")
    }
    let members = inv.all("member")
    if members.isEmpty || members.contains(where: \.isEmpty) {
      throw CLIError.usage(
        "--member NAME needs a member name", hint: "e.g. --member note; see 'ledger redact --help'")
    }
    if let twice = members.first(where: { m in members.filter { $0 == m }.count > 1 }) {
      throw CLIError.usage("--member \(twice) is given twice")
    }
    let reason = try inv.text("reason")
    let actor = try inv.actor()
    let path = try inv.ledgerPath()
    let fixed = try inv.fixedClock()
    let receipt = try Recorder(
      path: path, now: { fixed ?? Timestamp(seconds: Timestamp.now().seconds) },
      clockSource: fixed == nil ? nil : "LEDGER_NOW", wait: try inv.lockWait(),
      onWaiting: Invocation.sayWaiting
    ).redact(seq: seq, members: members, reason: reason, actor: actor)
    var warnings: [String] = []
    if let side = receipt.tornTailMovedTo, let torn = receipt.tornTail {
      warnings.append(
        "\(path):\(torn.line): moved a torn tail (\(torn.bytes.count) bytes with no newline, a write that was cut off) to \(side); the ledger now ends at its last whole line"
      )
    }
    for leftover in receipt.removedLeftovers {
      warnings.append("removed \(leftover), a copy left by a redaction that was cut off")
    }
    for side in receipt.sideFilesHoldingText {
      warnings.append(
        "\(side) (a torn tail set aside earlier) holds (at least the start of) the redacted text; the tool never deletes side files: check it and delete it by hand"
      )
    }
    let e = receipt.event
    guard case .payloadRedacted(let details) = e.event.body else {
      return Output(stdout: "recorded \(e.seq) \(e.event.type.rawValue)")
    }
    return Output(
      stdout: """
        recorded \(e.seq) payload.redacted of event \(details.seq) (\(details.members.joined(separator: ", "))) at \(e.event.recorded) (hash \(e.hash.prefix(16))…)
        line \(details.seq) now reads "[redacted]" there; every other line is unchanged, so earlier heads still verify
        board papers, exports and backups made before now still hold the text: replace them
        """,
      warnings: warnings)
  }
}
