/// A quick pass over a ledger's whole lines that decodes only the lines of some types, found
/// by how a canonical line starts: `{"v":DIGITS,"seq":DIGITS,"type":"TYPE",` (`RetractionScan`
/// does the same for retractions). A line that looks like one but does not decode is passed
/// over: the full read that follows rejects it, or a line before it.
enum TypeScan {
  /// The lines of `types` among `lines` (whole lines only), appended to `found` in order.
  static func search(
    _ lines: UnsafeRawBufferPointer, types: Set<EventType>, into found: inout [RecordedEvent]
  ) {
    var start = 0
    while let end = ReadState<EventCollector>.indexOfNewline(lines, from: start) {
      let line = UnsafeRawBufferPointer(rebasing: lines[start..<end])
      if let type = type(of: line), types.contains(type),
        case .success(let decoded) = LineDecoding.decode(line, verify: false),
        decoded.recorded.event.type == type
      {
        found.append(decoded.recorded)
      }
      start = end + 1
    }
  }

  /// The type a canonical line names after its `v` and `seq`, if it starts as one does.
  static func type(of line: UnsafeRawBufferPointer) -> EventType? {
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
    guard
      literal(#"{"v":"#) && digits() && literal(#","seq":"#) && digits()
        && literal(#","type":""#)
    else { return nil }
    let first = i
    while i < line.count, i - first < 40, line[i] != 0x22 { i += 1 }
    guard i < line.count, line[i] == 0x22 else { return nil }
    let name = String(decoding: UnsafeRawBufferPointer(rebasing: line[first..<i]), as: UTF8.self)
    return EventType(rawValue: name)
  }
}
