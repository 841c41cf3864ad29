import Foundation
import LedgerCore
import LedgerTestSupport
import LedgerWrite
import Testing

/// A file written atomically from pieces (`AtomicFile.write(to:_:)`, as `ledger report
/// --output` writes) is the whole new file or the old one, never part of one.
@Suite("Atomic files written in pieces")
struct AtomicFileTests {
  @Test("the pieces make the file, and no temporary file is left")
  func piecesMakeTheFile() throws {
    let scratch = try ScratchLedger("atomic", name: "report.html")
    try AtomicFile.write(to: scratch.path) { write in
      write(Array("<p>one</p>\n".utf8))
      write(Array("<p>two</p>\n".utf8))
    }
    #expect(scratch.bytes() == Array("<p>one</p>\n<p>two</p>\n".utf8))
    let left = try FileManager.default.contentsOfDirectory(atPath: scratch.folder.path)
    #expect(left == ["report.html"])
  }

  @Test("a producer that throws after some pieces leaves the old file as it was")
  func throwingProducerLeavesTheFile() throws {
    let scratch = try ScratchLedger("atomic", name: "report.html")
    let old = Array("the paper for the last meeting\n".utf8)
    try Data(old).write(to: scratch.url)
    let failure = LedgerError(.io, "cannot read line 7 again: gone", file: "plan.jsonl", line: 7)
    let error = #expect(throws: LedgerError.self) {
      try AtomicFile.write(to: scratch.path) { write throws(LedgerError) in
        write(Array("<p>half a report</p>\n".utf8))
        throw failure
      }
    }
    #expect(error == failure)
    #expect(scratch.bytes() == old)
    let left = try FileManager.default.contentsOfDirectory(atPath: scratch.folder.path)
    #expect(left == ["report.html"])
  }
}
