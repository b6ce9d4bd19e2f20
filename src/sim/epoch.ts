// Wall-clock time that virtual time 0 stands for (what `date` prints at the
// start of every run): 2026-01-01T00:00:00Z, in seconds since the Unix epoch.
// Kept in seconds: virtual time is ns in a double, and epoch-ns would lose precision.
// A fixed epoch keeps replays identical.
export const DEFAULT_EPOCH_SEC = 1_767_225_600;

/** The wall-clock instant a virtual-clock time (ns) stands for; read its getUTC* fields. */
export function virtualDate(virtualNs: number): Date {
  return new Date(DEFAULT_EPOCH_SEC * 1000 + Math.floor(virtualNs / 1e6));
}
