#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads an exact range of an open file with `pread`, retrying interrupted and short reads:
/// the one loop behind every read by offset (a line again, a run of lines, a section of the
/// checkpoint, the line a checkpoint names).
public enum PositionalRead {
  /// Why fewer bytes than asked for could be read.
  public enum Failure: Error, Sendable, Equatable {
    /// The file ends before the range does.
    case endOfFile
    /// A read failed with this `errno`.
    case system(Int32)

    /// The system's words for a failed read, or "the file ends early".
    public var reason: String {
      switch self {
      case .endOfFile: "the file ends early"
      case .system(let code): String(cString: strerror(code))
      }
    }
  }

  /// Fills `buffer` with the bytes of `fd` from `offset`.
  public static func fill(_ fd: Int32, _ buffer: UnsafeMutableRawBufferPointer, at offset: Int)
    throws(Failure)
  {
    var got = 0
    while got < buffer.count {
      let n = pread(fd, buffer.baseAddress! + got, buffer.count - got, off_t(offset + got))
      if n < 0, errno == EINTR { continue }
      if n < 0 { throw .system(errno) }
      if n == 0 { throw .endOfFile }
      got += n
    }
  }

  /// Exactly `count` bytes of `fd` from `offset`.
  public static func bytes(_ fd: Int32, count: Int, at offset: Int) throws(Failure) -> [UInt8] {
    guard count > 0 else { return [] }
    var bytes = [UInt8](repeating: 0, count: count)
    let filled = bytes.withUnsafeMutableBytes { raw in
      Result { () throws(Failure) in try fill(fd, raw, at: offset) }
    }
    try filled.get()
    return bytes
  }

  /// The line whose `\n` is the byte just before `offset`, without that `\n`; nil if that byte
  /// is not a `\n`. Reads only around that line, backwards in growing windows.
  public static func line(_ fd: Int32, endingAt offset: Int) throws(Failure) -> [UInt8]? {
    guard offset >= 1 else { return nil }
    var window = min(offset, 4096)
    while true {
      let start = offset - window
      let bytes = try Self.bytes(fd, count: window, at: start)
      guard bytes.last == 0x0A else { return nil }
      if let newline = bytes.dropLast().lastIndex(of: 0x0A) {
        return Array(bytes[(newline + 1)..<(window - 1)])
      }
      if start == 0 { return Array(bytes.dropLast()) }
      window = min(offset, window * 4)
    }
  }
}
