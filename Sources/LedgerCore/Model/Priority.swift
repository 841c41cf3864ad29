/// A priority of the plan (format version 3): what the council is trying to achieve, with the
/// outcome that will show it ("we will know we have made a difference when …").
///
/// Its findings, actions and measures are the items placed `under` it; `Plan` lists them.
public struct Priority: Hashable, Sendable, Codable {
  /// Its ID, e.g. "P1".
  public var id: String
  /// Its title, e.g. "Safe".
  public var title: String
  /// The outcome statement, if given.
  public var outcome: String?
  /// The `seq` that added it.
  public var addedSeq: Int
  /// The `seq` of the last event that changed it.
  public var lastChangedSeq: Int
}
