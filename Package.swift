// swift-tools-version:6.0
// The improvement plan ledger. Toolchain only: this package declares no dependencies.
import PackageDescription

let package = Package(
  name: "ImprovementLedger",
  products: [
    .executable(name: "ledger", targets: ["ledger"])
  ],
  targets: [
    // Byte-level building blocks, each a small module of its own.
    // SHA-256: portable Swift, and the x86 SHA extensions in C chosen at run time.
    .target(name: "CSHA256"),
    .target(name: "SHA256", dependencies: ["CSHA256"]),
    .target(name: "StrictJSON"),
    // A small, generic command-line parser (no ledger knowledge).
    .target(name: "ArgumentParsing"),
    // The core: event vocabulary, envelope, time, reading the log and the fold of events into a
    // plan. It opens files read-only; nothing in it writes.
    .target(name: "LedgerCore", dependencies: ["SHA256", "StrictJSON"]),
    // Readers: import only the core, so they cannot write (.ci/check-readers-never-write.sh).
    .target(name: "PlanState", dependencies: ["LedgerCore"]),
    .target(name: "AuditTrail", dependencies: ["LedgerCore"]),
    .target(name: "Reports", dependencies: ["LedgerCore", "PlanState", "AuditTrail"]),
    // The write side. LedgerWrite holds every file write (the locked append with its torn-tail
    // side file, the atomic whole-file writer); no reader depends on it.
    .target(name: "LedgerWrite", dependencies: ["LedgerCore"]),
    // The annual cycle: the year-end review and the self-evaluation (issue 9).
    .target(name: "AnnualCycle", dependencies: ["LedgerCore"]),
    // Commands to validated events, appended under a lock.
    .target(name: "LedgerCommands", dependencies: ["LedgerCore", "LedgerWrite"]),
    // The command line: the ledger's commands declared, run and rendered; errors to exit codes.
    .target(
      name: "LedgerCLI",
      dependencies: [
        "ArgumentParsing", "LedgerCore", "PlanState", "AuditTrail", "Reports", "LedgerWrite",
        "LedgerCommands", "AnnualCycle",
      ]),
    // The executable: parse, run, print, exit.
    .executableTarget(name: "ledger", dependencies: ["LedgerCLI"]),
    // The libFuzzer target for the line decoder and the JSON reader (see Tools/fuzz.sh); in a
    // normal build it replays inputs given on its command line.
    .executableTarget(name: "LedgerFuzz", dependencies: ["LedgerCore", "StrictJSON"]),
    // A benchmark program, run by Tools/bench/sha256-bench.sh; never a test.
    .executableTarget(
      name: "sha256-bench", dependencies: ["SHA256"], path: "Tools/bench/SHA256Bench"),
    // Times reading a checkpoint, the part of an append that grows with the plan; never a test.
    .executableTarget(
      name: "checkpoint-bench", dependencies: ["LedgerCommands"],
      path: "Tools/bench/CheckpointBench"),

    // Shared by the test targets only: golden files, a log builder, a seeded random generator
    // and a scratch ledger folder.
    .target(
      name: "LedgerTestSupport", dependencies: ["LedgerCore"], path: "Tests/LedgerTestSupport"),
    .testTarget(name: "ArgumentParsingTests", dependencies: ["ArgumentParsing"]),
    .testTarget(name: "SHA256Tests", dependencies: ["SHA256"], resources: [.copy("Fixtures")]),
    .testTarget(
      name: "StrictJSONTests", dependencies: ["StrictJSON"], resources: [.copy("Fixtures")]),
    .testTarget(
      name: "LedgerCoreTests", dependencies: ["LedgerCore", "LedgerTestSupport"],
      resources: [.copy("Fixtures")]),
    .testTarget(name: "PlanStateTests", dependencies: ["PlanState", "LedgerCore"]),
    .testTarget(
      name: "AuditTrailTests", dependencies: ["AuditTrail", "LedgerCore", "LedgerTestSupport"]),
    .testTarget(
      name: "ReportsTests",
      dependencies: ["Reports", "PlanState", "AuditTrail", "LedgerCore", "LedgerTestSupport"],
      resources: [.copy("Golden")]),
    .testTarget(
      name: "LedgerCommandsTests",
      dependencies: ["LedgerCommands", "LedgerCore", "LedgerTestSupport"]),
    .testTarget(name: "AnnualCycleTests", dependencies: ["AnnualCycle", "LedgerCore"]),
    .testTarget(
      name: "EndToEndTests", dependencies: ["ledger", "LedgerTestSupport"],
      resources: [.copy("Fixtures")]),
    .testTarget(name: "FuzzCorpusTests", dependencies: ["LedgerFuzz", "LedgerCore"]),
  ],
  swiftLanguageModes: [.v6]
)
