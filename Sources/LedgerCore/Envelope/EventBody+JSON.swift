extension EventBody {
  /// The event's `data` object, members sorted (canonical order).
  public var data: JSONObject {
    var sink = JSONObjectSink()
    writeData(to: &sink)
    return sink.object
  }

  /// Reads the `data` object of an event of type `type`, strictly.
  static func decode<Source: MemberSource>(type: EventType, data: Source) throws(LineProblem)
    -> EventBody
  {
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
  fileprivate static func decodeVersion3<Source: MemberSource>(
    type: EventType, _ r: inout MemberReader<Source>
  )
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
