@_spi(Implementation) import SHA256
import Testing

/// The NIST CAVP SHA-256 byte-oriented vectors (SHAVS), read from the `Fixtures` folder, run
/// against every implementation this machine has (the portable Swift code always, the x86 SHA
/// extensions where the CPU has them) and through the default `SHA256()` as callers use it.
@Suite("NIST CAVP SHA-256 vectors")
struct NISTVectorTests {
  /// Chunk sizes for the incremental path: single bytes, odd sizes, and either side of a block.
  static let chunkSizes = [1, 7, 63, 64, 65]

  /// One way of feeding a message: which implementation, and how many bytes per `update`.
  struct Chunking: Sendable, CustomTestStringConvertible {
    var implementation: SHA256.Implementation
    var size: Int
    var testDescription: String { "\(implementation), \(size)-byte chunks" }
  }

  /// Every chunk size with every implementation available here.
  static let chunkings = SHA256.Implementation.available.flatMap { implementation in
    chunkSizes.map { Chunking(implementation: implementation, size: $0) }
  }

  @Test(
    "One-shot hash matches MD (default implementation)",
    arguments: try NISTVectors.messages("SHA256ShortMsg.rsp")
      + NISTVectors.messages("SHA256LongMsg.rsp"))
  func oneShot(_ vector: NISTVectors.Message) {
    #expect(SHA256.hash(vector.message) == vector.digest)
    #expect(vector.message.withUnsafeBytes { SHA256.hash($0) } == vector.digest)
  }

  @Test(
    "One update with each implementation matches MD",
    arguments: try NISTVectors.messages("SHA256ShortMsg.rsp")
      + NISTVectors.messages("SHA256LongMsg.rsp"), SHA256.Implementation.available)
  func oneUpdate(_ vector: NISTVectors.Message, implementation: SHA256.Implementation) {
    var hasher = SHA256(implementation: implementation)
    hasher.update(vector.message)
    #expect(hasher.currentImplementation == implementation)
    #expect(hasher.finalize() == vector.digest)
  }

  @Test(
    "Short message fed in chunks matches MD",
    arguments: try NISTVectors.messages("SHA256ShortMsg.rsp"), chunkings)
  func shortMessageInChunks(_ vector: NISTVectors.Message, chunking: Chunking) {
    #expect(Self.hashInChunks(vector.message, chunking) == vector.digest)
  }

  @Test(
    "Long message fed in chunks matches MD",
    arguments: try NISTVectors.messages("SHA256LongMsg.rsp"), chunkings)
  func longMessageInChunks(_ vector: NISTVectors.Message, chunking: Chunking) {
    #expect(Self.hashInChunks(vector.message, chunking) == vector.digest)
  }

  @Test("The fixture files hold every vector")
  func vectorCounts() throws {
    #expect(try NISTVectors.messages("SHA256ShortMsg.rsp").count == 65)
    #expect(try NISTVectors.messages("SHA256LongMsg.rsp").count == 64)
    #expect(try NISTVectors.monteCarloCheckpoints().count == 100)
  }

  /// SHAVS section 6.4: MD0 = MD1 = MD2 = Seed; for i in 3...1002, Mi = MD(i-3) || MD(i-2) ||
  /// MD(i-1) and MDi = SHA256(Mi); the checkpoint is MD1002, which seeds the next checkpoint.
  /// Each checkpoint starts from the previous expected MD, so they can run independently.
  @Test(
    "Monte Carlo checkpoint matches MD",
    arguments: try NISTVectors.monteCarloCheckpoints(), SHA256.Implementation.available)
  func monteCarlo(
    _ checkpoint: NISTVectors.MonteCarloCheckpoint, implementation: SHA256.Implementation
  ) {
    var (older, old, latest) = (checkpoint.seed, checkpoint.seed, checkpoint.seed)
    for _ in 3...1002 {
      var hasher = SHA256(implementation: implementation)
      hasher.update(older.bytes)
      hasher.update(old.bytes)
      hasher.update(latest.bytes)
      (older, old, latest) = (old, latest, hasher.finalize())
    }
    #expect(latest == checkpoint.digest)
  }

  /// Hashes `message` with `chunking`'s implementation, one `update` call per `chunking.size`
  /// bytes (the last may be shorter).
  static func hashInChunks(_ message: [UInt8], _ chunking: Chunking) -> SHA256Digest {
    var hasher = SHA256(implementation: chunking.implementation)
    var start = 0
    while start < message.count {
      let end = min(start + chunking.size, message.count)
      hasher.update(message[start..<end])
      start = end
    }
    return hasher.finalize()
  }
}
