/// A quick pass over a ledger's bytes that decodes only the lines of some types.
///
/// Every valid line is canonical (`Events/FORMAT.md`, C2–C3): it starts
/// `{"v":N,"seq":N,"type":"…"`, and inside a string an unescaped `"` never occurs. So a line of
/// a wanted type is found by looking at the start of each line (found with `memchr`) for its
/// type's name right after its `v` and `seq`; only those lines are decoded. A line that looks
/// like one but does not decode is passed over: the full read that follows rejects it, or a
/// line before it. The pass reads only whole lines (a torn tail is not a line) and never more
/// than `size` bytes.
enum TypeScan {
  /// The lines of `types` among the first `size` bytes of an open file, in `seq` order.
  static func lines(fd: Int32, path: String, size: Int, types: Set<EventType>)
    throws(LedgerError) -> [RecordedEvent]
  {
    var found: [RecordedEvent] = []
    _ = try ChunkedRead.read(fd: fd, path: path, from: 0, size: size) { chunk in
      let whole = wholeLines(chunk)
      search(UnsafeRawBufferPointer(rebasing: chunk[..<whole]), types: types, into: &found)
      return whole
    }
    return found
  }

  /// The lines of `types` among the whole lines of `bytes`, in `seq` order.
  static func lines(bytes: [UInt8], types: Set<EventType>) -> [RecordedEvent] {
    var found: [RecordedEvent] = []
    bytes.withUnsafeBytes { raw in
      search(UnsafeRawBufferPointer(rebasing: raw[..<wholeLines(raw)]), types: types, into: &found)
    }
    return found
  }

  /// The length of the whole lines at the start of `chunk` (up to and including its last `\n`).
  static func wholeLines(_ chunk: UnsafeRawBufferPointer) -> Int {
    var end = chunk.count
    while end > 0, chunk[end - 1] != 0x0A { end -= 1 }
    return end
  }

  /// The lines of `types` among `lines` (whole lines only), appended to `found` in order.
  static func search(
    _ lines: UnsafeRawBufferPointer, types: Set<EventType>, into found: inout [RecordedEvent]
  ) {
    // The names' bytes, once per call: comparing them is the whole cost of most lines.
    let wanted = types.map { (type: $0, name: Array($0.rawValue.utf8)) }
    var start = 0
    while let end = ReadState<EventCollector>.indexOfNewline(lines, from: start) {
      let line = UnsafeRawBufferPointer(rebasing: lines[start..<end])
      if let name = typeName(line),
        let type = wanted.first(where: { want in
          want.name.count == name.count
            && want.name.withUnsafeBytes {
              ShortBytes.equal(name.baseAddress!, $0.baseAddress!, count: name.count)
            }
        })?.type,
        case .success(let decoded) = LineDecoding.decode(line, verify: false),
        decoded.recorded.event.type == type
      {
        found.append(decoded.recorded)
      }
      start = end + 1
    }
  }

  /// The bytes of the type a canonical line names after its `v` and `seq`, if it starts as
  /// one does: `{"v":DIGITS,"seq":DIGITS,"type":"TYPE"` (no type name is longer than 40).
  static func typeName(_ line: UnsafeRawBufferPointer) -> UnsafeRawBufferPointer? {
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
    guard
      literal(#"{"v":"#) && digits() && literal(#","seq":"#) && digits()
        && literal(#","type":""#)
    else { return nil }
    let first = i
    while i < line.count, i - first < 40, line[i] != 0x22 { i += 1 }
    guard i < line.count, line[i] == 0x22 else { return nil }
    return UnsafeRawBufferPointer(rebasing: line[first..<i])
  }
}
