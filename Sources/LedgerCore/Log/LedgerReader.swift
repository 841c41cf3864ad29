import Dispatch

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads a ledger file as a stream of bytes, line by line, strictly.
///
/// Every line is parsed and checked against the structure of the chain: `seq` equals the line
/// number, `prev` equals the previous line's `hash`, `recorded` never goes backwards. With
/// `verify`, each line's `data_sha256` and `hash` are recomputed too (what `ledger verify` does).
public enum LedgerReader {
  /// The size of each read from the file.
  static let chunkSize = 1 << 20

  /// Reads the file at `path` under a shared lock, waiting at most `wait` for a writer to
  /// finish (`onWaiting` hears once if that takes about a second).
  ///
  /// Only a regular file (or a symlink to one) is read; anything else is refused at once.
  public static func read(
    path: String, verify: Bool = false, wait: LockWait = .standard,
    onWaiting: (String) -> Void = { _ in }
  ) throws(LedgerError) -> LedgerContents {
    let scan = try scan(path: path, verify: verify, wait: wait, onWaiting: onWaiting)
    if let failure = scan.failure { throw failure }
    return scan.contents
  }

  /// Scans the file at `path` up to its first bad line (see `scan(fd:path:verify:)`).
  static func scan(
    path: String, verify: Bool, wait: LockWait = .standard,
    onWaiting: (String) -> Void = { _ in }
  ) throws(LedgerError) -> Scan {
    let start = FileLock.monotonicNanoseconds()
    while true {
      let fd = try RegularFile.openForReading(path)
      defer { close(fd) }
      // A shared lock: never see a writer's half-written line. Readers never write.
      try FileLock.acquire(
        fd, exclusive: false, path: path, wait: wait.remaining(since: start),
        onWaiting: onWaiting)
      // A redaction renamed a new file over the one locked: read the new one.
      guard RegularFile.isCurrent(fd, path: path) else { continue }
      return try scan(fd: fd, path: path, verify: verify)
    }
  }

  /// Reads from the start of an open file descriptor to the end it has now.
  ///
  /// The descriptor must be a regular file; no byte past the size `fstat` reports when the read
  /// starts is read, and the buffer never grows beyond that size.
  ///
  /// From a `start`, only the lines after it are read, each checked against the chain from
  /// that point; the contents then hold those lines alone, and `wholeLineBytes` still counts
  /// from the start of the file.
  public static func read(
    fd: Int32, path: String, verify: Bool = false, from start: ChainPoint? = nil
  ) throws(LedgerError) -> LedgerContents {
    let scan = try scan(fd: fd, path: path, verify: verify, from: start)
    if let failure = scan.failure { throw failure }
    return scan.contents
  }

  /// Reads from the start of an open file descriptor up to its end or the first bad line.
  ///
  /// Only failures to read the file are thrown; a bad line ends the scan and is returned as
  /// `failure`, with every line before it in `contents`.
  static func scan(fd: Int32, path: String, verify: Bool, from start: ChainPoint? = nil)
    throws(LedgerError) -> Scan
  {
    let size = try RegularFile.size(fd, path: path)
    var state = ReadState(path: path, verify: verify, start: start)
    var capacity = max(1, min(chunkSize, size))
    var buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: capacity, alignment: 16)
    defer { buffer.deallocate() }
    var filled = 0
    var offset = start?.offset ?? 0
    while offset < size {
      if filled == capacity {
        // One line longer than the buffer: grow it, never beyond what is left of the file.
        let larger = min(capacity * 2, filled + (size - offset))
        let bigger = UnsafeMutableRawBufferPointer.allocate(byteCount: larger, alignment: 16)
        bigger.baseAddress!.copyMemory(from: buffer.baseAddress!, byteCount: filled)
        buffer.deallocate()
        buffer = bigger
        capacity = larger
      }
      let n = pread(
        fd, buffer.baseAddress! + filled, min(capacity - filled, size - offset), off_t(offset))
      if n < 0 {
        if errno == EINTR { continue }
        throw LedgerError(.io, "cannot read: \(String(cString: strerror(errno)))", file: path)
      }
      if n == 0 { break }
      offset += n
      filled += n
      let consumed = state.consumeLines(
        UnsafeRawBufferPointer(start: buffer.baseAddress!, count: filled))
      if state.failure != nil { return state.finish(tornTail: nil) }
      if consumed > 0 {
        memmove(buffer.baseAddress!, buffer.baseAddress! + consumed, filled - consumed)
        filled -= consumed
      }
    }
    let torn =
      filled > 0
      ? TornTail(
        line: state.number,
        bytes: Array(UnsafeRawBufferPointer(start: buffer.baseAddress!, count: filled))) : nil
    return state.finish(tornTail: torn)
  }

  /// Reads ledger bytes already in memory (tests, tools).
  public static func read(bytes: [UInt8], path: String = "<bytes>", verify: Bool = false)
    throws(LedgerError) -> LedgerContents
  {
    let scan = scan(bytes: bytes, path: path, verify: verify)
    if let failure = scan.failure { throw failure }
    return scan.contents
  }

  /// Scans ledger bytes already in memory up to the first bad line.
  static func scan(bytes: [UInt8], path: String, verify: Bool) -> Scan {
    var state = ReadState(path: path, verify: verify)
    let consumed = bytes.withUnsafeBytes { raw in state.consumeLines(raw) }
    if state.failure != nil { return state.finish(tornTail: nil) }
    let torn =
      consumed < bytes.count
      ? TornTail(line: state.events.count + 1, bytes: Array(bytes[consumed...])) : nil
    return state.finish(tornTail: torn)
  }
}

/// What a scan of a ledger found: the whole lines up to the first bad one, and that one.
struct Scan: Sendable {
  /// The file's path, for messages.
  var path: String
  /// The good lines before the first bad one (all of them if none is bad).
  var contents: LedgerContents
  /// The first bad line, if any; when verifying, a line whose data an absent or wrong
  /// redaction fails to account for counts from its own line.
  var failure: LedgerError?
  /// When verifying: `seq` → SHA-256 of the `data` bytes on the line, where it differs.
  var changedData: [Int: String] = [:]
  /// When verifying: redacted `seq` → each redaction quoting its `data_sha256`, and its line.
  var redactions: [Int: [(at: Int, details: RedactionDetails)]] = [:]

  /// The first line before `cutoff` whose data the redactions before `cutoff` do not account
  /// for (`Events/FORMAT.md`, "Redaction"), as an error on that line.
  func unaccountedData(before cutoff: Int) -> LedgerError? {
    let events = contents.events
    for seq in Set(changedData.keys).union(redactions.keys).sorted()
    where seq < cutoff && seq <= events.count {
      let line = events[seq - 1]
      // Only redactions before the cutoff that are themselves valid (rule 12) count.
      let named = (redactions[seq] ?? []).filter {
        $0.at < cutoff && Redaction.problem($0.details, after: Array(events[..<($0.at - 1)])) == nil
      }.map(\.details)
      if let problem = Redaction.mismatch(
        line, actualDataSHA256: changedData[seq] ?? line.dataSHA256, redactions: named)
      {
        return LedgerError(.data, problem, file: path, line: seq)
      }
    }
    return nil
  }
}

/// The running state of one read.
private struct ReadState {
  let path: String
  let verify: Bool
  var events: [RecordedEvent] = []
  var bytes = 0
  /// The first bad line; nothing after it is read.
  var failure: LedgerError?
  /// When verifying: `seq` → SHA-256 of the `data` bytes on that line, where it differs from
  /// the line's `data_sha256` (a redaction must account for it).
  var changedData: [Int: String] = [:]
  /// When verifying: `seq` → the redactions naming it that quote its `data_sha256`, with the
  /// `seq` of each redaction line.
  var redactions: [Int: [(at: Int, details: RedactionDetails)]] = [:]

  /// Below this many lines in a chunk, decoding in parallel is not worth starting threads.
  static let parallelThreshold = 256
  /// How many cores decode lines at once.
  static let workers = max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))

  /// Where the read started, if not at the beginning of the file.
  let start: ChainPoint?

  init(path: String, verify: Bool, start: ChainPoint? = nil) {
    self.path = path
    self.verify = verify
    self.start = start
    self.bytes = start?.offset ?? 0
  }

  /// The number of the next line.
  var number: Int { (start?.seq ?? 0) + events.count + 1 }

  /// Consumes every complete line in `chunk`; returns how many bytes it consumed.
  ///
  /// Decoding a line is a pure function of its bytes, so the lines of a chunk are decoded on
  /// every core; the chain checks then run in order, so the first bad line is always the one
  /// reported, exactly as a sequential read would.
  mutating func consumeLines(_ chunk: UnsafeRawBufferPointer) -> Int {
    guard failure == nil else { return 0 }
    do {
      return try consumeWholeLines(chunk)
    } catch {
      failure = error
      return 0
    }
  }

  /// The scan's result: the good lines and the first bad one, with redactions reconciled.
  func finish(tornTail: TornTail?) -> Scan {
    var scan = Scan(
      path: path,
      contents: LedgerContents(
        events: events, tornTail: failure == nil ? tornTail : nil, wholeLineBytes: bytes),
      failure: failure, changedData: changedData, redactions: redactions)
    if verify, let problem = scan.unaccountedData(before: failure?.line ?? Int.max) {
      scan.failure = problem
    }
    return scan
  }

  private mutating func consumeWholeLines(_ chunk: UnsafeRawBufferPointer) throws(LedgerError)
    -> Int
  {
    var lines: [Range<Int>] = []
    var start = 0
    while let nl = indexOfNewline(chunk, from: start) {
      lines.append(start..<nl)
      start = nl + 1
    }
    if lines.count < Self.parallelThreshold || Self.workers == 1 {
      for range in lines {
        try accept(decode(UnsafeRawBufferPointer(rebasing: chunk[range])), length: range.count)
      }
      return start
    }
    var decoded = [Result<DecodedLine, LineProblem>?](repeating: nil, count: lines.count)
    decoded.withUnsafeMutableBufferPointer { out in
      nonisolated(unsafe) let out = out
      nonisolated(unsafe) let chunk = chunk
      let lines = lines
      let verify = verify
      let slices = Self.workers * 4
      DispatchQueue.concurrentPerform(iterations: slices) { slice in
        for k in (lines.count * slice / slices)..<(lines.count * (slice + 1) / slices) {
          out[k] = Self.decode(UnsafeRawBufferPointer(rebasing: chunk[lines[k]]), verify: verify)
        }
      }
    }
    for (k, result) in decoded.enumerated() {
      try accept(result!, length: lines[k].count)
    }
    return start
  }

  private func indexOfNewline(_ chunk: UnsafeRawBufferPointer, from: Int) -> Int? {
    guard from < chunk.count else { return nil }
    let base = chunk.baseAddress! + from
    guard let hit = memchr(base, 0x0A, chunk.count - from) else { return nil }
    return from + (UnsafeRawPointer(hit) - UnsafeRawPointer(base))
  }

  private func decode(_ line: UnsafeRawBufferPointer) -> Result<DecodedLine, LineProblem> {
    Self.decode(line, verify: verify)
  }

  /// One line on its own: its shape, then its JSON and members.
  static func decode(_ line: UnsafeRawBufferPointer, verify: Bool) -> Result<
    DecodedLine, LineProblem
  > {
    if line.isEmpty { return .failure(LineProblem("blank line; every line must hold one event")) }
    if line.last == 0x0D {
      return .failure(
        LineProblem("line ends with a carriage return (\\r); lines end with \\n only"))
    }
    return Result { () throws(LineProblem) -> DecodedLine in
      try LineCodec.decodeLine(line, verify: verify)
    }
  }

  /// Checks a decoded line against the chain so far and appends it. `length` excludes the `\n`.
  private mutating func accept(_ result: Result<DecodedLine, LineProblem>, length: Int)
    throws(LedgerError)
  {
    let number = self.number
    func fail(_ message: String, hint: String? = nil) -> LedgerError {
      LedgerError(.data, message, file: path, line: number, hint: hint)
    }
    let recorded: RecordedEvent
    switch result {
    case .success(let r):
      recorded = r.recorded
      if let actual = r.dataSHA256OnLine, actual != recorded.dataSHA256 {
        changedData[recorded.seq] = actual
      }
    case .failure(let problem): throw fail(problem.message)
    }
    guard recorded.seq == number else {
      throw fail(
        "seq is \(recorded.seq), expected \(number): a line was deleted, inserted or moved")
    }
    let expectedPrev = events.last?.hash ?? start?.hash ?? Chain.genesis
    guard recorded.prev == expectedPrev else {
      throw fail(
        number == 1
          ? "prev of the first line must be 64 zeros"
          : "prev does not match line \(number - 1)'s hash: the chain is broken here",
        hint: "run 'ledger verify' to find the first altered line")
    }
    if number == 1, recorded.event.type != .planCreated {
      throw fail(
        "rule 1: the first line must be plan.created, not \(recorded.event.type.rawValue)")
    }
    if number > 1, recorded.event.type == .planCreated {
      throw fail("rule 1: plan.created may only be the first line")
    }
    if let last = events.last?.event.recorded ?? start?.recorded, recorded.event.recorded < last {
      throw fail(
        "rule 8: recorded \(recorded.event.recorded) is earlier than line \(number - 1)'s \(last)")
    }
    // Redactions are reconciled only on reads of the whole file (verify reads from line 1).
    if verify, start == nil, case .payloadRedacted(let details) = recorded.event.body,
      details.seq >= 1, details.seq <= events.count,
      events[details.seq - 1].dataSHA256 == details.dataSHA256
    {
      redactions[details.seq, default: []].append((number, details))
    }
    events.append(recorded)
    bytes += length + 1
  }
}
