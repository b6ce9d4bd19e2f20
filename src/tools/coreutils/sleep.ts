// sleep(1): waits in virtual time (task.sleep), so `sleep 100` costs no wall
// time. Several intervals add up; "infinity" waits until a signal.
import type { Program } from "../../kernel/task/program.js";
import { Cmd, q } from "./common/cmd.js";
import { parseDuration, secondsToNs } from "./common/duration.js";

export const sleepMain: Program = async (ctx) => {
  const cmd = new Cmd(ctx);
  const p = await cmd.parse({ short: "" });
  if (typeof p === "number") return p;
  if (!p.operands.length) return cmd.usage("missing operand");
  let total = 0;
  let bad = false;
  for (const a of p.operands) {
    const s = parseDuration(a);
    if (s === undefined) {
      await cmd.error(`invalid time interval ${q(a)}`);
      bad = true;
    } else total += s;
  }
  if (bad) return cmd.usage(undefined);
  const ns = secondsToNs(total);
  if (ns === Infinity) await ctx.task.block<void>(() => undefined);
  else await ctx.task.sleep(ns);
  return 0;
};
