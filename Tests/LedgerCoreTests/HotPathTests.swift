import Foundation
import Testing

@testable import LedgerCore

/// The small helpers of the read's hot path (issue 10) give exactly what the plain code they
/// replace gives: `memcmp`, a fresh `String`, `JSONWriter.needsEscape`.
@Suite("Hot-path helpers agree with the plain code")
struct HotPathTests {
  /// Every length from 0 to 40, equal and differing at each position, against `memcmp`.
  @Test func shortBytesAgreesWithMemcmp() {
    for count in 0...40 {
      let a: [UInt8] = (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
      for at in -1..<count {
        var b = a
        if at >= 0 { b[at] ^= 0x20 }
        let same = a.withUnsafeBytes { x in
          b.withUnsafeBytes { y in
            ShortBytes.equal(
              x.baseAddress ?? UnsafeRawPointer(bitPattern: 1)!,
              y.baseAddress ?? UnsafeRawPointer(bitPattern: 1)!, count: count)
          }
        }
        #expect(same == (a == b), "length \(count), differing at \(at)")
      }
    }
  }

  /// A cached text is always the text of exactly the bytes asked for, whatever the cache held
  /// (many texts, so slots collide and are replaced).
  @Test func textCacheGivesTheTextOfTheBytes() {
    var cache = TextCache.sized()
    let texts =
      (0..<500).map { "Role \($0 % 97) of the service – £\($0)" }
      + ["Principal Social Worker", "", "a", "Ω", String(repeating: "x", count: 70)]
    for round in 0..<3 {
      for text in texts {
        let bytes = Array(text.utf8)
        let got = bytes.withUnsafeBytes { cache.text($0) }
        #expect(got == text, "round \(round)")
        #expect(Array(got.utf8) == bytes)
      }
    }
    var none = TextCache()
    let plain = Array("Head of Service, Children in Care".utf8).withUnsafeBytes { none.text($0) }
    #expect(plain == "Head of Service, Children in Care")
  }

  /// Eight bytes to a word finds an escaped byte wherever it is, as the byte test does.
  @Test func escapeScanAgreesWithNeedsEscape() {
    let plain = Array("Caseloads still above 15 – recruitment ongoing".utf8)
    let specials: [UInt8] = [0x00, 0x0A, 0x1F, 0x22, 0x5C]
    let harmless: [UInt8] = [0x20, 0x21, 0x23, 0x5B, 0x5D, 0x7F, 0x80, 0xE2]
    for length in 0...plain.count {
      for at in 0..<max(length, 1) {
        for b in specials + harmless {
          var text = Array(plain.prefix(length))
          if at < text.count { text[at] = b }
          let expected = text.contains { b in b < 0x20 || b == 0x22 || b == 0x5C }
          let found = text.withUnsafeBytes { CanonicalBytesMatcher.hasEscapes($0) }
          #expect(found == expected, "length \(length), byte \(b) at \(at)")
        }
      }
    }
  }
}
