// Running another program the way exec-style wrappers (env, sudo) do: the
// child's status becomes ours, and a child killed by a signal makes us die
// of the same signal (as the exec'd process itself would have).
import type { ProgramContext, Program } from "../../../kernel/task/program.js";
import { spawn } from "../../../kernel/task/exec.js";
import { Interrupted } from "../../../sim/scheduler.js";
import { SIGKILL } from "../../../uapi/signal.js";

export async function execLike(
  ctx: ProgramContext,
  argv: string[],
  env: ReadonlyMap<string, string>,
  program: Program,
  cwd?: string,
): Promise<number> {
  const child = spawn(ctx.task, { argv, env, program, cwd });
  let status: number;
  for (;;) {
    try {
      status = await child.waitExit(ctx.task);
      break;
    } catch (e) {
      // A signal to us is a signal to the process that replaced us.
      if (!(e instanceof Interrupted) || e.signal === SIGKILL) throw e;
      child.signal(e.signal);
    }
  }
  if (child.killedBy !== undefined) {
    ctx.task.signal(child.killedBy);
    return 128 + child.killedBy;
  }
  return status;
}
