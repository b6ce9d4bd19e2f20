// Case 3 of issue 6: ping round trips per wall second between two
// namespaces through a bridge (bench/scripts/ping-flood.sh). Target >= 250 k/s.
// nslab: ping's -f does not flood yet (it prints every reply and keeps the
// 1 s interval) and -i 0 overruns the socket buffer in zero virtual time, so
// the flood is `ping -q -i 0.001`: one echo per virtual millisecond, the same
// path (ping socket -> ip_output -> veth -> bridge -> veth -> icmp echo and
// back). Rate = (N - 1) / (wall(N) - wall(1)) of the same script in one
// process. Kernel: `ping -f -q -c N` in kernel-sandbox, N / ping's own time.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { result } from "../lib.mjs";
import { runOnKernel } from "../lib-kernel.mjs";

export const name = "ping flood";

const N = 100_000;

export function nslabRate(ctx, n, rules, opts) {
  const go = (count) => {
    const r = spawnSync(process.execPath, [join(ctx.root, "bench/workers/run-script.mjs"), ctx.lib, "-", join(ctx.root, "bench/scripts/ping-flood.sh"), String(count), String(rules), ...opts], { encoding: "utf8", timeout: 600_000, maxBuffer: 1 << 24 });
    if (r.status !== 0) return { why: (r.stderr || String(r.error)).split("\n")[0] };
    return JSON.parse(r.stdout.trim().split("\n").pop());
  };
  const one = go(1);
  const many = go(n);
  if (one.why || many.why) return { why: one.why ?? many.why };
  const ok = many.timed.status === 0 && many.timed.stdout.includes(`${n} packets transmitted, ${n} received`);
  return { rate: (n - 1) / ((many.ms - one.ms) / 1000), ok, out: many.timed.stdout + many.timed.stderr };
}

export function kernelRate(ctx, n, rules) {
  const k = runOnKernel(ctx.root, join(ctx.root, "bench/scripts/ping-flood.sh"), [String(n), String(rules)]);
  if (!k.out) return { why: k.why };
  const m = /(\d+) packets transmitted, (\d+) received.*time (\d+)ms/.exec(k.out);
  if (!m) return { why: `unexpected output: ${k.out.slice(0, 80)}` };
  return { rate: Number(m[2]) / (Number(m[3]) / 1000), text: `${(Number(m[2]) / Number(m[3])).toFixed(1)} k/s (ping -f -q -c ${n}, ping's own time)` };
}

export async function run(ctx) {
  const k = kernelRate(ctx, N, 0);
  const r = nslabRate(ctx, N, 0, ["-q", "-i", "0.001"]);
  if (r.why) return [result({ case: "ping flood through a bridge", value: "—", unit: "", target: ">= 250 k/s", pass: false, kernel: k.text ?? k.why, how: r.why })];
  return [
    result({
      case: "ping flood through a bridge",
      value: (r.rate / 1000).toFixed(1),
      unit: "k/s",
      target: ">= 250 k/s",
      pass: r.ok && r.rate >= 250_000,
      kernel: k.text ?? k.why,
      how: `ping -q -i 0.001 -c ${N} (no flood mode yet), (N-1)/(wall(N)-wall(1))${r.ok ? "" : `; WRONG: ${r.out.slice(0, 120)}`}`,
    }),
  ];
}
