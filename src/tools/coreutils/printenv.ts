// printenv(1): the whole environment as NAME=VALUE lines, or the values of the
// named variables (status 1 when one is missing or a name contains '='); -0
// ends each entry with NUL instead of newline. Bad options exit 2.
import type { Program } from "../../kernel/task/program.js";
import { Cmd } from "./common/cmd.js";

export const printenvMain: Program = async (ctx) => {
  const cmd = new Cmd(ctx);
  const p = await cmd.parse({ short: "0", long: [{ name: "null", arg: "none", key: "0" }] }, 2);
  if (typeof p === "number") return p;
  const term = p.opts.some((o) => o.key === "0") ? "\0" : "\n";
  let out = "";
  let status = 0;
  if (!p.operands.length) {
    for (const [k, v] of ctx.env) out += `${k}=${v}${term}`;
  } else {
    for (const name of p.operands) {
      const v = name.includes("=") ? undefined : ctx.env.get(name);
      if (v === undefined) status = 1;
      else out += v + term;
    }
  }
  await cmd.out(out);
  return status;
};
