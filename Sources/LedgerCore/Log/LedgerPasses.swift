import Dispatch

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A ledger file held open under one shared lock, for a reader that reads it more than once
/// without keeping its events: a verified fold first, then as many further passes, and single
/// lines by offset, as it needs.
///
/// Every pass reads the same bytes: the lock keeps writers out for as long as the passes run,
/// and no pass reads past `size`, the file's size when the lock was taken. A value is valid
/// only inside the closure given to `open(path:wait:onWaiting:_:)`, which closes the file.
public struct LedgerPasses: Sendable {
  /// The open, locked file.
  let fd: Int32
  /// The file's path, for messages.
  public let path: String
  /// The file's size when the lock was taken: no pass reads past it.
  public let size: Int

  /// Opens the file at `path` under a shared lock, as `LedgerReader.read(path:verify:wait:onWaiting:)`
  /// does, and runs `body` with it; the file is closed after. What `body` throws is thrown
  /// on, after the file is closed.
  public static func open<T>(
    path: String, wait: LockWait = .standard, onWaiting: (String) -> Void = { _ in },
    _ body: (LedgerPasses) throws -> T
  ) throws -> T {
    var thrown: (any Error)?
    let result: T? = try LedgerReader.locked(path: path, wait: wait, onWaiting: onWaiting) {
      fd throws(LedgerError) in
      let passes = LedgerPasses(fd: fd, path: path, size: try RegularFile.size(fd, path: path))
      do {
        return try body(passes)
      } catch {
        thrown = error
        return nil
      }
    }
    if let thrown { throw thrown }
    return result!
  }

  /// Reads the whole file into memory, as `LedgerReader.read(path:verify:wait:onWaiting:)`
  /// does: for what a fold cannot do (`verifiedFold` returns nil).
  public func readAll(verify: Bool) throws(LedgerError) -> LedgerContents {
    try LedgerReader.read(fd: fd, path: path, verify: verify)
  }

  /// Every `event.retracted` and `payload.redacted` line, in `seq` order (a quick pass that
  /// decodes only those lines; the fold that follows checks every line).
  public func revisions() throws(LedgerError) -> [RecordedEvent] {
    try RetractionScan.retractions(fd: fd, path: path, size: size, redactions: true)
  }

  /// Every line of one of `types`, in `seq` order: a quick pass that decodes only those
  /// lines (a verified pass over every line must follow).
  public func lines(ofTypes types: Set<EventType>) throws(LedgerError) -> [RecordedEvent] {
    try TypeScan.lines(fd: fd, path: path, size: size, types: types)
  }

  /// Reads the whole file with every check `LedgerReader.read(path:verify: true)` makes, in
  /// the same order, handing `sink` each event; returns the sink and the torn tail, if any.
  ///
  /// Returns nil when a line's data differs from its digest or a redaction quotes a line's
  /// digest: reconciling those needs every event, so read the file whole instead
  /// (`readAll(verify:)`), which names the same first bad line. Throws the first bad line.
  public func verifiedStream<Sink: EventSink>(into sink: Sink) throws(LedgerError)
    -> (sink: Sink, tornTail: TornTail?)?
  {
    let state = try LedgerReader.stream(fd: fd, path: path, verify: true, into: sink)
    guard state.changedData.isEmpty, state.redactions.isEmpty else { return nil }
    if let failure = state.failure { throw failure }
    return (state.sink, state.tornTail)
  }

  /// Reads the whole file with every check `LedgerReader.read(path:verify: true)` makes, in the
  /// same order, folding the events recorded up to `instant` (all when nil) as
  /// `LedgerReader.fold` does, given `revisions()`.
  ///
  /// Returns nil when the file holds a redaction (`payload.redacted`) or a line whose data
  /// differs from its digest: reconciling those needs every event, so read the file whole
  /// instead (`LedgerReader.read`), which names the same first bad line.
  public func verifiedFold(asOf instant: Timestamp?, revisions: [RecordedEvent])
    throws(LedgerError) -> FoldedLedger?
  {
    let redacted = revisions.contains {
      if case .payloadRedacted = $0.event.body { return true }
      return false
    }
    guard !redacted else { return nil }
    guard
      let (fold, tornTail) = try verifiedStream(
        into: PlanFold(cutoff: instant, retractions: revisions))
    else { return nil }
    return FoldedLedger(
      plan: fold.plan, head: fold.head, count: fold.count, events: fold.total,
      firstRecorded: fold.firstRecorded, tornTail: tornTail)
  }

  /// Hands `sink` the events of the whole lines that end at or before byte `end` (the whole
  /// file when nil), with the chain checks of a read but not the digests (a verified pass
  /// over the same bytes came first), and returns it.
  ///
  /// Throws the first bad line, or a failure to read the file.
  public func stream<Sink: EventSink>(into sink: Sink, through end: Int? = nil)
    throws(LedgerError) -> Sink
  {
    var state = ReadState(path: path, verify: false, sink: sink)
    let rest = try ChunkedRead.read(fd: fd, path: path, from: 0, size: min(end ?? size, size)) {
      chunk in
      let consumed = state.consumeLines(chunk)
      return state.failure == nil ? consumed : nil
    }
    if rest != nil { state.finishLines() }
    if let failure = state.failure { throw failure }
    return state.sink
  }

  /// Where each whole line ends: a quick pass that finds the newlines and decodes nothing.
  public func lineIndex() throws(LedgerError) -> LineIndex {
    var ends: [Int] = []
    var base = 0
    _ = try ChunkedRead.read(fd: fd, path: path, from: 0, size: size) { chunk in
      var start = 0
      while let nl = ReadState<EventCollector>.indexOfNewline(chunk, from: start) {
        ends.append(base + nl + 1)
        start = nl + 1
      }
      base += start
      return start
    }
    return LineIndex(ends: ends)
  }

  /// The event on line `seq`, read by its offsets in `index` and decoded (without the digest
  /// checks: a verified pass over the same bytes came first).
  ///
  /// Throws when the line cannot be read or decoded.
  public func event(_ seq: Int, in index: LineIndex) throws(LedgerError) -> RecordedEvent {
    guard seq >= 1, seq <= index.count else {
      throw LedgerError(.data, "no line \(seq): the file has \(index.count)", file: path)
    }
    let start = index.start(of: seq)
    let length = index.ends[seq - 1] - 1 - start
    let buffer: [UInt8]
    do {
      buffer = try PositionalRead.bytes(fd, count: length, at: start)
    } catch {
      throw LedgerError(
        .io, "cannot read line \(seq) again: " + Self.readFailure(error), file: path, line: seq,
        hint: Self.readAgainHint)
    }
    let decoded = buffer.withUnsafeBytes { LineDecoding.decode($0, verify: false) }
    switch decoded {
    case .success(let line): return line.recorded
    case .failure(let problem): throw LedgerError(.data, problem.message, file: path, line: seq)
    }
  }

  /// The events on lines `seqs`, in that order, as `event(_:in:)` reads each: the lines are
  /// decoded on every core (a report writing its appendix asks for a few thousand at a time).
  /// A run of consecutive lines is read with one call; scattered lines one by one.
  ///
  /// Throws the first line, in the order asked, that cannot be read or decoded.
  public func events(_ seqs: [Int], in index: LineIndex) throws(LedgerError) -> [RecordedEvent] {
    guard let first = seqs.first, let last = seqs.last else { return [] }
    if last - first + 1 == seqs.count, first >= 1, last <= index.count {
      return try run(first...last, in: index)
    }
    return try decodeAll(seqs.count) { k throws(LedgerError) in try event(seqs[k], in: index) }
  }

  /// The events on the consecutive lines `seqs`, read with one call and decoded on every core.
  private func run(_ seqs: ClosedRange<Int>, in index: LineIndex) throws(LedgerError)
    -> [RecordedEvent]
  {
    let base = index.start(of: seqs.lowerBound)
    let length = index.ends[seqs.upperBound - 1] - base
    let buffer: [UInt8]
    do {
      buffer = try PositionalRead.bytes(fd, count: length, at: base)
    } catch {
      throw LedgerError(
        .io,
        "cannot read lines \(seqs.lowerBound)–\(seqs.upperBound) again: "
          + Self.readFailure(error), file: path, line: seqs.lowerBound, hint: Self.readAgainHint)
    }
    let decoded = buffer.withUnsafeBytes { raw in
      nonisolated(unsafe) let raw = raw
      return Result { () throws(LedgerError) in
        try decodeAll(seqs.count) { k throws(LedgerError) in
          let seq = seqs.lowerBound + k
          let start = index.start(of: seq) - base
          let line = UnsafeRawBufferPointer(rebasing: raw[start..<(index.ends[seq - 1] - 1 - base)])
          switch LineDecoding.decode(line, verify: false) {
          case .success(let decoded): return decoded.recorded
          case .failure(let problem):
            throw LedgerError(.data, problem.message, file: path, line: seq)
          }
        }
      }
    }
    return try decoded.get()
  }

  /// Why a read of bytes read before returned `n` (0 or less): the system's reason, or for 0
  /// the file ending early.
  private static func readFailure(_ failure: PositionalRead.Failure) -> String {
    failure == .endOfFile
      ? "the file ends before it (it was cut short while it was read)" : failure.reason
  }

  /// What to do when a line read before cannot be read again.
  static let readAgainHint =
    "the file or the disk failed while it was being read; check it with 'ledger verify' and try again"

  /// `count` events made by `make(k)` for each `k` in order, made on every core.
  private func decodeAll(
    _ count: Int, _ make: @Sendable (Int) throws(LedgerError) -> RecordedEvent
  ) throws(LedgerError) -> [RecordedEvent] {
    let workers = count < 64 ? 1 : LineDecoding.workers
    var results = [Result<RecordedEvent, LedgerError>?](repeating: nil, count: count)
    results.withUnsafeMutableBufferPointer { out in
      nonisolated(unsafe) let slots = out
      let per = (count + workers - 1) / workers
      DispatchQueue.concurrentPerform(iterations: workers) { w in
        for k in (w * per)..<min(count, (w + 1) * per) {
          slots[k] = Result { () throws(LedgerError) in try make(k) }
        }
      }
    }
    var events: [RecordedEvent] = []
    events.reserveCapacity(count)
    for result in results { events.append(try result!.get()) }
    return events
  }
}
