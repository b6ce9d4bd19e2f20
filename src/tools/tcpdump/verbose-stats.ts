// tcpdump -v -w FILE (without --print): once a second, "Got N\r" on stderr
// with the number of packets captured, when it changed since the last time
// (verbose_stats_dump on the SIGALRM of a 1 s setitimer, first after 1 s and
// 1 µs). The alarm interrupts libpcap's poll(), which goes on waiting; one
// that comes while tcpdump handles a packet is skipped (infodelay). The
// itimer is set after the capture ring, so at an equal instant the ring's
// block retires first. Here the alarm is an event on the clock, re-armed in
// its phase only while there is something new to report, so an idle capture
// keeps no event pending.

import type { TimerHandle } from "../../sim/clock.js";
import { Interrupted } from "../../sim/scheduler.js";
import type { ProgramContext } from "../../kernel/task/program.js";
import { SIGALRM } from "../../uapi/signal.js";

const SEC = 1_000_000_000;
/** setitimer's it_value beyond the second (1 µs), plus the ring set up before it (1 µs). */
const FIRST_NS = SEC + 2_000;

export interface VerboseStats {
  /** Waits for the next frame through `wait`, printing the count at each alarm meanwhile. */
  next<T>(wait: () => Promise<T>, stopping: () => boolean): Promise<T>;
  /** A packet was captured. */
  counted(): void;
  /** setitimer(0) in cleanup. */
  stop(): void;
}

export function verboseStatsDump(ctx: ProgramContext, enabled: boolean, captured: () => number): VerboseStats {
  if (!enabled) return { next: (wait) => wait(), counted() {}, stop() {} };
  const clock = ctx.task.host.clock;
  const start = clock.now;
  let timer: TimerHandle | undefined;
  let waiting = false;
  let first = true;
  let prev = 0;
  let stopped = false;
  const arm = (at: number) => {
    timer = clock.at(at, () => {
      timer = undefined;
      if (waiting) ctx.task.current?.interrupt(SIGALRM);
      else arm(at + SEC);
    });
  };
  const nextTick = () => {
    const k = Math.max(0, Math.ceil((clock.now - start - FIRST_NS) / SEC));
    return start + FIRST_NS + k * SEC;
  };
  arm(start + FIRST_NS);
  return {
    async next(wait, stopping) {
      for (;;) {
        waiting = true;
        try {
          return await wait();
        } catch (e) {
          if (!(e instanceof Interrupted) || e.signal !== SIGALRM || stopping()) throw e;
        } finally {
          waiting = false;
        }
        const n = captured();
        if (first || n !== prev) {
          first = false;
          prev = n;
          await ctx.stderr.write(`Got ${n}\r`);
        }
      }
    },
    counted() {
      if (!timer && !stopped && !first) arm(nextTick());
    },
    stop() {
      stopped = true;
      timer?.cancel();
      timer = undefined;
    },
  };
}
