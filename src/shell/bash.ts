// The `bash` program: runs the interpreter on a script (-c STRING, a file, or stdin).
// (Replaced by the interpreter's real entry point.)
import type { Program } from "../kernel/task/program.js";

export const bashMain: Program = async (ctx) => {
  await ctx.stderr.write("bash: interpreter not built yet\n");
  return 2;
};
