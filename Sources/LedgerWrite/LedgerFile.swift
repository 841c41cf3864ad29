import LedgerCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// An open ledger file held under an exclusive `flock`, for one write.
///
/// The lock is held from `open` until `close`, across "read the tail, validate, append,
/// fsync", so concurrent writers queue up and can never fork the chain.
public final class LedgerFile {
  /// The path it was opened at.
  public let path: String
  /// The file descriptor.
  let fd: Int32
  /// Whether this open created the file.
  public let created: Bool

  private init(path: String, fd: Int32, created: Bool) {
    self.path = path
    self.fd = fd
    self.created = created
  }

  deinit { close(fd) }

  /// Opens `path` for writing and takes the exclusive lock, waiting at most `wait` for
  /// another process to release it (`onWaiting` hears once if that takes about a second).
  ///
  /// With `create`, a missing file is created (for `init`); otherwise a missing file is an error.
  /// Only a regular file (or a symlink to one) is opened; anything else is refused at once.
  public static func openLocked(
    _ path: String, create: Bool, wait: LockWait = .standard,
    onWaiting: (String) -> Void = { _ in }
  ) throws(LedgerError) -> LedgerFile {
    let start = FileLock.monotonicNanoseconds()
    while true {
      let opened = try WritableFile.open(path, create: create)
      let file = LedgerFile(path: path, fd: opened.fd, created: opened.created)
      try FileLock.acquire(
        opened.fd, exclusive: true, path: path, wait: wait.remaining(since: start),
        onWaiting: onWaiting)
      // A redaction replaces the file by renaming a new one over it: the lock just taken may
      // be on the old inode, which nothing reads any more. Open the path again if so.
      guard RegularFile.isCurrent(opened.fd, path: path) else { continue }
      if opened.created { try file.syncDirectory() }
      return file
    }
  }

  /// The file's size in bytes now.
  public func size() throws(LedgerError) -> Int {
    try RegularFile.size(fd, path: path)
  }

  /// Reads the whole file under the lock.
  public func read(verify: Bool = false) throws(LedgerError) -> LedgerContents {
    try LedgerReader.read(fd: fd, path: path, verify: verify)
  }

  /// Moves a torn tail to a side file next to the ledger (never deleting it), then truncates
  /// the ledger to its last whole line. Returns the side file's path.
  ///
  /// The side file is `<ledger>.torn-<line>-<unix-seconds>`, with `-2`, `-3`… if that exists,
  /// beside the real file: a symlinked ledger path is resolved to its target first.
  public func setAsideTornTail(_ torn: TornTail, wholeLineBytes: Int, now: Timestamp)
    throws(LedgerError) -> String
  {
    let real = RegularFile.resolved(path)
    var side = "\(real).torn-\(torn.line)-\(now.seconds)"
    var attempt = 1
    var sfd = open(side, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
    while sfd < 0, errno == EEXIST {
      attempt += 1
      side = "\(real).torn-\(torn.line)-\(now.seconds)-\(attempt)"
      sfd = open(side, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
    }
    guard sfd >= 0 else {
      throw LedgerError(
        .io, "cannot create side file for the torn tail: \(String(cString: strerror(errno)))",
        file: side)
    }
    defer { close(sfd) }
    try Self.writeAll(sfd, torn.bytes, at: 0, path: side)
    guard fsync(sfd) == 0 else {
      throw LedgerError(.io, "cannot fsync: \(String(cString: strerror(errno)))", file: side)
    }
    try syncDirectory()
    guard ftruncate(fd, off_t(wholeLineBytes)) == 0, fsync(fd) == 0 else {
      throw LedgerError(
        .io, "cannot truncate the torn tail: \(String(cString: strerror(errno)))", file: path)
    }
    return side
  }

  /// Appends `bytes` at `offset` (the end of the last whole line) and fsyncs. All or nothing:
  /// if the write fails part-way, the file is cut back to `offset`.
  public func append(_ bytes: [UInt8], at offset: Int) throws(LedgerError) {
    do throws(LedgerError) {
      try Self.writeAll(fd, bytes, at: offset, path: path)
      guard fsync(fd) == 0 else {
        throw LedgerError(.io, "cannot fsync: \(String(cString: strerror(errno)))", file: path)
      }
    } catch {
      _ = ftruncate(fd, off_t(offset))
      _ = fsync(fd)
      throw error
    }
  }

  static func writeAll(_ fd: Int32, _ bytes: [UInt8], at offset: Int, path: String)
    throws(LedgerError)
  {
    var written = 0
    while written < bytes.count {
      let n = bytes.withUnsafeBytes { raw in
        pwrite(fd, raw.baseAddress! + written, raw.count - written, off_t(offset + written))
      }
      if n < 0 {
        if errno == EINTR { continue }
        throw LedgerError(.io, "cannot write: \(String(cString: strerror(errno)))", file: path)
      }
      written += n
    }
  }

  /// Fsyncs the directory holding the (real) ledger file, so a new file's name is durable.
  func syncDirectory() throws(LedgerError) {
    let path = RegularFile.resolved(self.path)
    let dir: String
    if let slash = path.lastIndex(of: "/") {
      dir = slash == path.startIndex ? "/" : String(path[..<slash])
    } else {
      dir = "."
    }
    let dfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard dfd >= 0 else { return }
    defer { close(dfd) }
    _ = fsync(dfd)
  }
}
