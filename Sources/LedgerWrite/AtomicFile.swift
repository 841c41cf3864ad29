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
    var done = 0
    while done < bytes.count {
      let n = bytes.withUnsafeBytes { raw in
        systemWrite(fd, raw.baseAddress! + done, raw.count - done)
      }
      if n < 0 {
        if errno == EINTR { continue }
        let error = failure("write", temporary)
        close(fd)
        throw error
      }
      done += n
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
