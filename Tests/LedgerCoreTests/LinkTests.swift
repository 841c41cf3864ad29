import LedgerTestSupport
import Testing

@testable import LedgerCore

/// Rule 11 accepts most URLs from their bytes (`Link.isPlainASCII`); that shortcut must agree
/// with the scalar-by-scalar check on every text.
@Suite("rule 11: the ASCII shortcut for URLs")
struct LinkTests {
  @Test(
    "the shortcut accepts only what the scalar check accepts",
    arguments: [
      "https://example.org/", "http://x", "https://", "http://", "https:///x", "http:///",
      "https://a b", "https://a\tb", "https://a\u{7F}", "https://é.fr", "https://a\u{200E}",
      "https://a\u{A0}b", "HTTPS://example.org", "ftp://example.org", "https:/x", "",
      "https://" + String(repeating: "a", count: 2040),
      "https://" + String(repeating: "a", count: 2041),
      "https://x/\u{301}", "https://\r\nx", "http://a~b?c=d#e",
    ])
  func table(_ text: String) {
    #expect(Link.problem(text) == Link.scalarProblem(text), "\(text.debugDescription)")
    if Link.isPlainASCII(text) { #expect(Link.scalarProblem(text) == nil) }
  }

  @Test("random texts: the shortcut never changes the verdict")
  func random() {
    var rng = SeededRandom(seed: 11)
    let pieces = [
      "https://", "http://", "/", "a", "Z", "9", " ", "\t", "\u{7F}", "\u{85}", "\u{A0}", "é",
      "\u{200F}", "\u{2066}", "\u{3000}", "~", "%20", "?", "#", "\u{1F600}", ":", "\u{301}",
    ]
    for _ in 0..<4000 {
      var text = Bool.random(using: &rng) ? "https://" : ""
      for _ in 0..<Int.random(in: 0..<8, using: &rng) {
        text += pieces.randomElement(using: &rng)!
      }
      #expect(Link.problem(text) == Link.scalarProblem(text), "\(text.debugDescription)")
      #expect(!Link.isPlainASCII(text) || Link.scalarProblem(text) == nil)
    }
  }

  @Test("isForbidden's ASCII shortcut agrees with the Unicode properties")
  func forbiddenASCII() {
    for v in UInt32(0)..<0x80 {
      let s = Unicode.Scalar(v)!
      let expected = v < 0x20 || v == 0x7F || s.properties.isWhitespace
      #expect(Link.isForbidden(s) == expected, "U+\(String(v, radix: 16))")
    }
  }
}
