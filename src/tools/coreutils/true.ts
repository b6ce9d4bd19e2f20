// true(1) and false(1): exit statuses. Only a lone --help/--version is read.
import type { Program, ProgramContext } from "../../kernel/task/program.js";
import { helpText, versionText } from "./common/cmd.js";

async function trivial(ctx: ProgramContext, status: number): Promise<number> {
  const a = ctx.argv[1];
  if (ctx.argv.length === 2 && (a === "--help" || a === "--version")) {
    await ctx.stdout.write(a === "--help" ? helpText(ctx.argv[0]!) : versionText(ctx.argv[0]!));
  }
  return status;
}

export const trueMain: Program = (ctx) => trivial(ctx, 0);
export const falseMain: Program = (ctx) => trivial(ctx, 1);
