// setsid (util-linux 2.38.1): runs a program in a new session. A caller that
// leads its process group cannot call setsid(2), so it forks first (and,
// without -w, returns 0 at once); -f always forks; otherwise setsid execs in
// place. -w waits for the forked child and exits with its status.
// Known difference: the model has process groups but no session ids or
// controlling terminals, so the new session is a new process group (the
// child then gets no terminal's SIGINT) and -c changes nothing.
import type { Program } from "../../kernel/task/program.js";
import { execve, resolveCommand, spawn } from "../../kernel/task/exec.js";
import { strerror } from "../../uapi/errno.js";
import { getopt } from "../coreutils/common/getopt.js";

const HELP = `
Usage:
 setsid [options] <program> [arguments ...]

Run a program in a new session.

Options:
 -c, --ctty     set the controlling terminal to the current one
 -f, --fork     always fork
 -w, --wait     wait program to exit, and use the same return
 -h, --help     display this help
 -V, --version  display version

For more details see setsid(1).
`;

export const setsidMain: Program = async (ctx) => {
  const name = ctx.argv[0] ?? "setsid";
  const r = getopt(ctx.argv.slice(1), {
    short: "+Vhcfw",
    long: [
      { name: "help", arg: "none", key: "h" },
      { name: "version", arg: "none", key: "V" },
      { name: "ctty", arg: "none", key: "c" },
      { name: "fork", arg: "none", key: "f" },
      { name: "wait", arg: "none", key: "w" },
    ],
  });
  const tryHelp = `Try '${name} --help' for more information.\n`;
  if (r.kind === "error") {
    await ctx.stderr.write(`${name}: ${r.message}\n${tryHelp}`);
    return 1;
  }
  let forceFork = false;
  let wait = false;
  for (const o of r.opts) {
    if (o.key === "h") {
      await ctx.stdout.write(HELP);
      return 0;
    }
    if (o.key === "V") {
      await ctx.stdout.write("setsid from util-linux 2.38.1\n");
      return 0;
    }
    if (o.key === "f") forceFork = true;
    else if (o.key === "w") wait = true;
  }
  const argv = r.operands;
  if (!argv.length) {
    await ctx.stderr.write(`${name}: no command specified\n${tryHelp}`);
    return 1;
  }
  const t = ctx.task;
  const found = resolveCommand(t, argv[0]!, ctx.env.get("PATH"));
  const fail = async (errno: number) => {
    await ctx.stderr.write(`${name}: failed to execute ${argv[0]}: ${strerror(errno)}\n`);
    return errno === 2 ? 127 : 126;
  };
  if (forceFork || t.pgid === t.pid) {
    // The child (not a group leader) is the one that calls setsid(2) and execs.
    const child = spawn(t, {
      argv,
      env: ctx.env,
      program: async (c) => {
        c.task.pgid = c.task.pid;
        if (found.kind === "error") {
          await c.stderr.write(`${name}: failed to execute ${argv[0]}: ${strerror(found.errno)}\n`);
          return found.errno === 2 ? 127 : 126;
        }
        return execve(c.task, { argv, env: c.env, program: found.program });
      },
    });
    if (!wait) return 0;
    return child.waitExit(t);
  }
  if (found.kind === "error") {
    await ctx.stderr.write(`${name}: failed to execute ${argv[0]}: ${strerror(found.errno)}\n`);
    return found.errno === 2 ? 127 : 126;
  }
  t.pgid = t.pid;
  return execve(t, { argv, env: ctx.env, program: found.program });
};
