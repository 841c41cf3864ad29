#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Opens a ledger for reading only if it is a regular file (or a symlink to one).
///
/// The open uses `O_NONBLOCK` so a FIFO cannot hang it and `O_NOCTTY` so a terminal cannot
/// become ours; `fstat` then checks what was opened before a single byte is read. Directories,
/// devices (`/dev/zero`, `/dev/full`), FIFOs and sockets get an error at once.
///
/// The core only ever opens read-only; the write side (`LedgerWrite`) opens with the same
/// ``openFlags`` plus `O_RDWR`, then hands the descriptor to ``checked(_:path:)``.
public enum RegularFile {
  /// The flags every ledger open uses, whatever its access mode.
  public static let openFlags: Int32 = O_CLOEXEC | O_NOCTTY | O_NONBLOCK

  /// Opens `path` read-only and checks it is a regular file; returns the descriptor.
  static func openForReading(_ path: String) throws(LedgerError) -> Int32 {
    let fd = openFile(path, O_RDONLY | openFlags)
    guard fd >= 0 else {
      throw openFailure(path, errno: errno, forWriting: false, creating: false)
    }
    return try checked(fd, path: path)
  }

  /// The error for an open of `path` that failed with `code`: not a regular file, a missing
  /// folder (when `creating`), or the system's reason.
  public static func openFailure(
    _ path: String, errno code: Int32, forWriting: Bool, creating: Bool
  )
    -> LedgerError
  {
    if let kind = kind(atPath: path) { return notAFile(path, kind: kind) }
    if creating, code == ENOENT {
      return LedgerError(
        .io, "cannot create the ledger: its folder does not exist, or it is a broken symlink",
        file: path, hint: "create the folder first, or choose another --ledger path")
    }
    return LedgerError.cannotOpen(path, errno: code, forWriting: forWriting)
  }

  /// Checks with `fstat` that the open descriptor `fd` is a regular file and restores
  /// blocking mode; on failure the descriptor is closed and the error thrown.
  public static func checked(_ fd: Int32, path: String) throws(LedgerError) -> Int32 {
    var info = stat()
    guard fstat(fd, &info) == 0 else {
      let message = String(cString: strerror(errno))
      close(fd)
      throw LedgerError(.io, "cannot stat: \(message)", file: path)
    }
    if let kind = describe(mode: info.st_mode) {
      close(fd)
      throw notAFile(path, kind: kind)
    }
    let status = fcntl(fd, F_GETFL)
    if status >= 0 { _ = fcntl(fd, F_SETFL, status & ~O_NONBLOCK) }
    return fd
  }

  private static func openFile(_ path: String, _ flags: Int32) -> Int32 {
    #if canImport(Glibc)
      Glibc.open(path, flags)
    #else
      Darwin.open(path, flags)
    #endif
  }

  /// What is at `path` if it exists and is not a regular file (following symlinks).
  static func kind(atPath path: String) -> String? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    return describe(mode: info.st_mode)
  }

  /// nil for a regular file; otherwise what the mode says it is, e.g. "a directory".
  static func describe(mode: mode_t) -> String? {
    switch mode & S_IFMT {
    case S_IFREG: return nil
    case S_IFDIR: return "a directory"
    case S_IFCHR: return "a character device"
    case S_IFBLK: return "a block device"
    case S_IFIFO: return "a FIFO (named pipe)"
    case S_IFSOCK: return "a socket"
    default: return "something other than a regular file"
    }
  }

  /// The error for a path that is not a regular file.
  static func notAFile(_ path: String, kind: String) -> LedgerError {
    LedgerError(
      .io, "this is \(kind), not a ledger file; nothing was read or written", file: path,
      hint:
        "a ledger is a regular file (or a symlink to one); check --ledger or LEDGER_FILE")
  }

  /// The file's size in bytes, by `fstat`.
  public static func size(_ fd: Int32, path: String) throws(LedgerError) -> Int {
    var info = stat()
    guard fstat(fd, &info) == 0 else {
      throw LedgerError(.io, "cannot stat: \(String(cString: strerror(errno)))", file: path)
    }
    if let kind = describe(mode: info.st_mode) { throw notAFile(path, kind: kind) }
    return Int(info.st_size)
  }

  /// Whether `path` still names the file open on `fd` (same device and inode, following
  /// symlinks). False once a redaction has renamed a new file over it, or it was removed.
  public static func isCurrent(_ fd: Int32, path: String) -> Bool {
    var open = stat()
    var named = stat()
    guard fstat(fd, &open) == 0, stat(path, &named) == 0 else { return false }
    return open.st_dev == named.st_dev && open.st_ino == named.st_ino
  }

  /// The path with every symlink resolved (the real file's own path), or `path` if that fails.
  public static func resolved(_ path: String) -> String {
    guard let real = realpath(path, nil) else { return path }
    defer { free(real) }
    return String(cString: real)
  }
}
