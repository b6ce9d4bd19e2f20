// go-units HumanDuration and the columns docker prints with text/tabwriter
// (minwidth 10, padding 3 — docker/cli's formatter).

export function humanDuration(ns: number): string {
  const s = Math.floor(ns / 1e9);
  if (s < 1) return "Less than a second";
  if (s === 1) return "1 second";
  if (s < 60) return `${s} seconds`;
  const m = Math.floor(s / 60);
  if (m === 1) return "About a minute";
  if (m < 60) return `${m} minutes`;
  const h = Math.round(s / 3600);
  if (h === 1) return "About an hour";
  if (h < 48) return `${h} hours`;
  if (h < 24 * 7 * 2) return `${Math.floor(h / 24)} days`;
  if (h < 24 * 30 * 2) return `${Math.floor(h / 24 / 7)} weeks`;
  if (h < 24 * 365 * 2) return `${Math.floor(h / 24 / 30)} months`;
  return `${Math.floor(h / 24 / 365)} years`;
}

export function table(rows: string[][]): string {
  const widths: number[] = [];
  for (const r of rows) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, [...c].length)));
  return rows
    .map((r) =>
      r
        .map((c, i) => (i === r.length - 1 ? c : c + " ".repeat(Math.max(widths[i]! + 3, 10) - [...c].length)))
        .join("")
        .trimEnd() + "\n",
    )
    .join("");
}

/** Go's time.Time JSON form (RFC 3339 with nanoseconds) of a virtual instant. */
export function rfc3339Nano(epochSec: number, ns: number): string {
  const totalNs = BigInt(epochSec) * 1_000_000_000n + BigInt(Math.round(ns));
  const sec = Number(totalNs / 1_000_000_000n);
  const frac = Number(totalNs % 1_000_000_000n);
  const iso = new Date(sec * 1000).toISOString().slice(0, 19);
  const f = frac ? `.${String(frac).padStart(9, "0").replace(/0+$/, "")}` : "";
  return `${iso}${f}Z`;
}
