import Foundation
import LedgerCore
import LedgerTestSupport
import Testing

@testable import Reports

/// The CSV form read back by Python's `csv` module, the way a script (or a spreadsheet) would.
@Suite("CSV round-trip through Python's csv module")
struct CSVRoundTripTests {
  /// Parses `csv` with Python (`encoding="utf-8-sig"`, `newline=""`, the default dialect) and
  /// returns its rows.
  static func python(_ csv: String) throws -> [[String]] {
    let scratch = try ScratchLedger("reports-csv", name: "report.csv")
    let file = scratch.url
    try Data(csv.utf8).write(to: file)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [
      "python3", "-c",
      """
      import csv, json, sys
      with open(sys.argv[1], encoding="utf-8-sig", newline="") as f:
          rows = list(csv.reader(f, strict=True))
      sys.stdout.write(json.dumps(rows, ensure_ascii=True))
      """,
      file.path,
    ]
    let out = Pipe()
    process.standardOutput = out
    try process.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "python3 failed to parse the CSV")
    return try JSONDecoder().decode([[String]].self, from: data)
  }

  @Test("the example: a header row and one row per action, every cell as rendered")
  func example() throws {
    let model = try BoardReport.model(Fixtures.example, asOf: Fixtures.time("2022-02-28"))
    let rows = try Self.python(model.csv)
    #expect(rows.first == BoardReportModel.csvColumns)
    #expect(rows.count == 1 + model.actions.count)
    let a12 = try #require(rows.first { $0.first == "A1.2" })
    #expect(a12[2] == "R1; R4")
    #expect(
      a12[3]
        == "The quality of children’s plans, pathway plans, and review letters to children, to include child-friendly language\nCase recording of visits, supervision, and rationale for decision-making and the matching of placements"
    )
    let a21 = try #require(rows.first { $0.first == "A2.1" })
    #expect(
      Array(a21[7...13]) == [
        "2021-12-31", "open", "amber", "yes", "0", "2022-02-21",
        "Two delivery groups behind plan; recruitment to the sufficiency lead post ongoing",
      ])
    let a22 = try #require(rows.first { $0.first == "A2.2" })
    #expect(a22[11] == "2")
  }

  @Test("awkward text survives: £, curly quotes, embedded quotes, commas and line breaks")
  func awkward() throws {
    let note = "Spent £1,200 on “training”;\nsaid \"done\", ’twas fine\r\nend"
    var log = LogBuilder.plan(title: "Plan", authority: "Borough")
    log.seed(actions: ["A1"], text: "Children’s plans, \"quoted\", £")
    log.add("2026-01-06T09:00:00Z", .actionProgress(id: "A1", note: note))
    log.add(
      "2026-01-07T09:00:00Z",
      .actionAmended(
        id: "A1", title: nil, owner: "Head of Service, “Front Door”", due: nil, reason: "r"))
    let model = try BoardReport.model(log.replay, asOf: Fixtures.time("2026-01-31"))
    let csv = model.csv
    #expect(csv.hasPrefix("\u{FEFF}action_id,"), "UTF-8 byte-order mark first, for Excel")
    #expect(csv.unicodeScalars.filter { $0 == "\n" }.count >= 3)
    let rows = try Self.python(csv)
    #expect(rows.count == 2)
    let row = rows[1]
    #expect(row[3] == "Children’s plans, \"quoted\", £")
    #expect(row[6] == "Head of Service, “Front Door”")
    #expect(row[13] == note)
  }

  @Test("records end in CRLF and every field count matches the header")
  func recordShape() throws {
    let csv = try BoardReport.model(Fixtures.example, asOf: Fixtures.time("2022-02-28")).csv
    #expect(csv.hasSuffix("\r\n"))
    let rows = try Self.python(csv)
    #expect(rows.allSatisfy { $0.count == BoardReportModel.csvColumns.count })
  }
}
