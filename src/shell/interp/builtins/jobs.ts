// Job control builtins in virtual time: wait, kill, jobs, fg, bg, disown.
// Waiting blocks in the scheduler (task.waitExit), so background jobs keep
// running and the clock moves while the shell waits.

import type { Task } from "../../../kernel/task/task.js";
import { Interrupted } from "../../../sim/scheduler.js";
import type { Builtin, Shell } from "../interpreter.js";
import { formatJob, jobDone, jobStatus, signalDesc, type Job } from "../jobs.js";
import { parseSignalSpec, signalList } from "../signals.js";
import { SIGNALS } from "../../../uapi/signal.js";
import { getopts, USAGE } from "./util.js";
import { killPgrp } from "../../../kernel/task/kill_pgrp.js";

/** Resolves a jobspec, printing bash's message when it does not exist. */
function findJob(sh: Shell, cmd: string, spec: string): Job | undefined {
  const j = sh.jobs.find(spec);
  if (j === "ambiguous") {
    sh.errorLine(`${cmd}: ${spec.slice(1)}: ambiguous job spec`);
    sh.errorLine(`${cmd}: ${spec}: no such job`);
    return undefined;
  }
  if (!j) sh.errorLine(`${cmd}: ${spec}: no such job`);
  return j;
}

/** Waits for one task; a trapped signal ends the wait with 128+sig (the trap then runs). */
async function waitOne(sh: Shell, t: Task): Promise<number> {
  try {
    return await t.waitExit(sh.task);
  } catch (e) {
    if (sh.trappedInterrupt(e)) return -(e as Interrupted).signal;
    throw e;
  }
}

async function waitJob(sh: Shell, j: Job): Promise<number> {
  for (const p of j.procs) {
    const r = await waitOne(sh, p);
    if (r < 0) return r;
  }
  const st = jobStatus(j);
  reportKilled(sh, j);
  sh.jobs.remove(j);
  return st;
}

/** A job killed by a signal (other than INT, PIPE, TERM) is reported when it is reaped. */
function reportKilled(sh: Shell, j: Job): void {
  if (j.notified) return;
  j.notified = true;
  const last = j.procs[j.procs.length - 1]!;
  const sig = last.killedBy;
  if (sig === undefined || sig === 2 || sig === 13 || sig === 15 || sh.interactive) return;
  sh.writeSync(2, `${sh.errPrefix()}${String(last.pid).padStart(5)} ${signalDesc(sig).padEnd(24)}${j.text}\n`);
}

export const wait: Builtin = async (sh, argv) => {
  const o = getopts(sh, "wait", argv, "fnp:", USAGE.wait);
  if (!o) return 2;
  const pvar = o.flags.get("p") as string | undefined;
  if (o.flags.has("n")) {
    const pending = sh.jobs.jobs.filter((j) => o.args.length === 0 || o.args.some((a) => sh.jobs.find(a) === j));
    if (!pending.length) return 127;
    // Next job to finish: block until any of them exits.
    for (;;) {
      const done = pending.find(jobDone);
      if (done) {
        const st = jobStatus(done);
        if (pvar) sh.setVar(pvar, String(done.procs[done.procs.length - 1]!.pid));
        sh.jobs.remove(done);
        return st;
      }
      // Poll in virtual time (1 ms): the task API has no "any of these exited" wait.
      try {
        await sh.task.sleep(1_000_000);
      } catch (e) {
        if (sh.trappedInterrupt(e)) return 128 + (e as Interrupted).signal;
        throw e;
      }
    }
  }
  if (!o.args.length) {
    for (;;) {
      // Only our own children can be waited for (a subshell sees its parent's jobs but cannot wait).
      const j = sh.jobs.jobs.find((x) => !jobDone(x) && x.procs.some((p) => p.parent === sh.task)) ?? undefined;
      if (!j) break;
      const r = await waitJob(sh, j);
      if (r < 0) {
        await sh.runPendingTraps();
        return 128 - r;
      }
    }
    // bash 5.2 also waits for the last process substitution when it is still $!.
    const ps = sh.lastProcSubst;
    if (ps && ps.alive && ps.parent === sh.task && ps.pid === sh.lastBgPid) {
      const r = await waitOne(sh, ps);
      if (r < 0) {
        await sh.runPendingTraps();
        return 128 - r;
      }
    }
    // Reap the rest (finished ones) silently, reporting signals as bash does:
    // wait_for_background_pids() marks every dead job notified except, in a
    // non-interactive shell, the one whose last process is $! (it keeps its
    // slot and number until `jobs` lists it or `wait` waits for it), then
    // forgets the saved statuses of reaped processes (bgp_clear).
    sh.notifyJobs();
    for (const j of [...sh.jobs.jobs]) {
      const keep = !sh.interactive && jobDone(j) && j.procs[j.procs.length - 1]!.pid === sh.lastBgPid;
      if (!keep) sh.jobs.remove(j);
    }
    sh.jobs.reaped.clear();
    return 0;
  }
  let st = 0;
  for (const a of o.args) {
    if (a.startsWith("%")) {
      const j = findJob(sh, "wait", a);
      if (!j) {
        st = 127;
        continue;
      }
      const r = await waitJob(sh, j);
      if (r < 0) return 128 - r;
      st = r;
      continue;
    }
    if (!/^\d+$/.test(a)) {
      sh.errorLine(`wait: \`${a}': not a pid or valid job spec`);
      st = 2;
      continue;
    }
    const pid = Number(a);
    const j = sh.jobs.byPid(pid);
    if (j) {
      const p = j.procs.find((x) => x.pid === pid)!;
      const r = await waitOne(sh, p);
      if (r < 0) return 128 - r;
      st = r;
      if (jobDone(j)) {
        reportKilled(sh, j);
        sh.jobs.remove(j);
      }
      continue;
    }
    const old = sh.jobs.reaped.get(pid);
    if (old !== undefined) {
      st = old;
      sh.jobs.reaped.delete(pid);
      continue;
    }
    // A finished child leaves task.children; the last process substitution
    // stays waitable through $!, as in bash 5.2.
    const ps = sh.lastProcSubst;
    const child = [...(sh.task.children ?? [])].find((c) => c.pid === pid) ?? (ps && ps.pid === pid && ps.parent === sh.task ? ps : undefined);
    if (child) {
      const r = await waitOne(sh, child);
      if (r < 0) return 128 - r;
      st = r;
      continue;
    }
    sh.errorLine(`wait: pid ${pid} is not a child of this shell`);
    st = 127;
  }
  return st;
};

export const kill: Builtin = async (sh, argv) => {
  let sig = 15;
  let i = 1;
  if (argv.length < 2) {
    killUsage(sh);
    return 2;
  }
  const a1 = argv[1]!;
  if (a1 === "-l" || a1 === "-L") {
    if (argv.length === 2) {
      await sh.write(1, signalList());
      return 0;
    }
    let out = "";
    let st = 0;
    for (const x of argv.slice(2)) {
      if (/^\d+$/.test(x)) {
        let n = Number(x);
        if (n > 128) n -= 128;
        const name = Object.entries(SIGNALS).find(([, v]) => v === n)?.[0];
        if (!name) {
          sh.errorLine(`kill: ${x}: invalid signal specification`);
          st = 1;
        } else out += `${name}\n`;
      } else {
        const n = parseSignalSpec(x);
        if (n === undefined) {
          sh.errorLine(`kill: ${x}: invalid signal specification`);
          st = 1;
        } else out += `${n}\n`;
      }
    }
    await sh.write(1, out);
    return st;
  }
  if (a1 === "-s" || a1 === "-n") {
    const spec = argv[2];
    if (spec === undefined) {
      sh.errorLine(`kill: ${a1}: option requires an argument`);
      return 2;
    }
    const n = parseSignalSpec(spec);
    if (n === undefined) {
      sh.errorLine(`kill: ${spec}: invalid signal specification`);
      return 1;
    }
    sig = n;
    i = 3;
  } else if (a1.startsWith("-") && a1 !== "-" && a1 !== "--") {
    const n = parseSignalSpec(a1.slice(1));
    if (n === undefined) {
      sh.errorLine(`kill: ${a1.slice(1)}: invalid signal specification`);
      return 1;
    }
    sig = n;
    i = 2;
  } else if (a1 === "--") i = 2;
  if (argv[i] === "--") i++;
  if (i >= argv.length) {
    killUsage(sh);
    return 2;
  }
  let st = 0;
  const host = sh.task.host;
  for (const a of argv.slice(i)) {
    if (a.startsWith("%")) {
      const j = findJob(sh, "kill", a);
      if (!j) {
        st = 1;
        continue;
      }
      // A job that ended but is still in the table (not yet reported): bash's
      // kill_pid() skips its dead processes (success, silent) or, with job
      // control, killpg() finds the group gone (ESRCH).
      if (jobDone(j)) {
        if (sh.opts.monitor) {
          sh.errorLine(`kill: (${j.pgid}) - No such process`);
          st = 1;
        }
        continue;
      }
      // With job control the job is its own process group (killpg); without, each of its processes.
      if (sh.opts.monitor) signalGroup(sh, j.pgid, sig);
      else for (const p of j.procs) if (p.alive) p.signal(sig);
      continue;
    }
    if (!/^-?\d+$/.test(a)) {
      sh.errorLine(`kill: ${a}: arguments must be process or job IDs`);
      st = 1;
      continue;
    }
    const pid = Number(a);
    if (pid <= 0) {
      const pg = pid === 0 ? sh.task.pgid : -pid;
      if (!signalGroup(sh, pg, sig)) {
        sh.errorLine(`kill: (${a}) - No such process`);
        st = 1;
      }
      continue;
    }
    const t = host.tasks.get(pid);
    if (!t || !t.alive) {
      sh.errorLine(`kill: (${pid}) - No such process`);
      st = 1;
      continue;
    }
    t.signal(sig);
  }
  // Let a signal sent to ourselves take effect now.
  if (sh.task.killedBy !== undefined) throw new Interrupted(sh.task.killedBy);
  return st;
};

function signalGroup(sh: Shell, pgid: number, sig: number): boolean {
  return killPgrp(sh.task.host, pgid, sig);
}

export const jobs: Builtin = async (sh, argv) => {
  const o = getopts(sh, "jobs", argv, "lnprsx", USAGE.jobs);
  if (!o) return 2;
  let list = sh.jobs.jobs;
  let st = 0;
  if (o.args.length) {
    list = [];
    for (const a of o.args) {
      const j = findJob(sh, "jobs", a);
      if (!j) st = 1;
      else list.push(j);
    }
  }
  if (o.flags.has("r")) list = list.filter((j) => !jobDone(j));
  if (o.flags.has("s")) list = [];
  let out = "";
  for (const j of list) {
    if (o.flags.has("p")) out += `${j.procs[0]!.pid}\n`;
    else out += formatJob(sh.jobs, j, o.flags.has("l"), sh.opts.posix);
  }
  await sh.write(1, out);
  // Finished jobs are forgotten once listed.
  for (const j of list) if (jobDone(j)) sh.jobs.remove(j);
  return st;
};

export const fg: Builtin = async (sh, argv) => {
  if (!sh.opts.monitor) {
    sh.errorLine(`${argv[0]}: no job control`);
    return 1;
  }
  const spec = argv[1] ?? "%+";
  const j = findJob(sh, argv[0]!, spec);
  if (!j) return 1;
  if (argv[0] === "bg") {
    await sh.write(1, `[${j.id}]${sh.jobs.marker(j)} ${j.text} &\n`);
    return 0;
  }
  await sh.write(1, `${j.text}\n`);
  let st = 0;
  for (const p of j.procs) st = await sh.waitTask(p);
  sh.jobs.remove(j);
  return st;
};

export const disown: Builtin = (sh, argv) => {
  const o = getopts(sh, "disown", argv, "har", USAGE.disown);
  if (!o) return 2;
  if (o.flags.has("a") || (!o.args.length && o.flags.has("r"))) {
    for (const j of [...sh.jobs.jobs]) if (!o.flags.has("r") || !jobDone(j)) sh.jobs.jobs.splice(sh.jobs.jobs.indexOf(j), 1);
    return 0;
  }
  const specs = o.args.length ? o.args : ["%+"];
  let st = 0;
  for (const s of specs) {
    const j = s.startsWith("%") ? findJob(sh, "disown", s) : sh.jobs.byPid(Number(s));
    if (!j) {
      st = 1;
      continue;
    }
    if (!o.flags.has("h")) sh.jobs.jobs.splice(sh.jobs.jobs.indexOf(j), 1);
  }
  return st;
};

/** kill's usage message: bash's one line, or dash's two with the `sh: N:` prefix. */
function killUsage(sh: Shell): void {
  if (sh.dialect === "dash") sh.errorLine("kill: Usage: kill [-s sigspec | -signum | -sigspec] [pid | job]... or\nkill -l [exitstatus]");
  else sh.writeSync(2, `kill: usage: ${USAGE.kill}\n`);
}
