extension EventBody {
  /// Writes the event's `data` members into `sink`, keys in canonical order (ascending by
  /// UTF-8 bytes). The one description of what each event writes: `data` and the fast
  /// path's canonical bytes both come from it. A member whose value is absent (or an empty
  /// list the format omits) is not written.
  func writeData<Sink: DataSink>(to sink: inout Sink) {
    switch self {
    case .planCreated(let title, let authority, let previous):
      sink.put("authority", authority)
      if let previous {
        sink.put("previous") { inner in
          inner.put("hash", string: previous.hash)
          inner.put("seq", integer: previous.seq)
          inner.put("title", string: previous.title)
        }
      }
      sink.put("title", title)
    case .sourceAdded(let s):
      sink.put("date", s.date)
      sink.put("end_date", s.endDate)
      sink.put("grade", s.grade?.rawValue)
      sink.put("id", s.id)
      sink.put("published", s.published)
      sink.put("source_type", s.sourceType.rawValue)
      sink.put("title", s.title)
      sink.put("url", s.url)
    case .recommendationAdded(
      let id, let source, let text, let theme, let framework, let priority, let under):
      sink.put("framework", framework)
      sink.put("id", id)
      sink.put("priority", bool: priority)
      sink.put("source", source)
      sink.put("text", text)
      sink.put("theme", theme)
      sink.put("under", ids: under.isEmpty ? nil : under)
    case .recommendationAmended(let id, let text, let reason, let theme, let under, let priority):
      sink.put("id", id)
      if let priority { sink.put("priority", bool: priority) }
      sink.put("reason", reason)
      sink.put("text", text)
      sink.put("theme", theme)
      sink.put("under", ids: under)
    case .recommendationClosed(let id, let note), .actionProgress(let id, let note),
      .actionCompleted(let id, let note), .actionSignedOff(let id, let note),
      .actionImpact(let id, let note):
      sink.put("id", id)
      sink.put("note", note)
    case .recommendationReopened(let id, let reason), .actionReopened(let id, let reason),
      .actionWithdrawn(let id, let reason):
      sink.put("id", id)
      sink.put("reason", reason)
    case .actionAdded(let id, let recommendations, let title, let owner, let due, let under):
      sink.put("due", due)
      sink.put("id", id)
      sink.put("owner", owner)
      sink.put("recommendations", ids: recommendations.isEmpty ? nil : recommendations)
      sink.put("title", title)
      sink.put("under", ids: under.isEmpty ? nil : under)
    case .actionAmended(
      let id, let title, let owner, let due, let reason, let recommendations, let under):
      sink.put("due", due)
      sink.put("id", id)
      sink.put("owner", owner)
      sink.put("reason", reason)
      sink.put("recommendations", ids: recommendations)
      sink.put("title", title)
      sink.put("under", ids: under)
    case .actionRated(let id, let rag, let note):
      sink.put("id", id)
      sink.put("note", note)
      sink.put("rag", rag.rawValue)
    case .actionEvidence(let id, let note, let link):
      sink.put("id", id)
      sink.put("link", link)
      sink.put("note", note)
    case .actionDeferred(let id, let reason, let until):
      sink.put("id", id)
      sink.put("reason", reason)
      sink.put("until", until)
    case .boardMeeting(let date, let note, let attendees, let apologies):
      if !apologies.isEmpty { sink.put("apologies", strings: apologies) }
      if !attendees.isEmpty { sink.put("attendees", strings: attendees) }
      sink.put("date", date)
      sink.put("note", note)
    case .eventRetracted(let seq, let reason):
      sink.put("reason", reason)
      sink.put("seq", integer: seq)
    case .payloadRedacted(let r):
      sink.put("data_sha256", r.dataSHA256)
      sink.put("members", strings: r.members)
      sink.put("reason", r.reason)
      sink.put("redacted_sha256", r.redactedSHA256)
      sink.put("seq", integer: r.seq)
    default:
      writeVersion3Data(to: &sink)
    }
  }

  /// The members of the event types format version 3 added (issues 8 and 9).
  private func writeVersion3Data<Sink: DataSink>(to sink: inout Sink) {
    switch self {
    case .priorityAdded(let id, let title, let outcome):
      sink.put("id", id)
      sink.put("outcome", outcome)
      sink.put("title", title)
    case .priorityAmended(let id, let title, let outcome, let reason):
      sink.put("id", id)
      sink.put("outcome", outcome)
      sink.put("reason", reason)
      sink.put("title", title)
    case .measureAdded(let d):
      sink.put("baseline", d.baseline)
      sink.put("baseline_date", d.baselineDate)
      sink.put("direction", d.direction.rawValue)
      sink.put("id", d.id)
      sink.put("target", d.target)
      sink.put("target_date", d.targetDate)
      sink.put("title", d.title)
      sink.put("under", d.under)
      sink.put("unit", d.unit)
    case .measureRecorded(let id, let value, let date, let note):
      sink.put("date", date)
      sink.put("id", id)
      sink.put("note", note)
      sink.put("value", value)
    case .measureAmended(let a):
      sink.put("baseline", a.baseline)
      sink.put("baseline_date", a.baselineDate)
      sink.put("direction", a.direction?.rawValue)
      sink.put("id", a.id)
      sink.put("reason", a.reason)
      sink.put("target", a.target)
      sink.put("target_date", a.targetDate)
      sink.put("title", a.title)
      sink.put("unit", a.unit)
    case .sourceAmended(let a):
      sink.put("date", a.date)
      sink.put("end_date", a.endDate)
      sink.put("grade", a.grade?.rawValue)
      sink.put("id", a.id)
      sink.put("published", a.published)
      sink.put("reason", a.reason)
      sink.put("title", a.title)
      sink.put("url", a.url)
    case .planAmended(let title, let authority, let reason):
      sink.put("authority", authority)
      sink.put("reason", reason)
      sink.put("title", title)
    case .sourcePlanSent(let id, let date, let note):
      sink.put("date", date)
      sink.put("id", id)
      sink.put("note", note)
    case .planCarriedForward(let c):
      sink.put("items", strings: c.items)
      sink.put("to_hash", c.toHash)
      sink.put("to_ledger", c.toLedger)
      sink.put("to_seq", integer: c.toSeq)
      sink.put("to_title", c.toTitle)
    case .itemCarried(let id, let history):
      sink.put("history", integers: history)
      sink.put("id", id)
    default:
      preconditionFailure("writeData handles \(self) before version 3's types")
    }
  }

  /// Whether `data` is byte for byte the canonical `data` of this body: what the writer
  /// would put on the line.
  func writesData(exactly data: UnsafeRawBufferPointer) -> Bool {
    var matcher = CanonicalBytesMatcher(data)
    writeData(to: &matcher)
    return matcher.finish()
  }
}
