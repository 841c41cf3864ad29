import LedgerCore

extension StatusReport {
  /// The `status --json` document. Keys other tools rely on: `plan` (`title`, `authority`),
  /// `head` (`seq`, `hash`), `recommendations`, `actions`, `rag`, `priorities` (`id`, `title`,
  /// `outcome`, `recommendations`, `actions`, `measures`) and `measures` (`id`, `title`,
  /// `unit`, `direction`, `baseline`, `target`, `latest`, `values` of `{value, date, note}`;
  /// numbers are strings exactly as entered).
  public var json: JSONValue {
    JSONValue.members([
      ("plan", JSONValue.members([("title", .string(title)), ("authority", .string(authority))])),
      ("as_of", .string(asOf.rfc3339)),
      ("head", PlanJSON.head(head)),
      ("sources", .array(sources.map { PlanJSON.source($0.source) })),
      (
        "recommendations",
        .array(recommendations.map { PlanJSON.recommendation($0.recommendation) })
      ),
      ("actions", .array(actions.map { PlanJSON.action($0.action, overdue: $0.overdue) })),
      ("priorities", .array(priorities.map(PlanJSON.priority))),
      ("measures", .array(measures.map(PlanJSON.measure))),
      (
        "rag",
        JSONValue.members([
          ("red", JSONValue.int(rag.red)), ("amber", JSONValue.int(rag.amber)),
          ("green", JSONValue.int(rag.green)),
          ("blue", JSONValue.int(rag.blue)), ("unrated", JSONValue.int(rag.unrated)),
        ])
      ),
      (
        "meetings",
        .array(
          meetings.map {
            JSONValue.members([
              ("seq", JSONValue.int($0.seq)), ("date", JSONValue.date($0.date)),
              ("note", JSONValue.orNull($0.note)),
            ])
          })
      ),
    ])
  }
}
