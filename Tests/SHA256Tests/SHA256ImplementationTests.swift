import Foundation
@_spi(Implementation) import SHA256
import Testing

/// Choosing between the portable Swift code and the x86 SHA extensions, and the two agreeing
/// beyond the NIST vectors (which `NISTVectorTests` runs against each of them).
@Suite("SHA256 implementations")
struct SHA256ImplementationTests {
  @Test("The SHA extensions are offered exactly when /proc/cpuinfo lists sha_ni, ssse3, sse4_1")
  func availabilityMatchesTheKernel() throws {
    #if os(Linux) && arch(x86_64)
      // The kernel's view of the CPU, independent of the CPUID call in CSHA256.
      let cpuinfo = try String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)
      let flagsLine = try #require(cpuinfo.split(separator: "\n").first { $0.hasPrefix("flags") })
      let flags = Set(flagsLine.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init))
      let expected = flags.isSuperset(of: ["sha_ni", "ssse3", "sse4_1"])
      #expect(SHA256.Implementation.shaExtensions.isAvailable == expected)
    #elseif arch(x86_64)
      // No independent source here; CPUID is the only word, so check the list is consistent.
      #expect(
        SHA256.Implementation.available.contains(.shaExtensions)
          == SHA256.Implementation.shaExtensions.isAvailable)
    #else
      #expect(!SHA256.Implementation.shaExtensions.isAvailable)
    #endif
    #expect(SHA256.Implementation.portable.isAvailable)
    #expect(SHA256.Implementation.available.first == .portable)
  }

  @Test("SHA256() uses the selected implementation; LEDGER_SHA256=portable forces portable")
  func defaultSelection() {
    let forced = ProcessInfo.processInfo.environment["LEDGER_SHA256"] == "portable"
    let best: SHA256.Implementation =
      SHA256.Implementation.shaExtensions.isAvailable ? .shaExtensions : .portable
    #expect(SHA256.Implementation.selected == (forced ? .portable : best))
    #expect(SHA256().currentImplementation == SHA256.Implementation.selected)
  }

  /// Deterministic bytes (a 64-bit LCG), so a failure reproduces.
  static func bytes(count: Int, seed: UInt64) -> [UInt8] {
    var state = seed
    return (0..<count).map { _ in
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return UInt8(truncatingIfNeeded: state >> 56)
    }
  }

  @Test("Every available implementation agrees at each length 0...1100, split at random points")
  func implementationsAgree() {
    let implementations = SHA256.Implementation.available
    let message = Self.bytes(count: 1100, seed: 42)
    var splitState: UInt64 = 7
    for length in 0...1100 {
      let prefix = message[..<length]
      splitState = splitState &* 2_862_933_555_777_941_757 &+ 3_037_000_493
      let split = length == 0 ? 0 : Int(splitState >> 33) % (length + 1)
      let digests = implementations.map { implementation in
        var hasher = SHA256(implementation: implementation)
        hasher.update(prefix[..<split])
        hasher.update(prefix[split...])
        return hasher.finalize()
      }
      #expect(Set(digests).count == 1, "length \(length), split at \(split)")
    }
  }

  @Test(
    "Blocks read from any alignment give the same digest",
    arguments: SHA256.Implementation.available)
  func unalignedInput(_ implementation: SHA256.Implementation) {
    let buffer = Self.bytes(count: 64 * 40 + 16, seed: 9)
    let reference = SHA256.hash(buffer[0..<(64 * 40)])
    var portable = SHA256(implementation: .portable)
    portable.update(buffer[0..<(64 * 40)])
    #expect(portable.finalize() == reference)
    for offset in 0..<16 {
      let expected: SHA256Digest = {
        var hasher = SHA256(implementation: .portable)
        hasher.update(Array(buffer[offset..<(offset + 64 * 40)]))
        return hasher.finalize()
      }()
      buffer.withUnsafeBytes { raw in
        var hasher = SHA256(implementation: implementation)
        hasher.update(UnsafeRawBufferPointer(rebasing: raw[offset..<(offset + 64 * 40)]))
        #expect(hasher.finalize() == expected, "offset \(offset)")
      }
    }
  }
}
