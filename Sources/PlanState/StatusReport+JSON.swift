import LedgerCore

extension StatusReport {
  /// The `status --json` document. Keys other tools rely on: `plan` (`title`, `authority`),
  /// `head` (`seq`, `hash`), `recommendations`, `actions`, `rag`.
  public var json: JSONValue {
    J.object([
      ("plan", J.object([("title", .string(title)), ("authority", .string(authority))])),
      ("as_of", .string(asOf.rfc3339)),
      ("head", J.head(head)),
      ("sources", .array(sources.map { J.source($0.source) })),
      ("recommendations", .array(recommendations.map { J.recommendation($0.recommendation) })),
      ("actions", .array(actions.map { J.action($0.action, overdue: $0.overdue) })),
      (
        "rag",
        J.object([
          ("red", J.int(rag.red)), ("amber", J.int(rag.amber)), ("green", J.int(rag.green)),
          ("blue", J.int(rag.blue)), ("unrated", J.int(rag.unrated)),
        ])
      ),
      (
        "meetings",
        .array(
          meetings.map {
            J.object([
              ("seq", J.int($0.seq)), ("date", J.date($0.date)), ("note", J.string($0.note)),
            ])
          })
      ),
    ])
  }
}
