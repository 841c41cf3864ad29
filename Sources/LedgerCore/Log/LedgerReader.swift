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
    let fd = try RegularFile.openForReading(path)
    defer { close(fd) }
    // A shared lock: never see a writer's half-written line. Readers never write.
    try FileLock.acquire(fd, exclusive: false, path: path, wait: wait, onWaiting: onWaiting)
    return try read(fd: fd, path: path, verify: verify)
  }

  /// Reads from the start of an open file descriptor to the end it has now.
  ///
  /// The descriptor must be a regular file; no byte past the size `fstat` reports when the read
  /// starts is read, and the buffer never grows beyond that size.
  public static func read(fd: Int32, path: String, verify: Bool = false) throws(LedgerError)
    -> LedgerContents
  {
    let size = try RegularFile.size(fd, path: path)
    var state = ReadState(path: path, verify: verify)
    var capacity = max(1, min(chunkSize, size))
    var buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: capacity, alignment: 16)
    defer { buffer.deallocate() }
    var filled = 0
    var offset = 0
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
      let consumed = try state.consumeLines(
        UnsafeRawBufferPointer(start: buffer.baseAddress!, count: filled))
      if consumed > 0 {
        memmove(buffer.baseAddress!, buffer.baseAddress! + consumed, filled - consumed)
        filled -= consumed
      }
    }
    let torn =
      filled > 0
      ? TornTail(
        line: state.events.count + 1,
        bytes: Array(UnsafeRawBufferPointer(start: buffer.baseAddress!, count: filled))) : nil
    return LedgerContents(events: state.events, tornTail: torn, wholeLineBytes: state.bytes)
  }

  /// Reads ledger bytes already in memory (tests, tools).
  public static func read(bytes: [UInt8], path: String = "<bytes>", verify: Bool = false)
    throws(LedgerError) -> LedgerContents
  {
    var state = ReadState(path: path, verify: verify)
    let result = bytes.withUnsafeBytes { raw in
      Result { () throws(LedgerError) -> Int in try state.consumeLines(raw) }
    }
    let consumed = try result.get()
    let torn =
      consumed < bytes.count
      ? TornTail(line: state.events.count + 1, bytes: Array(bytes[consumed...])) : nil
    return LedgerContents(events: state.events, tornTail: torn, wholeLineBytes: state.bytes)
  }
}

/// The running state of one read.
private struct ReadState {
  let path: String
  let verify: Bool
  var events: [RecordedEvent] = []
  var bytes = 0

  /// Below this many lines in a chunk, decoding in parallel is not worth starting threads.
  static let parallelThreshold = 256
  /// How many cores decode lines at once.
  static let workers = max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))

  init(path: String, verify: Bool) {
    self.path = path
    self.verify = verify
  }

  /// Consumes every complete line in `chunk`; returns how many bytes it consumed.
  ///
  /// Decoding a line is a pure function of its bytes, so the lines of a chunk are decoded on
  /// every core; the chain checks then run in order, so the first bad line is always the one
  /// reported, exactly as a sequential read would.
  mutating func consumeLines(_ chunk: UnsafeRawBufferPointer) throws(LedgerError) -> Int {
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
    var decoded = [Result<RecordedEvent, LineProblem>?](repeating: nil, count: lines.count)
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

  private func decode(_ line: UnsafeRawBufferPointer) -> Result<RecordedEvent, LineProblem> {
    Self.decode(line, verify: verify)
  }

  /// One line on its own: its shape, then its JSON and members.
  static func decode(_ line: UnsafeRawBufferPointer, verify: Bool) -> Result<
    RecordedEvent, LineProblem
  > {
    if line.isEmpty { return .failure(LineProblem("blank line; every line must hold one event")) }
    if line.last == 0x0D {
      return .failure(
        LineProblem("line ends with a carriage return (\\r); lines end with \\n only"))
    }
    return Result { () throws(LineProblem) -> RecordedEvent in
      try LineCodec.decode(line, verify: verify)
    }
  }

  /// Checks a decoded line against the chain so far and appends it. `length` excludes the `\n`.
  private mutating func accept(_ result: Result<RecordedEvent, LineProblem>, length: Int)
    throws(LedgerError)
  {
    let number = events.count + 1
    func fail(_ message: String, hint: String? = nil) -> LedgerError {
      LedgerError(.data, message, file: path, line: number, hint: hint)
    }
    let recorded: RecordedEvent
    switch result {
    case .success(let r): recorded = r
    case .failure(let problem): throw fail(problem.message)
    }
    guard recorded.seq == number else {
      throw fail(
        "seq is \(recorded.seq), expected \(number): a line was deleted, inserted or moved")
    }
    let expectedPrev = events.last?.hash ?? Chain.genesis
    guard recorded.prev == expectedPrev else {
      throw fail(
        number == 1
          ? "prev of the first line must be 64 zeros"
          : "prev does not match line \(number - 1)'s hash: the chain is broken here",
        hint: "run 'ledger verify' to find the first altered line")
    }
    if let last = events.last, recorded.event.recorded < last.event.recorded {
      throw fail(
        "recorded \(recorded.event.recorded) is earlier than line \(number - 1)'s \(last.event.recorded)"
      )
    }
    if number == 1, recorded.event.type != .planCreated {
      throw fail("the first line must be plan.created, not \(recorded.event.type.rawValue)")
    }
    if number > 1, recorded.event.type == .planCreated {
      throw fail("plan.created may only be the first line")
    }
    events.append(recorded)
    bytes += length + 1
  }
}
