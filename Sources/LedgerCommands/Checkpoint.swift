import LedgerCore
import SHA256

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The writer's checkpoint: the plan folded up to some line, kept beside the ledger as
/// `<ledger>.checkpoint` so that a write reads and folds only the lines after it.
///
/// It is a cache, never trusted blindly: a writer uses it only if its digest matches, its
/// version is this build's, and the ledger's line ending at its offset is the line with its
/// `seq` and `hash` (see `WriterState`); otherwise the log is replayed in full. Deleting it is
/// always safe.
///
/// The file is one header line, `ledger-checkpoint VERSION SHA256-OF-BODY`, then the body in
/// the compact binary form of `ByteWriter`: the point's `seq`, `offset`, `hash` and `recorded`
/// time, then the plan (`ByteWriter+Plan.swift`). Reading it is total: anything truncated or
/// garbled is no checkpoint, and a field added to `Plan` must be added to that form too
/// (`PlanSnapshotTests` fails until it is).
public struct Checkpoint: Sendable {
  /// The version of this file's layout and of the fold it stores. Bump it whenever `Plan` or
  /// `Plan.apply` changes meaning, so a checkpoint written by an older build is rebuilt.
  public static let version = 3
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

  /// Creates a checkpoint.
  public init(point: ChainPoint, plan: Plan) {
    self.point = point
    self.plan = plan
  }

  /// Where the checkpoint of the ledger whose real file is `ledgerPath` lives.
  public static func path(forLedger ledgerPath: String) -> String {
    ledgerPath + ".checkpoint"
  }

  /// The file's bytes: the header line, then the body.
  public func encoded() -> [UInt8] {
    var body = ByteWriter(capacity: 1 << 16)
    body.int(point.seq)
    body.int(point.offset)
    body.string(point.hash)
    body.timestamp(point.recorded)
    body.plan(plan)
    let header = "\(Self.magic) \(Self.version) \(SHA256.hash(body.bytes).hex)\n"
    return Array(header.utf8) + body.bytes
  }

  /// Reads a checkpoint file's bytes; nil if they are not a whole checkpoint of this version
  /// whose digest matches.
  public static func decode(_ bytes: [UInt8]) -> Checkpoint? {
    guard let newline = bytes.prefix(200).firstIndex(of: 0x0A) else { return nil }
    let words = String(decoding: bytes[..<newline], as: UTF8.self).split(separator: " ")
    guard words.count == 3, words[0] == magic, words[1] == "\(version)" else { return nil }
    let digest = bytes.withUnsafeBytes { raw in
      SHA256.hash(UnsafeRawBufferPointer(rebasing: raw[(newline + 1)...]))
    }
    guard digest.hex == words[2] else { return nil }
    var body = ByteReader(bytes, from: newline + 1)
    do throws(ByteReader.Malformed) {
      let seq = try body.int()
      let offset = try body.int()
      let hash = try body.string()
      let recorded = try body.timestamp()
      let plan = try body.plan()
      guard body.isAtEnd, seq >= 1, offset >= 1 else { return nil }
      return Checkpoint(
        point: ChainPoint(seq: seq, hash: hash, recorded: recorded, offset: offset), plan: plan)
    } catch {
      return nil
    }
  }

  /// The checkpoint at `path`, or nil if it is missing, unreadable or not a valid checkpoint.
  public static func load(_ path: String) -> Checkpoint? {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG,
      info.st_size > 0, info.st_size < 1 << 31
    else { return nil }
    var bytes = [UInt8](repeating: 0, count: Int(info.st_size))
    var got = 0
    while got < bytes.count {
      let n = bytes.withUnsafeMutableBytes { raw in
        read(fd, raw.baseAddress! + got, raw.count - got)
      }
      if n < 0, errno == EINTR { continue }
      guard n > 0 else { return nil }
      got += n
    }
    return decode(bytes)
  }

  /// Removes the checkpoint at `path`, if there is one (always safe: it is a cache).
  public static func remove(at path: String) {
    unlink(path)
  }

  /// Writes the checkpoint to `path` atomically: a temporary file beside it, renamed over it.
  /// Returns false if any step failed (the old file, if any, is left).
  ///
  /// It is not fsynced: it is a cache whose every byte is proven by its digest and by the
  /// ledger's own line at its offset before it is used. After a crash it is either a whole
  /// checkpoint (the old one or this one), used as ever, or bytes that fail the digest (the
  /// data not yet on disk), and then the next write replays the log and writes it again. The
  /// ledger's line it names was fsynced before this is called, so it never names a line the
  /// ledger could lose.
  @discardableResult
  public func write(to path: String) -> Bool {
    let bytes = encoded()
    let temporary = "\(path).tmp-\(getpid())"
    let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard fd >= 0 else { return false }
    var written = 0
    var ok = true
    while written < bytes.count {
      let n = bytes.withUnsafeBytes { raw in
        Glibc.write(fd, raw.baseAddress! + written, raw.count - written)
      }
      if n < 0, errno == EINTR { continue }
      guard n > 0 else {
        ok = false
        break
      }
      written += n
    }
    close(fd)
    guard ok, rename(temporary, path) == 0 else {
      unlink(temporary)
      return false
    }
    return true
  }
}
