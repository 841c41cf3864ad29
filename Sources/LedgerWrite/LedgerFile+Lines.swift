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
    do {
      return try PositionalRead.line(fd, endingAt: offset)
    } catch {
      throw LedgerError(.io, "cannot read: \(error.reason)", file: path)
    }
  }
}
