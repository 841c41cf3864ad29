import LedgerCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Opens a ledger for reading and writing, only if it is a regular file (or a symlink to one).
///
/// The write-side half of the core's `RegularFile`: the same flags plus `O_RDWR` (and
/// `O_CREAT | O_EXCL` for a new ledger), then the same `fstat` check before any byte is read.
enum WritableFile {
  /// An open descriptor on a regular file, and whether this open created it.
  struct Opened {
    /// The descriptor (blocking mode restored).
    var fd: Int32
    /// Whether the file was created by this open.
    var created: Bool
  }

  /// Opens `path` for reading and writing; with `create`, a missing file is made.
  static func open(_ path: String, create: Bool) throws(LedgerError) -> Opened {
    let flags = O_RDWR | RegularFile.openFlags
    var created = false
    var fd = openFile(path, flags)
    if fd < 0, errno == ENOENT, create {
      fd = openFile(path, flags | O_CREAT | O_EXCL, mode: 0o644)
      if fd >= 0 {
        created = true
      } else if errno == EEXIST {
        fd = openFile(path, flags)
      }
    }
    guard fd >= 0 else {
      throw RegularFile.openFailure(path, errno: errno, forWriting: true, creating: create)
    }
    return Opened(fd: try RegularFile.checked(fd, path: path), created: created)
  }

  private static func openFile(_ path: String, _ flags: Int32, mode: mode_t = 0) -> Int32 {
    #if canImport(Glibc)
      Glibc.open(path, flags, mode)
    #else
      Darwin.open(path, flags, mode)
    #endif
  }
}
