import SHA256
import Testing

/// The NIST CAVP SHA-256 byte-oriented vectors (SHAVS), read from the `Fixtures` folder.
@Suite("NIST CAVP SHA-256 vectors")
struct NISTVectorTests {
  /// Chunk sizes for the incremental path: single bytes, odd sizes, and either side of a block.
  static let chunkSizes = [1, 7, 63, 64, 65]

  @Test(
    "One-shot hash matches MD",
    arguments: try NISTVectors.messages("SHA256ShortMsg.rsp")
      + NISTVectors.messages("SHA256LongMsg.rsp"))
  func oneShot(_ vector: NISTVectors.Message) {
    #expect(SHA256.hash(vector.message) == vector.digest)
    #expect(vector.message.withUnsafeBytes { SHA256.hash($0) } == vector.digest)
  }

  @Test(
    "Short message fed in chunks matches MD",
    arguments: try NISTVectors.messages("SHA256ShortMsg.rsp"), chunkSizes)
  func shortMessageInChunks(_ vector: NISTVectors.Message, chunkSize: Int) {
    #expect(Self.hashInChunks(vector.message, chunkSize: chunkSize) == vector.digest)
  }

  @Test(
    "Long message fed in chunks matches MD",
    arguments: try NISTVectors.messages("SHA256LongMsg.rsp"), chunkSizes)
  func longMessageInChunks(_ vector: NISTVectors.Message, chunkSize: Int) {
    #expect(Self.hashInChunks(vector.message, chunkSize: chunkSize) == vector.digest)
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
  @Test("Monte Carlo checkpoint matches MD", arguments: try NISTVectors.monteCarloCheckpoints())
  func monteCarlo(_ checkpoint: NISTVectors.MonteCarloCheckpoint) {
    var (older, old, latest) = (checkpoint.seed, checkpoint.seed, checkpoint.seed)
    for _ in 3...1002 {
      var hasher = SHA256()
      hasher.update(older.bytes)
      hasher.update(old.bytes)
      hasher.update(latest.bytes)
      (older, old, latest) = (old, latest, hasher.finalize())
    }
    #expect(latest == checkpoint.digest)
  }

  /// Hashes `message` with one `update` call per `chunkSize` bytes (the last may be shorter).
  static func hashInChunks(_ message: [UInt8], chunkSize: Int) -> SHA256Digest {
    var hasher = SHA256()
    var start = 0
    while start < message.count {
      let end = min(start + chunkSize, message.count)
      hasher.update(message[start..<end])
      start = end
    }
    return hasher.finalize()
  }
}
