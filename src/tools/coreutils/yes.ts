// yes(1): repeats its arguments (or "y") until the reader goes away (EPIPE
// ends the task with SIGPIPE's status, as the real one dies of SIGPIPE).
import type { Program } from "../../kernel/task/program.js";
import { Cmd } from "./common/cmd.js";

export const yesMain: Program = async (ctx) => {
  const cmd = new Cmd(ctx);
  const p = await cmd.parse({ short: "" });
  if (typeof p === "number") return p;
  const line = `${p.operands.length ? p.operands.join(" ") : "y"}\n`;
  // Write a pipe-sized block at a time, as coreutils fills a buffer before writing.
  const block = line.repeat(Math.max(1, Math.floor(8192 / line.length)));
  for (;;) {
    ctx.task.checkSignals();
    await cmd.out(block);
  }
};
