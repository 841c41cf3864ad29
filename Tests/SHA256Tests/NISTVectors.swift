import Foundation
import SHA256
import Testing

/// Reads the NIST CAVP response files (`.rsp`) in the test bundle's `Fixtures` folder.
///
/// The files are line-based with CRLF endings: `#` comments, `[L = 32]` section headers, and
/// blank-line-separated records of `Name = value` lines.
enum NISTVectors {
  /// One message and its expected digest from `SHA256ShortMsg.rsp` or `SHA256LongMsg.rsp`.
  struct Message: Sendable, CustomTestStringConvertible {
    /// The file the vector comes from.
    var file: String
    /// The message length in bits (`Len`); always a multiple of 8 in these byte-oriented files.
    var bitLength: Int
    /// The message bytes (`Msg`), empty when `Len = 0`.
    var message: [UInt8]
    /// The expected digest (`MD`).
    var digest: SHA256Digest

    var testDescription: String { "\(file) Len = \(bitLength)" }
  }

  /// One checkpoint of the Monte Carlo test in `SHA256Monte.rsp`.
  struct MonteCarloCheckpoint: Sendable, CustomTestStringConvertible {
    /// `COUNT`, 0...99.
    var count: Int
    /// The seed this checkpoint starts from: `Seed` for checkpoint 0, else the previous `MD`.
    var seed: SHA256Digest
    /// The expected `MD` after 1000 iterations.
    var digest: SHA256Digest

    var testDescription: String { "COUNT = \(count)" }
  }

  /// An `.rsp` file that could not be read as expected.
  struct FormatError: Error, CustomStringConvertible {
    var description: String
  }

  /// The vectors of a ShortMsg or LongMsg file, in file order.
  static func messages(_ file: String) throws -> [Message] {
    try records(file).map { fields in
      guard let length = fields["Len"].flatMap({ Int($0) }),
        let messageHex = fields["Msg"], let message = bytes(fromHex: messageHex),
        let digest = fields["MD"].flatMap({ SHA256Digest(hex: $0) })
      else { throw FormatError(description: "\(file): bad record \(fields)") }
      // `Len = 0` is written `Msg = 00`: the length, not the hex, says how many bytes count.
      guard length % 8 == 0, length / 8 <= message.count else {
        throw FormatError(description: "\(file): Len = \(length) does not fit the Msg")
      }
      return Message(
        file: file, bitLength: length, message: Array(message.prefix(length / 8)), digest: digest)
    }
  }

  /// The 100 checkpoints of `SHA256Monte.rsp`, each paired with the seed it starts from.
  static func monteCarloCheckpoints() throws -> [MonteCarloCheckpoint] {
    let file = "SHA256Monte.rsp"
    var seed: SHA256Digest?
    var checkpoints: [MonteCarloCheckpoint] = []
    for fields in try records(file) {
      if let seedHex = fields["Seed"] {
        seed = SHA256Digest(hex: seedHex)
      } else if let count = fields["COUNT"].flatMap({ Int($0) }),
        let digest = fields["MD"].flatMap({ SHA256Digest(hex: $0) }), let start = seed
      {
        checkpoints.append(MonteCarloCheckpoint(count: count, seed: start, digest: digest))
        seed = digest
      } else {
        throw FormatError(description: "\(file): bad record \(fields)")
      }
    }
    return checkpoints
  }

  /// Splits a fixture file into records, each a dictionary of its `Name = value` lines.
  private static func records(_ file: String) throws -> [[String: String]] {
    guard let folder = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
      throw FormatError(description: "the Fixtures folder is missing from the test bundle")
    }
    let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
    var records: [[String: String]] = []
    var current: [String: String] = [:]
    // "\r\n" is a single Character in Swift, and `isNewline` is true for it.
    let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
    for rawLine in lines {
      let line = rawLine.trimmingCharacters(in: .whitespaces)
      if line.isEmpty {
        if !current.isEmpty { records.append(current) }
        current = [:]
      } else if line.hasPrefix("#") || line.hasPrefix("[") {
        continue
      } else if let equals = line.firstIndex(of: "=") {
        let name = line[..<equals].trimmingCharacters(in: .whitespaces)
        let value = line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces)
        current[name] = value
      } else {
        throw FormatError(description: "\(file): unexpected line \(line)")
      }
    }
    if !current.isEmpty { records.append(current) }
    return records
  }

  /// Decodes an even number of hex digits.
  static func bytes(fromHex hex: String) -> [UInt8]? {
    let digits = Array(hex.utf8)
    guard digits.count % 2 == 0 else { return nil }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(digits.count / 2)
    for index in stride(from: 0, to: digits.count, by: 2) {
      guard let high = hexValue(digits[index]), let low = hexValue(digits[index + 1]) else {
        return nil
      }
      bytes.append(high << 4 | low)
    }
    return bytes
  }

  private static func hexValue(_ digit: UInt8) -> UInt8? {
    switch digit {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): digit - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): digit - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): digit - UInt8(ascii: "A") + 10
    default: nil
    }
  }
}
