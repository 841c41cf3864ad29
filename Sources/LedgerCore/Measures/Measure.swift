/// A measure as it stands: what it tracks, its baseline and target, and every value recorded.
public struct Measure: Hashable, Sendable, Codable {
  /// What was recorded about it (as last amended).
  public var details: MeasureDetails
  /// Every value recorded, in the order recorded.
  public var values: [MeasureValue] = []
  /// The `seq` that added it.
  public var addedSeq: Int
  /// The `seq` of the last event that changed it.
  public var lastChangedSeq: Int

  /// Creates a measure with `values`.
  public init(
    details: MeasureDetails, values: [MeasureValue] = [], addedSeq: Int, lastChangedSeq: Int
  ) {
    self.details = details
    self.values = values
    self.addedSeq = addedSeq
    self.lastChangedSeq = lastChangedSeq
  }

  /// The measure's ID.
  public var id: String { details.id }

  /// The values by date, oldest first (values of the same date in the order recorded).
  public var valuesByDate: [MeasureValue] {
    values.enumerated().sorted { x, y in
      x.element.date != y.element.date ? x.element.date < y.element.date : x.offset < y.offset
    }.map(\.element)
  }

  /// The value of the latest date (the last recorded, for a tie), or nil if none.
  public var latest: MeasureValue? { valuesByDate.last }

  /// Where it stands on `date`, or nil with no values: `met` if the latest value reaches the
  /// target; `offTrack` if the target date has passed without it, or the latest value is no
  /// better than the baseline; otherwise `onTrack`. Comparisons only, never a float.
  public func track(on date: CivilDate) -> Track? {
    guard let latest else { return nil }
    let d = details
    if !d.direction.isBetter(d.target, than: latest.value) { return .met }
    if d.targetDate < date { return .offTrack }
    return d.direction.isBetter(latest.value, than: d.baseline) ? .onTrack : .offTrack
  }
}

/// One recorded value of a measure.
public struct MeasureValue: Hashable, Sendable, Codable {
  /// The value, exactly as entered.
  public var value: Numeral
  /// The date it was measured.
  public var date: CivilDate
  /// Where the figure comes from.
  public var note: String
  /// The `seq` that recorded it.
  public var seq: Int

  /// Creates a value.
  public init(value: Numeral, date: CivilDate, note: String, seq: Int) {
    self.value = value
    self.date = date
    self.note = note
    self.seq = seq
  }
}
