import LedgerCore

extension Plan {
  /// Every item ID: sources, then recommendations, then actions, each in the order added.
  var itemIDs: [String] { sourceOrder + recommendationOrder + actionOrder }
}
