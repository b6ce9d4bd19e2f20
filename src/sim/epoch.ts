// Wall-clock time that virtual time 0 stands for (what `date` prints at the
// start of every run): 2026-01-01T00:00:00Z, in nanoseconds since the Unix epoch.
// A fixed epoch keeps replays identical; the world may be built with another.
export const DEFAULT_EPOCH_NS = 1_767_225_600 * 1_000_000_000;
