import LedgerCore

#if canImport(Glibc)
  import Glibc
  private let systemWrite = Glibc.write
#elseif canImport(Darwin)
  import Darwin
  private let systemWrite = Darwin.write
#endif

/// Writes a whole file atomically: a temporary file in the same folder, written, flushed to
/// disk (`fsync`), then renamed over the target, and the folder flushed, so a reader sees the
/// old file or the new one and never half of one.
public enum AtomicFile {
  /// Writes `bytes` to `path`, replacing any file there.
  public static func write(_ bytes: [UInt8], to path: String) throws(LedgerError) {
    try write(to: path) { write in write(bytes) }
  }

  /// Writes a file atomically from pieces, as `write(_:to:)` does from one array: `produce`
  /// hands each piece, in order, to the function it is given, and each is written to a
  /// temporary file in the same folder as it comes, so a file of any size needs only one piece
  /// in memory at a time. Then the file is flushed to disk (`fsync`) and renamed over `path`,
  /// and the folder flushed: a reader sees the old file or the whole new one, never part of
  /// one. If a write fails, the rest of the pieces are ignored, the temporary file is removed
  /// and `path` is left as it was; so too if `produce` throws, and its error is thrown on.
  public static func write(
    to path: String,
    _ produce: (_ write: @escaping ([UInt8]) -> Void) throws(LedgerError) -> Void
  ) throws(LedgerError) {
    let folder = folder(of: path)
    let base = path.split(separator: "/").last.map(String.init) ?? path
    let temporary = folder + "/." + base + ".tmp-\(getpid())"
    func failure(_ what: String, _ file: String) -> LedgerError {
      LedgerError(.io, "cannot \(what): \(String(cString: strerror(errno)))", file: file)
    }
    let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
    guard fd >= 0 else { throw failure("create a temporary file", temporary) }
    var ok = false
    defer {
      if !ok { unlink(temporary) }
    }
    var error: LedgerError?
    do {
      try produce { bytes in
        guard error == nil else { return }
        var done = 0
        while done < bytes.count {
          let n = bytes.withUnsafeBytes { raw in
            systemWrite(fd, raw.baseAddress! + done, raw.count - done)
          }
          if n < 0 {
            if errno == EINTR { continue }
            error = failure("write", temporary)
            return
          }
          done += n
        }
      }
    } catch let thrown {
      // A failed write, if any, came first (the pieces after it were ignored): report it.
      error = error ?? thrown
    }
    if let error {
      close(fd)
      throw error
    }
    if fsync(fd) != 0 {
      let error = failure("flush to disk", temporary)
      close(fd)
      throw error
    }
    if close(fd) != 0 { throw failure("close", temporary) }
    if rename(temporary, path) != 0 { throw failure("rename the temporary file to", path) }
    ok = true
    let dir = open(folder, O_RDONLY | O_CLOEXEC)
    if dir >= 0 {
      _ = fsync(dir)
      close(dir)
    }
  }

  /// The folder holding `path` (`.` for a bare name).
  public static func folder(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    return slash == path.startIndex ? "/" : String(path[..<slash])
  }
}
