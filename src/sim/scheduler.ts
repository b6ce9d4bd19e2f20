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
    try {
      for (;;) {
        this.eventsLeft = maxEvents - events;
        await this.idle();
        if (done()) return "done";
        events += this.charged;
        this.charged = 0;
        if (!this.clock.runNext()) return "stalled";
        if (++events > maxEvents) throw new LimitExceeded(`event limit of ${maxEvents} reached`);
      }
    } finally {
      this.eventsLeft = outerLeft;
      this.charged = outerCharged;
    }
  }
}
