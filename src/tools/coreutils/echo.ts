// echo(1) from coreutils (what `env echo` or /usr/bin/echo runs; scripts
// usually get bash's builtin). A lone --help/--version is honoured.
import type { Program } from "../../kernel/task/program.js";
import { helpText, versionText } from "./common/cmd.js";
import { echoBytes } from "./lib/echo.js";

export const echoMain: Program = async (ctx) => {
  const args = ctx.argv.slice(1);
  if (args.length === 1 && (args[0] === "--help" || args[0] === "--version")) {
    await ctx.stdout.write(args[0] === "--help" ? helpText(ctx.argv[0]!) : versionText(ctx.argv[0]!));
    return 0;
  }
  await ctx.stdout.write(echoBytes(args, { dialect: "coreutils" }));
  return 0;
};
