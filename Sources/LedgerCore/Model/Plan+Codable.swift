// The plan's building blocks as `Codable`: the reference form of a folded plan, which the
// checkpoint's binary snapshot (`Snapshot/`) is tested against field by field. Structs declare
// `Codable` where they are declared (synthesis needs that), so a field added to `Plan` or its
// items appears here automatically; the vocabulary enums use their raw values, dates and
// instants their exact parts.

extension EventType: Codable {}
extension SourceType: Codable {}
extension Grade: Codable {}
extension RAG: Codable {}
extension RecommendationStatus: Codable {}
extension ActionStatus: Codable {}
extension Direction: Codable {}
extension Track: Codable {}

extension Numeral: Codable {
  /// Reads the numeral's string, exactly as entered; anything but a decimal numeral is refused.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    guard let numeral = Numeral(parsing: text) else {
      throw DecodingError.dataCorruptedError(
        in: container, debugDescription: Numeral.problem(text) ?? "not a decimal numeral")
    }
    self = numeral
  }

  /// Writes the numeral as the string it was entered as (never through a binary float).
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(text)
  }
}

extension CivilDate: Codable {
  /// Reads a `YYYY-MM-DD` string.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    guard let date = CivilDate(parsing: text) else {
      throw DecodingError.dataCorruptedError(
        in: container, debugDescription: "\"\(text)\" is not a YYYY-MM-DD date")
    }
    self = date
  }

  /// Writes the date as `YYYY-MM-DD`.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }
}

extension Timestamp: Codable {
  /// Reads `[seconds, nanoseconds]`.
  public init(from decoder: any Decoder) throws {
    var container = try decoder.unkeyedContainer()
    let seconds = try container.decode(Int64.self)
    let nanoseconds = try container.decode(Int32.self)
    guard (0..<1_000_000_000).contains(nanoseconds) else {
      throw DecodingError.dataCorruptedError(
        in: container, debugDescription: "nanoseconds \(nanoseconds) out of range")
    }
    self.init(seconds: seconds, nanoseconds: nanoseconds)
  }

  /// Writes `[seconds, nanoseconds]`, exactly.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.unkeyedContainer()
    try container.encode(seconds)
    try container.encode(nanoseconds)
  }
}
