import LedgerCore

extension BoardReportModel {
  /// The section titles, shared by the Markdown and HTML forms.
  enum Titles {
    static let summary = "Summary"
    static let achievements = "Key achievements"
    static let exceptions = "Exceptions: red, amber and overdue actions"
    static let trend = "The plan over time"
    static let moved = "Due dates moved"
    static let awaiting = "Completed, awaiting sign-off"
    static let plan = "Recommendations and what we have done so far"
    static let appendix = "Appendix: the inspector’s view"
    static let check = "Checking this paper against the ledger"
  }

  /// Whether the plan's items are aims rather than recommendations: it has sources or
  /// priorities, and no source is an Ofsted visit or inspection (a service or business plan).
  var usesAims: Bool { !hasOfstedSource && !(sources.isEmpty && priorities.isEmpty) }

  /// `recommendations`, or `aims` for a service or business plan.
  var itemsWord: String { usesAims ? "aims" : "recommendations" }

  /// The title of the plan section: by priority when the plan has priorities, in the words
  /// that fit its sources.
  var planTitle: String {
    switch (priorities.isEmpty, usesAims) {
    case (true, false): return Titles.plan
    case (true, true): return "Aims and what we have done so far"
    case (false, false): return "Priorities, recommendations and what we have done so far"
    case (false, true): return "Priorities, aims and what we have done so far"
    }
  }

  /// `Members are asked to:`, the line before the cover's asks.
  static let askedTo = "Members are asked to:"

  /// The cover's lines as label and value (committee, author, purpose), user text unescaped.
  var coverFacts: [(label: String, value: String)] {
    guard let cover else { return [] }
    var facts: [(String, String)] = []
    if let c = cover.committee { facts.append(("Committee", c)) }
    if let a = cover.author { facts.append(("Report author", a)) }
    facts.append(("Purpose", cover.purpose.heading))
    return facts
  }

  /// The sentence that opens the key achievements.
  var achievementsLead: String {
    let n = achievements.count
    return n == 0
      ? "No action was completed or signed off \(window.phrase)."
      : (n == 1 ? "1 action was" : "\(n) actions were") + " completed or signed off "
        + window.phrase + ", with what was done."
  }

  /// The sentence that opens the exceptions.
  var exceptionsLead: String {
    guard !exceptions.isEmpty else {
      return "No action is rated red or amber, and none is overdue."
    }
    return "Actions rated red or amber, with the reason given for the rating, and any other "
      + "action past its due date on \(today): red first, then amber, then overdue."
  }

  /// An action's RAG reason as shown: the reason for its current rating, if any.
  static func ragReason(_ a: Action) -> String { a.ragNote ?? "" }

  /// The due date with its standing: `2022-01-31, overdue by 28 days`, `2022-03-31, deferred
  /// until 2022-06-30`.
  static func dueStanding(_ l: ActionLine) -> String {
    var s = "\(l.action.due)"
    if l.action.status == .deferred, let until = l.action.deferredUntil {
      s += ", deferred until \(until)"
    }
    if let d = l.daysOverdue { s += ", overdue by " + ReportText.days(d) }
    return s
  }

  /// The title of the changes section: `Changes since the board meeting of 8 February 2022`.
  var changesTitle: String { "Changes " + window.phrase }

  /// The key figures, one plain sentence each (numbers only, no user text).
  var keyFacts: [String] {
    var facts: [String] = []
    if let previousPlan {
      facts.append(
        "Carried forward from a previous ledger at its seq \(previousPlan.seq) (hash "
          + "\(previousPlan.hash.prefix(16))…): the earlier history of "
          + (carriedItems == 1 ? "the 1 carried item" : "the \(carriedItems) carried items")
          + " is in that ledger, and 'ledger verify --previous' with that file proves this one continues it."
      )
    }
    facts.append(
      overdue.isEmpty
        ? "No action is overdue."
        : overdue.count == 1
          ? "1 action is overdue." : "\(overdue.count) actions are overdue.")
    let moves = moved.reduce(0) { $0 + $1.action.dueChanges.count }
    if !moved.isEmpty {
      facts.append(
        (moved.count == 1
          ? "1 action has had its due date moved"
          : "\(moved.count) actions have had their due dates moved")
          + " (\(moves == 1 ? "1 move" : "\(moves) moves") in all).")
    }
    facts.append(
      awaitingSignOff.isEmpty
        ? "No completed action is awaiting sign-off."
        : awaitingSignOff.count == 1
          ? "1 action is complete and awaiting sign-off."
          : "\(awaitingSignOff.count) actions are complete and awaiting sign-off.")
    let total = openRecommendations + closedRecommendations
    // A service or business plan's items are aims under priorities, not Ofsted's findings: its
    // paper does not speak of recommendations it never had.
    let noun = usesAims ? "aim" : "recommendation"
    if total == 0 {
      if !usesAims { facts.append("No recommendations are recorded yet.") }
    } else {
      facts.append(
        "\(openRecommendations) of \(total) \(noun)\(total == 1 ? " is" : "s are") open"
          + (closedRecommendations > 0
            ? "; \(closedRecommendations) closed by the board." : "."))
    }
    let n = changeCount
    facts.append(
      (n == 0 ? "No events" : n == 1 ? "1 event" : "\(n) events") + " recorded "
        + window.phrase + ".")
    return facts
  }

  /// `events 52 to 54`, `no events`: the window as `seq` numbers.
  var windowSeqs: String {
    guard window.to > window.from else { return "no events" }
    return window.to == window.from + 1
      ? "event \(window.to)" : "events \(window.from + 1) to \(window.to)"
  }

  /// `s` as one word for a POSIX shell: bare when it is plain, else in single quotes.
  static func shellQuoted(_ s: String) -> String {
    let plain =
      !s.isEmpty
      && s.unicodeScalars.allSatisfy {
        ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)))
          || "-_./:".unicodeScalars.contains($0)
      }
    if plain { return s }
    var out = "'"
    for c in s.unicodeScalars { out += c == "'" ? "'\\''" : String(c) }
    return out + "'"
  }

  /// The command that reproduces this report byte for byte.
  func reproduceCommand(format: String) -> String {
    var parts = ["ledger", "report", "--as-of", asOf.rfc3339]
    switch window.start {
    case .instant(let t): parts += ["--since", t.rfc3339]
    case .meeting, .planStart: parts.append("--since-last-meeting")
    }
    parts += ["--format", format]
    if appendix == nil { parts.append("--no-appendix") }
    if let cover {
      let q = Self.shellQuoted
      if let c = cover.committee { parts += ["--committee", q(c)] }
      if let a = cover.author { parts += ["--author", q(a)] }
      parts += ["--purpose", cover.purpose.rawValue]
      if cover.asks != [Cover.noteTheReport] { parts += cover.asks.flatMap { ["--ask", q($0)] } }
    }
    return parts.joined(separator: " ")
  }
}
