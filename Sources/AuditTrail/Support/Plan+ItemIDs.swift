import LedgerCore

extension Plan {
  /// Every item ID: sources, then recommendations, actions, priorities and measures, each in
  /// the order added.
  var itemIDs: [String] {
    sourceOrder + recommendationOrder + actionOrder + priorityOrder + measureOrder
  }
}
