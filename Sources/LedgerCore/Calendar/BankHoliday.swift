/// One bank holiday in England and Wales: a day on which the statutory clock does not run.
public struct BankHoliday: Hashable, Sendable {
  /// The day.
  public let date: CivilDate
  /// Its name as gov.uk gives it, e.g. "Easter Monday" or "Christmas Day (substitute day)".
  public let name: String

  /// Creates a bank holiday.
  public init(date: CivilDate, name: String) {
    self.date = date
    self.name = name
  }
}
