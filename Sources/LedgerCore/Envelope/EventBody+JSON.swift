extension EventBody {
  /// The event's `data` object, members sorted (canonical order).
  public var data: JSONObject {
    var m: [(String, JSONValue)] = []
    func put(_ key: String, _ value: String?) { if let value { m.append((key, .string(value))) } }
    func put(_ key: String, _ value: CivilDate?) {
      if let value { m.append((key, .string(value.description))) }
    }
    func put(_ key: String, _ value: Numeral?) {
      if let value { m.append((key, .string(value.text))) }
    }
    func put(_ key: String, ids: [String]?) {
      if let ids { m.append((key, .array(ids.map { .string($0) }))) }
    }
    switch self {
    case .planCreated(let title, let authority, let previous):
      put("title", title)
      put("authority", authority)
      if let previous {
        m.append(
          (
            "previous",
            .object(
              JSONObject([
                JSONMember(key: "hash", value: .string(previous.hash)),
                JSONMember(key: "seq", value: .number(JSONNumber(previous.seq))),
                JSONMember(key: "title", value: .string(previous.title)),
              ]))
          ))
      }
    case .sourceAdded(let s):
      put("id", s.id)
      put("source_type", s.sourceType.rawValue)
      put("title", s.title)
      put("date", s.date)
      put("end_date", s.endDate)
      put("published", s.published)
      put("grade", s.grade?.rawValue)
      put("url", s.url)
    case .recommendationAdded(
      let id, let source, let text, let theme, let framework, let priority, let under):
      put("id", id)
      put("source", source)
      put("text", text)
      put("theme", theme)
      put("framework", framework)
      m.append(("priority", .bool(priority)))
      put("under", ids: under.isEmpty ? nil : under)
    case .recommendationAmended(let id, let text, let reason, let theme, let under, let priority):
      put("id", id)
      put("text", text)
      put("reason", reason)
      put("theme", theme)
      put("under", ids: under)
      if let priority { m.append(("priority", .bool(priority))) }
    case .recommendationClosed(let id, let note), .actionProgress(let id, let note),
      .actionCompleted(let id, let note), .actionSignedOff(let id, let note):
      put("id", id)
      put("note", note)
    case .recommendationReopened(let id, let reason), .actionReopened(let id, let reason),
      .actionWithdrawn(let id, let reason):
      put("id", id)
      put("reason", reason)
    case .actionAdded(let id, let recommendations, let title, let owner, let due, let under):
      put("id", id)
      put("recommendations", ids: recommendations.isEmpty ? nil : recommendations)
      put("title", title)
      put("owner", owner)
      put("due", due)
      put("under", ids: under.isEmpty ? nil : under)
    case .actionAmended(
      let id, let title, let owner, let due, let reason, let recommendations, let under):
      put("id", id)
      put("title", title)
      put("owner", owner)
      put("due", due)
      put("reason", reason)
      put("recommendations", ids: recommendations)
      put("under", ids: under)
    case .actionRated(let id, let rag, let note):
      put("id", id)
      put("rag", rag.rawValue)
      put("note", note)
    case .actionEvidence(let id, let note, let link):
      put("id", id)
      put("note", note)
      put("link", link)
    case .actionDeferred(let id, let reason, let until):
      put("id", id)
      put("reason", reason)
      put("until", until)
    case .boardMeeting(let date, let note, let attendees, let apologies):
      put("date", date)
      put("note", note)
      if !attendees.isEmpty { m.append(("attendees", .array(attendees.map { .string($0) }))) }
      if !apologies.isEmpty { m.append(("apologies", .array(apologies.map { .string($0) }))) }
    case .eventRetracted(let seq, let reason):
      m.append(("seq", .number(JSONNumber(seq))))
      put("reason", reason)
    case .payloadRedacted(let r):
      put("data_sha256", r.dataSHA256)
      m.append(("members", .array(r.members.map { .string($0) })))
      put("reason", r.reason)
      put("redacted_sha256", r.redactedSHA256)
      m.append(("seq", .number(JSONNumber(r.seq))))
    // Format version 3 (issue 8).
    case .priorityAdded(let id, let title, let outcome):
      put("id", id)
      put("title", title)
      put("outcome", outcome)
    case .priorityAmended(let id, let title, let outcome, let reason):
      put("id", id)
      put("title", title)
      put("outcome", outcome)
      put("reason", reason)
    case .measureAdded(let d):
      put("id", d.id)
      put("under", d.under)
      put("title", d.title)
      put("unit", d.unit)
      put("baseline", d.baseline)
      put("baseline_date", d.baselineDate)
      put("target", d.target)
      put("target_date", d.targetDate)
      put("direction", d.direction.rawValue)
    case .measureRecorded(let id, let value, let date, let note):
      put("id", id)
      put("value", value)
      put("date", date)
      put("note", note)
    case .measureAmended(let a):
      put("id", a.id)
      put("title", a.title)
      put("unit", a.unit)
      put("baseline", a.baseline)
      put("baseline_date", a.baselineDate)
      put("target", a.target)
      put("target_date", a.targetDate)
      put("direction", a.direction?.rawValue)
      put("reason", a.reason)
    case .actionImpact(let id, let note):
      put("id", id)
      put("note", note)
    case .sourceAmended(let a):
      put("id", a.id)
      put("title", a.title)
      put("date", a.date)
      put("end_date", a.endDate)
      put("published", a.published)
      put("grade", a.grade?.rawValue)
      put("url", a.url)
      put("reason", a.reason)
    case .planAmended(let title, let authority, let reason):
      put("title", title)
      put("authority", authority)
      put("reason", reason)
    // Format version 3: the annual cycle (issue 9).
    case .sourcePlanSent(let id, let date, let note):
      put("id", id)
      put("date", date)
      put("note", note)
    case .planCarriedForward(let c):
      put("to_title", c.toTitle)
      put("to_ledger", c.toLedger)
      m.append(("to_seq", .number(JSONNumber(c.toSeq))))
      put("to_hash", c.toHash)
      m.append(("items", .array(c.items.map { .string($0) })))
    case .itemCarried(let id, let history):
      put("id", id)
      m.append(("history", .array(history.map { .number(JSONNumber($0)) })))
    }
    m.sort { $0.0.utf8.lexicographicallyPrecedes($1.0.utf8) }
    return JSONObject(m.map { JSONMember(key: $0.0, value: $0.1) })
  }

  /// Reads the `data` object of an event of type `type`, strictly.
  static func decode(type: EventType, data: JSONObject) throws(LineProblem) -> EventBody {
    var r = MemberReader(data, context: "data")
    let body: EventBody
    switch type {
    case .planCreated:
      body = .planCreated(
        title: try r.text("title"), authority: try r.text("authority"),
        previous: try r.optionalPreviousPlan("previous"))
    case .sourceAdded:
      body = .sourceAdded(
        SourceDetails(
          id: try r.identifier("id"), sourceType: try r.oneOf("source_type", SourceType.self),
          title: try r.text("title"), date: try r.date("date"),
          endDate: try r.optionalDate("end_date"),
          published: try r.optionalDate("published"),
          grade: try r.optionalOneOf("grade", Grade.self),
          url: try r.optionalText("url")))
    case .recommendationAdded:
      body = .recommendationAdded(
        id: try r.identifier("id"), source: try r.identifier("source"), text: try r.text("text"),
        theme: try r.optionalText("theme"), framework: try r.optionalText("framework"),
        priority: try r.bool("priority"), under: try r.optionalIdentifierList("under") ?? [])
    case .recommendationAmended:
      let id = try r.identifier("id")
      let text = try r.optionalText("text")
      let theme = try r.optionalText("theme")
      let under = try r.optionalIdentifierList("under", allowEmpty: true)
      let priority = try r.optionalBool("priority")
      guard text != nil || theme != nil || under != nil || priority != nil else {
        throw LineProblem(
          "recommendation.amended must change at least one of text, theme, under, priority")
      }
      body = .recommendationAmended(
        id: id, text: text, reason: try r.text("reason"), theme: theme, under: under,
        priority: priority)
    case .recommendationClosed:
      body = .recommendationClosed(id: try r.identifier("id"), note: try r.text("note"))
    case .recommendationReopened:
      body = .recommendationReopened(id: try r.identifier("id"), reason: try r.text("reason"))
    case .actionAdded:
      let id = try r.identifier("id")
      let recommendations = try r.optionalIdentifierList("recommendations")
      let under = try r.optionalIdentifierList("under")
      guard recommendations != nil || under != nil else {
        throw LineProblem(
          "action.added must have \"recommendations\" or \"under\": an action answers a "
            + "recommendation or sits under a priority")
      }
      body = .actionAdded(
        id: id, recommendations: recommendations ?? [], title: try r.text("title"),
        owner: try r.text("owner"), due: try r.date("due"), under: under ?? [])
    case .actionAmended:
      let id = try r.identifier("id")
      let title = try r.optionalText("title")
      let owner = try r.optionalText("owner")
      let due = try r.optionalDate("due")
      let recommendations = try r.optionalIdentifierList("recommendations", allowEmpty: true)
      let under = try r.optionalIdentifierList("under", allowEmpty: true)
      guard title != nil || owner != nil || due != nil || recommendations != nil || under != nil
      else {
        throw LineProblem(
          "action.amended must change at least one of title, owner, due, recommendations, under")
      }
      body = .actionAmended(
        id: id, title: title, owner: owner, due: due, reason: try r.text("reason"),
        recommendations: recommendations, under: under)
    case .actionRated:
      // "blue" reads here; rule 10 refuses it (blue comes only from action.completed).
      body = .actionRated(
        id: try r.identifier("id"), rag: try r.oneOf("rag", RAG.self), note: try r.text("note"))
    case .actionProgress:
      body = .actionProgress(id: try r.identifier("id"), note: try r.text("note"))
    case .actionEvidence:
      body = .actionEvidence(
        id: try r.identifier("id"), note: try r.text("note"), link: try r.optionalText("link"))
    case .actionCompleted:
      body = .actionCompleted(id: try r.identifier("id"), note: try r.text("note"))
    case .actionSignedOff:
      body = .actionSignedOff(id: try r.identifier("id"), note: try r.text("note"))
    case .actionReopened:
      body = .actionReopened(id: try r.identifier("id"), reason: try r.text("reason"))
    case .actionDeferred:
      body = .actionDeferred(
        id: try r.identifier("id"), reason: try r.text("reason"), until: try r.optionalDate("until")
      )
    case .actionWithdrawn:
      body = .actionWithdrawn(id: try r.identifier("id"), reason: try r.text("reason"))
    case .boardMeeting:
      body = .boardMeeting(
        date: try r.date("date"), note: try r.optionalText("note"),
        attendees: try r.optionalTextList("attendees"),
        apologies: try r.optionalTextList("apologies"))
    case .eventRetracted:
      body = .eventRetracted(seq: try r.integer("seq"), reason: try r.text("reason"))
    case .payloadRedacted:
      body = .payloadRedacted(
        RedactionDetails(
          seq: try r.integer("seq"), dataSHA256: try r.hex("data_sha256"),
          members: try r.memberNames("members"), reason: try r.text("reason"),
          redactedSHA256: try r.hex("redacted_sha256")))
    default:
      body = try decodeVersion3(type: type, &r)
    }
    try r.finish()
    return body
  }
}

extension EventBody {
  /// Reads the `data` of an event type introduced in format version 3 (issue 8).
  fileprivate static func decodeVersion3(type: EventType, _ r: inout MemberReader)
    throws(LineProblem) -> EventBody
  {
    func atLeastOne(_ given: Bool, _ names: String) throws(LineProblem) {
      guard given else {
        throw LineProblem("\(type.rawValue) must change at least one of \(names)")
      }
    }
    switch type {
    case .priorityAdded:
      return .priorityAdded(
        id: try r.identifier("id"), title: try r.text("title"),
        outcome: try r.optionalText("outcome"))
    case .priorityAmended:
      let id = try r.identifier("id")
      let title = try r.optionalText("title")
      let outcome = try r.optionalText("outcome")
      try atLeastOne(title != nil || outcome != nil, "title, outcome")
      return .priorityAmended(id: id, title: title, outcome: outcome, reason: try r.text("reason"))
    case .measureAdded:
      return .measureAdded(
        MeasureDetails(
          id: try r.identifier("id"), under: try r.identifier("under"),
          title: try r.text("title"), unit: try r.text("unit"),
          baseline: try r.numeral("baseline"), baselineDate: try r.date("baseline_date"),
          target: try r.numeral("target"), targetDate: try r.date("target_date"),
          direction: try r.oneOf("direction", Direction.self)))
    case .measureRecorded:
      return .measureRecorded(
        id: try r.identifier("id"), value: try r.numeral("value"), date: try r.date("date"),
        note: try r.text("note"))
    case .measureAmended:
      let a = MeasureAmendment(
        id: try r.identifier("id"), title: try r.optionalText("title"),
        unit: try r.optionalText("unit"), baseline: try r.optionalNumeral("baseline"),
        baselineDate: try r.optionalDate("baseline_date"),
        target: try r.optionalNumeral("target"), targetDate: try r.optionalDate("target_date"),
        direction: try r.optionalOneOf("direction", Direction.self), reason: try r.text("reason"))
      try atLeastOne(
        !a.isEmpty, "title, unit, baseline, baseline_date, target, target_date, direction")
      return .measureAmended(a)
    case .actionImpact:
      return .actionImpact(id: try r.identifier("id"), note: try r.text("note"))
    case .sourceAmended:
      let a = SourceAmendment(
        id: try r.identifier("id"), title: try r.optionalText("title"),
        date: try r.optionalDate("date"), endDate: try r.optionalDate("end_date"),
        published: try r.optionalDate("published"),
        grade: try r.optionalOneOf("grade", Grade.self), url: try r.optionalText("url"),
        reason: try r.text("reason"))
      try atLeastOne(!a.isEmpty, "title, date, end_date, published, grade, url")
      return .sourceAmended(a)
    case .sourcePlanSent:
      return .sourcePlanSent(
        id: try r.identifier("id"), date: try r.date("date"), note: try r.optionalText("note"))
    case .planCarriedForward:
      return .planCarriedForward(
        CarryForwardDetails(
          toTitle: try r.text("to_title"), toLedger: try r.optionalText("to_ledger"),
          toSeq: try r.integer("to_seq"), toHash: try r.hex("to_hash"),
          items: try r.optionalIdentifierList("items", allowEmpty: true) ?? []))
    case .itemCarried:
      return .itemCarried(id: try r.identifier("id"), history: try r.seqList("history"))
    case .planAmended:
      let title = try r.optionalText("title")
      let authority = try r.optionalText("authority")
      try atLeastOne(title != nil || authority != nil, "title, authority")
      return .planAmended(title: title, authority: authority, reason: try r.text("reason"))
    default:
      throw LineProblem("no reader for event type \(type.rawValue)")
    }
  }
}
