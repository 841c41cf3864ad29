import SHA256
import Testing

/// The `SHA256` entry points other than the NIST files: each overload, padding boundaries and
/// the copy semantics of `finalize()`.
@Suite("SHA256 hasher")
struct SHA256HasherTests {
  @Test("FIPS 180-2 appendix examples")
  func fipsExamples() {
    #expect(
      SHA256.hash("abc").hex == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    #expect(
      SHA256.hash("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq").hex
        == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
  }

  @Test("One million 'a' bytes")
  func millionA() {
    let expected = "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"
    #expect(SHA256.hash([UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)).hex == expected)
    #expect(SHA256.hash(String(repeating: "a", count: 1_000_000)).hex == expected)
  }

  @Test(
    "Every overload gives the same digest", arguments: [0, 1, 55, 56, 63, 64, 65, 119, 120, 300])
  func overloadsAgree(length: Int) {
    let bytes = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
    let text = String(repeating: "\u{e9}x", count: length)  // non-ASCII: 3 UTF-8 bytes a pair
    let expected = SHA256.hash(bytes)

    #expect(bytes.withUnsafeBytes { SHA256.hash($0) } == expected)
    #expect(SHA256.hash(ContiguousArray(bytes)) == expected)
    #expect(SHA256.hash(([0xff] + bytes + [0xff])[1..<(length + 1)]) == expected)
    // A sequence without contiguous storage takes the byte-at-a-time path.
    #expect(SHA256.hash(bytes.lazy.map { $0 }) == expected)
    #expect(SHA256.hash(AnySequence(bytes)) == expected)

    #expect(SHA256.hash(text) == SHA256.hash(Array(text.utf8)))
    #expect(SHA256.hash(text.utf8) == SHA256.hash(Array(text.utf8)))
    var hasher = SHA256()
    hasher.update(text)
    #expect(hasher.finalize() == SHA256.hash(Array(text.utf8)))
  }

  @Test("Mixing overloads and chunk boundaries", arguments: [1, 3, 64, 100])
  func mixedUpdates(split: Int) {
    let message = Array("The quick brown fox jumps over the lazy dog. ".utf8)
    let whole = Array(repeating: message, count: 5).flatMap { $0 }
    var hasher = SHA256()
    hasher.update(whole[..<split])
    whole[split..<(split + 50)].withUnsafeBytes { hasher.update($0) }
    hasher.update(whole[(split + 50)...].lazy.map { $0 })
    #expect(hasher.finalize() == SHA256.hash(whole))
  }

  @Test("finalize() leaves a hasher that is used again untouched")
  func finalizeCopies() {
    var hasher = SHA256()
    hasher.update("hello ")
    let prefix = hasher.finalize()
    hasher.update("world")
    #expect(prefix == SHA256.hash("hello "))
    #expect(hasher.finalize() == SHA256.hash("hello world"))
    #expect(
      SHA256.hash("hello world").hex
        == "b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9")
  }
}
