import LedgerCore

/// JSON forms of the core's values, shared by this module's renderers.
enum PlanJSON {
  static func head(_ h: Head?) -> JSONValue {
    h.map { JSONValue.members([("seq", JSONValue.int($0.seq)), ("hash", .string($0.hash))]) }
      ?? .null
  }
  static func update(_ u: Update?) -> JSONValue {
    guard let u else { return .null }
    return JSONValue.members([
      ("seq", JSONValue.int(u.seq)), ("type", .string(u.type.rawValue)),
      ("date", JSONValue.date(u.date)),
      ("actor", JSONValue.actor(u.actor)), ("note", .string(u.note)),
      ("link", JSONValue.orNull(u.link)),
    ])
  }
  static func source(_ s: Source) -> JSONValue {
    let d = s.details
    return JSONValue.members([
      ("id", .string(d.id)), ("type", .string(d.sourceType.rawValue)), ("title", .string(d.title)),
      ("date", JSONValue.date(d.date)), ("end_date", JSONValue.date(d.endDate)),
      ("published", JSONValue.date(d.published)),
      ("grade", JSONValue.orNull(d.grade?.rawValue)), ("url", JSONValue.orNull(d.url)),
    ])
  }
  static func recommendation(_ r: Recommendation) -> JSONValue {
    JSONValue.members([
      ("id", .string(r.id)), ("source", .string(r.source)), ("text", .string(r.text)),
      ("status", .string(r.status.rawValue)), ("priority", .bool(r.priority)),
      ("theme", JSONValue.orNull(r.theme)), ("framework", JSONValue.orNull(r.framework)),
      ("actions", JSONValue.strings(r.actions)), ("under", JSONValue.strings(r.under)),
    ])
  }
  static func action(_ a: Action, overdue: Bool) -> JSONValue {
    JSONValue.members([
      ("id", .string(a.id)), ("title", .string(a.title)), ("owner", .string(a.owner)),
      ("due", JSONValue.date(a.due)), ("status", .string(a.status.rawValue)),
      ("rag", JSONValue.orNull(a.rag?.rawValue)),
      ("overdue", .bool(overdue)), ("recommendations", JSONValue.strings(a.recommendations)),
      ("rag_note", JSONValue.orNull(a.ragNote)), ("latest_update", update(a.latestUpdate)),
      (
        "due_changes",
        .array(
          a.dueChanges.map {
            JSONValue.members([
              ("seq", JSONValue.int($0.seq)), ("date", JSONValue.date($0.date)),
              ("actor", JSONValue.actor($0.actor)),
              ("from", JSONValue.date($0.from)), ("to", JSONValue.date($0.to)),
              ("reason", .string($0.reason)),
            ])
          })
      ),
      ("deferred_until", JSONValue.date(a.deferredUntil)),
      ("completed", JSONValue.date(a.completedOn)),
      ("signed_off", JSONValue.date(a.signedOffOn)),
      ("under", JSONValue.strings(a.under)),
      ("impact", .array(a.impacts.map { update($0) })),
    ])
  }
  static func priority(_ row: PriorityRow) -> JSONValue {
    let p = row.priority
    return JSONValue.members([
      ("id", .string(p.id)), ("title", .string(p.title)), ("outcome", JSONValue.orNull(p.outcome)),
      ("recommendations", JSONValue.strings(row.recommendations)),
      ("actions", JSONValue.strings(row.actions.map(\.action.id))),
      ("measures", JSONValue.strings(row.measures.map(\.measure.id))),
    ])
  }
  static func measure(_ row: MeasureRow) -> JSONValue {
    let m = row.measure
    let d = m.details
    return JSONValue.members([
      ("id", .string(d.id)), ("title", .string(d.title)), ("unit", .string(d.unit)),
      ("direction", .string(d.direction.rawValue)), ("baseline", .string(d.baseline.text)),
      ("target", .string(d.target.text)), ("latest", JSONValue.orNull(m.latest?.value.text)),
      (
        "values",
        .array(
          m.valuesByDate.map {
            JSONValue.members([
              ("value", .string($0.value.text)), ("date", JSONValue.date($0.date)),
              ("note", .string($0.note)),
            ])
          })
      ),
      ("under", .string(d.under)), ("baseline_date", JSONValue.date(d.baselineDate)),
      ("target_date", JSONValue.date(d.targetDate)),
      ("track", JSONValue.orNull(row.track?.rawValue)),
    ])
  }
}
