import LedgerCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension LedgerFile {
  /// The suffix of the temporary file a rewrite builds beside the ledger, before the process id.
  public static let rewriteSuffix = ".redacting-"

  /// Replaces the ledger by a copy in which line `number` reads `newLine` and `appended`
  /// follows the last whole line; every other byte is copied unchanged. Redaction only.
  ///
  /// The copy is built in a new file beside the real ledger (`<ledger>.redacting-<pid>`,
  /// created with `O_EXCL`, with the ledger's owner and mode), fsynced, read back and verified
  /// (`check` sees it), then renamed over the ledger and the directory fsynced. If anything
  /// fails before the rename the copy is removed and the ledger is as it was. The lock stays
  /// on the old inode; writers and readers waiting on it open the path again (see
  /// ``openLocked(_:create:wait:onWaiting:)``). This object must not be used afterwards.
  ///
  /// Copies left by a rewrite that was killed are removed first: under the exclusive lock on
  /// the current file, no other rewrite can be running. Returns their paths.
  public func rewrite(
    line number: Int, as newLine: [UInt8], appending appended: [UInt8], wholeLineBytes: Int,
    check: (LedgerContents) throws(LedgerError) -> Void
  ) throws(LedgerError) -> [String] {
    var info = stat()
    guard fstat(fd, &info) == 0 else {
      throw LedgerError(.io, "cannot stat: \(String(cString: strerror(errno)))", file: path)
    }
    guard info.st_nlink == 1 else {
      throw .rule(
        "the ledger has \(info.st_nlink) hard links; a redaction replaces the file, so the other names would keep the removed text; nothing was changed",
        hint: "remove the other links first (find them with 'find / -samefile \(path)')")
    }
    let real = RegularFile.resolved(path)
    let (directory, base) = LedgerDirectory.split(real)
    let stale = LedgerDirectory.names(in: directory, startingWith: base + Self.rewriteSuffix)
      .map { directory + "/" + $0 }
    for leftover in stale { _ = unlink(leftover) }

    let temporary = real + Self.rewriteSuffix + String(getpid())
    let tfd = open(temporary, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
    guard tfd >= 0 else {
      throw LedgerError(
        .io, "cannot create the new copy beside the ledger: \(String(cString: strerror(errno)))",
        file: temporary, hint: "redaction needs write permission on the ledger's folder")
    }
    var renamed = false
    defer {
      close(tfd)
      if !renamed { _ = unlink(temporary) }
    }
    if info.st_uid != geteuid() || info.st_gid != getegid() {
      guard fchown(tfd, info.st_uid, info.st_gid) == 0 else {
        throw .rule(
          "the ledger belongs to user \(info.st_uid), group \(info.st_gid), and the new copy could not be given to them (\(String(cString: strerror(errno)))); nothing was changed",
          hint: "run the redaction as the ledger's owner")
      }
    }
    guard fchmod(tfd, info.st_mode & 0o7777) == 0 else {
      throw LedgerError(
        .io, "cannot set the new copy's mode: \(String(cString: strerror(errno)))",
        file: temporary)
    }
    let old = try lineRange(number, within: wholeLineBytes)
    try copy(0..<old.lowerBound, into: tfd, at: 0, path: temporary)
    try Self.writeAll(tfd, newLine, at: old.lowerBound, path: temporary)
    let shift = newLine.count - old.count
    try copy(
      old.upperBound..<wholeLineBytes, into: tfd, at: old.upperBound + shift, path: temporary)
    try Self.writeAll(tfd, appended, at: wholeLineBytes + shift, path: temporary)
    guard fsync(tfd) == 0 else {
      throw LedgerError(.io, "cannot fsync: \(String(cString: strerror(errno)))", file: temporary)
    }
    try check(try LedgerReader.read(fd: tfd, path: temporary, verify: true))
    guard rename(temporary, real) == 0 else {
      throw LedgerError(
        .io, "cannot rename the new copy over the ledger: \(String(cString: strerror(errno)))",
        file: temporary)
    }
    renamed = true
    try syncDirectory()
    return stale
  }

  /// The bytes of line `number` (with its `\n`) among the first `limit` bytes of the ledger.
  private func lineRange(_ number: Int, within limit: Int) throws(LedgerError) -> Range<Int> {
    var start = number == 1 ? 0 : nil as Int?
    var seen = 0
    var offset = 0
    var chunk = [UInt8](repeating: 0, count: 1 << 20)
    while offset < limit {
      let n = try read(into: &chunk, at: offset, count: min(chunk.count, limit - offset))
      for i in 0..<n where chunk[i] == 0x0A {
        seen += 1
        if seen == number - 1 { start = offset + i + 1 }
        if seen == number, let start { return start..<(offset + i + 1) }
      }
      offset += n
    }
    throw LedgerError(.io, "line \(number) is not in the file any more", file: path)
  }

  /// Copies the ledger's bytes `range` to `out` at `at`.
  private func copy(_ range: Range<Int>, into out: Int32, at: Int, path outPath: String)
    throws(LedgerError)
  {
    var chunk = [UInt8](repeating: 0, count: 1 << 20)
    var done = 0
    while done < range.count {
      let n = try read(
        into: &chunk, at: range.lowerBound + done, count: min(chunk.count, range.count - done))
      try Self.writeAll(out, Array(chunk[0..<n]), at: at + done, path: outPath)
      done += n
    }
  }

  /// Reads up to `count` bytes of the ledger at `offset` into `buffer`; at least one.
  private func read(into buffer: inout [UInt8], at offset: Int, count: Int) throws(LedgerError)
    -> Int
  {
    while true {
      let n = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress!, count, off_t(offset)) }
      if n < 0, errno == EINTR { continue }
      guard n > 0 else {
        let why = n < 0 ? String(cString: strerror(errno)) : "the file ended early"
        throw LedgerError(.io, "cannot read: \(why)", file: path)
      }
      return n
    }
  }
}
