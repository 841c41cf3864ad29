import Foundation

/// The input files a replay reads: a file itself, or every regular file under a directory,
/// in name order.
enum ReplayInputs {
  /// The files at `path`, sorted; empty if nothing is there.
  static func files(at path: String) -> [String] {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      return []
    }
    guard isDirectory.boolValue else { return [path] }
    let base = URL(fileURLWithPath: path)
    let names = (try? FileManager.default.subpathsOfDirectory(atPath: path)) ?? []
    return names.sorted().map { base.appendingPathComponent($0).path }.filter {
      var dir: ObjCBool = false
      return FileManager.default.fileExists(atPath: $0, isDirectory: &dir) && !dir.boolValue
    }
  }
}
