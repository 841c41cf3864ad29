#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The folder a ledger lives in: the files the tool makes beside it (torn-tail side files,
/// a redaction's new copy), found by name.
public enum LedgerDirectory {
  /// The folder and the file name of `path` (`.` for a bare name).
  public static func split(_ path: String) -> (directory: String, name: String) {
    guard let slash = path.lastIndex(of: "/") else { return (".", path) }
    let directory = slash == path.startIndex ? "/" : String(path[..<slash])
    return (directory, String(path[path.index(after: slash)...]))
  }

  /// The names of the entries of `directory` that start with `prefix`, sorted.
  public static func names(in directory: String, startingWith prefix: String) -> [String] {
    guard let dir = opendir(directory) else { return [] }
    defer { closedir(dir) }
    var found: [String] = []
    while let entry = readdir(dir) {
      let name = withUnsafePointer(to: entry.pointee.d_name) {
        $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
      }
      if name.hasPrefix(prefix) { found.append(name) }
    }
    return found.sorted()
  }

  /// The torn-tail side files beside the ledger at `path` (symlinks resolved) whose bytes
  /// contain any of `needles`, e.g. text a redaction removed. Files the tool never deletes.
  public static func sideFiles(of path: String, containing needles: [[UInt8]]) -> [String] {
    let (directory, name) = split(RegularFile.resolved(path))
    let wanted = needles.filter { !$0.isEmpty }
    guard !wanted.isEmpty else { return [] }
    return names(in: directory, startingWith: name + ".torn-").map { directory + "/" + $0 }
      .filter { side in
        guard let bytes = contents(side) else { return false }
        return wanted.contains { contains(bytes, $0) }
      }
  }

  /// A regular file's bytes, or nil if it cannot be read.
  static func contents(_ path: String) -> [UInt8]? {
    guard let fd = try? RegularFile.openForReading(path) else { return nil }
    defer { close(fd) }
    guard let size = try? RegularFile.size(fd, path: path) else { return nil }
    var bytes = [UInt8](repeating: 0, count: size)
    var done = 0
    while done < size {
      let n = bytes.withUnsafeMutableBytes {
        pread(fd, $0.baseAddress! + done, size - done, off_t(done))
      }
      if n < 0, errno == EINTR { continue }
      if n <= 0 { break }
      done += n
    }
    return Array(bytes[0..<done])
  }

  private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
    guard let first = needle.first, needle.count <= haystack.count else { return false }
    var i = 0
    let last = haystack.count - needle.count
    while i <= last {
      if haystack[i] == first, haystack[i..<(i + needle.count)].elementsEqual(needle) {
        return true
      }
      i += 1
    }
    return false
  }
}
