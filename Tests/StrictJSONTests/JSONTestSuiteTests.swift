import Foundation
import StrictJSON
import Testing

/// The files of nst/JSONTestSuite's `test_parsing`, copied into this target's fixtures.
enum JSONTestSuite {
  static let directory: URL = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!
    .appendingPathComponent("JSONTestSuite")

  static func names(_ prefix: String) -> [String] {
    let all = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
    return all.filter { $0.hasPrefix(prefix) && $0.hasSuffix(".json") }.sorted()
  }

  static func bytes(_ name: String) throws -> [UInt8] {
    [UInt8](try Data(contentsOf: directory.appendingPathComponent(name)))
  }

  /// The two `y_` cases this parser rejects on purpose: RFC 8259 only says keys SHOULD be
  /// unique, so the suite accepts `{"a":"b","a":"c"}`, but the ledger's reader must not.
  static let duplicateKeyCases: Set<String> = [
    "y_object_duplicated_key.json", "y_object_duplicated_key_and_value.json",
  ]

  /// What this strict parser does with the implementation-defined `i_` cases: the numbers are
  /// valid syntax (their lexemes are kept exactly) and 500 levels is within the 512 limit;
  /// every other `i_` case is invalid UTF-8, UTF-16, a byte order mark or a lone surrogate.
  static func strictlyAccepted(_ name: String) -> Bool {
    name.hasPrefix("i_number_") || name == "i_structure_500_nested_arrays.json"
  }
}

@Suite("JSONTestSuite")
struct JSONTestSuiteTests {
  @Test func fixturesArePresent() {
    #expect(JSONTestSuite.names("y_").count == 95)
    #expect(JSONTestSuite.names("n_").count == 188)
    #expect(JSONTestSuite.names("i_").count == 35)
  }

  @Test("y_ cases parse", arguments: JSONTestSuite.names("y_"))
  func accepts(_ name: String) throws {
    let bytes = try JSONTestSuite.bytes(name)
    if JSONTestSuite.duplicateKeyCases.contains(name) {
      let error = #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(bytes) }
      #expect(error?.message == "duplicate key \"a\"")
    } else {
      #expect(throws: Never.self) { try JSONParser.parse(bytes) }
    }
  }

  @Test("n_ cases are rejected", arguments: JSONTestSuite.names("n_"))
  func rejects(_ name: String) throws {
    let bytes = try JSONTestSuite.bytes(name)
    let error = #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(bytes) }
    if let error {
      #expect(error.offset >= 0 && error.offset <= bytes.count)
      #expect(!error.message.isEmpty)
    }
  }

  @Test("i_ cases do not crash, and follow the strict policy", arguments: JSONTestSuite.names("i_"))
  func implementationDefined(_ name: String) throws {
    let bytes = try JSONTestSuite.bytes(name)
    let accepted: Bool
    do {
      _ = try JSONParser.parse(bytes)
      accepted = true
    } catch {
      accepted = false
    }
    #expect(accepted == JSONTestSuite.strictlyAccepted(name))
  }

  @Test func acceptedCasesRoundTripThroughTheWriter() throws {
    for name in JSONTestSuite.names("y_") + JSONTestSuite.names("i_")
    where JSONTestSuite.strictlyAccepted(name)
      || name.hasPrefix("y_") && !JSONTestSuite.duplicateKeyCases.contains(name)
    {
      let value = try JSONParser.parse(try JSONTestSuite.bytes(name))
      #expect(try JSONParser.parse(JSONWriter.compact(value)) == value, "\(name)")
      #expect(try JSONParser.parse(JSONWriter.canonical(value)) == value, "\(name)")
      #expect(try JSONParser.parse(JSONWriter.pretty(value)) == value, "\(name)")
    }
  }
}
