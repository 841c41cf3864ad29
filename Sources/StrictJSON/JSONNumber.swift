/// A JSON number, kept as the exact text (lexeme) it was written with.
///
/// Nothing is converted lossily: `1.000000000000000005` stays `1.000000000000000005`, and
/// `1.0` and `1` are different numbers here (they are written differently). Equality compares
/// lexemes.
public struct JSONNumber: Hashable, Sendable {
  /// The number's text, always valid RFC 8259 number syntax.
  public let lexeme: String

  /// An integer, written in decimal.
  public init(_ value: Int) {
    self.lexeme = String(value)
  }

  /// An integer, written in decimal.
  public init(_ value: Int64) {
    self.lexeme = String(value)
  }

  /// A number with this exact text, or `nil` if the text is not an RFC 8259 number
  /// (no leading `+`, no leading zeros, digits on both sides of `.`, no spaces).
  public init?(lexeme: String) {
    var text = lexeme
    let valid = text.withUTF8 { bytes in
      JSONNumber.syntaxLength(UnsafeRawBufferPointer(bytes), from: 0) == bytes.count
    }
    guard valid else { return nil }
    self.lexeme = lexeme
  }

  /// A number whose lexeme the caller has already checked.
  init(uncheckedLexeme: String) {
    self.lexeme = uncheckedLexeme
  }

  /// The value as an `Int64`, if the lexeme is an integer (no fraction or exponent) that fits
  /// exactly; otherwise `nil`. `-0` gives 0.
  public var int64: Int64? {
    var negative = false
    var result: Int64 = 0
    var sawDigit = false
    for byte in lexeme.utf8 {
      switch byte {
      case UInt8(ascii: "-") where !sawDigit && !negative:
        negative = true
      case UInt8(ascii: "0")...UInt8(ascii: "9"):
        sawDigit = true
        // Accumulate negatively so that Int64.min fits.
        let (times10, o1) = result.multipliedReportingOverflow(by: 10)
        let (next, o2) = times10.subtractingReportingOverflow(Int64(byte &- UInt8(ascii: "0")))
        if o1 || o2 { return nil }
        result = next
      default:
        return nil
      }
    }
    guard sawDigit else { return nil }
    if negative { return result }
    return result == .min ? nil : -result
  }

  /// How many bytes of number syntax start at `start`, or `nil` if what starts there is not a
  /// complete number. Stops at the first byte that cannot continue the number.
  static func syntaxLength(_ bytes: UnsafeRawBufferPointer, from start: Int) -> Int? {
    let end = bytes.count
    var j = start
    func digit(_ k: Int) -> Bool {
      k < end && bytes[k] &- UInt8(ascii: "0") < 10
    }
    if j < end && bytes[j] == UInt8(ascii: "-") { j += 1 }
    guard digit(j) else { return nil }
    if bytes[j] == UInt8(ascii: "0") {
      j += 1
      if digit(j) { return nil }
    } else {
      while digit(j) { j += 1 }
    }
    if j < end && bytes[j] == UInt8(ascii: ".") {
      j += 1
      guard digit(j) else { return nil }
      while digit(j) { j += 1 }
    }
    if j < end && (bytes[j] | 0x20) == UInt8(ascii: "e") {
      j += 1
      if j < end && (bytes[j] == UInt8(ascii: "+") || bytes[j] == UInt8(ascii: "-")) { j += 1 }
      guard digit(j) else { return nil }
      while digit(j) { j += 1 }
    }
    return j - start
  }
}

extension JSONNumber: ExpressibleByIntegerLiteral {
  /// An integer, written in decimal.
  public init(integerLiteral value: Int) {
    self.init(value)
  }
}

extension JSONNumber: CustomStringConvertible {
  /// The lexeme.
  public var description: String { lexeme }
}
