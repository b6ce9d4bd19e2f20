// `npm run bench`: runs every bench/cases/*.mjs, prints one table and writes
// bench/results/latest.json. A case exports `name` and `run(ctx)` returning
// rows made by result() in lib.mjs. Add a case by adding a file.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir, cpus } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { hasHyperfine } from "./lib.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const only = process.argv.slice(2);
const scratch = mkdtempSync(join(tmpdir(), "nslab-bench-"));
const ctx = {
  root,
  cli: join(root, "dist/nslab.mjs"),
  // The package's bin, as `npx nslab` runs it: the launcher (startup snapshot when it can).
  bin: join(root, "dist/nslab"),
  lib: pathToFileURL(join(root, "dist/lib.mjs")).href,
  scratch,
};

const rows = [];
for (const f of readdirSync(join(here, "cases")).filter((n) => n.endsWith(".mjs")).sort()) {
  if (only.length && !only.some((o) => f.includes(o))) continue;
  const mod = await import(pathToFileURL(join(here, "cases", f)).href);
  try {
    rows.push(...(await mod.run(ctx)).map((r) => ({ file: f, ...r })));
  } catch (e) {
    rows.push({ file: f, case: mod.name ?? f, value: "error", unit: "", target: "", pass: false, kernel: "", how: String(e?.message ?? e).split("\n")[0] });
  }
}
rmSync(scratch, { recursive: true, force: true });

const cols = [
  ["case", (r) => r.case],
  ["nslab", (r) => `${r.value}${r.unit ? ` ${r.unit}` : ""}`],
  ["target", (r) => r.target],
  ["real kernel", (r) => r.kernel],
  // pass: null marks a row shown for information, with no target of its own.
  ["result", (r) => (r.pass === null ? "—" : r.pass ? "pass" : "FAIL")],
  ["how", (r) => r.how],
];
const cells = rows.map((r) => cols.map(([, f]) => String(f(r))));
const widths = cols.map(([h], i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
const line = (c) => c.map((s, i) => s.padEnd(widths[i])).join("  ").trimEnd();
console.log(line(cols.map(([h]) => h)));
console.log(line(widths.map((w) => "-".repeat(w))));
for (const c of cells) console.log(line(c));

mkdirSync(join(here, "results"), { recursive: true });
const out = {
  node: process.version,
  cpu: cpus()[0]?.model ?? "unknown",
  hyperfine: hasHyperfine,
  rows,
};
writeFileSync(join(here, "results/latest.json"), `${JSON.stringify(out, null, 2)}\n`);
const targeted = rows.filter((r) => r.pass !== null);
console.log(`\n${targeted.filter((r) => r.pass).length}/${targeted.length} within target; bench/results/latest.json written`);
