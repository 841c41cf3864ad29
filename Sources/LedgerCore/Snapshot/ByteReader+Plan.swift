// Reads back what `ByteWriter+Plan.swift` writes, field for field, in the same order. Each
// value is rebuilt through its checked initialiser (a date that is no day, a numeral that is
// not one, a word outside the vocabulary, nanoseconds out of range: all `Malformed`).

extension ByteReader {
  /// Reads a plan written by `ByteWriter.plan(_:)`.
  public mutating func plan() throws(Malformed) -> Plan {
    var plan = Plan()
    plan.title = try string()
    plan.authority = try string()
    plan.sources = try dictionary { r throws(Malformed) in try r.source() }
    plan.sourceOrder = try strings()
    plan.recommendations = try dictionary { r throws(Malformed) in try r.recommendation() }
    plan.recommendationOrder = try strings()
    plan.actions = try dictionary { r throws(Malformed) in try r.action() }
    plan.actionOrder = try strings()
    plan.priorities = try dictionary { r throws(Malformed) in try r.priority() }
    plan.priorityOrder = try strings()
    plan.measures = try dictionary { r throws(Malformed) in try r.measure() }
    plan.measureOrder = try strings()
    plan.meetings = try list { r throws(Malformed) in try r.meeting() }
    plan.cycle = try cycle()
    let redacted = try count(minimumSize: 2)
    plan.redactedMembers.reserveCapacity(redacted)
    for _ in 0..<redacted {
      let seq = try int()
      plan.redactedMembers[seq] = Set(try strings())
    }
    plan.lastSeq = try int()
    return plan
  }

  /// Reads an instant written by `ByteWriter.timestamp(_:)`.
  public mutating func timestamp() throws(Malformed) -> Timestamp {
    let seconds = try int64()
    let nanoseconds = try unsigned()
    guard nanoseconds < 1_000_000_000 else { throw Malformed(what: "nanoseconds out of range") }
    return Timestamp(seconds: seconds, nanoseconds: Int32(nanoseconds))
  }

  /// Reads a date written by `ByteWriter.date(_:)`.
  public mutating func date() throws(Malformed) -> CivilDate {
    let year = try int()
    let month = try unsigned()
    let day = try unsigned()
    guard month <= 12, day <= 31,
      let date = CivilDate(year: year, month: Int(month), day: Int(day))
    else { throw Malformed(what: "no such date") }
    return date
  }

  mutating func optionalDate() throws(Malformed) -> CivilDate? {
    try bool() ? try date() : nil
  }

  mutating func word<Word: RawRepresentable>() throws(Malformed) -> Word
  where Word.RawValue == String {
    guard let w = Word(rawValue: try string()) else {
      throw Malformed(what: "a word outside the vocabulary")
    }
    return w
  }

  mutating func optionalWord<Word: RawRepresentable>() throws(Malformed) -> Word?
  where Word.RawValue == String {
    try bool() ? try word() as Word : nil
  }

  mutating func dictionary<Value>(
    _ value: (inout ByteReader) throws(Malformed) -> Value
  ) throws(Malformed) -> [String: Value] {
    let n = try count(minimumSize: 2)
    var d: [String: Value] = [:]
    d.reserveCapacity(n)
    for _ in 0..<n {
      let key = try string()
      d[key] = try value(&self)
    }
    return d
  }

  mutating func list<Element>(
    _ element: (inout ByteReader) throws(Malformed) -> Element
  ) throws(Malformed) -> [Element] {
    let n = try count()
    var l: [Element] = []
    l.reserveCapacity(n)
    for _ in 0..<n { l.append(try element(&self)) }
    return l
  }

  mutating func ints() throws(Malformed) -> [Int] {
    try list { r throws(Malformed) in try r.int() }
  }

  mutating func actor() throws(Malformed) -> Actor {
    Actor(name: try string(), role: try string())
  }

  mutating func numeral() throws(Malformed) -> Numeral {
    guard let n = Numeral(parsing: try string()) else {
      throw Malformed(what: "not a decimal numeral")
    }
    return n
  }

  mutating func source() throws(Malformed) -> Source {
    let details = SourceDetails(
      id: try string(), sourceType: try word(), title: try string(), date: try date(),
      endDate: try optionalDate(), published: try optionalDate(), grade: try optionalWord(),
      url: try optionalString())
    return Source(details: details, addedSeq: try int())
  }

  mutating func recommendation() throws(Malformed) -> Recommendation {
    Recommendation(
      id: try string(), source: try string(), text: try string(), theme: try optionalString(),
      framework: try optionalString(), priority: try bool(), under: try strings(),
      status: try word(), actions: try strings(), addedSeq: try int(),
      lastChangedSeq: try int())
  }

  mutating func action() throws(Malformed) -> Action {
    Action(
      id: try string(), recommendations: try strings(), under: try strings(),
      title: try string(), owner: try string(), due: try date(), status: try word(),
      rag: try optionalWord(), ragNote: try optionalString(), latestUpdate: try optionalUpdate(),
      latestWork: try optionalUpdate(),
      impacts: try list { r throws(Malformed) in try r.update() },
      dueChanges: try list { r throws(Malformed) in try r.dueChange() },
      deferredUntil: try optionalDate(), completedOn: try optionalDate(),
      signedOffOn: try optionalDate(), addedSeq: try int(), lastChangedSeq: try int())
  }

  mutating func update() throws(Malformed) -> Update {
    Update(
      type: try word(), seq: try int(), date: try date(), actor: try actor(), note: try string(),
      link: try optionalString())
  }

  mutating func optionalUpdate() throws(Malformed) -> Update? {
    try bool() ? try update() : nil
  }

  mutating func dueChange() throws(Malformed) -> DueChange {
    DueChange(
      seq: try int(), date: try date(), actor: try actor(), from: try date(), to: try date(),
      reason: try string())
  }

  mutating func priority() throws(Malformed) -> Priority {
    Priority(
      id: try string(), title: try string(), outcome: try optionalString(), addedSeq: try int(),
      lastChangedSeq: try int())
  }

  mutating func measure() throws(Malformed) -> Measure {
    let details = MeasureDetails(
      id: try string(), under: try string(), title: try string(), unit: try string(),
      baseline: try numeral(), baselineDate: try date(), target: try numeral(),
      targetDate: try date(), direction: try word())
    let values = try list { r throws(Malformed) in
      MeasureValue(
        value: try r.numeral(), date: try r.date(), note: try r.string(), seq: try r.int())
    }
    return Measure(
      details: details, values: values, addedSeq: try int(), lastChangedSeq: try int())
  }

  mutating func meeting() throws(Malformed) -> BoardMeeting {
    BoardMeeting(
      seq: try int(), recorded: try timestamp(), date: try date(), note: try optionalString(),
      attendees: try strings(), apologies: try strings())
  }

  mutating func cycle() throws(Malformed) -> PlanCycle {
    var c = PlanCycle()
    c.planSent = try dictionary { r throws(Malformed) in try r.date() }
    if try bool() {
      c.previous = PreviousPlan(seq: try int(), hash: try string(), title: try string())
    }
    c.carriedHistory = try dictionary { r throws(Malformed) in try r.ints() }
    if try bool() {
      let seq = try int()
      let details = CarryForwardDetails(
        toTitle: try string(), toLedger: try optionalString(), toSeq: try int(),
        toHash: try string(), items: try strings())
      c.carriedForward = (seq, details)
    }
    return c
  }
}
