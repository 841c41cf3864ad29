// The plan and everything it holds, written in the binary form `ByteReader+Plan.swift` reads.
// Fields are written in declaration order; every field of every type is written, so a field
// added to `Plan` or its items must be added here and there too (PlanSnapshotTests compares a
// round trip against the synthesized `Codable` form, field by field, and fails if not).

extension ByteWriter {
  /// Appends `plan`, whole.
  public mutating func plan(_ plan: Plan) {
    string(plan.title)
    string(plan.authority)
    dictionary(plan.sources) { $0.source($1) }
    strings(plan.sourceOrder)
    dictionary(plan.recommendations) { $0.recommendation($1) }
    strings(plan.recommendationOrder)
    dictionary(plan.actions) { $0.action($1) }
    strings(plan.actionOrder)
    dictionary(plan.priorities) { $0.priority($1) }
    strings(plan.priorityOrder)
    dictionary(plan.measures) { $0.measure($1) }
    strings(plan.measureOrder)
    list(plan.meetings) { $0.meeting($1) }
    cycle(plan.cycle)
    count(plan.redactedMembers.count)
    for (seq, members) in plan.redactedMembers {
      int(seq)
      strings(members.sorted())
    }
    int(plan.lastSeq)
  }

  /// Appends an instant: seconds since the epoch, then nanoseconds.
  public mutating func timestamp(_ t: Timestamp) {
    int64(t.seconds)
    unsigned(UInt64(t.nanoseconds))
  }

  /// Appends a date: year, month, day.
  public mutating func date(_ d: CivilDate) {
    int(d.year)
    unsigned(UInt64(d.month))
    unsigned(UInt64(d.day))
  }

  mutating func optionalDate(_ d: CivilDate?) {
    bool(d != nil)
    if let d { date(d) }
  }

  /// Appends a vocabulary word (an enum's raw value).
  mutating func word<Word: RawRepresentable>(_ w: Word) where Word.RawValue == String {
    string(w.rawValue)
  }

  mutating func optionalWord<Word: RawRepresentable>(_ w: Word?) where Word.RawValue == String {
    bool(w != nil)
    if let w { word(w) }
  }

  mutating func dictionary<Value>(
    _ d: [String: Value], _ value: (inout ByteWriter, Value) -> Void
  ) {
    count(d.count)
    for (key, v) in d {
      string(key)
      value(&self, v)
    }
  }

  mutating func list<Element>(_ l: [Element], _ element: (inout ByteWriter, Element) -> Void) {
    count(l.count)
    for e in l { element(&self, e) }
  }

  mutating func ints(_ l: [Int]) {
    count(l.count)
    for i in l { int(i) }
  }

  mutating func actor(_ a: Actor) {
    string(a.name)
    string(a.role)
  }

  mutating func numeral(_ n: Numeral) {
    string(n.text)
  }

  mutating func source(_ s: Source) {
    let d = s.details
    string(d.id)
    word(d.sourceType)
    string(d.title)
    date(d.date)
    optionalDate(d.endDate)
    optionalDate(d.published)
    optionalWord(d.grade)
    optionalString(d.url)
    int(s.addedSeq)
  }

  mutating func recommendation(_ r: Recommendation) {
    string(r.id)
    string(r.source)
    string(r.text)
    optionalString(r.theme)
    optionalString(r.framework)
    bool(r.priority)
    strings(r.under)
    word(r.status)
    strings(r.actions)
    int(r.addedSeq)
    int(r.lastChangedSeq)
  }

  mutating func action(_ a: Action) {
    string(a.id)
    strings(a.recommendations)
    strings(a.under)
    string(a.title)
    string(a.owner)
    date(a.due)
    word(a.status)
    optionalWord(a.rag)
    optionalString(a.ragNote)
    optionalUpdate(a.latestUpdate)
    optionalUpdate(a.latestWork)
    list(a.impacts) { $0.update($1) }
    list(a.dueChanges) { $0.dueChange($1) }
    optionalDate(a.deferredUntil)
    optionalDate(a.completedOn)
    optionalDate(a.signedOffOn)
    int(a.addedSeq)
    int(a.lastChangedSeq)
  }

  mutating func update(_ u: Update) {
    word(u.type)
    int(u.seq)
    date(u.date)
    actor(u.actor)
    string(u.note)
    optionalString(u.link)
  }

  mutating func optionalUpdate(_ u: Update?) {
    bool(u != nil)
    if let u { update(u) }
  }

  mutating func dueChange(_ c: DueChange) {
    int(c.seq)
    date(c.date)
    actor(c.actor)
    date(c.from)
    date(c.to)
    string(c.reason)
  }

  mutating func priority(_ p: Priority) {
    string(p.id)
    string(p.title)
    optionalString(p.outcome)
    int(p.addedSeq)
    int(p.lastChangedSeq)
  }

  mutating func measure(_ m: Measure) {
    let d = m.details
    string(d.id)
    string(d.under)
    string(d.title)
    string(d.unit)
    numeral(d.baseline)
    date(d.baselineDate)
    numeral(d.target)
    date(d.targetDate)
    word(d.direction)
    list(m.values) {
      $0.numeral($1.value)
      $0.date($1.date)
      $0.string($1.note)
      $0.int($1.seq)
    }
    int(m.addedSeq)
    int(m.lastChangedSeq)
  }

  mutating func meeting(_ m: BoardMeeting) {
    int(m.seq)
    timestamp(m.recorded)
    date(m.date)
    optionalString(m.note)
    strings(m.attendees)
    strings(m.apologies)
  }

  mutating func cycle(_ c: PlanCycle) {
    dictionary(c.planSent) { $0.date($1) }
    bool(c.previous != nil)
    if let p = c.previous {
      int(p.seq)
      string(p.hash)
      string(p.title)
    }
    dictionary(c.carriedHistory) { $0.ints($1) }
    bool(c.carriedForward != nil)
    if let (seq, d) = c.carriedForward {
      int(seq)
      string(d.toTitle)
      optionalString(d.toLedger)
      int(d.toSeq)
      string(d.toHash)
      strings(d.items)
    }
  }
}
