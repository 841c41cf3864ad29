/// The data of a `measure.added` event (format version 3): how the council will know it has
/// made a difference.
public struct MeasureDetails: Hashable, Sendable, Codable {
  /// The measure's ID (the one namespace of every item).
  public var id: String
  /// The priority it sits under.
  public var under: String
  /// What is measured, e.g. "Care leavers in education, employment or training".
  public var title: String
  /// The unit, e.g. "%" or "children per social worker".
  public var unit: String
  /// The starting value.
  public var baseline: Numeral
  /// When the baseline was measured.
  public var baselineDate: CivilDate
  /// The value aimed for.
  public var target: Numeral
  /// When the target should be reached.
  public var targetDate: CivilDate
  /// Which way is better.
  public var direction: Direction

  /// Creates measure details.
  public init(
    id: String, under: String, title: String, unit: String, baseline: Numeral,
    baselineDate: CivilDate, target: Numeral, targetDate: CivilDate, direction: Direction
  ) {
    self.id = id
    self.under = under
    self.title = title
    self.unit = unit
    self.baseline = baseline
    self.baselineDate = baselineDate
    self.target = target
    self.targetDate = targetDate
    self.direction = direction
  }
}

/// The data of a `measure.amended` event (format version 3): the fields given change.
public struct MeasureAmendment: Hashable, Sendable {
  /// The measure's ID.
  public var id: String
  /// A new title.
  public var title: String?
  /// A new unit.
  public var unit: String?
  /// A new baseline.
  public var baseline: Numeral?
  /// A new baseline date.
  public var baselineDate: CivilDate?
  /// A new target.
  public var target: Numeral?
  /// A new target date.
  public var targetDate: CivilDate?
  /// A new direction.
  public var direction: Direction?
  /// Why.
  public var reason: String

  /// Creates an amendment.
  public init(
    id: String, title: String? = nil, unit: String? = nil, baseline: Numeral? = nil,
    baselineDate: CivilDate? = nil, target: Numeral? = nil, targetDate: CivilDate? = nil,
    direction: Direction? = nil, reason: String
  ) {
    self.id = id
    self.title = title
    self.unit = unit
    self.baseline = baseline
    self.baselineDate = baselineDate
    self.target = target
    self.targetDate = targetDate
    self.direction = direction
    self.reason = reason
  }

  /// Whether it changes nothing at all (no field given).
  public var isEmpty: Bool {
    title == nil && unit == nil && baseline == nil && baselineDate == nil && target == nil
      && targetDate == nil && direction == nil
  }
}

/// The data of a `source.amended` event (format version 3): corrects a source.
public struct SourceAmendment: Hashable, Sendable {
  /// The source's ID.
  public var id: String
  /// A new title.
  public var title: String?
  /// A new date.
  public var date: CivilDate?
  /// A new end date.
  public var endDate: CivilDate?
  /// A new publication date.
  public var published: CivilDate?
  /// A new judgement.
  public var grade: Grade?
  /// A new URL.
  public var url: String?
  /// Why.
  public var reason: String

  /// Creates an amendment.
  public init(
    id: String, title: String? = nil, date: CivilDate? = nil, endDate: CivilDate? = nil,
    published: CivilDate? = nil, grade: Grade? = nil, url: String? = nil, reason: String
  ) {
    self.id = id
    self.title = title
    self.date = date
    self.endDate = endDate
    self.published = published
    self.grade = grade
    self.url = url
    self.reason = reason
  }

  /// Whether no field is given.
  public var isEmpty: Bool {
    title == nil && date == nil && endDate == nil && published == nil && grade == nil
      && url == nil
  }

  /// `details` with this amendment applied.
  public func applied(to details: SourceDetails) -> SourceDetails {
    var d = details
    if let title { d.title = title }
    if let date { d.date = date }
    if let endDate { d.endDate = endDate }
    if let published { d.published = published }
    if let grade { d.grade = grade }
    if let url { d.url = url }
    return d
  }
}
