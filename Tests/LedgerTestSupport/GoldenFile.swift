import Foundation
import Testing

/// Golden files: rendered text compared byte for byte with a file kept beside the tests.
///
/// With `RECORD_GOLDEN=1` in the environment, ``check(_:against:recordingInto:sourceLocation:)``
/// rewrites the file in the source tree and records a failure, so a re-record run can never
/// pass silently; rerun without it to check.
public enum GoldenFile {
  /// Whether this run re-records golden files (`RECORD_GOLDEN=1`).
  public static var recording: Bool {
    ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1"
  }

  /// Compares `actual` with the file at `expected`; when ``recording``, writes `actual` to
  /// `source` (the same file in the source tree) instead and fails.
  ///
  /// A difference is reported with the first line that differs, expected and actual.
  public static func check(
    _ actual: String, against expected: URL, recordingInto source: URL,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let name = expected.lastPathComponent
    if recording {
      try FileManager.default.createDirectory(
        at: source.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(actual.utf8).write(to: source)
      Issue.record(
        "RECORD_GOLDEN=1: rewrote \(name); rerun without RECORD_GOLDEN to check it",
        sourceLocation: sourceLocation)
      return
    }
    guard let bytes = try? Data(contentsOf: expected) else {
      Issue.record(
        "no golden file \(name); record it with RECORD_GOLDEN=1", sourceLocation: sourceLocation)
      return
    }
    if let difference = firstDifference(Array(actual.utf8), Array(bytes)) {
      Issue.record(
        "\(name) \(difference)\n(if the change is intended, re-record with RECORD_GOLDEN=1)",
        sourceLocation: sourceLocation)
    }
  }

  /// Where `actual` first differs from `expected`, line by line (split on bytes: "\r\n" is one
  /// Character in Swift), or nil if they are the same bytes.
  public static func firstDifference(_ actual: [UInt8], _ expected: [UInt8]) -> String? {
    guard actual != expected else { return nil }
    func lines(_ bytes: [UInt8]) -> [String] {
      bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map {
        String(decoding: $0, as: UTF8.self)
      }
    }
    let a = lines(actual)
    let e = lines(expected)
    let line = (0..<min(a.count, e.count)).first { a[$0] != e[$0] } ?? min(a.count, e.count)
    let expectedLine = line < e.count ? e[line] : "<end of file>"
    let actualLine = line < a.count ? a[line] : "<end of file>"
    return "differs at line \(line + 1):\n  expected: \(expectedLine)\n  actual:   \(actualLine)"
  }
}
