/// How the fast path and the strict decoder read one line: the evidence that the fast path
/// is only a shortcut (used by the tests and the fuzzer).
@_spi(FastPath)
public struct FastPathCheck: Sendable {
  /// Whether the fast path accepted the line.
  public var fastAccepted: Bool
  /// Whether the strict decoder accepted the line.
  public var strictAccepted: Bool
  /// How the two disagree, or `nil` if they do not: the fast path accepted a line the strict
  /// decoder refuses, or read it differently.
  public var disagreement: String?

  /// Reads `line` (without its `\n`) both ways, with or without `verify`.
  public init(_ line: UnsafeRawBufferPointer, verify: Bool) {
    var cache = TextCache.sized()
    let fast = LineCodec.decodeCanonical(line, verify: verify, cache: &cache)
    // Again with the line's texts now cached, as a read decodes its later lines.
    let again = LineCodec.decodeCanonical(line, verify: verify, cache: &cache)
    let strict: Result<DecodedLine, LineProblem> = Result { () throws(LineProblem) in
      try LineCodec.decodeStrictly(line, verify: verify)
    }
    fastAccepted = fast != nil
    switch (fast, strict) {
    case (nil, .success):
      strictAccepted = true
    case (nil, .failure):
      strictAccepted = false
    case (.some, .failure(let problem)):
      strictAccepted = false
      disagreement = "the fast path accepts a line the strict decoder refuses: \(problem.message)"
    case (.some(let fast), .success(let strict)):
      strictAccepted = true
      if again?.recorded != fast.recorded {
        disagreement = "the fast path reads the line differently with its texts cached"
      } else if fast.recorded != strict.recorded {
        disagreement = "the fast path reads a different event"
      } else if LineCodec.encode(fast.recorded) != LineCodec.encode(strict.recorded) {
        disagreement = "the fast path reads an event that writes different bytes"
      } else if fast.dataSHA256OnLine != strict.dataSHA256OnLine {
        disagreement = "the fast path computes a different digest of the data bytes"
      }
    }
  }
}
