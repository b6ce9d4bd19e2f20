// printf(1) from coreutils 9.1: the format engine is lib/printf-format.ts.
import type { Program } from "../../kernel/task/program.js";
import { Cmd, helpText, versionText } from "./common/cmd.js";
import { printfFormat, renderDiagnostics } from "./lib/printf-format.js";

export const printfMain: Program = async (ctx) => {
  const cmd = new Cmd(ctx);
  let args = cmd.args;
  if (args.length === 1 && (args[0] === "--help" || args[0] === "--version")) {
    await cmd.out(args[0] === "--help" ? helpText(cmd.name) : versionText(cmd.name));
    return 0;
  }
  // Only a leading "--" is an option; "-x" is a format.
  if (args[0] === "--") args = args.slice(1);
  if (!args.length) return cmd.usage("missing operand");
  const r = printfFormat(args[0]!, args.slice(1), { dialect: "coreutils" });
  await cmd.out(r.output);
  if (r.diagnostics.length) await ctx.stderr.write(renderDiagnostics(r, `${cmd.name}: `));
  return r.status;
};
