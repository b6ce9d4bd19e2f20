// Case 5 of issue 6: examples/seed-000-bridge-lab.sh end to end, a new nslab
// process per run, against the same script on the real kernel (kernel-sandbox,
// whose wall time is mostly ping's 1 s interval). Target: >= 10x faster.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { fmt, result, timeCommand } from "../lib.mjs";
import { kernelSandbox } from "../lib-kernel.mjs";

export const name = "seed-000 lab";

export async function run(ctx) {
  const script = join(ctx.root, "examples/seed-000-bridge-lab.sh");
  const once = spawnSync(process.execPath, [ctx.cli, "run", "--bare", script], { encoding: "utf8" });
  const ok = once.status === 0 && /3 packets transmitted, 3 received/.test(once.stdout);
  const t = timeCommand([process.execPath, ctx.cli, "run", "--bare", script], { runs: 10, warmup: 2 });
  const sb = kernelSandbox(ctx.root);
  let kernelMs;
  let kernel;
  if (sb.path) {
    const k = timeCommand([sb.path, script], { runs: 3, warmup: 0 });
    kernelMs = k.ms;
    kernel = `${fmt(k.ms)} ms (${k.tool})`;
  } else kernel = sb.why;
  const ratio = kernelMs ? kernelMs / t.ms : undefined;
  return [
    result({
      case: "seed-000 bridge lab end to end",
      value: fmt(t.ms),
      unit: "ms",
      target: ">= 10x faster than the kernel",
      pass: ok && ratio !== undefined && ratio >= 10,
      kernel,
      how: `${t.tool}${ratio ? `; ${ratio.toFixed(1)}x` : ""}${ok ? "" : `; WRONG OUTPUT: status ${once.status}${(once.stdout + once.stderr).split("\n").filter((l) => /not found|errors/.test(l)).slice(0, 1).map((l) => `, ${l}`).join("")}`}`,
    }),
  ];
}
