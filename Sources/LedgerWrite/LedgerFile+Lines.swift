import LedgerCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension LedgerFile {
  /// The path of the real file: a symlinked ledger path resolved to its target, so files kept
  /// beside the ledger (a torn tail's side file, the checkpoint) sit beside the real file.
  public var realPath: String { RegularFile.resolved(path) }

  /// Reads, under the lock, only the lines after `start`, checking each against the chain from
  /// there; `wholeLineBytes` counts from the start of the file.
  public func read(from start: ChainPoint) throws(LedgerError) -> LedgerContents {
    try LedgerReader.read(fd: fd, path: path, from: start)
  }

  /// The line whose `\n` is the byte just before `offset`, without that `\n`; nil if that byte
  /// is not a `\n` or `offset` is past the end of the file. Reads only around that line.
  public func line(endingAt offset: Int) throws(LedgerError) -> [UInt8]? {
    guard offset >= 1, offset <= (try size()) else { return nil }
    var window = min(offset, 4096)
    while true {
      var bytes = [UInt8](repeating: 0, count: window)
      let start = offset - window
      var got = 0
      while got < window {
        let n = bytes.withUnsafeMutableBytes { raw in
          pread(fd, raw.baseAddress! + got, window - got, off_t(start + got))
        }
        if n < 0, errno == EINTR { continue }
        guard n > 0 else {
          throw LedgerError(
            .io, "cannot read: \(String(cString: strerror(errno)))", file: path)
        }
        got += n
      }
      guard bytes.last == 0x0A else { return nil }
      if let newline = bytes.dropLast().lastIndex(of: 0x0A) {
        return Array(bytes[(newline + 1)..<(window - 1)])
      }
      if start == 0 { return Array(bytes.dropLast()) }
      window = min(offset, window * 4)
    }
  }
}
