import LedgerCore

/// The fields of one item as they stand in a plan, in the order diffs list them, named as in
/// `status --json`.
struct ItemSnapshot: Hashable, Sendable {
  /// What kind of item it is.
  var kind: ItemKind
  /// The `seq` that added it (its place in plan order).
  var addedSeq: Int
  /// Field name and value, in field order.
  var fields: [Field]

  /// One named field.
  struct Field: Hashable, Sendable {
    var name: String
    var value: FieldValue
  }

  /// The fields that are free text, quoted in text renderings.
  static let freeText: Set<String> = [
    "title", "owner", "text", "theme", "framework", "latest_update", "latest_impact", "outcome",
    "unit", "latest_note",
  ]

  /// The item `id` in `plan`, or nil if the plan has no such item.
  init?(_ id: String, in plan: Plan) {
    func f(_ name: String, _ value: FieldValue) -> Field { Field(name: name, value: value) }
    if let s = plan.sources[id] {
      let d = s.details
      kind = .source
      addedSeq = s.addedSeq
      fields = [
        f("title", .string(d.title)), f("type", .string(d.sourceType.rawValue)),
        f("date", .string(d.date.description)), f("end_date", .string(d.endDate?.description)),
        f("published", .string(d.published?.description)), f("grade", .string(d.grade?.rawValue)),
        f("url", .string(d.url)),
      ]
    } else if let r = plan.recommendations[id] {
      kind = .recommendation
      addedSeq = r.addedSeq
      fields = [
        f("text", .string(r.text)), f("status", .string(r.status.rawValue)),
        f("theme", .string(r.theme)), f("framework", .string(r.framework)),
        f("priority", .bool(r.priority)), f("source", .string(r.source)),
        f("under", r.under.isEmpty ? .none : .list(r.under)),
      ]
    } else if let a = plan.actions[id] {
      kind = .action
      addedSeq = a.addedSeq
      fields = [
        f("title", .string(a.title)), f("owner", .string(a.owner)),
        f("due", .string(a.due.description)), f("status", .string(a.status.rawValue)),
        f("rag", .string(a.rag?.rawValue)), f("recommendations", .list(a.recommendations)),
        f("latest_update", .string(a.latestUpdate?.note)),
        f("deferred_until", .string(a.deferredUntil?.description)),
        f("under", a.under.isEmpty ? .none : .list(a.under)),
        f("latest_impact", .string(a.impacts.last?.note)),
      ]
    } else if let p = plan.priorities[id] {
      kind = .priority
      addedSeq = p.addedSeq
      fields = [f("title", .string(p.title)), f("outcome", .string(p.outcome))]
    } else if let m = plan.measures[id] {
      let d = m.details
      kind = .measure
      addedSeq = m.addedSeq
      fields = [
        f("title", .string(d.title)), f("under", .string(d.under)), f("unit", .string(d.unit)),
        f("direction", .string(d.direction.rawValue)), f("baseline", .string(d.baseline.text)),
        f("baseline_date", .string(d.baselineDate.description)),
        f("target", .string(d.target.text)), f("target_date", .string(d.targetDate.description)),
        f("latest", .string(m.latest.map { "\($0.value.text) on \($0.date)" })),
        f("latest_note", .string(m.latest?.note)),
      ]
    } else {
      return nil
    }
  }

  /// The field changes from `before` to `after` of item `id`, in field order. An item on one
  /// side only gives `added` (or `removed`) changes for each field that has a value.
  static func changes(_ id: String, from before: ItemSnapshot?, to after: ItemSnapshot?)
    -> [FieldChange]
  {
    switch (before, after) {
    case (nil, nil):
      return []
    case (let b?, let a?) where b.kind == a.kind:
      return zip(b.fields, a.fields).compactMap { old, new in
        old.value == new.value
          ? nil
          : FieldChange(
            id: id, kind: a.kind, field: new.name, change: .changed, before: old.value,
            after: new.value)
      }
    default:
      let removed = before.map { b in
        b.fields.filter { $0.value != .none }.map {
          FieldChange(
            id: id, kind: b.kind, field: $0.name, change: .removed, before: $0.value, after: .none)
        }
      }
      let added = after.map { a in
        a.fields.filter { $0.value != .none }.map {
          FieldChange(
            id: id, kind: a.kind, field: $0.name, change: .added, before: .none, after: $0.value)
        }
      }
      return (removed ?? []) + (added ?? [])
    }
  }
}
