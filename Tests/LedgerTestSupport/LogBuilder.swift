import LedgerCore

/// Builds a log in memory: each event is given the next `seq` and sealed onto the chain.
///
/// Either let the builder's clock move a few minutes per event (``add(_:effective:minutes:)``)
/// or give each event's time (``add(_:_:by:effective:)``).
public struct LogBuilder {
  /// The actor used unless another is given.
  public static let psw = Actor(name: "Amara Okafor", role: "Principal Social Worker")
  /// A board chair, for meetings and sign-offs.
  public static let chair = Actor(name: "Helen Marsh", role: "Improvement Board Chair")

  /// The sealed events so far (a test may replace one, as a redaction does).
  public var events: [RecordedEvent] = []
  /// The time of the last event (or the start, before any).
  public private(set) var clock: Timestamp
  /// The actor of events added without one.
  public var actor: Actor

  /// An empty log whose clock starts at `start` (RFC 3339).
  public init(start: String = "2026-01-05T09:00:00Z", actor: Actor = LogBuilder.psw) {
    clock = Timestamp(rfc3339: start)!
    self.actor = actor
  }

  /// Appends one event `minutes` after the last, optionally back-dated to `effective`.
  public mutating func add(_ body: EventBody, effective: CivilDate? = nil, minutes: Int64 = 1) {
    append(
      body, at: Timestamp(seconds: clock.seconds + 60 * minutes), by: actor, effective: effective)
  }

  /// Appends one event recorded at `time` (RFC 3339), optionally back-dated to `effective`.
  public mutating func add(
    _ time: String, _ body: EventBody, by actor: Actor = LogBuilder.psw, effective: String? = nil
  ) {
    append(
      body, at: Timestamp(rfc3339: time)!, by: actor, effective: effective.map(LogBuilder.date))
  }

  private mutating func append(
    _ body: EventBody, at time: Timestamp, by actor: Actor, effective: CivilDate?
  ) {
    clock = time
    let event = Event(
      seq: events.count + 1, recorded: time, effective: effective, actor: actor, body: body)
    events.append(Chain.seal(event, prev: events.last?.hash ?? Chain.genesis))
  }

  /// The log as the bytes of a ledger file: one encoded line per event.
  public var bytes: [UInt8] { events.flatMap { LineCodec.encode($0) } }

  /// The log folded, ready for readers.
  public var replay: Replay { Replay(events) }

  /// A date from `YYYY-MM-DD`.
  public static func date(_ s: String) -> CivilDate { CivilDate(parsing: s)! }
}
