// tee(1): copies stdin to stdout and to each FILE (-a appends; -i ignores
// SIGINT). Files that cannot be opened are reported and skipped; status 1.
import type { Program } from "../../kernel/task/program.js";
import type { OpenFile } from "../../kernel/task/file.js";
import { SIGINT } from "../../uapi/signal.js";
import { Cmd } from "./common/cmd.js";

export const teeMain: Program = async (ctx) => {
  const cmd = new Cmd(ctx);
  const p = await cmd.parse({
    short: "aip",
    long: [
      { name: "append", arg: "none", key: "a" },
      { name: "ignore-interrupts", arg: "none", key: "i" },
      { name: "output-error", arg: "optional" },
    ],
  });
  if (typeof p === "number") return p;
  const append = p.opts.some((o) => o.key === "a");
  if (p.opts.some((o) => o.key === "i")) ctx.task.handlers.set(SIGINT, "ignore");
  let status = 0;
  const outs: Array<{ name: string; f: OpenFile }> = [];
  for (const name of p.operands) {
    try {
      const f = cmd.openWrite(name, append);
      outs.push({ name, f });
    } catch (e) {
      await cmd.fileError(name, e);
      status = 1;
    }
  }
  for (;;) {
    const chunk = await ctx.stdin.read();
    if (chunk === null) break;
    await cmd.out(chunk);
    for (const o of outs) {
      try {
        await o.f.write!(ctx.task, chunk);
      } catch (e) {
        await cmd.fileError(o.name, e);
        status = 1;
      }
    }
  }
  return status;
};
