import LedgerCore

extension YearReview {
  /// The review as a document: summary, then per group what was progressed, carried forward,
  /// deferred and withdrawn, then the meetings with attendance and apologies.
  public var document: Document {
    var d = Document()
    d.blocks.append(.heading(1, "\(title) — review \(from) to \(to)"))
    d.blocks.append(.paragraph(authority))
    d.blocks.append(.heading(2, "Summary"))
    d.blocks.append(.paragraph(summary))
    if let carriedTo {
      d.blocks.append(.paragraph("Unfinished work was carried forward to “\(carriedTo)”."))
    }
    d.blocks.append(.heading(2, "Progress by \(groupedBy)"))
    for g in groups {
      d.blocks.append(.heading(3, groupedBy == "theme" ? g.title : "\(g.title) [\(g.id)]"))
      let parts: [(String, [ReviewEntry])] = [
        ("Progressed", g.progressed), ("Carried forward", g.carriedForward),
        ("Deferred", g.deferred), ("Withdrawn", g.withdrawn),
      ]
      var any = false
      for (name, entries) in parts where !entries.isEmpty {
        any = true
        d.blocks.append(.paragraph("\(name):"))
        d.blocks.append(.list(entries.map(Self.line)))
      }
      if !any { d.blocks.append(.paragraph("No actions in this period.")) }
    }
    d.blocks.append(.heading(2, "Meetings and attendance"))
    if meetings.isEmpty {
      d.blocks.append(.paragraph("The board did not meet in this period."))
    } else {
      d.blocks.append(
        .paragraph(
          "The board met \(meetings.count == 1 ? "once" : "\(Self.words(meetings.count)) times") in the period."
        ))
      d.blocks.append(
        .list(
          meetings.map { m in
            var line = "\(m.date)" + (m.note.map { " — \($0)" } ?? "")
            line +=
              ". Attended: "
              + (m.attendees.isEmpty ? "not recorded" : m.attendees.joined(separator: "; "))
            line +=
              ". Apologies: "
              + (m.apologies.isEmpty ? "none recorded" : m.apologies.joined(separator: "; "))
            return line + "."
          }))
    }
    return d
  }

  /// `A1.2 Daily triage — Head of Service: <detail> (until 2021-09-30)`.
  static func line(_ e: ReviewEntry) -> String {
    var s = "\(e.id) \(e.title) — \(e.owner)"
    if let detail = e.detail { s += ": \(detail)" }
    if let until = e.until { s += " (until \(until))" }
    return s
  }

  /// The JSON of seed 000's review: `progressed`, `carried_forward`, `deferred`, `withdrawn`
  /// (action IDs), `meetings` (`date`, `attendees`, `apologies`, `note`), and the same per
  /// priority under `priorities` (or `themes`, or `sources`).
  public var json: JSONValue {
    func ids(_ entries: [ReviewEntry]) -> JSONValue { .array(entries.map { .string($0.id) }) }
    func lists(_ pick: ((ReviewGroup) -> [ReviewEntry]) -> [ReviewEntry]) -> [(String, JSONValue)] {
      [
        ("progressed", ids(pick(\.progressed))), ("carried_forward", ids(pick(\.carriedForward))),
        ("deferred", ids(pick(\.deferred))), ("withdrawn", ids(pick(\.withdrawn))),
      ]
    }
    let groupsJSON = groups.map { g in
      JSONValue.members(
        [("id", .string(g.id)), ("title", .string(g.title))] + lists { $0(g) })
    }
    let meetingsJSON = meetings.map { m in
      JSONValue.members([
        ("date", .string(m.date.description)),
        ("attendees", .array(m.attendees.map { .string($0) })),
        ("apologies", .array(m.apologies.map { .string($0) })),
        ("note", m.note.map { .string($0) } ?? .null),
      ])
    }
    return JSONValue.members(
      [
        ("title", .string(title)), ("authority", .string(authority)),
        ("from", .string(from.description)), ("to", .string(to.description)),
        ("summary", .string(summary)),
      ] + lists { all($0) } + [
        ("meetings", .array(meetingsJSON)),
        (
          groupedBy == "priority" ? "priorities" : groupedBy == "theme" ? "themes" : "sources",
          .array(groupsJSON)
        ),
      ])
  }
}
