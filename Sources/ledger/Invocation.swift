import LedgerCommands
import LedgerCore

/// A parsed command line, with typed accessors that turn bad input into clear errors.
struct Invocation {
  var spec: CommandSpec
  var positionals: [String]
  var values: [String: [String]]
  var environment: [String: String]

  /// The value of `--name`, if given.
  func value(_ name: String) -> String? { values[name]?.last }

  /// Every value of a repeatable `--name`.
  func all(_ name: String) -> [String] { values[name] ?? [] }

  /// Whether flag `--name` was given.
  func flag(_ name: String) -> Bool { values[name] != nil }

  /// The ledger path: `--ledger` or `LEDGER_FILE`.
  func ledgerPath() throws(LedgerError) -> String {
    if let path = value("ledger") ?? environment["LEDGER_FILE"], !path.isEmpty { return path }
    throw .usage(
      "no ledger file given", hint: "pass --ledger PATH or set LEDGER_FILE")
  }

  /// The clock: `LEDGER_NOW` if set, else the wall clock (whole seconds, as events are recorded).
  func clock() throws(LedgerError) -> Timestamp {
    try fixedClock() ?? Timestamp(seconds: Timestamp.now().seconds)
  }

  /// `LEDGER_NOW`, if set.
  func fixedClock() throws(LedgerError) -> Timestamp? {
    guard let text = environment["LEDGER_NOW"], !text.isEmpty else { return nil }
    guard let t = Timestamp(rfc3339: text) else {
      throw .usage(
        "LEDGER_NOW \"\(text)\" is not an RFC 3339 time",
        hint: "e.g. LEDGER_NOW=2026-03-02T09:15:00Z")
    }
    return t
  }

  /// `--as-of`, or now.
  func asOf() throws(LedgerError) -> Timestamp {
    if let instant = try when("as-of") { return instant }
    return try clock()
  }

  /// The actor of a write: `--actor`/`--role` or `LEDGER_ACTOR`/`LEDGER_ROLE`.
  func actor() throws(LedgerError) -> Actor {
    let name = value("actor") ?? environment["LEDGER_ACTOR"] ?? ""
    let role = value("role") ?? environment["LEDGER_ROLE"] ?? ""
    if Text.isBlank(name) {
      throw .usage(
        "who is recording this? --actor is missing", hint: "pass --actor NAME or set LEDGER_ACTOR")
    }
    if Text.isBlank(role) {
      throw .usage("--role is missing for \(name)", hint: "pass --role ROLE or set LEDGER_ROLE")
    }
    return Actor(name: name, role: role)
  }

  /// Positional `index` as an ID.
  func id(_ index: Int = 0) throws(LedgerError) -> String {
    try Self.identifier(positionals[index], what: spec.positionals[index])
  }

  static func identifier(_ text: String, what: String) throws(LedgerError) -> String {
    if let problem = Identifier.problem(text) {
      throw .rule("\(what): \(problem)", hint: "IDs look like R1, A1.2, FV2021")
    }
    return text
  }

  /// Required text option `--name`: must not be blank.
  func text(_ name: String) throws(LedgerError) -> String {
    guard let t = try optionalText(name) else {
      throw .usage(
        "--\(name) is required", hint: "see 'ledger \(spec.words.joined(separator: " ")) --help'")
    }
    return t
  }

  /// Optional text option `--name`: if given, must not be blank.
  func optionalText(_ name: String) throws(LedgerError) -> String? {
    guard let t = value(name) else { return nil }
    if Text.isBlank(t) { throw .rule("--\(name) must not be empty") }
    return t
  }

  /// Optional date option `--name`: a real YYYY-MM-DD date.
  func optionalDate(_ name: String) throws(LedgerError) -> CivilDate? {
    guard let t = value(name) else { return nil }
    guard let d = CivilDate(parsing: t) else {
      throw .rule(
        "--\(name) \"\(t)\" is not a real date", hint: "give it as YYYY-MM-DD, e.g. 2026-03-31")
    }
    return d
  }

  /// Required date option `--name`.
  func date(_ name: String) throws(LedgerError) -> CivilDate {
    guard let d = try optionalDate(name) else { throw .usage("--\(name) YYYY-MM-DD is required") }
    return d
  }

  /// Option `--name` as one of an enumeration's values.
  func choice<T: RawRepresentable & CaseIterable>(_ text: String?, _ name: String, _: T.Type)
    throws(LedgerError) -> T? where T.RawValue == String
  {
    guard let text else { return nil }
    if let t = T(rawValue: text) { return t }
    let allowed = T.allCases.map(\.rawValue)
    let guess = Suggest.closest(to: text, among: allowed).map { "did you mean \($0)? " } ?? ""
    throw .usage(
      "\(name) \"\(text)\" is not one of the choices",
      hint: guess + "choose one of " + allowed.joined(separator: ", "))
  }

  /// Option `--name` as a `WHEN`: a date (end of day UTC) or an RFC 3339 time.
  func when(_ name: String) throws(LedgerError) -> Timestamp? {
    guard let t = value(name) else { return nil }
    guard let w = When.parse(t) else { throw When.problem(t, option: "--\(name)") }
    return w
  }
}
