import ArgumentParsing
import LedgerCore

/// Typed values: each malformed or impossible value is a usage error (exit 64) naming the
/// option and quoting what was typed.
extension Invocation {
  /// Positional `index` as an ID (`R1`, `A1.2`, `FV2021`).
  func id(_ index: Int = 0) throws(CLIError) -> String {
    try Self.identifier(positional(index) ?? "", what: "ID")
  }

  /// `text` as an ID, or a usage error naming `what`.
  static func identifier(_ text: String, what: String) throws(CLIError) -> String {
    if let problem = Identifier.problem(text) {
      throw .usage("\(what): \(problem)", hint: "IDs look like R1, A1.2, FV2021")
    }
    return text
  }

  /// Required text: `--name TEXT` or `--name-file PATH` (the parser ensures one is given).
  func text(_ name: String) throws(CLIError) -> String {
    guard let text = try optionalText(name) else {
      throw .usage("--\(name) TEXT or --\(name)-file PATH is required")
    }
    return text
  }

  /// Optional text: `--name TEXT`, or `--name-file PATH` if the command has one; not blank.
  func optionalText(_ name: String) throws(CLIError) -> String? {
    if let text = value(name) {
      if Text.isBlank(text) {
        throw .usage("--\(name) is empty", hint: "give the text, or leave --\(name) out")
      }
      return text
    }
    guard let path = value("\(name)-file") else { return nil }
    return try TextFile.read(try readFile(path), path: path, option: "--\(name)-file")
  }

  /// Optional date option `--name`: a real YYYY-MM-DD date.
  func optionalDate(_ name: String) throws(CLIError) -> CivilDate? {
    guard let t = value(name) else { return nil }
    guard let d = CivilDate(parsing: t) else {
      let shape = t.count == 10 && t.filter { $0 == "-" }.count == 2
      throw .usage(
        "--\(name) \"\(t)\" is not \(shape ? "a real date" : "a date")",
        hint: "give it as YYYY-MM-DD, e.g. 2026-03-31")
    }
    return d
  }

  /// Required date option `--name` (the parser ensures it is given).
  func date(_ name: String) throws(CLIError) -> CivilDate {
    guard let d = try optionalDate(name) else { throw .usage("--\(name) YYYY-MM-DD is required") }
    return d
  }

  /// Option `--name` as one of an enumeration's values (the parser has checked the choice).
  func choice<T: RawRepresentable>(_ name: String, _: T.Type) throws(CLIError) -> T?
  where T.RawValue == String {
    guard let text = value(name) else { return nil }
    guard let value = T(rawValue: text) else {
      throw .usage("--\(name) \"\(text)\" is not one of the choices")
    }
    return value
  }

  /// `--as-of WHEN` (the end of a day given as a date), or now.
  func asOf() throws(CLIError) -> Timestamp {
    if let instant = try window("as-of", .end) { return instant }
    return try clock()
  }

  /// Option `--name` as a point in time: a date is the start or the end of that day (UTC),
  /// anything else must be an RFC 3339 time.
  ///
  /// The start of a day is given as the last instant of the day before, because every
  /// `since` in the readers means "recorded after".
  func window(_ name: String, _ edge: DayEdge) throws(CLIError) -> Timestamp? {
    guard let text = value(name) else { return nil }
    if let date = CivilDate(parsing: text) {
      return Timestamp.endOfDay(edge == .start ? date.adding(days: -1) : date)
    }
    if let instant = Timestamp(rfc3339: text) { return instant }
    let edgeWord = edge == .start ? "the start" : "the end"
    throw .usage(
      "--\(name) \"\(text)\" is not a date or time",
      hint:
        "give YYYY-MM-DD (\(edgeWord) of that day, UTC) or an RFC 3339 time such as 2026-03-02T09:15:00Z"
    )
  }

  /// `--since`/`--until` together: since must not be after until.
  func sinceUntil() throws(CLIError) -> (since: Timestamp?, until: Timestamp?) {
    let since = try window("since", .start)
    let until = try window("until", .end)
    if let since, let until, until < since {
      throw .usage(
        "--since \(value("since") ?? "") is after --until \(value("until") ?? "")",
        hint: "give the earlier point as --since")
    }
    return (since, until)
  }
}

/// Which end of a day a bare date stands for.
enum DayEdge: Sendable {
  /// 00:00:00 UTC (`--since`).
  case start
  /// The last instant, 23:59:59.999999999 UTC (`--until`, `--as-of`).
  case end
}
