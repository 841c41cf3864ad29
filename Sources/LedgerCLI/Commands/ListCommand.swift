import ArgumentParsing
import LedgerCore
import PlanState

/// `ledger list`: every ID with its kind, status and title, and every board meeting.
enum ListCommand {
  /// The kinds `--kind` accepts.
  static let kinds = ["source", "recommendation", "action", "meeting"]

  static let command = LedgerCommand(
    spec: CommandSpec(
      ["list"],
      summary:
        "Every source, recommendation and action with its status and title; every board meeting.",
      options: [
        OptionSpec("kind", value: "KIND", help: "Only this kind.", choices: kinds),
        ReadCommands.asOf, ReadCommands.json,
      ]),
    run: run)

  static func run(_ inv: Invocation) throws -> Output {
    let (folded, _, warnings) = try ReadCommands.loadPlan(inv)
    let plan = folded.plan
    let kind = inv.value("kind")
    var list = ItemList(
      plan, kind: kind.flatMap(ItemKind.init(rawValue:)), meetings: kind == nil || kind == "meeting"
    )
    if kind == "meeting" { list.items = [] }
    return Output(
      stdout: ReadCommands.render(inv, json: list.json, text: list.text), warnings: warnings)
  }
}
