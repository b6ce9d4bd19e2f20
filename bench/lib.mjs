// Shared helpers for bench cases: wall-time measurement of a command (with
// hyperfine when installed, else repeated spawns), and the result shape every
// case returns.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const hasHyperfine = spawnSync("hyperfine", ["--version"], { stdio: "ignore" }).status === 0;

/**
 * Median wall time in ms of running argv (no shell), after warm-up runs.
 * Returns { ms, tool } where tool says how it was measured.
 */
export function timeCommand(argv, { runs = 20, warmup = 3, cwd } = {}) {
  if (hasHyperfine) {
    const dir = mkdtempSync(join(tmpdir(), "nslab-bench-"));
    const json = join(dir, "h.json");
    const quoted = argv.map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, "'\\''")}'`)).join(" ");
    const r = spawnSync("hyperfine", ["-N", "-i", "--warmup", String(warmup), "--runs", String(runs), "--export-json", json, "--style", "none", quoted], { cwd, encoding: "utf8" });
    if (r.status === 0) {
      const res = JSON.parse(readFileSync(json, "utf8")).results[0];
      rmSync(dir, { recursive: true, force: true });
      return { ms: res.median * 1000, tool: `hyperfine, ${runs} runs` };
    }
    rmSync(dir, { recursive: true, force: true });
  }
  const times = [];
  for (let i = 0; i < warmup + runs; i++) {
    const t0 = process.hrtime.bigint();
    spawnSync(argv[0], argv.slice(1), { cwd, stdio: "ignore" });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (i >= warmup) times.push(ms);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)], tool: `spawn, ${runs} runs` };
}

/**
 * One row of the results table.
 * @param {object} r
 * @param {string} r.case      what was measured
 * @param {number|string} r.value  nslab's figure
 * @param {string} r.unit
 * @param {string} r.target    e.g. "< 200 ms"
 * @param {boolean} r.pass
 * @param {string} r.kernel    the real kernel's figure from the same run, or why it is missing
 * @param {string} [r.how]     how it was measured
 */
export function result(r) {
  return { kernel: "n/a", how: "", ...r };
}

export function fmt(ms) {
  return ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2);
}
