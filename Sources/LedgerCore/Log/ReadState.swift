import Dispatch
import SHA256

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The running state of one read: the chain so far, the first bad line, and the sink that
/// receives each accepted event.
///
/// Every read of a ledger runs through this one type, whatever becomes of the events: the
/// array-collecting read (``EventCollector``) and the streaming fold (``PlanFold``) make the
/// same checks in the same order, so they name the same first bad line.
struct ReadState<Sink: EventSink> {
  let path: String
  let verify: Bool
  /// Receives each accepted event, in order.
  var sink: Sink
  /// How many lines were accepted (after `start`, if any).
  var accepted = 0
  /// The last accepted line's `hash` (or the start's, or the genesis).
  var lastHash: SHA256Digest
  /// The last accepted line's `recorded` (or the start's).
  var lastRecorded: Timestamp?
  /// The byte length of the whole lines read, counted from the start of the file.
  var bytes = 0
  /// The first bad line; nothing after it is read.
  var failure: LedgerError?
  /// A final fragment with no `\n`, once the read has ended without a bad line.
  var tornTail: TornTail?
  /// When verifying: `seq` → SHA-256 of the `data` bytes on that line, where it differs from
  /// the line's `data_sha256` (a redaction must account for it).
  var changedData: [Int: String] = [:]
  /// When verifying: `seq` → the redactions naming it that quote its `data_sha256`, with the
  /// `seq` of each redaction line.
  var redactions: [Int: [(at: Int, details: RedactionDetails)]] = [:]
  /// When verifying from line 1: each line's `data_sha256`, to match redactions against.
  private var dataDigests: [SHA256Digest] = []

  /// Below this many lines in a chunk, decoding in parallel is not worth starting threads.
  static var parallelThreshold: Int { 256 }
  /// How many cores decode lines at once.
  static var workers: Int { LineDecoding.workers }

  /// Where the read started, if not at the beginning of the file.
  let start: ChainPoint?

  init(path: String, verify: Bool, start: ChainPoint? = nil, sink: Sink) {
    self.path = path
    self.verify = verify
    self.start = start
    self.sink = sink
    self.bytes = start?.offset ?? 0
    self.lastHash = start.flatMap { SHA256Digest(hex: $0.hash) } ?? Chain.genesisDigest
    self.lastRecorded = start?.recorded
  }

  /// The number of the next line.
  var number: Int { (start?.seq ?? 0) + accepted + 1 }

  /// Consumes every complete line in `chunk`; returns how many bytes it consumed.
  ///
  /// Decoding a line is a pure function of its bytes, so the lines of a chunk are decoded on
  /// every core; the chain checks then run in order, so the first bad line is always the one
  /// reported, exactly as a sequential read would. The checks of one chunk's lines (and the
  /// sink's work on them) run while the next chunk decodes, so call `finishLines()` after the
  /// last chunk: until then the last chunk's lines may be decoded but not yet checked.
  mutating func consumeLines(_ chunk: UnsafeRawBufferPointer) -> Int {
    guard failure == nil else { return 0 }
    do {
      return try consumeWholeLines(chunk)
    } catch {
      failure = error
      return 0
    }
  }

  /// Checks the lines decoded but not yet checked, if any.
  mutating func finishLines() {
    checkPending()
  }

  /// The previous chunk's lines, decoded and checked while the next chunk decodes.
  private var pending = DecodedSlots()
  /// The slots the next chunk decodes into (the emptied slots of the chunk before).
  private var spare = DecodedSlots()
  /// The ranges of a chunk's lines, kept from chunk to chunk for their memory.
  private var ranges: [Range<Int>] = []

  /// Checks the pending lines in order, up to the first bad one, and hands them to the sink;
  /// nothing is pending after.
  private mutating func checkPending() {
    let lines = pending
    guard failure == nil else { return lines.clear() }
    do {
      try lines.drain { (line, length) throws(LedgerError) in
        try accept(line, length: length)
      }
    } catch {
      failure = error
    }
  }

  private mutating func consumeWholeLines(_ chunk: UnsafeRawBufferPointer) throws(LedgerError)
    -> Int
  {
    var lines: [Range<Int>] = []
    swap(&lines, &ranges)
    defer {
      lines.removeAll(keepingCapacity: true)
      swap(&lines, &ranges)
    }
    var start = 0
    while let nl = Self.indexOfNewline(chunk, from: start) {
      lines.append(start..<nl)
      start = nl + 1
    }
    if lines.count < Self.parallelThreshold || Self.workers == 1 {
      finishLines()
      if let failure { throw failure }
      for range in lines {
        try accept(
          LineDecoding.decode(UnsafeRawBufferPointer(rebasing: chunk[range]), verify: verify),
          length: range.count)
      }
      return start
    }
    let slots = spare
    let verify = verify
    withUnsafeMutablePointer(to: &self) { me in
      // The previous chunk's checks, in order, on one thread while the others decode.
      nonisolated(unsafe) let checkPrevious = { me.pointee.checkPending() }
      nonisolated(unsafe) let chunk = chunk
      let lines = lines
      slots.fill(lines) { out in
        nonisolated(unsafe) let out = out
        let slices = LineDecoding.workers * 4
        // Iteration 0 (taken first) checks; the others each decode a slice of the lines.
        DispatchQueue.concurrentPerform(iterations: slices + 1) { iteration in
          guard iteration > 0 else { return checkPrevious() }
          let slice = iteration - 1
          var cache = TextCache.sized()
          for k in (lines.count * slice / slices)..<(lines.count * (slice + 1) / slices) {
            (out + k).initialize(
              to: LineDecoding.decode(
                UnsafeRawBufferPointer(rebasing: chunk[lines[k]]), verify: verify, cache: &cache))
          }
        }
      }
    }
    if let failure {
      slots.clear()
      throw failure
    }
    spare = pending
    pending = slots
    return start
  }

  /// Where the next `\n` at or after `from` is, if any.
  static func indexOfNewline(_ chunk: UnsafeRawBufferPointer, from: Int) -> Int? {
    guard from < chunk.count else { return nil }
    let base = chunk.baseAddress! + from
    guard let hit = memchr(base, 0x0A, chunk.count - from) else { return nil }
    return from + (UnsafeRawPointer(hit) - UnsafeRawPointer(base))
  }

  /// Checks a decoded line against the chain so far and hands it to the sink. `length`
  /// excludes the `\n`.
  private mutating func accept(_ result: consuming Result<DecodedLine, LineProblem>, length: Int)
    throws(LedgerError)
  {
    let number = self.number
    func fail(_ message: String, hint: String? = nil) -> LedgerError {
      LedgerError(.data, message, file: path, line: number, hint: hint)
    }
    let recorded: RecordedEvent
    switch consume result {
    case .success(let r):
      recorded = r.recorded
      if let actual = r.dataSHA256OnLine, actual != recorded.dataDigest {
        changedData[recorded.seq] = actual.hex
      }
    case .failure(let problem): throw fail(problem.message)
    }
    guard recorded.seq == number else {
      throw fail(
        "seq is \(recorded.seq), expected \(number): a line was deleted, inserted or moved")
    }
    guard recorded.prevDigest == lastHash else {
      throw fail(
        number == 1
          ? "prev of the first line must be 64 zeros"
          : "prev does not match line \(number - 1)'s hash: the chain is broken here",
        hint: "run 'ledger verify' to find the first altered line")
    }
    let type = recorded.event.type
    if number == 1, type != .planCreated {
      throw fail("rule 1: the first line must be plan.created, not \(type.rawValue)")
    }
    if number > 1, type == .planCreated {
      throw fail("rule 1: plan.created may only be the first line")
    }
    if let last = lastRecorded, recorded.event.recorded < last {
      throw fail(
        "rule 8: recorded \(recorded.event.recorded) is earlier than line \(number - 1)'s \(last)")
    }
    // Redactions are reconciled only on reads of the whole file (verify reads from line 1).
    if verify, start == nil {
      if type == .payloadRedacted, case .payloadRedacted(let details) = recorded.event.body,
        details.seq >= 1, details.seq <= dataDigests.count,
        dataDigests[details.seq - 1].hex == details.dataSHA256
      {
        redactions[details.seq, default: []].append((number, details))
      }
      dataDigests.append(recorded.dataDigest)
    }
    lastHash = recorded.hashDigest
    lastRecorded = recorded.event.recorded
    accepted += 1
    bytes += length + 1
    sink.take(recorded)
  }
}

extension ReadState where Sink == EventCollector {
  /// The scan's result: the good lines and the first bad one, with redactions reconciled.
  func finish() -> Scan {
    var scan = Scan(
      path: path,
      contents: LedgerContents(
        events: sink.events, tornTail: failure == nil ? tornTail : nil, wholeLineBytes: bytes),
      failure: failure, changedData: changedData, redactions: redactions)
    if verify, let problem = scan.unaccountedData(before: failure?.line ?? Int.max) {
      scan.failure = problem
    }
    return scan
  }
}
