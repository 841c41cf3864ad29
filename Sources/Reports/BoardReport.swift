import AuditTrail
import LedgerCore
import PlanState

/// Placeholder: the board report is being written.
public enum BoardReport {}
