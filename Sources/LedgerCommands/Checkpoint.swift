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
/// The file is one header line, `ledger-checkpoint VERSION SHA256-OF-BODY`, then the body: the
/// compact JSON of `Body`, the plan stored through its `Codable` conformance, so a field added
/// to `Plan` is kept with no change here.
public struct Checkpoint: Sendable {
  /// The version of this file's layout and of the fold it stores. Bump it whenever `Plan` or
  /// `Plan.apply` changes meaning, so a checkpoint written by an older build is rebuilt.
  public static let version = 2
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

  /// What the body stores.
  struct Body: Codable {
    var seq: Int
    var offset: Int
    var hash: String
    var recorded: Timestamp
    var plan: Plan
  }

  /// Where the checkpoint of the ledger whose real file is `ledgerPath` lives.
  public static func path(forLedger ledgerPath: String) -> String {
    ledgerPath + ".checkpoint"
  }

  /// The file's bytes: the header line, then the body.
  public func encoded() throws -> [UInt8] {
    let body = Body(
      seq: point.seq, offset: point.offset, hash: point.hash, recorded: point.recorded,
      plan: plan)
    var bytes: [UInt8] = []
    JSONWriter.compact(try JSONValueEncoder().encode(body), into: &bytes)
    let header = "\(Self.magic) \(Self.version) \(SHA256.hash(bytes).hex)\n"
    return Array(header.utf8) + bytes
  }

  /// Reads a checkpoint file's bytes; nil if they are not a whole checkpoint of this version
  /// whose digest matches.
  public static func decode(_ bytes: [UInt8]) -> Checkpoint? {
    guard let newline = bytes.firstIndex(of: 0x0A), newline < 200 else { return nil }
    let words = String(decoding: bytes[..<newline], as: UTF8.self).split(separator: " ")
    guard words.count == 3, words[0] == magic, words[1] == "\(version)" else { return nil }
    let body = Array(bytes[(newline + 1)...])
    guard SHA256.hash(body).hex == words[2] else { return nil }
    guard let value = try? JSONParser.parse(body),
      let decoded = try? JSONValueDecoder().decode(Body.self, from: value),
      decoded.seq >= 1, decoded.offset >= 1
    else { return nil }
    return Checkpoint(
      point: ChainPoint(
        seq: decoded.seq, hash: decoded.hash, recorded: decoded.recorded, offset: decoded.offset),
      plan: decoded.plan)
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

  /// Writes the checkpoint to `path` atomically: a temporary file beside it, fsynced, then
  /// renamed over it. Returns false if any step failed (the old file, if any, is left).
  @discardableResult
  public func write(to path: String) -> Bool {
    guard let bytes = try? encoded() else { return false }
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
    ok = ok && fsync(fd) == 0
    close(fd)
    guard ok, rename(temporary, path) == 0 else {
      unlink(temporary)
      return false
    }
    return true
  }
}
