import LedgerCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension Checkpoint {
  /// Removes the checkpoint at `path`, if there is one (always safe: it is a cache).
  public static func remove(at path: String) {
    unlink(path)
  }

  /// Writes the checkpoint to `path` atomically: a temporary file beside it, renamed over it.
  /// Returns false if any step failed (the old file, if any, is left).
  ///
  /// It is not fsynced: it is a cache whose every byte is proven by its digests and by the
  /// ledger's own line at its offset before it is used. After a crash it is either a whole
  /// checkpoint (the old one or this one), used as ever, or bytes that fail a digest (the
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
