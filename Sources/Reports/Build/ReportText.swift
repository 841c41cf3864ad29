import AuditTrail
import LedgerCore

/// Plain-text forms shared by the builders and the renderers. Pure functions of their input:
/// no locale, no clock.
enum ReportText {
  static let monthNames = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
  ]

  /// `8 February 2022`.
  static func longDate(_ d: CivilDate) -> String {
    "\(d.day) \(monthNames[d.month - 1]) \(d.year)"
  }

  /// `Feb 2022`.
  static func monthLabel(_ d: CivilDate) -> String {
    "\(monthNames[d.month - 1].prefix(3)) \(d.year)"
  }

  /// `13 Feb`.
  static func dayMonth(_ d: CivilDate) -> String {
    "\(d.day) \(monthNames[d.month - 1].prefix(3))"
  }

  /// `the end of 28 February 2022 (UTC)` for the last instant of a day (what a plain date
  /// given to `--as-of` means), else `28 February 2022, 09:15:00 UTC` (with any fraction).
  static func instant(_ t: Timestamp) -> String {
    if t == Timestamp.endOfDay(t.date) { return "the end of \(longDate(t.date)) (UTC)" }
    let time = t.rfc3339.dropFirst(11).dropLast()
    return "\(longDate(t.date)), \(time) UTC"
  }

  /// `Amara Okafor, Principal Social Worker`.
  static func actor(_ a: Actor) -> String { "\(a.name), \(a.role)" }

  /// `Red`, `Amber`, `Green`, `Blue`, `Unrated`.
  static func rag(_ r: RAG?) -> String {
    guard let r else { return "Unrated" }
    return r.rawValue.prefix(1).uppercased() + r.rawValue.dropFirst()
  }

  /// `Open`, `Complete`, `Signed off`, `Deferred`, `Withdrawn`.
  static func status(_ s: ActionStatus) -> String {
    switch s {
    case .open: return "Open"
    case .complete: return "Complete"
    case .signedOff: return "Signed off"
    case .deferred: return "Deferred"
    case .withdrawn: return "Withdrawn"
    }
  }

  /// An action's status with its deferral date: `Deferred until 2022-06-30`.
  static func status(_ a: Action) -> String {
    if a.status == .deferred, let until = a.deferredUntil { return "Deferred until \(until)" }
    return status(a.status)
  }

  /// `1 day`, `59 days`.
  static func days(_ n: Int) -> String { n == 1 ? "1 day" : "\(n) days" }

  /// `once`, `twice`, `3 times`.
  static func times(_ n: Int) -> String {
    switch n {
    case 1: return "once"
    case 2: return "twice"
    default: return "\(n) times"
    }
  }

  /// A field of `FieldChange` for a reader.
  static func fieldLabel(_ field: String) -> String {
    switch field {
    case "rag": return "RAG"
    case "due": return "Due"
    case "status": return "Status"
    case "owner": return "Owner"
    case "title": return "Title"
    case "text": return "Wording"
    case "recommendations": return "Answers"
    case "deferred_until": return "Deferred until"
    case "latest_update": return "Latest update"
    case "theme": return "Theme"
    case "framework": return "Framework"
    case "priority": return "Area for priority action"
    case "source": return "Source"
    case "type": return "Type"
    case "date": return "Date"
    case "end_date": return "End date"
    case "published": return "Published"
    case "grade": return "Grade"
    case "url": return "Link"
    default: return field
    }
  }

  /// A field value for a reader: `unrated` for a RAG of none, `none` for other empty values.
  static func fieldValue(_ field: String, _ value: FieldValue) -> String {
    if field == "rag", value == .none { return "unrated" }
    return value.text(quoted: false)
  }

  /// A recommendation's standing in words: open or closed, priority, theme, framework tag.
  static func recommendationFlags(_ rec: Recommendation) -> String {
    var flags = [rec.status == .closed ? "closed by the board" : "open"]
    if rec.priority { flags.append("area for priority action") }
    if let t = rec.theme { flags.append("theme: " + t) }
    if let f = rec.framework { flags.append(f) }
    return flags.joined(separator: "; ")
  }

  /// A source for a heading: `Focused visit, 13 July 2021 (published 31 August 2021)`.
  static func sourceLine(_ s: Source) -> String {
    let d = s.details
    var line = "\(d.sourceType.displayName), \(longDate(d.date))"
    if let end = d.endDate, end != d.date { line += " to \(longDate(end))" }
    var extras: [String] = []
    if let p = d.published { extras.append("published \(longDate(p))") }
    if let g = d.grade { extras.append("judged \(g.displayName)") }
    if !extras.isEmpty { line += " (" + extras.joined(separator: "; ") + ")" }
    return line
  }

  /// Fixed-point decimal with one digit after the point, e.g. `12.5`, `-3.0`; the same on
  /// every machine (no locale, no `printf`).
  static func fixed(_ x: Double) -> String {
    let tenths = Int((x * 10).rounded())
    let magnitude = tenths.magnitude
    return (tenths < 0 ? "-" : "") + "\(magnitude / 10).\(magnitude % 10)"
  }
}
