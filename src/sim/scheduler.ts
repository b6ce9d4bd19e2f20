// Cooperative scheduling of simulated processes in virtual time.
//
// Every process is an async function. A process is "running" until it blocks in
// one of the scheduler's primitives (sleep, wait for a pipe, for a packet...).
// The clock only advances when no process is running: then the earliest event
// fires, which may wake processes, and so on. All waking goes through here, so
// ordering is deterministic and `sleep 100` costs microseconds of wall time.

import { Clock, type Nanos } from "./clock.js";

/** Thrown into a blocked process when a signal interrupts its wait. */
export class Interrupted extends Error {
  constructor(readonly signal: number) {
    super(`interrupted by signal ${signal}`);
  }
}

/** Thrown when the world hits one of its configured limits. */
export class LimitExceeded extends Error {
  constructor(readonly what: string) {
    super(what);
  }
}

/** One pending wait. `wake` resumes the waiter with a value; `interrupt` with an Interrupted error. */
export interface Waiter<T> {
  wake(value: T): void;
  interrupt(signal: number): void;
  readonly done: boolean;
}

/** Something a waiting process can be interrupted out of (its current wait). */
export interface Interruptible {
  current: Waiter<unknown> | undefined;
}

/**
 * One wait of Scheduler.block(): an object with methods rather than a set of
 * closures (a ping flood blocks once per round trip).
 */
class BlockWaiter<T> implements Waiter<T> {
  done = false;
  cleanup: (() => void) | undefined = undefined;

  constructor(
    private readonly sched: Scheduler,
    private readonly owner: Interruptible | undefined,
    private readonly resolve: (v: T) => void,
    private readonly reject: (e: unknown) => void,
  ) {}

  /** The wait is over: no longer interruptible, its cleanup run. */
  private end(): void {
    this.done = true;
    this.sched.blocked--;
    const owner = this.owner;
    if (owner && owner.current === this) owner.current = undefined;
    const cleanup = this.cleanup;
    if (cleanup) {
      this.cleanup = undefined;
      cleanup();
    }
  }

  wake(v: T): void {
    if (this.done) return;
    this.end();
    const sched = this.sched;
    if (sched.holding()) {
      // The wait is over (a later signal finds it done), but the task runs
      // only after the pending softirq work.
      this.value = v;
      sched.defer(this);
      return;
    }
    sched.resumed();
    this.resolve(v);
  }

  /** The value of a wakeup held back (see wake). */
  private value: T | undefined = undefined;

  /** The held-back wakeup resumes (Scheduler.releaseWakeups). */
  resumeDeferred(): void {
    const v = this.value as T;
    this.value = undefined;
    this.sched.resumed();
    this.resolve(v);
  }

  interrupt(sig: number): void {
    if (this.done) return;
    this.end();
    this.sched.resumed();
    this.reject(new Interrupted(sig));
  }
}

const SETTLED: Promise<void> = Promise.resolve();

/** Switch for the differential test of Scheduler.sleepInPlace (false: every sleep is scheduled), and how often it was taken. */
export const inPlaceSleeps = { enabled: true, taken: 0, events: 0 };

const NEVER_DONE = (): boolean => false;

/** A wakeup held back until releaseWakeups(). */
interface Deferred {
  resumeDeferred(): void;
}

export class Scheduler {
  private running = 0;
  private idleResolve: (() => void) | undefined;
  /** Sections holding wakeups back: bottom halves disabled, or NET_RX softirq work pending. */
  private holds = 0;
  /** Wakeups made while softirq work was pending: they resume once it is done. */
  private deferred: (Deferred | undefined)[] = [];
  private nDeferred = 0;
  /** The other of the two arrays deferred alternates between (none made per release; never shortened). */
  private spare: (Deferred | undefined)[] = [];

  /** Processes started or resumed so far (the ping flood batch checks that only its own task ran). */
  wakeups = 0;
  /** Events the innermost drive() may still run before its limit (the ping flood batch stays below it); 0 while none drives. */
  eventsLeft = 0;
  /** Events run in aggregate (Clock.chargeBatch) that the running drive() counts against its limit. */
  private charged = 0;
  /** Waits begun and not yet over (BlockWaiter). */
  blocked = 0;
  /** drive() loops running, and the innermost one's stop condition (see sleepInPlace). */
  private driving = 0;
  private doneFn: () => boolean = NEVER_DONE;
  /** An event run by sleepInPlace threw: the running drive() throws it (as when it runs the event itself). */
  private failure: { error: unknown } | undefined;

  constructor(readonly clock: Clock) {}

  /** `n` events ran in a batch accounted in aggregate: they count against drive()'s limit. */
  chargeEvents(n: number): void {
    this.charged += n;
    this.eventsLeft -= n;
  }

  /** A new process starts running. Pair with exit(). */
  spawned(): void {
    this.wakeups++;
    this.running++;
  }

  /** A process finished (it was running when it finished). */
  exited(): void {
    this.running--;
    this.checkIdle();
  }

  get runningCount(): number {
    return this.running;
  }

  /**
   * Blocks the calling process until `arm`'s wake is called. `arm` receives the
   * waiter and returns an optional cleanup run when the wait ends either way.
   * `owner.current` is set for the duration so a signal can interrupt it.
   */
  block<T>(owner: Interruptible | undefined, arm: (w: Waiter<T>) => (() => void) | void): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const waiter = new BlockWaiter<T>(this, owner, resolve, reject);
      if (owner) owner.current = waiter as Waiter<unknown>;
      this.running--;
      this.blocked++;
      const cleanup = arm(waiter);
      // Woken inside arm(): the wait is over before its cleanup existed (never run).
      if (!waiter.done) {
        if (cleanup) waiter.cleanup = cleanup;
        this.checkIdle();
      }
    });
  }

  /** A blocked process resumes (BlockWaiter's end of a wait). */
  resumed(): void {
    this.wakeups++;
    this.running++;
  }

  /** Whether wakeups are held back now (see holdWakeups). */
  holding(): boolean {
    return this.holds > 0;
  }

  /** A wakeup made while held: it resumes at releaseWakeups(). */
  defer(w: Deferred): void {
    this.deferred[this.nDeferred++] = w;
  }

  /**
   * Holds wakeups back: a section with bottom halves disabled (dev_queue_xmit),
   * or softirq work that is pending (a host's receive backlog has frames
   * waiting for net_rx_action). Linux runs pending softirqs at the end of
   * such a section, before it returns to any task (on the way out of the
   * sending syscall, or of the interrupt), so a task woken meanwhile — a
   * packet socket's reader woken by the outgoing copy of the frame — runs
   * only after the whole exchange the frame triggers. Pair with
   * releaseWakeups().
   */
  holdWakeups(): void {
    this.holds++;
  }

  /** Ends a holdWakeups() section; when none is left, the deferred wakeups resume, in order. */
  releaseWakeups(): void {
    if (--this.holds > 0 || !this.nDeferred) return;
    const d = this.deferred;
    const n = this.nDeferred;
    this.deferred = this.spare;
    this.nDeferred = 0;
    this.spare = d;
    try {
      for (let i = 0; i < n; i++) d[i]!.resumeDeferred();
    } finally {
      for (let i = 0; i < n; i++) d[i] = undefined;
    }
  }

  /** Sleeps `ns` of virtual time. */
  sleep(owner: Interruptible | undefined, ns: Nanos): Promise<void> {
    return this.block<void>(owner, (w) => {
      const t = this.clock.after(ns, () => w.wake());
      return () => t.cancel();
    });
  }

  /**
   * sleep(owner, ns) by the only running process, done in place when nothing
   * can tell: returns undefined after doing what the scheduled sleep does,
   * else the promise of a scheduled sleep.
   *
   * Scheduled, the sleep is: a timer at now + ns (taking the next seq), the
   * process blocks, drive() finds the world idle, runs every event ordered
   * before that timer (checking its stop condition and event limit before
   * each), then the timer, and the process resumes alone. When no other
   * process is running or blocked (none can be woken or run meanwhile: an
   * event's only way to a process is a wakeup), no wakeup is held back, and
   * a drive() is running (the terminal session paces the clock itself), this
   * runs the same events in the same order here — the seq reserved first,
   * so their timers get the seqs they would have, the process counted as
   * blocked while they run — then moves the clock to now + ns and accounts
   * the timer's event. Event order, clock, timer and event counts, wakeups,
   * the events each sees left (ping batch) are the same; no microtask runs
   * in between either way. Where drive() would stop (its condition holds)
   * or come near its limit, the rest is scheduled with the reserved seq,
   * which is exactly where the scheduled sleep stands at that point. With
   * another process blocked somewhere, only a sleep with no event due
   * before its end is done in place. test/sim/sleep-in-place.test.ts runs
   * scripts both ways (inPlaceSleeps.enabled).
   */
  sleepInPlace(owner: Interruptible | undefined, ns: Nanos): Promise<void> | undefined {
    if (this.running !== 1 || this.holds > 0 || this.driving === 0 || this.eventsLeft < 1 || !inPlaceSleeps.enabled) return this.sleep(owner, ns);
    const clock = this.clock;
    const until = clock.now + Math.max(0, ns);
    if (this.blocked !== 0) {
      const next = clock.nextTime();
      if (next !== undefined && next <= until) return this.sleep(owner, ns);
    }
    const seq = clock.reserveSeq();
    // Blocked, as far as anyone can tell, while the events before its timer run.
    this.running = 0;
    for (;;) {
      if (this.doneFn()) return this.blockRest(owner, until, seq);
      if (!clock.dueBefore(until, seq)) break;
      // The event and the sleep's own one must stay within drive()'s limit; else drive() throws at one of them.
      if (this.eventsLeft < 2) return this.blockRest(owner, until, seq);
      try {
        clock.runNext();
      } catch (e) {
        // drive() would have thrown it: it does, and this process stays blocked as it would have.
        this.failure = { error: e };
        this.running = 1;
        return this.block<void>(owner, () => {});
      }
      this.chargeEvents(1);
      inPlaceSleeps.events++;
      if (this.running !== 0 || this.holds > 0) throw new Error("sleepInPlace: an event resumed a process");
    }
    this.running = 1;
    clock.advanceTo(until);
    this.chargeEvents(1);
    this.wakeups++;
    inPlaceSleeps.taken++;
    return undefined;
  }

  /** The rest of a sleepInPlace() as the scheduled sleep: its timer (the reserved seq), the process blocked. */
  private blockRest(owner: Interruptible | undefined, until: Nanos, seq: number): Promise<void> {
    this.running = 1;
    return this.block<void>(owner, (w) => {
      const t = this.clock.atSeq(until, seq, () => w.wake());
      return () => t.cancel();
    });
  }

  /** Resolves when no process is running (all blocked or exited). */
  idle(): Promise<void> {
    // One settled promise for every idle answer (awaiting it takes the same
    // microtask turn as a new one; drive() asks once per event).
    if (this.running <= 0) return SETTLED;
    return new Promise((r) => {
      this.idleResolve = r;
    });
  }

  private checkIdle(): void {
    if (this.running <= 0 && this.idleResolve) {
      const r = this.idleResolve;
      this.idleResolve = undefined;
      r();
    }
  }

  /**
   * Drives the world until `done()` holds or nothing can happen any more.
   * Returns "done", or "stalled" when every process waits for something that
   * no scheduled event will bring.
   */
  async drive(done: () => boolean, maxEvents = Number.POSITIVE_INFINITY): Promise<"done" | "stalled"> {
    let events = 0;
    const outerLeft = this.eventsLeft;
    const outerCharged = this.charged;
    this.charged = 0;
    const outerDone = this.doneFn;
    this.driving++;
    try {
      for (;;) {
        this.eventsLeft = maxEvents - events;
        this.doneFn = done;
        await this.idle();
        if (this.failure) {
          const e = this.failure.error;
          this.failure = undefined;
          throw e;
        }
        if (done()) return "done";
        events += this.charged;
        this.charged = 0;
        if (!this.clock.runNext()) return "stalled";
        if (++events > maxEvents) throw new LimitExceeded(`event limit of ${maxEvents} reached`);
      }
    } finally {
      this.driving--;
      this.doneFn = outerDone;
      this.eventsLeft = outerLeft;
      this.charged = outerCharged;
    }
  }
}
