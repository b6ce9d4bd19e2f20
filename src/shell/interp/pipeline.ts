// Pipelines (every part in its own child task, joined by pipes), subshells,
// background jobs, foreground waits, and the messages bash prints about
// processes killed by signals.

import type { Pipeline, Statement } from "../ast.js";
import { NullFile, type OpenFile } from "../../kernel/task/file.js";
import { Pipe } from "../../kernel/task/pipe.js";
import type { Task } from "../../kernel/task/task.js";
import { Interrupted } from "../../sim/scheduler.js";
import { COST_FORK, isLoneSimple } from "./consts.js";
import type { Shell } from "./interpreter.js";
import { jobDone, signalDesc } from "./jobs.js";
import { SIGINT, SIGQUIT_NUM } from "./signals.js";
import { andOrText, commandText, pipelineText } from "./text.js";

/** ( list ): a forked copy of the shell in a child task. */
export async function runSubshell(sh: Shell, body: Statement[]): Promise<number> {
  const child = sh.forkTask("bash");
  const sub = sh.fork(child);
  sub.execInPlace = isLoneSimple(body);
  sh.charge(COST_FORK);
  void child.start(() => sub.runChild(() => sub.execList(body)));
  const st = await sh.waitTask(child);
  await sh.reportForeground([child], child.comm);
  return st;
}

export async function runPipelineParts(sh: Shell, pl: Pipeline): Promise<number> {
  const tasks = sh.startPipelineParts(pl, false);
  const sts: number[] = [];
  for (const t of tasks) sts.push(await sh.waitTask(t));
  sh.pipestatus = sts;
  await sh.reportForeground(tasks, pipelineText(pl));
  let st = sts[sts.length - 1]!;
  if (sh.opts.pipefail) {
    for (let i = sts.length - 1; i >= 0; i--) {
      if (sts[i] !== 0) {
        st = sts[i]!;
        break;
      }
    }
  }
  return st;
}

/** Starts every part of a pipeline in its own child task, connected by pipes. */
export function startPipelineParts(sh: Shell, pl: Pipeline, background: boolean): Task[] {
  const tasks: Task[] = [];
  let prevRead: OpenFile | undefined;
  const n = pl.commands.length;
  for (let i = 0; i < n; i++) {
    const cmd = pl.commands[i]!;
    const child = sh.forkTask(commandText(cmd));
    if (prevRead) child.setFd(0, prevRead);
    else if (background && !sh.opts.monitor && !sh.inPipe) child.setFd(0, new NullFile());
    if (i < n - 1) {
      const p = new Pipe();
      child.setFd(1, p.writeEnd);
      if (pl.pipeStderr[i]) child.setFd(2, p.writeEnd);
      prevRead = p.readEnd;
    }
    if (background) sh.prepareAsync(child);
    const sub = sh.fork(child);
    sub.execInPlace = cmd.type === "SimpleCommand";
    sub.inPipe = true;
    sh.charge(COST_FORK);
    void child.start(() => sub.runChild(() => sub.execCommand(cmd)));
    tasks.push(child);
  }
  return tasks;
}

/** Asynchronous commands without job control ignore SIGINT/SIGQUIT; with it they get their own group. */
export function prepareAsync(sh: Shell, child: Task): void {
  if (sh.opts.monitor) return;
  child.handlers.set(SIGINT, "ignore");
  child.handlers.set(SIGQUIT_NUM, "ignore");
}

/** `cmd &`: starts the job and returns at once. */
export function startBackground(sh: Shell, s: Statement): void {
  const ao = s.andOr;
  let tasks: Task[];
  const text = andOrText(ao);
  const pgidOwn = sh.opts.monitor;
  if (ao.rest.length === 0 && ao.first.commands.length > 1 && !ao.first.negated && !ao.first.timed) {
    tasks = sh.startPipelineParts(ao.first, true);
  } else {
    const child = sh.forkTask(text);
    if (!sh.opts.monitor && !sh.inPipe) child.setFd(0, new NullFile());
    sh.prepareAsync(child);
    const sub = sh.fork(child);
    sub.execInPlace = ao.rest.length === 0 && ao.first.commands.length === 1 && !ao.first.negated && ao.first.commands[0]!.type === "SimpleCommand";
    sh.charge(COST_FORK);
    void child.start(() => sub.runChild(() => sub.execAndOr(ao)));
    tasks = [child];
  }
  if (pgidOwn) for (const t of tasks) t.pgid = tasks[0]!.pid;
  const job = sh.jobs.add(tasks, text, tasks[0]!.pgid);
  sh.lastBgPid = tasks[tasks.length - 1]!.pid;
  if (sh.interactive) sh.writeSync(2, `[${job.id}] ${sh.lastBgPid}\n`);
}

/** Waits for a child task; a trapped signal does not interrupt a foreground wait. */
export async function waitTask(sh: Shell, t: Task): Promise<number> {
  for (;;) {
    try {
      return await t.waitExit(sh.task);
    } catch (e) {
      if (sh.trappedInterrupt(e)) continue;
      throw e;
    }
  }
}

/** Messages bash prints when a foreground job was killed by a signal. */
export async function reportForeground(sh: Shell, tasks: Task[], text: string | (() => string)): Promise<void> {
  reportForegroundNow(sh, tasks, text);
}

/** reportForeground's work, for a caller that need not await (see expand/sync.ts). */
export function reportForegroundNow(sh: Shell, tasks: Task[], text: string | (() => string)): void {
  const last = tasks[tasks.length - 1]!;
  const sig = last.killedBy;
  if (sig !== undefined && sig !== SIGINT && sig !== 13) {
    if (sig === 15 && !sh.interactive) sh.writeSync(2, "Terminated\n");
    else if (sh.interactive) sh.writeSync(2, `${signalDesc(sig)}\n`);
    else sh.writeSync(2, `${sh.errPrefix()}${String(last.pid).padStart(5)} ${signalDesc(sig).padEnd(24)}${typeof text === "string" ? text : text()}\n`);
  } else if (sig === SIGINT && sh.interactive) sh.writeSync(2, "\n");
  sh.notifyJobs();
}

/**
 * Reaps background jobs killed by a signal. A non-interactive shell reports
 * them (other than INT, PIPE and TERM); an interactive one reports every
 * finished job before the next prompt (session.ts).
 */
export function notifyJobs(sh: Shell): void {
  if (sh.interactive || sh.jobs.jobs.length === 0) return;
  for (const j of [...sh.jobs.jobs]) {
    if (!jobDone(j) || j.notified) continue;
    const last = j.procs[j.procs.length - 1]!;
    const sig = last.killedBy;
    // bash keeps a job that exited on its own in the table until `wait` or
    // `jobs` reports it (POSIX's "until the user has been notified"), except
    // under `bash -c` (Shell.keepExitedJobs); jobs killed by a signal go now.
    if (sig === undefined && sh.keepExitedJobs) continue;
    j.notified = true;
    if (sig !== undefined && sig !== SIGINT && sig !== 13 && sig !== 15) {
      sh.writeSync(2, `${sh.errPrefix()}${String(last.pid).padStart(5)} ${signalDesc(sig).padEnd(24)}${j.text}\n`);
    }
    sh.jobs.remove(j);
  }
}
