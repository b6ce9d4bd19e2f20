// nohup(1): runs COMMAND with SIGHUP ignored (execve keeps SIG_IGN, so the
// command and, through the shell's copy of ignored signals, its children
// keep ignoring it). Only terminals are redirected: a terminal stdin is
// replaced by /dev/null opened for writing (reads fail), a terminal stdout
// appends to ./nohup.out (or $HOME/nohup.out), a terminal stderr goes to
// stdout, each announced on stderr first. Statuses: 125 for nohup's own
// errors, 126 when COMMAND cannot run, 127 when it is not found.
// Known difference: nohup.out is created with the VFS's default mode, not 0600.
import type { Program } from "../../kernel/task/program.js";
import { execve, resolveCommand } from "../../kernel/task/exec.js";
import { KernelError, strerror } from "../../uapi/errno.js";
import { SIGHUP } from "../../uapi/signal.js";
import { Cmd } from "./common/cmd.js";

export const nohupMain: Program = async (ctx) => {
  const cmd = new Cmd(ctx);
  const p = await cmd.parse({ short: "+" }, 125);
  if (typeof p === "number") return p;
  if (!p.operands.length) return cmd.usage("missing operand", 125);
  const t = ctx.task;
  const isTty = (fd: number) => !!t.getFd(fd)?.tty;
  const ignoringInput = isTty(0);
  const redirectOut = isTty(1);
  const redirectErr = isTty(2);
  if (ignoringInput) t.setFd(0, cmd.openWrite("/dev/null", true));
  if (redirectOut) {
    let shown = "nohup.out";
    let f;
    try {
      f = cmd.openWrite("nohup.out", true);
    } catch (e) {
      if (!(e instanceof KernelError)) throw e;
      const home = ctx.env.get("HOME");
      shown = `${home}/nohup.out`;
      try {
        f = cmd.openWrite(shown, true);
      } catch (e2) {
        if (!(e2 instanceof KernelError)) throw e2;
        await cmd.error(`failed to open ${`'${shown}'`}: ${strerror(e2.errno)}`);
        return 125;
      }
    }
    await cmd.error(ignoringInput ? `ignoring input and appending output to '${shown}'` : `appending output to '${shown}'`);
    t.setFd(1, f);
  }
  if (redirectErr) {
    if (!redirectOut) await cmd.error(ignoringInput ? "ignoring input and redirecting stderr to stdout" : "redirecting stderr to stdout");
    t.setFd(2, t.getFd(1)!);
  } else if (ignoringInput && !redirectOut) await cmd.error("ignoring input");
  t.handlers.set(SIGHUP, "ignore");
  const argv = p.operands;
  const found = resolveCommand(t, argv[0]!, ctx.env.get("PATH"));
  if (found.kind === "error") {
    await cmd.error(`failed to run command '${argv[0]}': ${strerror(found.errno)}`);
    return found.errno === 2 ? 127 : 126;
  }
  return execve(t, { argv, env: ctx.env, program: found.program });
};
