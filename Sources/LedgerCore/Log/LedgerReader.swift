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
    try locked(path: path, wait: wait, onWaiting: onWaiting) { fd throws(LedgerError) in
      try scan(fd: fd, path: path, verify: verify)
    }
  }

  /// Opens the file at `path`, takes a shared lock on it, waiting at most `wait` for a writer
  /// to finish, and runs `body` on the descriptor; the file is closed after.
  ///
  /// If a redaction renamed a new file over the one locked, the new one is opened instead.
  static func locked<T>(
    path: String, wait: LockWait, onWaiting: (String) -> Void,
    _ body: (Int32) throws(LedgerError) -> T
  ) throws(LedgerError) -> T {
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
      return try body(fd)
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
    try stream(fd: fd, path: path, verify: verify, from: start, into: EventCollector()).finish()
  }

  /// Reads from an open file descriptor up to its end or the first bad line, handing each
  /// accepted event to `sink`; the state it ends in holds the sink, the first bad line as
  /// `failure`, and the torn tail (only when no line was bad).
  ///
  /// Only failures to read the file are thrown.
  static func stream<Sink: EventSink>(
    fd: Int32, path: String, verify: Bool, from start: ChainPoint? = nil, into sink: Sink
  ) throws(LedgerError) -> ReadState<Sink> {
    let size = try RegularFile.size(fd, path: path)
    var state = ReadState(path: path, verify: verify, start: start, sink: sink)
    let rest = try ChunkedRead.read(fd: fd, path: path, from: start?.offset ?? 0, size: size) {
      chunk in
      let consumed = state.consumeLines(chunk)
      return state.failure == nil ? consumed : nil
    }
    guard let rest else { return state }
    state.finishLines()
    if state.failure != nil { return state }
    if !rest.isEmpty { state.tornTail = TornTail(line: state.number, bytes: rest) }
    return state
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
    stream(bytes: bytes, path: path, verify: verify, into: EventCollector()).finish()
  }

  /// Reads ledger bytes already in memory up to the first bad line, handing each accepted
  /// event to `sink` (see `stream(fd:path:verify:from:into:)`).
  static func stream<Sink: EventSink>(
    bytes: [UInt8], path: String, verify: Bool, into sink: Sink
  ) -> ReadState<Sink> {
    var state = ReadState(path: path, verify: verify, sink: sink)
    let consumed = bytes.withUnsafeBytes { raw in state.consumeLines(raw) }
    state.finishLines()
    if state.failure == nil, consumed < bytes.count {
      state.tornTail = TornTail(line: state.number, bytes: Array(bytes[consumed...]))
    }
    return state
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
