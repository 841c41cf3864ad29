#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The process's surroundings for the executable: its environment, its output streams and
/// its exit.
public enum Terminal {
  /// An output stream.
  public enum Stream: Int32, Sendable {
    /// File descriptor 1.
    case standardOutput = 1
    /// File descriptor 2.
    case standardError = 2
  }

  /// The process environment.
  public static func environment() -> [String: String] {
    var result: [String: String] = [:]
    var pointer = environ
    while let entry = pointer.pointee {
      let pair = String(cString: entry)
      if let eq = pair.firstIndex(of: "=") {
        result[String(pair[..<eq])] = String(pair[pair.index(after: eq)...])
      }
      pointer += 1
    }
    return result
  }

  /// Writes each line, followed by a newline, to `stream`.
  public static func write(_ lines: [String], to stream: Stream) {
    guard !lines.isEmpty else { return }
    write(bytes: Array(lines.map { $0 + "\n" }.joined().utf8), to: stream)
  }

  /// Writes `bytes` as they are to `stream` (a piece of a streamed output).
  public static func write(bytes: [UInt8], to stream: Stream) {
    var done = 0
    while done < bytes.count {
      let n = bytes.withUnsafeBytes { raw in
        systemWrite(stream.rawValue, raw.baseAddress.map { $0 + done }, raw.count - done)
      }
      if n < 0, errno == EINTR { continue }
      if n <= 0 { break }
      done += n
    }
  }

  /// Ends the process with `code`.
  public static func exit(_ code: Int32) -> Never {
    systemExit(code)
  }
}

#if canImport(Glibc)
  private let systemWrite = Glibc.write
  private let systemExit = Glibc.exit
#elseif canImport(Darwin)
  private let systemWrite = Darwin.write
  private let systemExit = Darwin.exit
#endif
