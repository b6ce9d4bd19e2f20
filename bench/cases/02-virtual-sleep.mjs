// Virtual time: `sleep 100 & echo started; wait; echo done` must finish in
// wall milliseconds, start-up included, and print exactly what bash prints.
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { fmt, result, timeCommand } from "../lib.mjs";

export const name = "virtual sleep";

const SCRIPT = "sleep 100 & echo started; wait; echo done\n";

export async function run(ctx) {
  const file = join(ctx.scratch, "sleep.sh");
  writeFileSync(file, SCRIPT);
  const out = spawnSync(process.execPath, [ctx.cli, "run", file], { encoding: "utf8" });
  const correct = out.status === 0 && out.stdout === "started\ndone\n" && out.stderr === "";
  const t = timeCommand([process.execPath, ctx.cli, "run", file], { runs: 10 });
  return [
    result({
      case: "sleep 100 & wait (nslab run)",
      value: fmt(t.ms),
      unit: "ms",
      target: "< 200 ms, output as bash",
      pass: correct && t.ms < 200,
      kernel: "100 s by definition (not run)",
      how: `${t.tool}${correct ? "" : `; WRONG OUTPUT: status ${out.status}, ${JSON.stringify((out.stdout + out.stderr).slice(0, 80))}`}`,
    }),
  ];
}
