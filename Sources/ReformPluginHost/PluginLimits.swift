import ReformSystem

/// The limits a plugin runs under when `reform serve` runs it (`reform-plugin-runner` applies them
/// to itself before loading the plugin): a lower priority than the server's, so that sign-ins and
/// pages are answered first, and a bound on memory, so that one report cannot starve the machine.
/// The time limit is the host's (`ReportRenderer.defaultTimeout`), which kills the process.
public enum PluginLimits {
    /// The most address space a plugin's process may use: 4 GiB.
    public static let memoryBytes: UInt64 = 4 << 30
    /// How much lower its scheduling priority is than the server's.
    public static let niceness: Int32 = 10

    /// Applies the limits to this process.
    public static func apply() {
        _ = System.lowerPriority(by: niceness)
        _ = System.limitAddressSpace(to: memoryBytes)
    }
}
