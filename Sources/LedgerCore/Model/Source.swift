/// A visit or review that produced findings, as it stands.
public struct Source: Hashable, Sendable, Codable {
  /// What was recorded about it.
  public var details: SourceDetails
  /// The `seq` that added it.
  public var addedSeq: Int

  /// The source's ID.
  public var id: String { details.id }
}
