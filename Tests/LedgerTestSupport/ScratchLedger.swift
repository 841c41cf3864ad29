import Foundation

/// A fresh temporary folder holding one ledger path (the file itself is not created), removed
/// with everything in it when the value goes away.
public final class ScratchLedger: Sendable {
  /// The temporary folder.
  public let folder: URL
  /// The ledger's URL inside it.
  public let url: URL

  /// A new folder named after `label`, with the ledger `name` inside it.
  public init(_ label: String = "ledger-test", name: String = "plan.jsonl") throws {
    folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "\(label)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    url = folder.appendingPathComponent(name)
  }

  deinit { try? FileManager.default.removeItem(at: folder) }

  /// The ledger's path.
  public var path: String { url.path }

  /// The path of another file in the folder.
  public func file(_ name: String) -> String { folder.appendingPathComponent(name).path }

  /// The ledger's bytes now (empty if it does not exist).
  public func bytes() -> [UInt8] {
    (try? Data(contentsOf: url)).map { Array($0) } ?? []
  }
}
