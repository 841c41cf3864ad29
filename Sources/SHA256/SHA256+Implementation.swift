internal import CSHA256

#if canImport(Glibc)
  internal import Glibc
#elseif canImport(Musl)
  internal import Musl
#elseif canImport(Darwin)
  internal import Darwin
#endif

extension SHA256 {
  /// The code that runs the SHA-256 compression function.
  ///
  /// Every implementation gives the same digests; they differ only in speed. The portable Swift
  /// code runs everywhere and is the reference; the x86 SHA extensions (SHA-NI), in the C target
  /// `CSHA256`, are used when CPUID says the processor has them. Tests hold each available
  /// implementation to the NIST vectors; a benchmark compares them.
  @_spi(Implementation)
  public enum Implementation: String, Sendable, CaseIterable, CustomStringConvertible {
    /// The unrolled compression function in Swift (`SHA256+Compression.swift`).
    case portable = "portable"
    /// The x86 SHA extensions: `SHA256RNDS2`, `SHA256MSG1` and `SHA256MSG2`.
    case shaExtensions = "sha-extensions"

    /// Whether this implementation can run on this machine.
    public var isAvailable: Bool {
      switch self {
      case .portable: true
      case .shaExtensions: Self.cpuHasSHAExtensions
      }
    }

    /// The implementations that can run on this machine, portable first.
    public static var available: [Implementation] {
      allCases.filter(\.isAvailable)
    }

    /// The implementation `SHA256()` uses: the SHA extensions when the CPU has them, unless the
    /// environment variable `LEDGER_SHA256` is `portable` (read once, at first use).
    public static let selected: Implementation = {
      if let forced = getenv("LEDGER_SHA256"), String(cString: forced) == "portable" {
        return .portable
      }
      return cpuHasSHAExtensions ? .shaExtensions : .portable
    }()

    /// The name used in `LEDGER_SHA256` and benchmark output.
    public var description: String { rawValue }

    /// CPUID leaf 7 bit 29 (SHA) with SSSE3 and SSE4.1; asked once.
    private static let cpuHasSHAExtensions = csha256_has_sha_extensions() != 0
  }

  /// Creates a hasher for an empty message that uses `implementation`, which must be available
  /// on this machine (see ``Implementation/isAvailable``).
  @_spi(Implementation)
  public init(implementation: Implementation) {
    precondition(
      implementation.isAvailable, "SHA-256 implementation \(implementation) is not available")
    self.implementation = implementation
  }

  /// The implementation this hasher uses.
  @_spi(Implementation)
  public var currentImplementation: Implementation { implementation }

  /// Runs the compression function over `blockCount` consecutive 64-byte blocks at `blocks`,
  /// which need no particular alignment, with this hasher's implementation.
  mutating func compress(_ blocks: UnsafeRawPointer, blockCount: Int) {
    switch implementation {
    case .portable:
      compressPortable(blocks, blockCount: blockCount)
    case .shaExtensions:
      var state = (h0, h1, h2, h3, h4, h5, h6, h7)
      withUnsafeMutableBytes(of: &state) { words in
        csha256_compress_sha_extensions(
          words.baseAddress!.assumingMemoryBound(to: UInt32.self), blocks, blockCount)
      }
      (h0, h1, h2, h3, h4, h5, h6, h7) = state
    }
  }
}
