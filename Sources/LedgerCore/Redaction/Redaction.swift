/// Redaction: the one exception to append-only (`Events/FORMAT.md`, "Redaction").
///
/// Named free-text members of one line's `data` become `"[redacted]"`; the line keeps its
/// `data_sha256`, `prev` and `hash`, and a later `payload.redacted` event says what was
/// removed, from which line, and why. These are pure functions; the write side rewrites the
/// file with what `redact` returns.
public enum Redaction {
  /// What a redacted member reads.
  public static let mark = "[redacted]"

  /// Redacts `members` of the line holding `line` (as it stands in the file now).
  ///
  /// `alreadyRedacted` holds the members earlier redactions of that line named. Returns the
  /// new bytes of the line (ending in `\n`) and the `payload.redacted` body to append, or the
  /// refusal by rule 12.
  public static func redact(
    _ line: RecordedEvent, members: [String], reason: String, alreadyRedacted: Set<String> = []
  ) throws(RuleRefusal) -> RedactedLine {
    let names = Array(Set(members)).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    if let problem = problem(
      line, members: names, alreadyRedacted: alreadyRedacted)
    {
      throw problem
    }
    guard !Text.isBlank(reason) else {
      throw RuleRefusal(rule: 12, "a redaction needs a reason that is not blank")
    }
    let data = redactedData(line.event.body.data, names)
    let body: EventBody
    do {
      body = try EventBody.decode(type: line.event.type, data: data)
    } catch {
      throw RuleRefusal(rule: 12, "the redacted line would not be valid: \(error.message)")
    }
    var event = line.event
    event.body = body
    let redacted = RecordedEvent(
      event: event, dataSHA256: line.dataSHA256, prev: line.prev, hash: line.hash)
    let details = RedactionDetails(
      seq: line.seq, dataSHA256: line.dataSHA256, members: names, reason: reason,
      redactedSHA256: Chain.dataDigest(data))
    return RedactedLine(
      line: redacted, bytes: LineCodec.encode(redacted), body: .payloadRedacted(details))
  }

  /// The refusal (rule 12) for redacting `members` of `line`, or nil if they may be redacted.
  public static func problem(
    _ line: RecordedEvent, members: [String], alreadyRedacted: Set<String>
  ) -> RuleRefusal? {
    let type = line.event.type
    if type == .payloadRedacted {
      return RuleRefusal(
        rule: 12, "event \(line.seq) is itself a redaction; its members cannot be redacted")
    }
    guard !members.isEmpty else {
      return RuleRefusal(rule: 12, "a redaction must name at least one member")
    }
    let data = line.event.body.data
    let allowed = type.freeTextMembers
    for name in members {
      guard allowed.contains(name) else {
        return RuleRefusal(
          rule: 12,
          "member \"\(name)\" of event \(line.seq) (\(type.rawValue)) is not free text; "
            + (allowed.isEmpty
              ? "it has no member that can be redacted"
              : "it can redact only " + allowed.joined(separator: ", ")))
      }
      guard data[name] != nil else {
        return RuleRefusal(
          rule: 12, "event \(line.seq) (\(type.rawValue)) has no member \"\(name)\"")
      }
      if alreadyRedacted.contains(name) {
        return RuleRefusal(
          rule: 12, "member \"\(name)\" of event \(line.seq) is already redacted")
      }
    }
    return nil
  }

  /// The refusal (rule 12) for the redaction `details`, recorded after `earlier` (the log
  /// before it, `earlier[i].seq == i + 1`), or nil if the writer would have accepted it.
  public static func problem(_ details: RedactionDetails, after earlier: [RecordedEvent])
    -> RuleRefusal?
  {
    problem(details, after: earlier[...])
  }

  /// The refusal (rule 12) for the redaction `details`, recorded after `earlier` (the log
  /// before it, from its first line), or nil: as `problem(_:after:)` for an array, without
  /// copying the prefix of a log into one.
  public static func problem(
    _ details: RedactionDetails, after earlier: ArraySlice<RecordedEvent>
  ) -> RuleRefusal? {
    problem(
      details, lines: earlier.count, line: { earlier[earlier.startIndex + $0 - 1] },
      alreadyRedacted: {
        var already = Set<String>()
        for e in earlier {
          if case .payloadRedacted(let r) = e.event.body, r.seq == details.seq {
            already.formUnion(r.members)
          }
        }
        return already
      })
  }

  /// The refusal (rule 12) for the redaction `details`, recorded after a log of `lines`
  /// lines, or nil. `line(seq)` gives the line with that `seq` (only the one named is asked
  /// for); `alreadyRedacted()` the members every earlier redaction of it named (asked for
  /// last, and only if every other check passes).
  static func problem(
    _ details: RedactionDetails, lines: Int, line: (Int) -> RecordedEvent,
    alreadyRedacted: () -> Set<String>
  ) -> RuleRefusal? {
    guard details.seq >= 1, details.seq <= lines else {
      return RuleRefusal(
        rule: 12, "there is no event \(details.seq) to redact; the log has \(lines) events")
    }
    let line = line(details.seq)
    guard line.dataSHA256 == details.dataSHA256 else {
      return RuleRefusal(
        rule: 12,
        "the redaction quotes data_sha256 \(details.dataSHA256.prefix(12))…, but event \(details.seq) has \(line.dataSHA256.prefix(12))…"
      )
    }
    return problem(line, members: details.members, alreadyRedacted: alreadyRedacted())
  }

  /// Why line `line`'s data (whose digest on the line is `actualDataSHA256`) is not
  /// accounted for by `redactions` (every `payload.redacted` naming it, oldest first), or nil
  /// if it is: unredacted and matching, or redacted exactly as the last redaction says.
  public static func mismatch(
    _ line: RecordedEvent, actualDataSHA256: String, redactions: [RedactionDetails]
  ) -> String? {
    guard let last = redactions.last else {
      guard actualDataSHA256 == line.dataSHA256 else {
        return "data_sha256 does not match data (stored \(line.dataSHA256.prefix(12))…, "
          + "computed \(actualDataSHA256.prefix(12))…) and no payload.redacted names this line: "
          + "the event's data was changed"
      }
      return nil
    }
    let data = line.event.body.data
    for r in redactions {
      for name in r.members where data[name] != .string(mark) {
        return
          "member \"data.\(name)\" was redacted by a payload.redacted but does not read \"\(mark)\""
      }
    }
    guard actualDataSHA256 == last.redactedSHA256 else {
      return
        "data does not match the redacted_sha256 of the last payload.redacted naming this line "
        + "(expected \(last.redactedSHA256.prefix(12))…, computed \(actualDataSHA256.prefix(12))…): "
        + "the event's data was changed after redaction"
    }
    return nil
  }

  private static func redactedData(_ data: JSONObject, _ names: [String]) -> JSONObject {
    JSONObject(
      data.members.map {
        names.contains($0.key) ? JSONMember(key: $0.key, value: .string(mark)) : $0
      })
  }
}

/// A line after redaction, and the event that records it.
public struct RedactedLine: Sendable {
  /// The event as the line now holds it (same `data_sha256`, `prev` and `hash`).
  public var line: RecordedEvent
  /// The line's new bytes, ending in `\n`.
  public var bytes: [UInt8]
  /// The `payload.redacted` body to append.
  public var body: EventBody
}
