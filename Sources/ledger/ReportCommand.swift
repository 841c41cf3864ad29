import LedgerCore
import Reports

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `ledger report`: the board report as Markdown, a self-contained HTML page or CSV, as of any
/// point. The one reader-side command that may write a file (`--output`), atomically, and
/// never the ledger.
enum ReportCommand {
  /// The report formats.
  enum Format: String, CaseIterable {
    case markdown = "markdown"
    case html = "html"
    case csv = "csv"
  }

  static let spec = CommandSpec(
    words: ["report"],
    options: [
      ReadCommands.asOf,
      OptionSpec(
        name: "since", value: "WHEN",
        help: "show the changes recorded after this (default: since the last board meeting)"),
      OptionSpec(
        name: "since-last-meeting", value: nil,
        help: "show the changes since the last board meeting (the default)"),
      OptionSpec(
        name: "format", value: "markdown|html|csv",
        help: "the form (default: from --output's extension, else markdown)"),
      OptionSpec(
        name: "output", value: "FILE", help: "write the report to FILE (atomically) instead"),
      OptionSpec(
        name: "no-appendix", value: nil,
        help: "leave out the inspector's appendix (every item's full timeline)"),
    ],
    summary:
      "The board report: RAG summary, changes since the last meeting, exceptions, the plan; an inspector's appendix."
  ) { (inv: Invocation) throws(LedgerError) -> Output in
    if inv.flag("since-last-meeting"), inv.value("since") != nil {
      throw .usage(
        "give --since WHEN or --since-last-meeting, not both",
        hint: "without either, the report shows the changes since the last board meeting")
    }
    let output = inv.value("output")
    let format = try format(inv, output: output)
    // A paper quotes the head as proof, so the whole chain is checked first (as `verify`).
    let (replay, warnings) = try ReadCommands.load(inv, verify: true)
    let asOf = try inv.asOf()
    let since: SincePoint = try inv.when("since").map { .instant($0) } ?? .lastMeeting
    let model = try BoardReport.model(
      replay, asOf: asOf, since: since, appendix: !inv.flag("no-appendix"))
    let text: String
    switch format {
    case .markdown: text = model.markdown
    case .html: text = model.html
    case .csv: text = model.csv
    }
    guard let output else {
      // `print` adds the final newline back.
      var body = text
      if body.unicodeScalars.last == "\n" { body.unicodeScalars.removeLast() }
      return Output(stdout: body, warnings: warnings)
    }
    try refuseLedger(output, ledger: try inv.ledgerPath())
    try writeAtomically(Array(text.utf8), to: output)
    return Output(
      stdout:
        "wrote the \(format.rawValue) board report as of \(asOf.rfc3339) (head \(model.head.seq):\(model.head.hash.prefix(16))…) to \(VisibleText.line(output))",
      warnings: warnings)
  }

  /// `--format`, else the extension of `--output`, else Markdown.
  static func format(_ inv: Invocation, output: String?) throws(LedgerError) -> Format {
    if let chosen = try inv.choice(inv.value("format"), "--format", Format.self) { return chosen }
    let name = (output ?? "").lowercased()
    if name.hasSuffix(".html") || name.hasSuffix(".htm") { return .html }
    if name.hasSuffix(".csv") { return .csv }
    return .markdown
  }

  /// Refuses an `--output` that names the ledger itself (the same path, or the same file
  /// through another name).
  static func refuseLedger(_ output: String, ledger: String) throws(LedgerError) {
    var a = stat()
    var b = stat()
    let same =
      output == ledger
      || (stat(output, &a) == 0 && stat(ledger, &b) == 0 && a.st_dev == b.st_dev
        && a.st_ino == b.st_ino)
    if same {
      throw .usage(
        "--output \(output) is the ledger itself; a report never writes to the ledger",
        hint: "give another file, e.g. --output board-report.html")
    }
  }
}

/// Writes a whole file atomically: a temporary file in the same folder, written, flushed to
/// disk (`fsync`), then renamed over the target, and the folder flushed, so a reader sees the
/// old file or the new one and never half of one.
extension ReportCommand {
  /// Writes `bytes` to `path`, replacing any file there.
  static func writeAtomically(_ bytes: [UInt8], to path: String) throws(LedgerError) {
    let folder = folder(of: path)
    let base = path.split(separator: "/").last.map(String.init) ?? path
    let temporary = folder + "/." + base + ".tmp-\(getpid())"
    func failure(_ what: String, _ file: String) -> LedgerError {
      LedgerError(.io, "cannot \(what): \(String(cString: strerror(errno)))", file: file)
    }
    let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
    guard fd >= 0 else { throw failure("create a temporary file", temporary) }
    var ok = false
    defer {
      if !ok { unlink(temporary) }
    }
    var done = 0
    while done < bytes.count {
      let n = bytes.withUnsafeBytes { raw in
        write(fd, raw.baseAddress! + done, raw.count - done)
      }
      if n < 0 {
        if errno == EINTR { continue }
        let error = failure("write", temporary)
        close(fd)
        throw error
      }
      done += n
    }
    if fsync(fd) != 0 {
      let error = failure("flush to disk", temporary)
      close(fd)
      throw error
    }
    if close(fd) != 0 { throw failure("close", temporary) }
    if rename(temporary, path) != 0 { throw failure("rename the temporary file to", path) }
    ok = true
    let dir = open(folder, O_RDONLY | O_CLOEXEC)
    if dir >= 0 {
      _ = fsync(dir)
      close(dir)
    }
  }

  /// The folder holding `path` (`.` for a bare name).
  static func folder(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    return slash == path.startIndex ? "/" : String(path[..<slash])
  }
}
