/// Who recorded an event: a person's name and their role.
public struct Actor: Hashable, Sendable, Codable {
  /// The person's name, e.g. "Sara Taylor".
  public var name: String
  /// Their role, e.g. "Principal Social Worker".
  public var role: String

  /// Creates an actor.
  public init(name: String, role: String) {
    self.name = name
    self.role = role
  }
}
