import SHA256

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The writer's checkpoint: the plan folded up to some line, kept beside the ledger as
/// `<ledger>.checkpoint` so that a write reads and folds only the lines after it, and an index
/// of the lines that name each item, so `show ID` and `history ID` read only those.
///
/// It is a cache, never trusted blindly: it is used only if its digest matches, its version is
/// this build's, and the ledger's line ending at its offset is the line with its `seq` and
/// `hash` (see `WriterState` and `IndexedItem`); otherwise the log is replayed in full.
/// Deleting it is always safe.
///
/// The file is one header line, `ledger-checkpoint VERSION BODY-LENGTH SHA256-OF-BODY`, then
/// the body in the compact binary form of `ByteWriter`: the point's `seq`, `offset`, `hash`
/// and `recorded` time, whether any line up to it is a retraction or a redaction, then the
/// plan (`ByteWriter+Plan.swift`). After the body comes the index (`ItemIndex`), with digests of
/// its own, so a write reads and checks the body without reading the index. Reading is total:
/// anything truncated or garbled is no checkpoint, and a field added to `Plan` must be added
/// to that form too (`PlanSnapshotTests` fails until it is).
///
/// This half only reads; the write side writes it (`Checkpoint+Write.swift` in
/// LedgerCommands).
public struct Checkpoint: Sendable {
  /// The version of this file's layout and of the fold it stores. Bump it whenever `Plan` or
  /// `Plan.apply` changes meaning, so a checkpoint written by an older build is rebuilt.
  public static let version = 4
  /// How many lines may follow the checkpoint before a write rewrites it. Reading and folding
  /// a few dozen lines after it costs less than a millisecond; writing the whole plan again
  /// on every append costs more than the rest of the append at 10^5 events and up, so it is
  /// rewritten once every this many writes (and always by a write that replayed the log).
  public static let refreshInterval = 64
  /// The header's first word.
  static let magic = "ledger-checkpoint"

  /// The line the plan was folded up to, and where it ends.
  public var point: ChainPoint
  /// The plan after every event up to and including `point.seq`, retractions honoured.
  public var plan: Plan
  /// Whether any line up to `point` is an `event.retracted` or a `payload.redacted` (which
  /// change what earlier lines mean, so the index alone cannot give an item's history).
  public var hasCorrections: Bool
  /// The lines naming each item, up to `point` (empty when not read or not built).
  public var index: ItemIndex

  /// Creates a checkpoint.
  public init(
    point: ChainPoint, plan: Plan, hasCorrections: Bool = false, index: ItemIndex = ItemIndex()
  ) {
    self.point = point
    self.plan = plan
    self.hasCorrections = hasCorrections
    self.index = index
  }

  /// Where the checkpoint of the ledger whose real file is `ledgerPath` lives.
  public static func path(forLedger ledgerPath: String) -> String {
    ledgerPath + ".checkpoint"
  }

  /// The file's bytes: the header line, the body, then the index.
  public func encoded() -> [UInt8] {
    var body = ByteWriter(capacity: 1 << 16)
    body.int(point.seq)
    body.int(point.offset)
    body.string(point.hash)
    body.timestamp(point.recorded)
    body.bool(hasCorrections)
    body.plan(plan)
    let header =
      "\(Self.magic) \(Self.version) \(body.bytes.count) \(SHA256.hash(body.bytes).hex)\n"
    return Array(header.utf8) + body.bytes + index.bytes
  }

  /// The header: where the body starts and how long it is, and its digest; nil if `prefix`
  /// (the file's first bytes) does not start with a header of this version.
  static func header(_ prefix: [UInt8]) -> (start: Int, length: Int, digest: String)? {
    guard let newline = prefix.prefix(200).firstIndex(of: 0x0A) else { return nil }
    let words = String(decoding: prefix[..<newline], as: UTF8.self).split(separator: " ")
    guard words.count == 4, words[0] == magic, words[1] == "\(version)",
      let length = Int(words[2]), length >= 0, String(length) == words[2]
    else { return nil }
    return (newline + 1, length, String(words[3]))
  }

  /// Reads a checkpoint file's bytes; nil if they are not a whole checkpoint of this version
  /// whose digest matches. The index is taken as it is (its chunks carry their own digests,
  /// checked when it is used).
  public static func decode(_ bytes: [UInt8]) -> Checkpoint? {
    guard let (start, length, digest) = header(bytes), length <= bytes.count - start,
      var checkpoint = decodeBody(Array(bytes[start..<(start + length)]), digest: digest)
    else { return nil }
    checkpoint.index = ItemIndex(bytes: Array(bytes[(start + length)...]))
    return checkpoint
  }

  /// The body, if its digest is `digest`.
  static func decodeBody(_ bytes: [UInt8], digest: String) -> Checkpoint? {
    guard SHA256.hash(bytes).hex == digest else { return nil }
    var body = ByteReader(bytes)
    do throws(ByteReader.Malformed) {
      let seq = try body.int()
      let offset = try body.int()
      let hash = try body.string()
      let recorded = try body.timestamp()
      let hasCorrections = try body.bool()
      let plan = try body.plan()
      guard body.isAtEnd, seq >= 1, offset >= 1 else { return nil }
      return Checkpoint(
        point: ChainPoint(seq: seq, hash: hash, recorded: recorded, offset: offset), plan: plan,
        hasCorrections: hasCorrections)
    } catch {
      return nil
    }
  }

  /// The checkpoint at `path`, or nil if it is missing, unreadable or not a valid checkpoint.
  /// Without `withIndex` the index is not read (a write needs only the plan).
  public static func load(_ path: String, withIndex: Bool = true) -> Checkpoint? {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG,
      info.st_size > 0, info.st_size < 1 << 40
    else { return nil }
    let size = Int(info.st_size)
    guard let prefix = readAll(fd, at: 0, count: min(size, 256)),
      let (start, length, digest) = header(prefix), length <= size - start,
      let body = readAll(fd, at: start, count: length),
      var checkpoint = decodeBody(body, digest: digest)
    else { return nil }
    if withIndex {
      guard let index = readAll(fd, at: start + length, count: size - start - length) else {
        return nil
      }
      checkpoint.index = ItemIndex(bytes: index)
    }
    return checkpoint
  }

  /// The index of the checkpoint at `path` as it is, unchecked; nil if there is no such file.
  public static func loadIndex(_ path: String) -> ItemIndex? {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, info.st_size > 0,
      let prefix = readAll(fd, at: 0, count: min(Int(info.st_size), 256)),
      let (start, length, _) = header(prefix), start + length <= Int(info.st_size),
      let index = readAll(fd, at: start + length, count: Int(info.st_size) - start - length)
    else { return nil }
    return ItemIndex(bytes: index)
  }

  /// Exactly `count` bytes of `fd` from `offset`, or nil if they cannot be read.
  static func readAll(_ fd: Int32, at offset: Int, count: Int) -> [UInt8]? {
    guard count >= 0 else { return nil }
    return try? PositionalRead.bytes(fd, count: count, at: offset)
  }
}
