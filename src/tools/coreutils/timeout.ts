// timeout(1): runs COMMAND as a child and signals it when the virtual
// DURATION passes. Exit statuses as GNU timeout: 124 timed out, 125 timeout's
// own failure, 126 not executable, 127 not found, else the command's; a
// command killed by a signal makes timeout die of the same signal, and
// KILL (-s KILL, or -k after the grace period) kills timeout too (137).
// Without --foreground, timeout makes itself a process group leader
// (setpgid(0, 0)) and signals the whole group after the command (timeout.c's
// cleanup: send_sig(monitored_pid), then send_sig(0)), so the command's own
// children (`sh -c 'echo x | nc -l ...'`) die with it.
import type { Program } from "../../kernel/task/program.js";
import { resolveCommand, spawn } from "../../kernel/task/exec.js";
import { killPgrp } from "../../kernel/task/kill_pgrp.js";
import { Interrupted } from "../../sim/scheduler.js";
import { strerror } from "../../uapi/errno.js";
import { parseSignal, signalName, SIGKILL, SIGTERM } from "../../uapi/signal.js";
import { Cmd, q } from "./common/cmd.js";
import { parseDuration, secondsToNs } from "./common/duration.js";

const FORWARDED = [1, 2, 3, 14, 15]; // HUP INT QUIT ALRM TERM

export const timeoutMain: Program = async (ctx) => {
  const cmd = new Cmd(ctx);
  const p = await cmd.parse(
    {
      short: "+k:s:v",
      long: [
        { name: "kill-after", arg: "required", key: "k" },
        { name: "signal", arg: "required", key: "s" },
        { name: "verbose", arg: "none", key: "v" },
        { name: "preserve-status", arg: "none" },
        { name: "foreground", arg: "none" },
      ],
    },
    125,
  );
  if (typeof p === "number") return p;
  let sig = SIGTERM;
  let killAfter = 0;
  let verbose = false;
  let preserve = false;
  let foreground = false;
  for (const o of p.opts) {
    if (o.key === "s") {
      const n = parseSignal(o.value!);
      if (n === undefined || n > 31 && n < 34) return cmd.usage(`${q(o.value!)}: invalid signal`, 125);
      sig = n;
    } else if (o.key === "k") {
      const d = parseDuration(o.value!);
      if (d === undefined) return cmd.usage(`invalid time interval ${q(o.value!)}`, 125);
      killAfter = d;
    } else if (o.key === "v") verbose = true;
    else if (o.key === "preserve-status") preserve = true;
    else if (o.key === "foreground") foreground = true;
  }
  if (p.operands.length < 2) return cmd.usage(undefined, 125);
  const dur = parseDuration(p.operands[0]!);
  if (dur === undefined) return cmd.usage(`invalid time interval ${q(p.operands[0]!)}`, 125);
  const argv = p.operands.slice(1);
  const r = resolveCommand(ctx.task, argv[0]!, ctx.env.get("PATH"));
  if (r.kind === "error") {
    await cmd.error(`failed to run command ${q(argv[0]!)}: ${strerror(r.errno)}`);
    return r.errno === 2 ? 127 : 126;
  }
  const task = ctx.task;
  if (!foreground) task.pgid = task.pid;
  const child = spawn(task, { argv, env: ctx.env, program: r.program });
  const clock = task.sched.clock;
  let timedOut = false;
  let killedHard = false;
  // Timer callbacks run outside the task, so --verbose lines are written once it wakes.
  const notes: string[] = [];
  const send = (s: number) => {
    if (verbose) notes.push(`sending signal ${signalName(s) ?? s} to command ${q(argv[0]!)}`);
    child.signal(s);
    // send_sig(0, sig): the rest of the group (timeout ignores it for itself)
    if (!foreground) killPgrp(task.host, task.pid, s, new Set([task, child]));
  };
  const timers = [
    dur > 0
      ? clock.after(secondsToNs(dur), () => {
          timedOut = true;
          send(sig);
          if (sig === SIGKILL) killedHard = true;
          else if (killAfter > 0) {
            timers.push(
              clock.after(secondsToNs(killAfter), () => {
                killedHard = true;
                send(SIGKILL);
              }),
            );
          }
        })
      : undefined,
  ];
  // Signals sent to timeout itself are passed on to the command.
  for (const s of FORWARDED) task.handlers.set(s, (n) => child.signal(n));
  let status: number;
  for (;;) {
    try {
      status = await child.waitExit(task);
      break;
    } catch (e) {
      if (!(e instanceof Interrupted)) throw e;
      if (e.signal === SIGKILL) throw e;
    }
  }
  for (const t of timers) t?.cancel();
  for (const s of FORWARDED) task.handlers.delete(s);
  for (const n of notes) await cmd.error(n);
  if (killedHard) {
    // timeout signals its whole process group, itself included: KILL ends it too.
    task.signal(SIGKILL);
    return 128 + SIGKILL;
  }
  if (timedOut && !preserve) return 124;
  if (child.killedBy !== undefined) {
    // A command that died of a signal on its own takes timeout with it.
    if (!timedOut) task.signal(child.killedBy);
    return 128 + child.killedBy;
  }
  return status;
};
