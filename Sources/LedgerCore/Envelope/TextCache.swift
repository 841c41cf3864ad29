/// The texts one decoding thread has made recently, so a text that recurs line after line (an
/// actor's name and role) is made once and shared, not allocated again for every line.
///
/// A role such as "Principal Social Worker" is longer than the 15 bytes a `String` holds
/// inline, so each line read allocated, validated and later freed a copy of it (issue 10).
/// The cache is direct-mapped: a text's bytes pick one slot by a hash, a hit is a byte
/// comparison, a miss makes the text as before and takes the slot. It only ever returns a
/// text whose bytes are exactly the bytes asked for, so it cannot change what a line decodes to.
struct TextCache {
  /// How many slots there are (a power of two).
  private static let slots = 64
  /// Texts longer than this are not cached (a free-text note is seldom repeated).
  static let longest = 64

  /// Each slot's bytes, and the text made from them.
  private var keys: [[UInt8]]
  private var texts: [String]

  /// No cache: every text is made afresh (for a read of a line or two, where filling a cache
  /// would cost more than it saves).
  init() {
    keys = []
    texts = []
  }

  /// An empty cache, for a thread about to decode many lines.
  static func sized() -> TextCache {
    var cache = TextCache()
    cache.keys = Array(repeating: [], count: Self.slots)
    cache.texts = Array(repeating: "", count: Self.slots)
    return cache
  }

  /// The text of `bytes`, which must be well-formed UTF-8 with no escapes (what the scanner
  /// read between a string's quotes when it saw no escape).
  mutating func text(_ bytes: UnsafeRawBufferPointer) -> String {
    guard !keys.isEmpty, !bytes.isEmpty, bytes.count <= Self.longest, let base = bytes.baseAddress
    else {
      return String(decoding: bytes, as: UTF8.self)
    }
    // FNV-1a over the bytes.
    var hash: UInt32 = 2_166_136_261
    for byte in bytes { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
    let slot = Int(hash ^ hash >> 16) & (Self.slots - 1)
    let hit = keys[slot].withUnsafeBytes { key in
      key.count == bytes.count && ShortBytes.equal(key.baseAddress!, base, count: bytes.count)
    }
    if hit { return texts[slot] }
    let text = String(decoding: bytes, as: UTF8.self)
    keys[slot] = Array(bytes)
    texts[slot] = text
    return text
  }
}
