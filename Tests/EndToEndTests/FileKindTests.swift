import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A command on a path that is not a ledger file, and what the refusal calls it.
struct NotAFile: CustomTestStringConvertible, Sendable {
  var command: [String]
  var path: String
  var kind: String
  var testDescription: String { "\(command.joined(separator: " ")) --ledger \(path)" }
}

@Suite("Only regular files are ledgers")
struct FileKindTests {
  static let initCommand = [
    "init", "--title", "P", "--authority", "C", "--actor", "A", "--role", "R",
  ]

  /// Runs a command that must be refused at once (killed after 30 s if it hangs instead).
  static func expectRefused(
    _ command: [String], path: String, kind: String,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let result = try SpawnedLedger.run(command + ["--ledger", path], within: 30)
    guard let result else {
      Issue.record("hung on \(kind) \(path)", sourceLocation: sourceLocation)
      return
    }
    #expect(result.status == 1, "\(result.stderr)", sourceLocation: sourceLocation)
    #expect(
      result.stderr.contains("\(path): this is \(kind), not a ledger file"), "\(result.stderr)",
      sourceLocation: sourceLocation)
    #expect(result.stdout.isEmpty, sourceLocation: sourceLocation)
  }

  @Test(
    "devices are refused at once, before any read",
    arguments: [
      NotAFile(command: ["status"], path: "/dev/zero", kind: "a character device"),
      NotAFile(command: initCommand, path: "/dev/full", kind: "a character device"),
      NotAFile(command: ["verify"], path: "/dev/zero", kind: "a character device"),
    ])
  func devices(_ target: NotAFile) throws {
    try Self.expectRefused(target.command, path: target.path, kind: target.kind)
  }

  @Test("a directory is refused by readers and by init", arguments: [["status"], initCommand])
  func directory(_ command: [String]) throws {
    let s = try Scratch()
    try Self.expectRefused(command, path: s.folder.path, kind: "a directory")
  }

  @Test("a FIFO is refused without hanging", arguments: [["status"], initCommand])
  func fifo(_ command: [String]) throws {
    let s = try Scratch()
    let path = s.folder.appendingPathComponent("pipe").path
    #expect(mkfifo(path, 0o644) == 0)
    try Self.expectRefused(command, path: path, kind: "a FIFO (named pipe)")
  }

  @Test("a socket is refused", arguments: [["status"], initCommand])
  func socketFile(_ command: [String]) throws {
    let s = try Scratch()
    let path = s.folder.appendingPathComponent("sock").path
    let fd = Self.bindSocket(at: path)
    defer { if fd >= 0 { close(fd) } }
    #expect(fd >= 0, "could not make a socket at \(path)")
    try Self.expectRefused(command, path: path, kind: "a socket")
  }

  static func bindSocket(at path: String) -> Int32 {
    #if canImport(Glibc)
      let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
    #else
      let fd = socket(AF_UNIX, SOCK_STREAM, 0)
    #endif
    guard fd >= 0 else { return -1 }
    var address = sockaddr_un()
    address.sun_family = sa_family_t(AF_UNIX)
    let bytes = Array(path.utf8)
    let fits = withUnsafeMutableBytes(of: &address.sun_path) { raw -> Bool in
      guard bytes.count < raw.count else { return false }
      raw.copyBytes(from: bytes)
      return true
    }
    let bound =
      fits
      && withUnsafePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
          bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) == 0
        }
      }
    if !bound {
      close(fd)
      return -1
    }
    return fd
  }

  @Test("init refuses a file of notes with no final newline, leaving it byte-identical")
  func notesWithoutNewline() throws {
    let s = try Scratch()
    let notes = Data("Board prep: ask Sam about the MASH figures".utf8)
    try notes.write(to: s.ledger)
    let result = try s.run(Self.initCommand)
    #expect(result.status == 1)
    #expect(result.stderr.contains("not empty"), "\(result.stderr)")
    #expect(
      result.stderr.contains("\(notes.count) bytes with no final newline"), "\(result.stderr)")
    #expect(try s.bytes() == notes)
    let entries = try FileManager.default.contentsOfDirectory(atPath: s.folder.path)
    #expect(entries == ["plan.jsonl"], "no side file: \(entries)")
  }

  @Test("init refuses a file of lines that are not events, leaving it byte-identical")
  func notesWithNewlines() throws {
    let s = try Scratch()
    let notes = Data("Agenda\n1. RAG summary\n".utf8)
    try notes.write(to: s.ledger)
    let result = try s.run(Self.initCommand)
    #expect(result.status == 1)
    #expect(result.stderr.contains("not a ledger (line 1: "), "\(result.stderr)")
    #expect(try s.bytes() == notes)
  }

  @Test("init fills an empty file")
  func emptyFile() throws {
    let s = try Scratch()
    try Data().write(to: s.ledger)
    try s.write(["init", "--title", "P", "--authority", "C"])
    #expect(try s.lines().count == 1)
    #expect(try s.run(["verify"]).status == 0)
  }

  @Test("a torn tail behind a symlinked ledger is set aside beside the real file")
  func tornTailThroughSymlink() throws {
    let s = try Scratch()
    try s.seedPlan()
    let realFolder = s.folder.appendingPathComponent("store")
    try FileManager.default.createDirectory(at: realFolder, withIntermediateDirectories: true)
    let real = realFolder.appendingPathComponent("real.jsonl")
    let fragment = Data("{\"v\":1,\"seq\":8,\"type\":\"action.pro".utf8)
    try (try s.bytes() + fragment).write(to: real)
    try FileManager.default.removeItem(at: s.ledger)
    try FileManager.default.createSymbolicLink(at: s.ledger, withDestinationURL: real)

    let write = try s.write(
      ["action", "progress", "A1", "--note", "after the crash"], at: "2026-01-06T09:00:00Z")
    let side = try FileManager.default.contentsOfDirectory(atPath: realFolder.path).filter {
      $0.hasPrefix("real.jsonl.torn-8-")
    }
    #expect(side.count == 1, "\(write.stderr)")
    #expect(write.stderr.contains("store/real.jsonl.torn-8-"), "\(write.stderr)")
    if let name = side.first {
      #expect(try Data(contentsOf: realFolder.appendingPathComponent(name)) == fragment)
    }
    let beside = try FileManager.default.contentsOfDirectory(atPath: s.folder.path)
    #expect(!beside.contains { $0.contains(".torn-") }, "\(beside)")
    #expect(try s.run(["verify"]).status == 0)
  }
}
