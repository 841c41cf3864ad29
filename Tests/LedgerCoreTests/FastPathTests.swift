import Foundation
@_spi(FastPath) import LedgerCore
import LedgerTestSupport
import Testing

/// The fast line decoder is only a shortcut: on every line it either declines (and the strict
/// decoder, with its messages, decides) or returns exactly what the strict decoder returns.
/// It must never accept a line the strict decoder refuses.
@Suite("Fast line decoding agrees with the strict decoder")
struct FastPathTests {
  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// The lines of a file, without their `\n` (a torn tail included as a line).
  static func lines(of file: URL) throws -> [[UInt8]] {
    let bytes = [UInt8](try Data(contentsOf: file))
    return bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
  }

  static let examples: [URL] = {
    let folder = repository.appendingPathComponent("Events/examples")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasSuffix(".jsonl") }.sorted().map {
      folder.appendingPathComponent($0)
    }
  }()

  /// Both ways, without and with verification; records any disagreement against `what`.
  @discardableResult
  static func check(_ line: [UInt8], _ what: @autoclosure () -> String) -> [FastPathCheck] {
    [false, true].map { verify in
      let check = line.withUnsafeBytes { FastPathCheck($0, verify: verify) }
      if let disagreement = check.disagreement {
        Issue.record(
          "\(what()) (verify: \(verify)): \(disagreement)\n\(String(decoding: line, as: UTF8.self))"
        )
      }
      return check
    }
  }

  @Test("every line of every example ledger is read the fast way, the same as strictly")
  func examplesTakeTheFastPath() throws {
    #expect(Self.examples.count >= 5)
    var lines = 0
    for file in Self.examples {
      for (k, line) in try Self.lines(of: file).enumerated() where !line.isEmpty {
        for check in Self.check(line, "\(file.lastPathComponent) line \(k + 1)") {
          #expect(check.strictAccepted, "\(file.lastPathComponent) line \(k + 1)")
          #expect(
            check.fastAccepted, "\(file.lastPathComponent) line \(k + 1) missed the fast path")
        }
        lines += 1
      }
    }
    #expect(lines > 100)
  }

  @Test("the differential suite's crafted cases and mutations: never accepted only the fast way")
  func differentialCases() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("fastpath-cases-\(UInt32.random(in: 0...UInt32.max))")
    defer { try? FileManager.default.removeItem(at: folder) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [
      "python3", Self.repository.appendingPathComponent("Tools/tests/ledger_cases.py").path,
      folder.path, "--seed", "20261126", "--mutations", "400",
    ]
    try process.run()
    process.waitUntilExit()
    try #require(process.terminationStatus == 0, "ledger_cases.py failed")
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".jsonl") }.sorted()
    #expect(files.count > 500)
    var fast = 0
    var strictOnly = 0
    var refused = 0
    // The cases share most of their lines: each distinct line is checked once.
    var seen = Set<[UInt8]>()
    for name in files {
      for (k, line) in try Self.lines(of: folder.appendingPathComponent(name)).enumerated()
      where seen.insert(line).inserted {
        for check in Self.check(line, "\(name) line \(k + 1)") {
          if check.fastAccepted {
            fast += 1
          } else if check.strictAccepted {
            strictOnly += 1
          } else {
            refused += 1
          }
        }
      }
    }
    // The cases exercise both the shortcut and the refusals.
    #expect(fast > 500)
    #expect(refused > 1_000)
    #expect(strictOnly == 0, "valid lines the fast path declined: \(strictOnly)")
  }

  /// Bytes that matter to the canonical spelling, put in at random places.
  static let tokens: [[UInt8]] =
    [
      "\\", "\"", "\\\"", "\\\\", "\\/", "\\u0041", "\\u001f", "\\u001F", "\\u000a", "\\u0008",
      "\\n", "\\b", "\\u00e9", "\\ud800", "\\ud83d\\ude00", "0", "00", "-", "+", "1", "9", ".0",
      "e1", " ", "\t", "\r", ",", ":", "{", "}", "[", "]", "{}", "null", "true", "A", "a", "F",
      "\u{7F}", "é", "\u{2028}", "😀",
    ].map { Array($0.utf8) } + [
      [0x00], [0x1F], [0x80], [0xC0, 0x80], [0xC3], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80],
      [0xEF, 0xBB, 0xBF], [0xFF],
    ]

  /// One random change: a byte replaced, deleted or inserted, a token put in or over, a cut.
  static func mutate(_ line: [UInt8], _ rng: inout SeededRandom) -> [UInt8] {
    var out = line
    let at = Int.random(in: 0..<line.count, using: &rng)
    switch Int.random(in: 0..<7, using: &rng) {
    case 0: out[at] = UInt8.random(in: 0...255, using: &rng)
    case 1: out[at] = UInt8.random(in: 0x20...0x7E, using: &rng)
    case 2: out.remove(at: at)
    case 3: out.insert(UInt8.random(in: 0x20...0x7E, using: &rng), at: at)
    case 4: out.insert(contentsOf: tokens.randomElement(using: &rng)!, at: at)
    case 5:
      let token = tokens.randomElement(using: &rng)!
      out.replaceSubrange(at..<min(out.count, at + token.count), with: token)
    default: out.removeSubrange(at...)
    }
    return out
  }

  /// `LEDGER_FASTPATH_SEED` and `LEDGER_FASTPATH_ROUNDS` replay another seed or run longer.
  @Test("random mutations of valid lines: the fast path never accepts more, nor reads otherwise")
  func randomMutations() throws {
    let environment = ProcessInfo.processInfo.environment
    let seed = environment["LEDGER_FASTPATH_SEED"].flatMap { UInt64($0) } ?? 0x00fa_571e
    let rounds = environment["LEDGER_FASTPATH_ROUNDS"].flatMap { Int($0) } ?? 20_000
    var rng = SeededRandom(seed: seed)
    var valid: [[UInt8]] = []
    for file in Self.examples {
      valid += try Self.lines(of: file).filter { !$0.isEmpty }
    }
    var fastAccepted = 0
    var fastDeclined = 0
    for round in 0..<rounds {
      var line = valid.randomElement(using: &rng)!
      for _ in 0...Int.random(in: 0..<3, using: &rng) where !line.isEmpty {
        line = Self.mutate(line, &rng)
      }
      for check in Self.check(line, "mutation \(round)") {
        if check.fastAccepted { fastAccepted += 1 } else { fastDeclined += 1 }
      }
    }
    // Many mutants still decode (a changed letter in a note, without verification).
    #expect(fastAccepted > rounds / 20)
    #expect(fastDeclined > rounds / 4)
  }

  @Test(
    "a canonical line with escapes and non-ASCII text reads the same both ways",
    arguments: [
      "Amara \\\"Mara\\\" Okafor", "Tab\\there", "Back\\\\slash", "Ctl\\u001f\\u0000x",
      "Zoë Ñúñez", "Line\\nbreak\\r\\b\\f", "emoji 😀 and \u{2028}", "slash / and \u{7F}",
    ])
  func escapedActorNames(name: String) throws {
    let valid = try Self.lines(of: Self.examples[0])[0]
    let text = String(decoding: valid, as: UTF8.self)
    let start = try #require(text.range(of: #""name":""#)).upperBound
    let end = try #require(text[start...].firstIndex(of: "\""))
    let line = Array((text[..<start] + name + text[end...]).utf8)
    for check in Self.check(line, "name \(name)") {
      #expect(check.strictAccepted == check.fastAccepted)
    }
    // Without verification (the hash no longer matches), both read it.
    let unverified = line.withUnsafeBytes { FastPathCheck($0, verify: false) }
    #expect(unverified.fastAccepted && unverified.strictAccepted)
  }
}
