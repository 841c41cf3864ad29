/// Incremental SHA-256 (FIPS 180-4).
///
/// Feed the message with any number of `update` calls, then call ``finalize()``:
///
/// ```swift
/// var hasher = SHA256()
/// hasher.update("previous-hash ")
/// hasher.update(lineBytes)
/// let digest = hasher.finalize()
/// ```
///
/// For a message that is already in memory, the static `hash` functions do it in one call.
///
/// The hasher is a plain value of fixed size: the running state, a 64-byte block buffer and the
/// message length. Hashing never allocates on the heap; whole blocks are compressed straight from
/// the caller's memory and only a trailing partial block is copied into the buffer.
public struct SHA256: Sendable {
  /// The eight working words of the hash value H(i), FIPS 180-4 section 6.2.
  var h0: UInt32 = 0x6a09_e667
  var h1: UInt32 = 0xbb67_ae85
  var h2: UInt32 = 0x3c6e_f372
  var h3: UInt32 = 0xa54f_f53a
  var h4: UInt32 = 0x510e_527f
  var h5: UInt32 = 0x9b05_688c
  var h6: UInt32 = 0x1f83_d9ab
  var h7: UInt32 = 0x5be0_cd19

  /// Holds the bytes of a partial block until 64 of them have arrived.
  private var buffer: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) =
    (0, 0, 0, 0, 0, 0, 0, 0)
  /// How many bytes of `buffer` are in use, always in `0..<64` between calls.
  private var bufferCount = 0
  /// The total number of message bytes fed so far.
  private var messageLength: UInt64 = 0
  /// The code that runs the compression function, fixed for the hasher's life.
  let implementation: Implementation

  /// Creates a hasher for an empty message.
  ///
  /// It uses the fastest implementation this CPU has (`Implementation.selected`),
  /// or the portable Swift code when the environment variable `LEDGER_SHA256` is `portable`.
  public init() {
    implementation = .selected
  }

  /// Appends the bytes in `bytes` to the message.
  public mutating func update(_ bytes: UnsafeRawBufferPointer) {
    absorb(bytes)
  }

  /// Appends a sequence of bytes to the message.
  ///
  /// Contiguous collections such as `[UInt8]`, `ArraySlice<UInt8>`, `ContiguousArray<UInt8>` and
  /// `String.UTF8View` are hashed straight from their storage; any other sequence is read one byte
  /// at a time.
  @inlinable
  public mutating func update(_ bytes: some Sequence<UInt8>) {
    let handled: Void? = bytes.withContiguousStorageIfAvailable { elements in
      absorb(UnsafeRawBufferPointer(elements))
    }
    if handled == nil {
      for byte in bytes {
        absorb(byte: byte)
      }
    }
  }

  /// Appends the UTF-8 encoding of `string` to the message (no terminator, no length prefix).
  @inlinable
  public mutating func update(_ string: String) {
    var string = string
    string.withUTF8 { utf8 in
      absorb(UnsafeRawBufferPointer(utf8))
    }
  }

  /// Pads the message and returns its digest.
  ///
  /// `finalize()` is `consuming`: it pads and finishes its own copy of the state. When the hasher
  /// is used again after this call, Swift passes a copy, so the original is left untouched and
  /// can carry on absorbing bytes; the digest then covers only what was fed before this call.
  public consuming func finalize() -> SHA256Digest {
    // FIPS 180-4 section 5.1.1: a single 1 bit, zeros up to 56 mod 64 bytes, then the message
    // length in bits as a 64-bit big-endian integer. At most 64 + 8 bytes are needed.
    let bitLength = messageLength &* 8
    let padLength = bufferCount < 56 ? 56 - bufferCount : 120 - bufferCount
    var padding: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) =
      (0, 0, 0, 0, 0, 0, 0, 0, 0)
    withUnsafeMutableBytes(of: &padding) { pad in
      pad[0] = 0x80
      pad.storeBytes(of: bitLength.bigEndian, toByteOffset: padLength, as: UInt64.self)
      absorb(UnsafeRawBufferPointer(rebasing: pad[0..<(padLength + 8)]))
    }
    return SHA256Digest(words: (h0, h1, h2, h3, h4, h5, h6, h7))
  }

  /// Returns the digest of a sequence of bytes, such as a `[UInt8]` or a `Data`.
  @inlinable
  public static func hash(_ bytes: some Sequence<UInt8>) -> SHA256Digest {
    var hasher = SHA256()
    hasher.update(bytes)
    return hasher.finalize()
  }

  /// Returns the digest of the bytes in `bytes`.
  public static func hash(_ bytes: UnsafeRawBufferPointer) -> SHA256Digest {
    var hasher = SHA256()
    hasher.absorb(bytes)
    return hasher.finalize()
  }

  /// Returns the digest of the UTF-8 encoding of `string`.
  @inlinable
  public static func hash(_ string: String) -> SHA256Digest {
    var hasher = SHA256()
    hasher.update(string)
    return hasher.finalize()
  }

  /// Appends `input` to the message: tops up a partial block, compresses every whole block in
  /// place, and keeps what is left over in `buffer`.
  @usableFromInline
  mutating func absorb(_ input: UnsafeRawBufferPointer) {
    guard var next = input.baseAddress, !input.isEmpty else { return }
    var remaining = input.count
    messageLength &+= UInt64(truncatingIfNeeded: remaining)

    if bufferCount > 0 {
      let taken = min(64 - bufferCount, remaining)
      let filled = bufferCount
      withUnsafeMutableBytes(of: &buffer) { block in
        (block.baseAddress! + filled).copyMemory(from: next, byteCount: taken)
      }
      bufferCount += taken
      next += taken
      remaining -= taken
      guard bufferCount == 64 else { return }
      let block = buffer
      withUnsafeBytes(of: block) { compress($0.baseAddress!, blockCount: 1) }
      bufferCount = 0
    }

    let wholeBlocks = remaining / 64
    if wholeBlocks > 0 {
      compress(next, blockCount: wholeBlocks)
      next += wholeBlocks * 64
      remaining -= wholeBlocks * 64
    }

    if remaining > 0 {
      let count = remaining
      withUnsafeMutableBytes(of: &buffer) { block in
        block.baseAddress!.copyMemory(from: next, byteCount: count)
      }
      bufferCount = remaining
    }
  }

  /// Appends a single byte to the message; the slow path for non-contiguous sequences.
  @usableFromInline
  mutating func absorb(byte: UInt8) {
    let index = bufferCount
    withUnsafeMutableBytes(of: &buffer) { block in block[index] = byte }
    bufferCount += 1
    messageLength &+= 1
    if bufferCount == 64 {
      let block = buffer
      withUnsafeBytes(of: block) { compress($0.baseAddress!, blockCount: 1) }
      bufferCount = 0
    }
  }
}
