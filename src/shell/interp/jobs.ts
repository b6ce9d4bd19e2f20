// The shell's job table (bash's jobs.c in behaviour): background jobs, their
// processes, the current (+) and previous (-) job, jobspecs (%N %+ %- %% %str
// %?str), and the status words `jobs` prints. Jobs run as child tasks in
// virtual time; their state is read from the tasks themselves.

import type { Task } from "../../kernel/task/task.js";

export interface Job {
  id: number;
  procs: Task[];
  /** Command text as bash prints it (without the trailing " &"). */
  text: string;
  pgid: number;
  /** Reported as finished (interactive "Done" message or `jobs`). */
  notified: boolean;
}

/** strsignal() texts (glibc). */
export const SIGNAL_DESC: Record<number, string> = {
  1: "Hangup", 2: "Interrupt", 3: "Quit", 4: "Illegal instruction", 5: "Trace/breakpoint trap", 6: "Aborted",
  7: "Bus error", 8: "Floating point exception", 9: "Killed", 10: "User defined signal 1",
  11: "Segmentation fault", 12: "User defined signal 2", 13: "Broken pipe", 14: "Alarm clock",
  15: "Terminated", 16: "Stack fault", 17: "Child exited", 18: "Continued", 19: "Stopped (signal)",
  20: "Stopped", 21: "Stopped (tty input)", 22: "Stopped (tty output)", 23: "Urgent I/O condition",
  24: "CPU time limit exceeded", 25: "File size limit exceeded", 26: "Virtual timer expired",
  27: "Profiling timer expired", 28: "Window changed", 29: "I/O possible", 30: "Power failure",
  31: "Bad system call",
};

export function signalDesc(sig: number): string {
  return SIGNAL_DESC[sig] ?? `Unknown signal ${sig}`;
}

export class JobTable {
  jobs: Job[] = [];
  /** Statuses of background processes already reaped, for `wait PID` afterwards. */
  readonly reaped = new Map<number, number>();

  /** js.j_current / js.j_previous: the `+` and `-` jobs, kept as bash keeps them (below). */
  private cur: Job | undefined;
  private prev: Job | undefined;

  add(procs: Task[], text: string, pgid: number): Job {
    const id = this.jobs.length ? Math.max(...this.jobs.map((j) => j.id)) + 1 : 1;
    const j: Job = { id, procs, text, pgid, notified: false };
    this.jobs.push(j);
    // stop_pipeline() of an async job: reset_current().
    this.resetCurrent();
    return j;
  }

  remove(j: Job): void {
    const i = this.jobs.indexOf(j);
    if (i >= 0) this.jobs.splice(i, 1);
    for (const p of j.procs) if (!p.alive) this.reaped.set(p.pid, p.exitStatus!);
    // delete_job(): losing the current or previous job picks them again.
    if (j === this.cur || j === this.prev) this.resetCurrent();
  }

  current(): Job | undefined {
    return this.cur;
  }

  previous(): Job | undefined {
    return this.prev;
  }

  /**
   * reset_current(): the newest running job becomes current, or none (a job
   * that has finished is never made current; it keeps `+` only if it had it).
   * Stopped jobs, bash's first choice, do not occur here.
   */
  private resetCurrent(): void {
    const c = this.newestRunning(Infinity);
    if (c) this.setCurrentJob(c);
    else this.cur = this.prev = undefined;
  }

  /** set_current_job(): the previous job is the newest running one older than the current, else the current itself. */
  private setCurrentJob(job: Job): void {
    if (this.cur !== job) {
      this.prev = this.cur;
      this.cur = job;
    }
    this.prev = this.newestRunning(jobDone(job) ? Infinity : job.id) ?? job;
  }

  /** most_recent_job_in_state(id, JRUNNING): the newest running job below `id`. */
  private newestRunning(below: number): Job | undefined {
    for (let i = this.jobs.length - 1; i >= 0; i--) {
      const j = this.jobs[i]!;
      if (j.id < below && !jobDone(j)) return j;
    }
    return undefined;
  }

  marker(j: Job): string {
    if (j === this.current()) return "+";
    if (j === this.previous()) return "-";
    return " ";
  }

  byPid(pid: number): Job | undefined {
    return this.jobs.find((j) => j.procs.some((p) => p.pid === pid));
  }

  /** Resolves a jobspec (%1, %+, %-, %%, %name, %?text). */
  find(spec: string): Job | undefined | "ambiguous" {
    const s = spec.slice(1);
    if (s === "" || s === "+" || s === "%") return this.current();
    if (s === "-") return this.previous();
    if (/^\d+$/.test(s)) return this.jobs.find((j) => j.id === Number(s));
    const matches = s.startsWith("?")
      ? this.jobs.filter((j) => j.text.includes(s.slice(1)))
      : this.jobs.filter((j) => j.text.startsWith(s));
    if (matches.length > 1) return "ambiguous";
    return matches[0];
  }

  /** A subshell's view: the same jobs (for `jobs`), though they are not its children. */
  clone(): JobTable {
    const t = new JobTable();
    t.jobs = [...this.jobs];
    t.cur = this.cur;
    t.prev = this.prev;
    return t;
  }
}

export function jobDone(j: Job): boolean {
  return j.procs.every((p) => !p.alive);
}

/**
 * The status word of a job as `jobs` prints it: Running, Done, Exit 2,
 * Terminated, Killed… (bash's printable_job_status: "Done(2)" only in posix mode).
 */
export function jobState(j: Job, posix = false): string {
  if (!jobDone(j)) return "Running";
  const last = j.procs[j.procs.length - 1]!;
  if (last.killedBy !== undefined) return signalDesc(last.killedBy);
  const st = last.exitStatus!;
  return st === 0 ? "Done" : posix ? `Done(${st})` : `Exit ${st}`;
}

/** Exit status of a finished job (its last process). */
export function jobStatus(j: Job): number {
  return j.procs[j.procs.length - 1]!.exitStatus ?? 0;
}

/** One `jobs` listing (default format, or -l with pids, one line per process). */
export function formatJob(table: JobTable, j: Job, long: boolean, posix = false): string {
  const head = `[${j.id}]${table.marker(j)}`;
  const state = jobState(j, posix);
  const amp = jobDone(j) ? "" : " &";
  if (!long) return `${head}  ${state.padEnd(24)}${j.text}${amp}\n`;
  // -l: each process of the pipeline on its own line.
  const parts = splitPipeline(j.text, j.procs.length);
  let out = "";
  j.procs.forEach((p, i) => {
    const prefix = i === 0 ? `${head} ` : "     ";
    const st = i === 0 ? state : "";
    const txt = i === 0 ? parts[i] : `| ${parts[i]}`;
    out += `${prefix}${String(p.pid).padStart(5)} ${st.padEnd(24)}${txt}${i === j.procs.length - 1 ? amp : ""}\n`;
  });
  return out;
}

function splitPipeline(text: string, n: number): string[] {
  if (n <= 1) return [text];
  const parts = text.split(" | ");
  if (parts.length === n) return parts;
  return [text, ...new Array(n - 1).fill("")];
}
