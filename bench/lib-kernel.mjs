// Running a script on the real kernel for a bench case: through
// ../shared/tools/kernel-sandbox (a private network namespace; needs root).
// Returns { ok, out, ms } or { ok: false, why } when it cannot run here.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

export function kernelSandbox(root) {
  const p = join(root, "../shared/tools/kernel-sandbox");
  if (!existsSync(p)) return { why: "no kernel-sandbox here" };
  if (process.getuid?.() !== 0) return { why: "needs root" };
  return { path: p };
}

/** Runs SCRIPT (a file) with ARGS in the sandbox; wall time of the whole sandbox run. */
export function runOnKernel(root, script, args = [], { timeoutMs = 600_000 } = {}) {
  const sb = kernelSandbox(root);
  if (!sb.path) return { ok: false, why: sb.why };
  const t0 = process.hrtime.bigint();
  const r = spawnSync(sb.path, [script, ...args], { encoding: "utf8", timeout: timeoutMs });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.error) return { ok: false, why: String(r.error.message) };
  return { ok: r.status === 0, out: r.stdout + r.stderr, ms, status: r.status };
}
