#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads the text files the command line names (`--note-file` and its siblings).
public enum FileInput {
  /// The whole of `path`, or of standard input for `-`; a file that cannot be read is
  /// a refusal (exit 1) naming it and why.
  public static func read(_ path: String) throws(CLIError) -> [UInt8] {
    let fd = path == "-" ? 0 : open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else {
      throw .refused(
        "cannot read the file: \(String(cString: strerror(errno)))", file: path,
        hint: "check the path")
    }
    defer { if fd != 0 { close(fd) } }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65_536)
    while true {
      let n = buffer.withUnsafeMutableBytes { systemRead(fd, $0.baseAddress, $0.count) }
      if n < 0 {
        if errno == EINTR { continue }
        throw .refused(
          "cannot read the file: \(String(cString: strerror(errno)))",
          file: path == "-" ? "standard input" : path)
      }
      if n == 0 { return bytes }
      bytes += buffer[..<n]
    }
  }
}

#if canImport(Glibc)
  private let systemRead = Glibc.read
#elseif canImport(Darwin)
  private let systemRead = Darwin.read
#endif
