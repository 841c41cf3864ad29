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
  /// The retraction lines among the first `size` bytes of an open file, in `seq` order;
  /// with `redactions`, the `payload.redacted` lines too (what `Verifier` needs to know first).
  static func retractions(fd: Int32, path: String, size: Int, redactions: Bool = false)
    throws(LedgerError) -> [RecordedEvent]
  {
    var found: [RecordedEvent] = []
    _ = try ChunkedRead.read(fd: fd, path: path, from: 0, size: size) { chunk in
      let whole = wholeLines(chunk)
      search(
        UnsafeRawBufferPointer(rebasing: chunk[..<whole]), redactions: redactions, into: &found)
      return whole
    }
    return found
  }

  /// The retraction lines among the whole lines of `bytes`, in `seq` order; with
  /// `redactions`, the `payload.redacted` lines too.
  static func retractions(bytes: [UInt8], redactions: Bool = false) -> [RecordedEvent] {
    var found: [RecordedEvent] = []
    bytes.withUnsafeBytes { raw in
      search(
        UnsafeRawBufferPointer(rebasing: raw[..<wholeLines(raw)]), redactions: redactions,
        into: &found)
    }
    return found
  }

  /// The length of the whole lines at the start of `chunk` (up to and including its last `\n`).
  static func wholeLines(_ chunk: UnsafeRawBufferPointer) -> Int {
    var end = chunk.count
    while end > 0, chunk[end - 1] != 0x0A { end -= 1 }
    return end
  }

  /// Finds and decodes the retraction lines in `lines`, which holds whole lines only (and,
  /// with `redactions`, the redaction lines).
  static func search(
    _ lines: UnsafeRawBufferPointer, redactions: Bool = false, into found: inout [RecordedEvent]
  ) {
    var start = 0
    while let end = ReadState<EventCollector>.indexOfNewline(lines, from: start) {
      let line = UnsafeRawBufferPointer(rebasing: lines[start..<end])
      if isRetraction(line, orRedaction: redactions),
        case .success(let decoded) = LineDecoding.decode(line, verify: false)
      {
        switch decoded.recorded.event.body {
        case .eventRetracted: found.append(decoded.recorded)
        case .payloadRedacted where redactions: found.append(decoded.recorded)
        default: break
        }
      }
      start = end + 1
    }
  }

  /// Whether `line` starts `{"v":DIGITS,"seq":DIGITS,"type":"event.retracted",`: how a
  /// canonical retraction line starts (or, with `orRedaction`, `"type":"payload.redacted",`).
  static func isRetraction(_ line: UnsafeRawBufferPointer, orRedaction: Bool = false) -> Bool {
    var i = 0
    func literal(_ text: StaticString) -> Bool {
      let count = text.utf8CodeUnitCount
      guard i + count <= line.count,
        ShortBytes.equal(line.baseAddress! + i, text.utf8Start, count: count)
      else { return false }
      i += count
      return true
    }
    func digits() -> Bool {
      let first = i
      while i < line.count, line[i] >= 0x30, line[i] <= 0x39 { i += 1 }
      return i > first
    }
    guard literal(#"{"v":"#) && digits() && literal(#","seq":"#) && digits() else { return false }
    let type = i
    if literal(#","type":"event.retracted","#) { return true }
    i = type
    return orRedaction && literal(#","type":"payload.redacted","#)
  }
}
