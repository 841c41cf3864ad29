import LedgerCore
import LedgerWrite

extension Recorder {
  /// Redacts `members` of event `seq` for `reason`: the one exception to append-only
  /// (`Events/FORMAT.md`, "Redaction").
  ///
  /// Under the exclusive lock it reads the whole file and verifies it (refusing a file that
  /// does not verify), checks the request (rule 12), then replaces the file by a copy in which
  /// line `seq`'s named members read `"[redacted]"` and a `payload.redacted` event follows the
  /// last line; every other line is byte-identical. A refusal leaves the file unchanged. A torn
  /// tail is set aside first, as by every write.
  public func redact(seq: Int, members: [String], reason: String, actor: Actor)
    throws(LedgerError) -> RedactionReceipt
  {
    do {
      return try rewrite(seq: seq, members: members, reason: reason, actor: actor)
    } catch {
      var located = error
      if located.file == nil { located.file = path }
      throw located
    }
  }

  private func rewrite(seq: Int, members: [String], reason: String, actor: Actor)
    throws(LedgerError) -> RedactionReceipt
  {
    let file = try LedgerFile.openLocked(path, create: false, wait: wait, onWaiting: onWaiting)
    let contents = try file.read(verify: true)
    let events = contents.events
    guard let last = events.last else {
      throw .rule(
        "\(path) holds no plan yet", hint: "create one with 'ledger init --title … --authority …'")
    }
    guard seq >= 1, seq <= events.count else {
      throw .rule(
        "there is no event \(seq) to redact; the ledger has \(events.count) events",
        hint: "find the seq with 'ledger history'")
    }
    let replay = Replay(events)
    let target = events[seq - 1]
    let already = Set((replay.redactions()[seq] ?? []).flatMap(\.details.members))
    let redacted: RedactedLine
    do {
      redacted = try Redaction.redact(
        target, members: members, reason: reason, alreadyRedacted: already)
    } catch {
      throw .rule(
        error.message,
        hint: error.hint
          ?? "nothing was changed; see 'ledger redact --help' for what can be redacted")
    }
    let instant = Timestamp(seconds: now().seconds)
    try checkClock(instant, real: Timestamp(seconds: realClock().seconds), last: last)
    let event = Event(
      seq: events.count + 1, recorded: instant, effective: nil, actor: actor, body: redacted.body)
    if let problem = Rules.check(event, against: replay.plan()) { throw problem.error }
    let sealed = Chain.seal(event, prev: last.hash)

    var sideFile: String?
    if let torn = contents.tornTail {
      sideFile = try file.setAsideTornTail(
        torn, wholeLineBytes: contents.wholeLineBytes, now: instant)
    }
    // The checkpoint holds the plan's words, the text being removed among them: delete it
    // before the rewrite, so no copy survives even a crash; the next write rebuilds it.
    Checkpoint.remove(at: Checkpoint.path(forLedger: file.realPath))
    let expected = events.count + 1
    let removedLeftovers = try file.rewrite(
      line: seq, as: redacted.bytes, appending: LineCodec.encode(sealed),
      wholeLineBytes: contents.wholeLineBytes
    ) { (copy: LedgerContents) throws(LedgerError) in
      guard copy.events.count == expected, copy.tornTail == nil,
        copy.events.last?.hash == sealed.hash
      else {
        throw LedgerError(
          .io, "the new copy did not read back as written; nothing was changed", file: path)
      }
    }
    // Where else the removed text may still be: side files of torn tails (never deleted). A
    // torn tail is cut off anywhere, so it may hold only the start of a value: look for that.
    let removed = redacted.removedValues(from: target)
    let needles = removed.flatMap {
      [Array($0.utf8.prefix(Self.fragment)), Array(Self.escaped($0).prefix(Self.fragment))]
    }
    return RedactionReceipt(
      event: sealed, redactedLine: redacted.line, tornTailMovedTo: sideFile,
      tornTail: contents.tornTail, removedLeftovers: removedLeftovers,
      sideFilesHoldingText: LedgerDirectory.sideFiles(of: path, containing: needles))
  }

  /// How many leading bytes of a removed value are looked for in side files.
  static let fragment = 8

  /// `text` as it stands inside a JSON string on a line.
  static func escaped(_ text: String) -> [UInt8] {
    var bytes: [UInt8] = []
    JSONWriter.compact(.string(text), into: &bytes)
    return Array(bytes.dropFirst().dropLast())
  }
}

extension RedactedLine {
  /// The string values the redaction removed from `original`.
  func removedValues(from original: RecordedEvent) -> [String] {
    guard case .payloadRedacted(let details) = body else { return [] }
    return details.members.compactMap {
      if case .string(let text)? = original.event.body.data[$0] { return text }
      return nil
    }
  }
}

/// What a redaction did.
public struct RedactionReceipt: Sendable {
  /// The `payload.redacted` event appended.
  public var event: RecordedEvent
  /// The redacted line as it now reads.
  public var redactedLine: RecordedEvent
  /// Where a torn tail was moved to, if there was one.
  public var tornTailMovedTo: String?
  /// The torn tail that was moved, if any.
  public var tornTail: TornTail?
  /// Copies left beside the ledger by an earlier redaction that was cut off, now removed.
  public var removedLeftovers: [String]
  /// Torn-tail side files beside the ledger that hold the removed text (left as they are).
  public var sideFilesHoldingText: [String]
}
