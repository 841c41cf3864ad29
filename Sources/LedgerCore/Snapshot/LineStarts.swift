#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where lines start in a ledger file, found by its `\n` bytes alone (for the checkpoint's
/// index), and the single line that starts at an offset.
public enum LineStarts {
  /// The start offset of every line that ends (with its `\n`) in `start..<end` of the file at
  /// `path`, `start` itself first; nil if the file cannot be read or the range does not end
  /// with a `\n`. `start` must be the start of a line.
  public static func scan(path: String, from start: Int, to end: Int) -> [Int]? {
    guard start >= 0, end >= start else { return nil }
    if start == end { return [] }
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var starts = [start]
    let chunk = 1 << 20
    var buffer = [UInt8](repeating: 0, count: chunk)
    var at = start
    var lastByte: UInt8 = 0
    while at < end {
      let n = min(chunk, end - at)
      let read = buffer.withUnsafeMutableBytes { raw in
        (try? PositionalRead.fill(fd, UnsafeMutableRawBufferPointer(rebasing: raw[..<n]), at: at))
          != nil
      }
      guard read else { return nil }
      buffer.withUnsafeBytes { raw in
        var i = 0
        while i < n, let p = memchr(raw.baseAddress! + i, 0x0A, n - i) {
          let k = raw.baseAddress!.distance(to: UnsafeRawPointer(p))
          starts.append(at + k + 1)
          i = k + 1
        }
      }
      lastByte = buffer[n - 1]
      at += n
    }
    guard lastByte == 0x0A else { return nil }
    starts.removeLast()  // the offset just past the last line, where no line starts yet
    return starts
  }

  /// The line that starts at `offset` and ends before `limit`, without its `\n`; nil if the
  /// byte before `offset` is not a `\n` (or `offset` is not 0), or no `\n` ends it by `limit`.
  static func line(fd: Int32, startingAt offset: Int, limit: Int) -> [UInt8]? {
    guard offset >= 0, offset < limit else { return nil }
    if offset > 0 {
      guard let before = try? PositionalRead.bytes(fd, count: 1, at: offset - 1),
        before == [0x0A]
      else { return nil }
    }
    var window = min(4096, limit - offset)
    while true {
      guard let bytes = try? PositionalRead.bytes(fd, count: window, at: offset) else {
        return nil
      }
      if let newline = bytes.firstIndex(of: 0x0A) { return Array(bytes[..<newline]) }
      guard window < limit - offset else { return nil }
      window = min(limit - offset, window * 4)
    }
  }
}
