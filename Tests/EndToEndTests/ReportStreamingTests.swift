import Foundation
import Testing

/// `ledger report --output` writes the report in pieces as it renders it; stdout gets it
/// whole. On a ledger made by the benchmark's generator (`Tools/bench/generate_ledger.py`),
/// large enough for many pieces, both must be the same bytes, in every format.
@Suite("ledger report written in pieces")
struct ReportStreamingTests {
  /// `python3`, if it is on the PATH.
  static let python3: URL? = {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
    return path.split(separator: ":").map { URL(fileURLWithPath: String($0)) }
      .map { $0.appendingPathComponent("python3") }
      .first { FileManager.default.isExecutableFile(atPath: $0.path) }
  }()

  @Test(
    "a generated ledger of 6,000 events: the file written in pieces is the report printed whole",
    .enabled(if: python3 != nil, "python3 is not on the PATH, so no ledger can be generated"))
  func fileEqualsStdout() throws {
    let s = try Scratch()
    let generator = LedgerProcess.repository.appendingPathComponent(
      "Tools/bench/generate_ledger.py")
    let made = try LedgerProcess.run(Self.python3!, [generator.path, "6000", s.ledger.path])
    #expect(made.status == 0, "\(made.stderr)")
    for (format, ext) in [("html", "html"), ("markdown", "md"), ("csv", "csv")] {
      let file = s.folder.appendingPathComponent("report.\(ext)")
      let asOf = "2030-01-01T00:00:00Z"
      let written = try s.run(["report", "--as-of", asOf, "--output", file.path])
      #expect(written.status == 0, "\(written.stderr)")
      let printed = try s.run(["report", "--as-of", asOf, "--format", format])
      #expect(printed.status == 0, "\(printed.stderr)")
      let bytes = try Data(contentsOf: file)
      #expect(bytes.count > (format == "csv" ? 10_000 : 1 << 20), "\(format): many pieces")
      #expect(Data(printed.stdout.utf8) == bytes, "\(format): the file and stdout differ")
    }
    // Only the ledger and the three reports: no temporary file is left behind.
    let left = try FileManager.default.contentsOfDirectory(atPath: s.folder.path)
    #expect(left.filter { $0.contains(".tmp-") }.isEmpty, "\(left)")
  }
}
