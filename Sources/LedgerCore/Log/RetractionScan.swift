#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A quick first pass over a ledger's bytes that finds its `event.retracted` lines, so a
/// streaming fold knows before it starts which events to skip.
///
/// Every valid line is canonical (`Events/FORMAT.md`, C2–C3): it starts
/// `{"v":N,"seq":N,"type":"…"`, and inside a string an unescaped `"` never occurs. So a
/// retraction line is found by looking at the start of each line (found with `memchr`) for
/// `,"type":"event.retracted",` right after its `v` and `seq`; only those lines are decoded. A line that
/// looks like one but does not decode is passed over: the full read that follows rejects it,
/// or a line before it, and the whole read fails.
///
/// The pass reads only whole lines (a torn tail is not a line) and never more than `size` bytes.
enum RetractionScan {
  /// The retraction lines among the first `size` bytes of an open file, in `seq` order.
  static func retractions(fd: Int32, path: String, size: Int) throws(LedgerError)
    -> [RecordedEvent]
  {
    var found: [RecordedEvent] = []
    var capacity = max(1, min(LedgerReader.chunkSize, size))
    var buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: capacity, alignment: 16)
    defer { buffer.deallocate() }
    var filled = 0
    var offset = 0
    while offset < size {
      if filled == capacity {
        // One line longer than the buffer: grow it, never beyond what is left of the file.
        let larger = min(capacity * 2, filled + (size - offset))
        let bigger = UnsafeMutableRawBufferPointer.allocate(byteCount: larger, alignment: 16)
        bigger.baseAddress!.copyMemory(from: buffer.baseAddress!, byteCount: filled)
        buffer.deallocate()
        buffer = bigger
        capacity = larger
      }
      let n = pread(
        fd, buffer.baseAddress! + filled, min(capacity - filled, size - offset), off_t(offset))
      if n < 0 {
        if errno == EINTR { continue }
        throw LedgerError(.io, "cannot read: \(String(cString: strerror(errno)))", file: path)
      }
      if n == 0 { break }
      offset += n
      filled += n
      let whole = wholeLines(UnsafeRawBufferPointer(start: buffer.baseAddress!, count: filled))
      search(UnsafeRawBufferPointer(start: buffer.baseAddress!, count: whole), into: &found)
      if whole > 0 {
        memmove(buffer.baseAddress!, buffer.baseAddress! + whole, filled - whole)
        filled -= whole
      }
    }
    return found
  }

  /// The retraction lines among the whole lines of `bytes`, in `seq` order.
  static func retractions(bytes: [UInt8]) -> [RecordedEvent] {
    var found: [RecordedEvent] = []
    bytes.withUnsafeBytes { raw in
      search(UnsafeRawBufferPointer(rebasing: raw[..<wholeLines(raw)]), into: &found)
    }
    return found
  }

  /// The length of the whole lines at the start of `chunk` (up to and including its last `\n`).
  static func wholeLines(_ chunk: UnsafeRawBufferPointer) -> Int {
    var end = chunk.count
    while end > 0, chunk[end - 1] != 0x0A { end -= 1 }
    return end
  }

  /// Finds and decodes the retraction lines in `lines`, which holds whole lines only.
  static func search(_ lines: UnsafeRawBufferPointer, into found: inout [RecordedEvent]) {
    var start = 0
    while let end = ReadState<EventCollector>.indexOfNewline(lines, from: start) {
      let line = UnsafeRawBufferPointer(rebasing: lines[start..<end])
      if isRetraction(line), case .success(let decoded) = LineDecoding.decode(line, verify: false),
        case .eventRetracted = decoded.recorded.event.body
      {
        found.append(decoded.recorded)
      }
      start = end + 1
    }
  }

  /// Whether `line` starts `{"v":DIGITS,"seq":DIGITS,"type":"event.retracted",`: how a
  /// canonical retraction line starts.
  static func isRetraction(_ line: UnsafeRawBufferPointer) -> Bool {
    var i = 0
    func literal(_ text: StaticString) -> Bool {
      let count = text.utf8CodeUnitCount
      guard i + count <= line.count else { return false }
      for k in 0..<count where line[i + k] != text.utf8Start[k] { return false }
      i += count
      return true
    }
    func digits() -> Bool {
      let first = i
      while i < line.count, line[i] >= 0x30, line[i] <= 0x39 { i += 1 }
      return i > first
    }
    return literal(#"{"v":"#) && digits() && literal(#","seq":"#) && digits()
      && literal(#","type":"event.retracted","#)
  }
}
