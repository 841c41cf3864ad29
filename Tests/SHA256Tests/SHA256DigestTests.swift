import SHA256
import Testing

/// The text form of ``SHA256Digest``.
@Suite("SHA256Digest hex")
struct SHA256DigestTests {
  static let emptyMessageHex = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"

  @Test("hex, description and init(hex:) round-trip")
  func roundTrip() throws {
    let digest = SHA256.hash("")
    #expect(digest.hex == Self.emptyMessageHex)
    #expect(digest.description == Self.emptyMessageHex)
    #expect("\(digest)" == Self.emptyMessageHex)
    let parsed = try #require(SHA256Digest(hex: digest.hex))
    #expect(parsed == digest)
    #expect(parsed.hashValue == digest.hashValue)
    #expect(parsed.bytes == digest.bytes)
  }

  @Test("bytes are the hex digits in order")
  func bytesMatchHex() throws {
    let digest = try #require(SHA256Digest(hex: Self.emptyMessageHex))
    #expect(digest.bytes.count == 32)
    #expect(digest.bytes.prefix(4) == [0xe3, 0xb0, 0xc4, 0x42])
    #expect(digest.bytes.suffix(4) == [0x78, 0x52, 0xb8, 0x55])
  }

  @Test("init(checkedHexUTF8:) reads checked digits as init(hex:) does, in any case")
  func checkedHexMatchesHex() {
    var seed = SHA256.hash("checked")
    for round in 0..<500 {
      seed = SHA256.hash(seed.hex)
      // Vary the case of each digit from round to round.
      let text = String(
        seed.hex.enumerated().map { index, c in
          (index + round) % 3 == 0 ? Character(c.uppercased()) : c
        })
      let checked = Array(text.utf8).withUnsafeBytes { SHA256Digest(checkedHexUTF8: $0) }
      #expect(checked == seed)
      #expect(checked == SHA256Digest(hex: text))
    }
  }

  @Test("Uppercase and mixed-case hex parse to the same digest")
  func acceptsUppercase() {
    let lower = SHA256Digest(hex: Self.emptyMessageHex)
    #expect(lower != nil)
    #expect(SHA256Digest(hex: Self.emptyMessageHex.uppercased()) == lower)
    #expect(
      SHA256Digest(hex: "E3B0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852B855") == lower
    )
    #expect(SHA256Digest(hex: Self.emptyMessageHex.uppercased())?.hex == Self.emptyMessageHex)
  }

  /// Text that must not parse: each is close to a valid digest but not 64 hex digits.
  static let badHex: [String] = {
    let valid = emptyMessageHex
    let withoutLast = String(valid.dropLast())
    return [
      "",
      withoutLast,  // 63 digits
      valid + "0",  // 65 digits
      "0x" + String(valid.dropLast(2)),  // 64 characters with a prefix
      "g" + String(valid.dropFirst()),  // a letter past f
      withoutLast + " ",  // trailing space
      " " + withoutLast,  // leading space
      withoutLast + "\u{e9}",  // 64 characters, 65 UTF-8 bytes
      String(valid.dropLast(2)) + "\u{e9}",  // 63 characters, 64 UTF-8 bytes
      String(repeating: "-", count: 64),
    ]
  }()

  @Test("Rejects text that is not exactly 64 hex digits", arguments: badHex)
  func rejectsBadHex(_ text: String) {
    #expect(SHA256Digest(hex: text) == nil)
  }

  @Test("Digests work as set members and dictionary keys")
  func hashable() {
    let digests: Set = [SHA256.hash("a"), SHA256.hash("b"), SHA256.hash("a")]
    #expect(digests.count == 2)
    #expect(digests.contains(SHA256.hash([UInt8(ascii: "b")])))
  }
}
