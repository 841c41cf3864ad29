import LedgerCore

extension Deadline {
  /// One line for a terminal or a paper, e.g.
  /// `ILACS23  action plan to Ofsted  due Wed 16 Aug 2023 — 12 working days left`.
  public var text: String {
    var line = "\(source)  \(kind.rawValue)  due \(Self.long(due)) — "
    switch status {
    case .due:
      let left = workingDaysLeft ?? 0
      line += left == 0 ? "due today" : "\(left) working day\(left == 1 ? "" : "s") left"
    case .met:
      line += "met: sent \(Self.long(sent ?? due))" + (late ? ", after the due date" : "")
    case .overdue:
      line += "OVERDUE: not sent"
    }
    return line
  }

  /// `Wed 16 Aug 2023`.
  static func long(_ date: CivilDate) -> String {
    let days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    let months = [
      "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ]
    return "\(days[date.weekday - 1]) \(date.day) \(months[date.month - 1]) \(date.year)"
  }
}
