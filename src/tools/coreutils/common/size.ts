// Counts with multiplier suffixes, as head/tail/split read them (xstrtoumax
// with "bkKmMGTPEZY" and the "B"/"iB" forms): 1k = 1KiB = 1024, 1kB = 1000, b = 512.
const POW: Record<string, number> = { K: 1, k: 1, M: 2, G: 3, T: 4, P: 5, E: 6, Z: 7, Y: 8 };

export function parseCount(text: string): number | undefined {
  const m = text.match(/^[ \t]*\+?(\d+)(b|[kKMGTPEZY](?:B|iB)?)?$/);
  if (!m) return undefined;
  let n = Number(m[1]);
  const suf = m[2];
  if (suf === "b") n *= 512;
  else if (suf) {
    const base = suf.endsWith("B") && !suf.endsWith("iB") ? 1000 : 1024;
    n *= base ** POW[suf[0]!]!;
  }
  return n;
}
