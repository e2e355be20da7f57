import CReformSystem

/// How the C library's allocator shares memory between threads.
package enum MemoryArenas {
    /// Gives glibc's allocator one arena per core (at least two), instead of up to eight per core.
    ///
    /// Each thread that allocates while another does gets an arena of its own, and memory freed in
    /// one is not reused by the others: the scaffolding of a loaded plan, freed on the threads that
    /// read it, stayed resident while an import's rows were checked on another, which held a
    /// million-row import on a 100,000-action plan near 40 MB above what it needed (264 MB; 227 MB with this, and no slower). Called
    /// once, first thing, before any thread starts.
    package static func onePerCore() {
        let cores = sysconf(Int32(_SC_NPROCESSORS_ONLN))
        reform_limit_malloc_arenas(Int32(clamping: max(2, cores)))
    }
}
