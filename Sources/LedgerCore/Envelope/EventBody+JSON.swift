extension EventBody {
  /// The event's `data` object, members sorted (canonical order).
  public var data: JSONObject {
    var m: [(String, JSONValue)] = []
    func put(_ key: String, _ value: String?) { if let value { m.append((key, .string(value))) } }
    func put(_ key: String, _ value: CivilDate?) {
      if let value { m.append((key, .string(value.description))) }
    }
    switch self {
    case .planCreated(let title, let authority):
      put("title", title)
      put("authority", authority)
    case .sourceAdded(let s):
      put("id", s.id)
      put("source_type", s.sourceType.rawValue)
      put("title", s.title)
      put("date", s.date)
      put("end_date", s.endDate)
      put("published", s.published)
      put("grade", s.grade?.rawValue)
      put("url", s.url)
    case .recommendationAdded(let id, let source, let text, let theme, let framework, let priority):
      put("id", id)
      put("source", source)
      put("text", text)
      put("theme", theme)
      put("framework", framework)
      m.append(("priority", .bool(priority)))
    case .recommendationAmended(let id, let text, let reason):
      put("id", id)
      put("text", text)
      put("reason", reason)
    case .recommendationClosed(let id, let note), .actionProgress(let id, let note),
      .actionCompleted(let id, let note), .actionSignedOff(let id, let note):
      put("id", id)
      put("note", note)
    case .recommendationReopened(let id, let reason), .actionReopened(let id, let reason),
      .actionWithdrawn(let id, let reason):
      put("id", id)
      put("reason", reason)
    case .actionAdded(let id, let recommendations, let title, let owner, let due):
      put("id", id)
      m.append(("recommendations", .array(recommendations.map { .string($0) })))
      put("title", title)
      put("owner", owner)
      put("due", due)
    case .actionAmended(let id, let title, let owner, let due, let reason):
      put("id", id)
      put("title", title)
      put("owner", owner)
      put("due", due)
      put("reason", reason)
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
    case .boardMeeting(let date, let note):
      put("date", date)
      put("note", note)
    case .eventRetracted(let seq, let reason):
      m.append(("seq", .number(JSONNumber(seq))))
      put("reason", reason)
    case .payloadRedacted(let r):
      put("data_sha256", r.dataSHA256)
      m.append(("members", .array(r.members.map { .string($0) })))
      put("reason", r.reason)
      put("redacted_sha256", r.redactedSHA256)
      m.append(("seq", .number(JSONNumber(r.seq))))
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
      body = .planCreated(title: try r.text("title"), authority: try r.text("authority"))
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
        priority: try r.bool("priority"))
    case .recommendationAmended:
      body = .recommendationAmended(
        id: try r.identifier("id"), text: try r.text("text"), reason: try r.text("reason"))
    case .recommendationClosed:
      body = .recommendationClosed(id: try r.identifier("id"), note: try r.text("note"))
    case .recommendationReopened:
      body = .recommendationReopened(id: try r.identifier("id"), reason: try r.text("reason"))
    case .actionAdded:
      body = .actionAdded(
        id: try r.identifier("id"), recommendations: try r.identifierList("recommendations"),
        title: try r.text("title"), owner: try r.text("owner"), due: try r.date("due"))
    case .actionAmended:
      let id = try r.identifier("id")
      let title = try r.optionalText("title")
      let owner = try r.optionalText("owner")
      let due = try r.optionalDate("due")
      guard title != nil || owner != nil || due != nil else {
        throw LineProblem("action.amended must change at least one of title, owner, due")
      }
      body = .actionAmended(
        id: id, title: title, owner: owner, due: due, reason: try r.text("reason"))
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
      body = .boardMeeting(date: try r.date("date"), note: try r.optionalText("note"))
    case .eventRetracted:
      body = .eventRetracted(seq: try r.integer("seq"), reason: try r.text("reason"))
    case .payloadRedacted:
      body = .payloadRedacted(
        RedactionDetails(
          seq: try r.integer("seq"), dataSHA256: try r.hex("data_sha256"),
          members: try r.memberNames("members"), reason: try r.text("reason"),
          redactedSHA256: try r.hex("redacted_sha256")))
    }
    try r.finish()
    return body
  }
}
