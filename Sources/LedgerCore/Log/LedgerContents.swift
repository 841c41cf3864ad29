/// Everything read from a ledger file.
public struct LedgerContents: Sendable {
  /// The events, in `seq` order (`events[i].seq == i + 1`).
  public var events: [RecordedEvent]
  /// A final fragment with no `\n`, if a writer was cut off.
  public var tornTail: TornTail?
  /// The length in bytes of the whole lines (where the torn tail starts).
  public var wholeLineBytes: Int

  /// Creates contents.
  public init(events: [RecordedEvent], tornTail: TornTail?, wholeLineBytes: Int) {
    self.events = events
    self.tornTail = tornTail
    self.wholeLineBytes = wholeLineBytes
  }

  /// The last event's `seq` and `hash`, or nil for an empty file.
  public var head: Head? {
    events.last.map { Head(seq: $0.seq, hash: $0.hash) }
  }
}

/// A final fragment with no `\n`: what a writer killed mid-write leaves behind.
public struct TornTail: Sendable, Equatable {
  /// The line number the fragment would have had.
  public var line: Int
  /// The fragment's bytes.
  public var bytes: [UInt8]

  /// Creates a torn tail.
  public init(line: Int, bytes: [UInt8]) {
    self.line = line
    self.bytes = bytes
  }

  /// The warning readers print.
  public func warning(file: String) -> String {
    "\(file):\(line): line \(line) is torn (\(bytes.count) bytes with no newline, a write that was cut off); ignored. The next write moves it to a side file."
  }
}

/// A ledger's head: its last `seq` and `hash`. Board papers quote it as `SEQ:HASH`.
public struct Head: Hashable, Sendable, CustomStringConvertible {
  /// The last event's `seq`.
  public var seq: Int
  /// The last event's `hash`.
  public var hash: String

  /// Creates a head.
  public init(seq: Int, hash: String) {
    self.seq = seq
    self.hash = hash
  }

  /// Parses `SEQ:HASH`: SEQ a decimal integer from 1, ASCII digits with no sign and no
  /// leading zero; HASH exactly 64 lowercase hex digits.
  public init?(parsing text: String) {
    let parts = text.split(separator: ":", omittingEmptySubsequences: false)
    guard parts.count == 2, let firstDigit = parts[0].utf8.first, firstDigit != 0x30,
      parts[0].utf8.count <= 16, parts[0].utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
      let seq = Int(parts[0]), seq >= 1, parts[1].utf8.count == 64,
      parts[1].utf8.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x61 && $0 <= 0x66) })
    else { return nil }
    self.seq = seq
    self.hash = String(parts[1])
  }

  /// `SEQ:HASH`.
  public var description: String { "\(seq):\(hash)" }
}
