import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A `ledger` run started in the background, so a test can act while it runs (release a lock)
/// and stop it if it hangs instead of hanging the suite.
final class SpawnedLedger: @unchecked Sendable {
  private let process = Process()
  private let group = DispatchGroup()
  private var outData = Data()
  private var errData = Data()

  /// Starts `ledger ARGS` with the test environment (no LEDGER_* unless given).
  init(_ arguments: [String], environment: [String: String] = [:]) throws {
    process.executableURL = LedgerProcess.binary
    process.arguments = arguments
    var env = ProcessInfo.processInfo.environment
    for key in ["LEDGER_FILE", "LEDGER_ACTOR", "LEDGER_ROLE", "LEDGER_NOW"] { env[key] = nil }
    env.merge(environment) { $1 }
    process.environment = env
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    group.enter()
    DispatchQueue.global().async {
      self.errData = err.fileHandleForReading.readDataToEndOfFile()
      self.group.leave()
    }
    group.enter()
    DispatchQueue.global().async {
      self.outData = out.fileHandleForReading.readDataToEndOfFile()
      self.group.leave()
    }
  }

  /// Its process id.
  var pid: Int32 { process.processIdentifier }

  /// Waits up to `seconds` for it to exit; kills it and returns nil if it is still running.
  func finish(within seconds: Double) -> LedgerProcess.Result? {
    let deadline = Date().addingTimeInterval(seconds)
    while process.isRunning, Date() < deadline { usleep(20_000) }
    if process.isRunning {
      kill(process.processIdentifier, SIGKILL)
      process.waitUntilExit()
      group.wait()
      return nil
    }
    process.waitUntilExit()
    group.wait()
    return LedgerProcess.Result(
      status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData, as: UTF8.self))
  }

  /// Runs `ledger ARGS` and waits at most `seconds`; nil if it had to be killed.
  static func run(
    _ arguments: [String], environment: [String: String] = [:], within seconds: Double = 30
  ) throws -> LedgerProcess.Result? {
    try SpawnedLedger(arguments, environment: environment).finish(within: seconds)
  }
}

/// A `flock` held by the test process on its own open file description, as another process's
/// lock would be.
final class HeldLock {
  private var fd: Int32

  /// Takes an exclusive (or shared) lock on `path`.
  init(_ path: String, exclusive: Bool = true) throws {
    fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { throw CocoaError(.fileReadNoPermission) }
    guard flock(fd, exclusive ? LOCK_EX : LOCK_SH) == 0 else {
      close(fd)
      throw CocoaError(.fileLocking)
    }
  }

  /// Lets go of the lock.
  func release() {
    guard fd >= 0 else { return }
    close(fd)
    fd = -1
  }

  deinit { release() }
}
