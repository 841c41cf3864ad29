/// A decimal numeral kept exactly as entered (`"64.5"`, `"61.25"`, `"-3"`, `"15"`): the
/// values of measures. Never converted to a binary float: two numerals compare by their
/// digits; `==` compares the spelling (`Events/FORMAT.md`, E6).
public struct Numeral: Hashable, Sendable, CustomStringConvertible {
  /// The numeral as written: `-?(0|[1-9][0-9]*)(\.[0-9]+)?`.
  public let text: String

  /// Reads `text`, or nil if it is not a decimal numeral of the form
  /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?` (ASCII digits; no `+`, exponent or leading zeros).
  public init?(parsing text: String) {
    guard Self.problem(text) == nil else { return nil }
    self.text = text
  }

  /// Why `text` is not a decimal numeral, or nil if it is one.
  public static func problem(_ text: String) -> String? {
    var bytes = Array(text.utf8)[...]
    let wrong = "\"\(text)\" is not a decimal number such as 15, 64.5 or -3 "
    if bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
    let integer = bytes.prefix { isDigit($0) }
    guard !integer.isEmpty else { return wrong + "(it must start with a digit)" }
    if integer.count > 1, integer.first == UInt8(ascii: "0") {
      return wrong + "(no leading zeros)"
    }
    bytes = bytes.dropFirst(integer.count)
    if bytes.isEmpty { return nil }
    guard bytes.first == UInt8(ascii: "."), bytes.count > 1, bytes.dropFirst().allSatisfy(isDigit)
    else {
      return wrong + "(digits, at most one '.', with digits after it; no exponent or sign but '-')"
    }
    return nil
  }

  private static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

  /// The numeral as written.
  public var description: String { text }

  /// Sign, integer digits and fraction digits (trailing zeros dropped), for comparing.
  private var parts: (negative: Bool, integer: [UInt8], fraction: [UInt8]) {
    var bytes = Array(text.utf8)[...]
    let negative = bytes.first == UInt8(ascii: "-")
    if negative { bytes = bytes.dropFirst() }
    let integer = Array(bytes.prefix { $0 != UInt8(ascii: ".") })
    var fraction = Array(bytes.dropFirst(integer.count + 1))
    while fraction.last == UInt8(ascii: "0") { fraction.removeLast() }
    let zero = integer == [UInt8(ascii: "0")] && fraction.isEmpty
    return (negative && !zero, integer, fraction)
  }

  /// Whether the two numerals name the same number (`1.50` and `1.5` do; `==` compares
  /// the spelling).
  public func isSameNumber(as other: Numeral) -> Bool { Self.compare(self, other) == 0 }

  /// Whether this number is less than `other`.
  public func isLess(than other: Numeral) -> Bool { Self.compare(self, other) < 0 }

  /// -1, 0 or 1 as `lhs` is less than, equal to or greater than `rhs`.
  public static func compare(_ lhs: Numeral, _ rhs: Numeral) -> Int {
    let a = lhs.parts
    let b = rhs.parts
    if a.negative != b.negative { return a.negative ? -1 : 1 }
    let magnitude = compareMagnitude(a.integer, a.fraction, b.integer, b.fraction)
    return a.negative ? -magnitude : magnitude
  }

  private static func compareMagnitude(_ ai: [UInt8], _ af: [UInt8], _ bi: [UInt8], _ bf: [UInt8])
    -> Int
  {
    if ai.count != bi.count { return ai.count < bi.count ? -1 : 1 }
    if ai != bi { return ai.lexicographicallyPrecedes(bi) ? -1 : 1 }
    let width = max(af.count, bf.count)
    let zero = UInt8(ascii: "0")
    let pa = af + Array(repeating: zero, count: width - af.count)
    let pb = bf + Array(repeating: zero, count: width - bf.count)
    if pa == pb { return 0 }
    return pa.lexicographicallyPrecedes(pb) ? -1 : 1
  }
}
