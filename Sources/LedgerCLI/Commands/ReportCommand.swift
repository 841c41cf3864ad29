import ArgumentParsing
import LedgerCore
import LedgerWrite
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

  /// The file extensions each format is written to.
  static let extensions: [Format: [String]] = [
    .markdown: ["md", "markdown", "txt"], .html: ["html", "htm"], .csv: ["csv"],
  ]

  static let command = LedgerCommand(
    spec: CommandSpec(
      ["report"],
      summary:
        "The board report: RAG summary, changes since the last meeting, exceptions, the plan; an inspector's appendix.",
      options: [
        ReadCommands.asOf,
        OptionSpec(
          "since", value: "WHEN",
          help:
            "Show the changes recorded from then (default: since the last board meeting); a date is the start of that day (UTC).",
          alternative: "since-last-meeting"),
        .flag(
          "since-last-meeting", help: "Show the changes since the last board meeting (the default)."
        ),
        OptionSpec(
          "format", value: "markdown|html|csv",
          help: "The form (default: from --output's extension, else markdown).",
          choices: Format.allCases.map(\.rawValue)),
        OptionSpec(
          "output", value: "FILE",
          help:
            "Write the report to FILE (atomically) instead; its extension must fit the format (.md, .html, .csv)."
        ),
        .flag(
          "no-appendix", help: "Leave out the inspector's appendix (every item's full timeline)."),
        OptionSpec(
          "committee", value: "TEXT", help: "The cover: the committee the paper goes to."),
        OptionSpec("author", value: "TEXT", help: "The cover: the report's author."),
        OptionSpec(
          "purpose", value: "information|decision",
          help: "The cover: for information (the default) or for decision.",
          choices: Cover.Purpose.allCases.map(\.rawValue)),
        OptionSpec(
          "ask", value: "TEXT",
          help:
            "The cover: what members are asked to do (repeatable; for information the default is 'Note the report.', for decision it must be given).",
          repeatable: true),
      ]),
    run: run)

  static func run(_ inv: Invocation) throws -> Output {
    let output = inv.value("output")
    if let output { try refuseLedger(output, ledger: try inv.ledgerPath()) }
    let format = try format(inv, output: output)
    let asOfGiven = try inv.window("as-of", .end)
    let sinceGiven = try inv.window("since", .start)
    if let asOfGiven, let sinceGiven, asOfGiven < sinceGiven {
      throw CLIError.usage(
        "--since \(inv.value("since") ?? "") is after --as-of \(inv.value("as-of") ?? "")",
        hint: "the changes are those recorded from --since up to --as-of")
    }
    if let output { try checkFolder(of: output) }
    let path = try inv.ledgerPath()
    // A bad --as-of is reported after the file is read, as `ReadCommands.load` then `asOf` do.
    let asOfAsked = Result { () throws(CLIError) in try inv.asOf() }
    let since: SincePoint = sinceGiven.map { .instant($0) } ?? .lastMeeting
    let appendix = !inv.flag("no-appendix")
    let cover = try cover(inv)
    // Every pass reads the same bytes: the shared lock is held until the report is written.
    return try LedgerPasses.open(
      path: path, wait: try inv.lockWait(), onWaiting: Invocation.sayWaiting
    ) { passes in
      // A paper quotes the head as proof, so the whole chain is checked first (as `verify`),
      // in the read that builds the report.
      let revisions = try passes.revisions()
      // A redacted ledger is reconciled line by line against its redactions: in memory.
      func inMemory() throws -> Output {
        let contents = try passes.readAll(verify: true)
        let warnings = contents.tornTail.map { [$0.warning(file: path)] } ?? []
        if contents.events.isEmpty { throw empty(path) }
        let replay = Replay(contents.events)
        let asOf = try ReadCommands.asOf(inv, replay)
        let report = try Report(
          format,
          model: {
            try BoardReport.model(
              replay, asOf: asOf, since: since, appendix: appendix, cover: cover)
          },
          sheet: { try BoardReport.actionSheet(replay, asOf: asOf) })
        return try write(
          report, format: format, asOf: asOf, output: output, warnings: warnings, inv)
      }
      let asOf: Timestamp
      do {
        asOf = try asOfAsked.get()
      } catch {
        guard let folded = try passes.verifiedFold(asOf: nil, revisions: revisions) else {
          return try inMemory()
        }
        if folded.events == 0 { throw empty(path) }
        throw error
      }
      let report: Report
      let warnings: [String]
      if format == .csv {
        guard let folded = try passes.verifiedFold(asOf: asOf, revisions: revisions) else {
          return try inMemory()
        }
        warnings = folded.tornTail.map { [$0.warning(file: path)] } ?? []
        try refuseEmpty(
          path, events: folded.events, count: folded.count, asOf: asOf, first: folded.firstRecorded)
        report = .csv(try BoardReport.actionSheet(folded, asOf: asOf))
      } else {
        guard
          let walked = try BoardReport.walk(
            passes, revisions: revisions, asOf: asOf, since: since, appendix: appendix)
        else { return try inMemory() }
        warnings = walked.tornTail.map { [$0.warning(file: path)] } ?? []
        try refuseEmpty(
          path, events: walked.events, count: walked.count, asOf: asOf, first: walked.firstRecorded)
        guard let model = try BoardReport.model(walked, cover: cover) else { return try inMemory() }
        report = format == .html ? .html(model) : .markdown(model)
      }
      return try write(
        report, format: format, asOf: asOf, output: output, warnings: warnings, inv)
    }
  }

  /// Refuses an empty ledger, or a point before its first event, as `ReadCommands.load` and
  /// `ReadCommands.asOf` do.
  static func refuseEmpty(
    _ path: String, events: Int, count: Int, asOf: Timestamp, first: Timestamp?
  ) throws {
    if events == 0 { throw empty(path) }
    if count == 0, let first {
      throw CLIError.refused(
        "the ledger has no events as of \(asOf.rfc3339): its first event was recorded at "
          + first.rfc3339,
        hint: "give a later --as-of")
    }
  }

  /// The refusal of an empty ledger, as every reading command words it.
  static func empty(_ path: String) -> CLIError {
    CLIError.refused(
      "the ledger is empty: it holds no plan yet", file: path,
      hint: "start it with 'ledger init --title … --authority …'")
  }

  /// Writes `report` to `output` (atomically), or to stdout: a piece at a time as it is
  /// rendered when the executable streams stdout (`Invocation.standardOutput`), else returned
  /// whole.
  ///
  /// Every check that can refuse the report (the command line, the lock, the verifying read
  /// of the whole chain, an empty ledger or as-of point) is made before this is called, so a
  /// refused report prints nothing. Rendering reads the rows' lines again, under the same lock:
  /// only a disk failing (or the file cut short despite the lock) can stop it. Then the error
  /// is reported as any other (exit 1) and `output` is left as it was; on a streamed stdout
  /// the report so far has been printed, cut short, so a script must check the exit code, as
  /// with any program that streams.
  static func write(
    _ report: Report, format: Format, asOf: Timestamp, output: String?, warnings: [String],
    _ inv: Invocation
  ) throws -> Output {
    guard let output else {
      guard let standardOutput = inv.standardOutput else {
        // The executable adds the final newline back.
        var body = try ReportStream.collect(report.write)
        if body.unicodeScalars.last == "\n" { body.unicodeScalars.removeLast() }
        return Output(stdout: body, warnings: warnings)
      }
      // As printed whole: the report, with a final newline if it has none.
      var last: UInt8?
      var stream = ReportStream { piece in
        last = piece.last
        standardOutput(piece)
      }
      try report.write(to: &stream)
      stream.finish()
      if last != UInt8(ascii: "\n") { standardOutput([UInt8(ascii: "\n")]) }
      return .streamed(warnings: warnings)
    }
    // Written as it is rendered, a piece at a time, into a temporary file renamed into place.
    try AtomicFile.write(to: output) { piece throws(LedgerError) in
      var stream = ReportStream(receive: piece)
      try report.write(to: &stream)
      stream.finish()
    }
    return Output(
      stdout:
        "wrote the \(format.rawValue) board report as of \(asOf.rfc3339) (head \(report.head.seq):\(report.head.hash.prefix(16))…) to \(VisibleText.line(output))",
      warnings: warnings)
  }

  /// A report ready to render: the whole board model, or for CSV only the actions it shows.
  enum Report {
    case markdown(BoardReportModel)
    case html(BoardReportModel)
    case csv(ActionSheet)

    /// What `format` shows: the board model, or for CSV the action sheet alone.
    init(
      _ format: Format, model: () throws -> BoardReportModel, sheet: () throws -> ActionSheet
    ) throws {
      switch format {
      case .markdown: self = .markdown(try model())
      case .html: self = .html(try model())
      case .csv: self = .csv(try sheet())
      }
    }

    /// The last event the report reads.
    var head: Head {
      switch self {
      case .markdown(let m), .html(let m): m.head
      case .csv(let sheet): sheet.head
      }
    }

    /// Renders the report to `stream`; throws when a row's line cannot be read again
    /// (`BoardReportModel.writeHTML(to:)`).
    func write(to stream: inout ReportStream) throws(LedgerError) {
      switch self {
      case .markdown(let m): try m.writeMarkdown(to: &stream)
      case .html(let m): try m.writeHTML(to: &stream)
      case .csv(let sheet): stream.append(sheet.csv)
      }
    }
  }

  /// The cover block, if any of `--committee`, `--author`, `--purpose` or `--ask` is given.
  static func cover(_ inv: Invocation) throws(CLIError) -> Cover? {
    let given = ["committee", "author", "purpose", "ask"].contains { inv.value($0) != nil }
    guard given else { return nil }
    let purpose = try inv.choice("purpose", Cover.Purpose.self) ?? .information
    do {
      return try Cover(
        committee: inv.value("committee"), author: inv.value("author"), purpose: purpose,
        asks: inv.all("ask"))
    } catch {
      throw .usage(
        "a paper for decision must say what members are asked to decide",
        hint:
          "add --ask TEXT (e.g. --ask 'Agree the revised due dates'), or use --purpose information")
    }
  }

  /// `--format`, else the extension of `--output`, else Markdown; an extension that no
  /// format writes, or that contradicts `--format`, is refused.
  static func format(_ inv: Invocation, output: String?) throws(CLIError) -> Format {
    let chosen = try inv.choice("format", Format.self)
    guard let output, let ext = fileExtension(output) else { return chosen ?? .markdown }
    let fitting = Format.allCases.first { extensions[$0, default: []].contains(ext) }
    guard let fitting else {
      throw CLIError.usage(
        "--output \(output): a report cannot be written as .\(ext)",
        hint:
          "name it .md (Markdown), .html (HTML; print it to PDF from a browser) or .csv")
    }
    if let chosen, chosen != fitting {
      throw CLIError.usage(
        "--output \(output) has the extension .\(ext) but --format is \(chosen.rawValue)",
        hint: "name it ." + (extensions[chosen]?.first ?? chosen.rawValue) + " or drop --format")
    }
    return fitting
  }

  /// The lowercased extension of the last path component, if it has one.
  static func fileExtension(_ path: String) -> String? {
    let base = path.split(separator: "/").last ?? ""
    guard let dot = base.lastIndex(of: "."), dot != base.startIndex else { return nil }
    let ext = base[base.index(after: dot)...].lowercased()
    return ext.isEmpty ? nil : ext
  }

  /// Refuses an output whose folder does not exist, naming the folder.
  static func checkFolder(of output: String) throws(CLIError) {
    let folder = AtomicFile.folder(of: output)
    var info = stat()
    guard stat(folder, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else {
      throw CLIError.refused(
        "--output \(output): there is no folder \(folder)",
        hint: "create it first (mkdir -p \(folder)) or write the report elsewhere")
    }
  }

  /// Refuses an `--output` that names the ledger itself (the same path, or the same file
  /// through another name).
  static func refuseLedger(_ output: String, ledger: String) throws(CLIError) {
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
