// Case 3 of issue 6: ping round trips per wall second between two
// namespaces through a bridge (bench/scripts/ping-flood.sh). Target >= 250 k/s.
// Both run `ping -f -q -c N` (the script's default options): the next echo
// request as soon as the reply is in (iputils' pinger(), modelled in
// src/tools/iputils/ping.ts; test/golden/ping/flood.sh). nslab: rate =
// (N - 1) / (wall(N) - wall(1)) of the same script in one process, so setup
// and start-up cancel out. Kernel: in kernel-sandbox, N / ping's own time.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { result } from "../lib.mjs";
import { runOnKernel } from "../lib-kernel.mjs";

export const name = "ping flood";

const N = 100_000;
// nslab's count: since session 6 a quiet flood's round trips are accounted
// in batches (kernel/ipv4/ping_batch.ts), so 100 000 of them cost less than
// the run-to-run noise of the one-ping run they are measured against; ten
// million make the difference measurable.
const N_NSLAB = 10_000_000;

export function nslabRate(ctx, n, rules, opts, script = "ping-flood.sh") {
  const go = (count) => {
    const r = spawnSync(process.execPath, [join(ctx.root, "bench/workers/run-script.mjs"), ctx.lib, "-", join(ctx.root, "bench/scripts", script), String(count), String(rules), ...opts], { encoding: "utf8", timeout: 600_000, maxBuffer: 1 << 24 });
    if (r.status !== 0) return { why: (r.stderr || String(r.error)).split("\n")[0] };
    return JSON.parse(r.stdout.trim().split("\n").pop());
  };
  const one = go(1);
  const many = go(n);
  if (one.why || many.why) return { why: one.why ?? many.why };
  const ok = many.timed.status === 0 && many.timed.stdout.includes(`${n} packets transmitted, ${n} received`);
  const cpuRate = (n - 1) / ((many.cpuMs - one.cpuMs) / 1000);
  return { rate: (n - 1) / ((many.ms - one.ms) / 1000), cpuRate, ok, out: many.timed.stdout + many.timed.stderr };
}

export function kernelRate(ctx, n, rules, script = "ping-flood.sh") {
  const k = runOnKernel(ctx.root, join(ctx.root, "bench/scripts", script), [String(n), String(rules)]);
  if (!k.out) return { why: k.why };
  const m = /(\d+) packets transmitted, (\d+) received.*time (\d+)ms/.exec(k.out);
  if (!m) return { why: `unexpected output: ${k.out.slice(0, 80)}` };
  return { rate: Number(m[2]) / (Number(m[3]) / 1000), text: `${(Number(m[2]) / Number(m[3])).toFixed(1)} k/s (ping -f -q -c ${n}, ping's own time)` };
}

export async function run(ctx) {
  const k = kernelRate(ctx, N, 0);
  const r = nslabRate(ctx, N_NSLAB, 0, []);
  if (r.why) return [result({ case: "ping flood through a bridge", value: "—", unit: "", target: ">= 250 k/s", pass: false, kernel: k.text ?? k.why, how: r.why })];
  return [
    result({
      case: "ping flood through a bridge",
      value: (r.rate / 1000).toFixed(1),
      unit: "k/s",
      target: ">= 250 k/s",
      pass: r.ok && r.rate >= 250_000,
      kernel: k.text ?? k.why,
      how: `ping -f -q -c ${N_NSLAB}, (N-1)/(wall(N)-wall(1)); by CPU time ${(r.cpuRate / 1000).toFixed(1)} k/s${r.ok ? "" : `; WRONG: ${r.out.slice(0, 120)}`}`,
    }),
  ];
}
