@_spi(FastPath) import LedgerCore
import StrictJSON

/// The properties the fuzzer holds the strict JSON reader and the line decoder to.
///
/// Not crashing is the least of it: a parse error must be a thrown error naming an offset inside
/// the input, anything the reader accepts must survive being written and read back unchanged, and
/// anything the line decoder accepts must be what the writer writes. Each check returns a
/// description of the first property that failed, or `nil`; only the fuzz entry point traps.
enum FuzzCheck {
  /// Runs every check on `input`; the first property that failed, or `nil`.
  static func violation(in input: UnsafeRawBufferPointer) -> String? {
    if let problem = json(input) { return "JSONParser: \(problem)" }
    if let problem = line(input) { return "LineCodec: \(problem)" }
    if let problem = fastPath(input) { return "LineCodec fast path: \(problem)" }
    return nil
  }

  /// The fast line decoder, without and with verification, never accepts a line the strict
  /// decoder refuses and reads every line it accepts exactly as the strict decoder does.
  static func fastPath(_ input: UnsafeRawBufferPointer) -> String? {
    for verify in [false, true] {
      if let disagreement = FastPathCheck(input, verify: verify).disagreement {
        return "\(disagreement) (verify: \(verify))"
      }
    }
    return nil
  }

  /// `JSONParser.parse`: errors stay inside the input; every writer's form reads back as the
  /// same value; the canonical form is a fixed point.
  static func json(_ input: UnsafeRawBufferPointer) -> String? {
    let value: JSONValue
    do {
      value = try JSONParser.parse(input)
    } catch {
      guard error.offset >= 0, error.offset <= input.count else {
        return "error offset \(error.offset) is outside the \(input.count)-byte input"
      }
      return error.message.isEmpty ? "an error with an empty message" : nil
    }
    let canonical = JSONWriter.canonical(value)
    guard let again = try? JSONParser.parse(canonical) else {
      return "the canonical form of an accepted value does not parse"
    }
    guard again == value else { return "the canonical form reads back as a different value" }
    guard JSONWriter.canonical(again) == canonical else {
      return "the canonical form is not a fixed point"
    }
    guard (try? JSONParser.parse(JSONWriter.compact(value))) == value else {
      return "the compact form does not read back as the same value"
    }
    guard (try? JSONParser.parse(JSONWriter.pretty(value))) == value else {
      return "the pretty form does not read back as the same value"
    }
    return nil
  }

  /// `LineCodec.decode`, without and with verification: a decoded line is valid JSON, the
  /// writer's form of it decodes and is a fixed point, verification only ever narrows, and,
  /// once the decoder insists on canonical lines, a decoded line is byte for byte the writer's.
  static func line(_ input: UnsafeRawBufferPointer) -> String? {
    guard let recorded = try? LineCodec.decode(input, verify: false) else {
      if (try? LineCodec.decode(input, verify: true)) != nil {
        return "a line refused without verification decodes with it"
      }
      return nil
    }
    if (try? JSONParser.parse(input)) == nil { return "a line that is not valid JSON decodes" }
    let written = LineCodec.encode(recorded)
    guard written.last == 0x0A, written.dropLast().firstIndex(of: 0x0A) == nil else {
      return "the writer's line is not one line ending in a newline"
    }
    let reread: RecordedEvent
    do {
      reread = try written.withUnsafeBytes {
        try LineCodec.decode(UnsafeRawBufferPointer(rebasing: $0.dropLast()), verify: false)
      }
    } catch {
      return "the writer's form of a decoded line does not decode: \(error)"
    }
    guard LineCodec.encode(reread) == written else {
      return "the writer's form of a decoded line is not a fixed point"
    }
    if linesAreCanonical, !input.elementsEqual(written.dropLast()) {
      return "a line that is not the writer's serialisation decodes"
    }
    guard let verified = try? LineCodec.decode(input, verify: true) else { return nil }
    guard verified == recorded else { return "verification changed the decoded event" }
    let writtenVerifies = written.withUnsafeBytes {
      (try? LineCodec.decode(UnsafeRawBufferPointer(rebasing: $0.dropLast()), verify: true)) != nil
    }
    return writtenVerifies ? nil : "the writer's form of a verified line does not verify"
  }

  /// Whether this build's decoder refuses lines that are not the writer's serialisation.
  ///
  /// Probed once with a valid line and the same line with one space added: the stricter
  /// property is checked only once the decoder is meant to hold it, so the fuzzer does not stop
  /// on a known gap before the canonical-line checks land.
  static let linesAreCanonical: Bool = {
    let valid = Array(probeLine.utf8)
    let padded = Array("{ ".utf8) + valid.dropFirst()
    let validDecodes = valid.withUnsafeBytes { (try? LineCodec.decode($0, verify: true)) != nil }
    let paddedDecodes = padded.withUnsafeBytes { (try? LineCodec.decode($0, verify: true)) != nil }
    return validDecodes && !paddedDecodes
  }()

  /// The first line of `Events/examples/lewisham-focused-visit.jsonl`.
  static let probeLine =
    #"{"v":1,"seq":1,"type":"plan.created","recorded":"2021-09-06T09:00:00Z","actor":{"name":"Amara Okafor","role":"Principal Social Worker"},"data":{"authority":"London Borough of Lewisham","title":"Focused visit improvement plan 2021–22"},"data_sha256":"8df10d78d03cb20d6f3e10a3cc0f68b2410fd4dc0b0a260a3bfaa3b983af447d","prev":"0000000000000000000000000000000000000000000000000000000000000000","hash":"0b3e17dbeef8c0816a6e012882d97585011dbd107b5df77a5a9fe56de15fe120"}"#
}
