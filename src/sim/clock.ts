// The world's one clock: a discrete-event queue in virtual nanoseconds.
// Nothing in the model reads wall time; everything that happens "later" is an
// event here, ordered by (time, insertion order) so replays are identical.

export type Nanos = number;

export const NS_PER_US = 1_000;
export const NS_PER_MS = 1_000_000;
export const NS_PER_SEC = 1_000_000_000;

export interface TimerHandle {
  readonly at: Nanos;
  cancel(): void;
  readonly cancelled: boolean;
}

class Timer implements TimerHandle {
  cancelled = false;
  constructor(
    readonly at: Nanos,
    readonly seq: number,
    readonly fn: () => void,
  ) {}
  cancel(): void {
    this.cancelled = true;
  }
}

/**
 * Binary min-heap of timers keyed by (at, seq), and a FIFO for timers made
 * for the current instant (a raised softirq, a wakeup: a ping flood makes one
 * per round trip). A timer for "now" carries the highest seq so far, so it
 * runs after every pending timer of this instant and before any later one:
 * the FIFO holds exactly those, in seq order, and the clock cannot move while
 * it is not empty (its head is the earliest timer). runNext() takes the
 * smaller (at, seq) of the two heads: the same order as one heap, without
 * sifting the now-timers through it.
 */
export class Clock {
  private nowNs: Nanos = 0;
  private heap: Timer[] = [];
  /** Timers for the instant `nowNs`, in seq order, in fifo[fifoHead, fifoTail) (the array is never shortened: setting its length is a runtime call). */
  private fifo: (Timer | undefined)[] = [];
  private fifoHead = 0;
  private fifoTail = 0;
  private seq = 0;
  /** Count of events run so far; the world uses it to bound runaway scripts. */
  eventsRun = 0;
  /** True while an event runs (interrupt/softirq context), false while processes run. */
  inEvent = false;

  constructor(start: Nanos = 0) {
    this.nowNs = start;
  }

  get now(): Nanos {
    return this.nowNs;
  }

  /** Runs fn at absolute virtual time `at` (never earlier than now). */
  at(at: Nanos, fn: () => void): TimerHandle {
    const now = this.nowNs;
    const t = new Timer(Math.max(at, now), this.seq++, fn);
    if (t.at === now && nowFifo) this.fifo[this.fifoTail++] = t;
    else this.push(t);
    return t;
  }

  /** Runs fn `delay` ns from now. */
  after(delay: Nanos, fn: () => void): TimerHandle {
    return this.at(this.nowNs + Math.max(0, delay), fn);
  }

  /** Time of the earliest live event, or undefined when none is pending. */
  nextTime(): Nanos | undefined {
    this.dropCancelled();
    if (this.fifoHead < this.fifoTail) return this.fifo[this.fifoHead]!.at;
    return this.heap.length ? this.heap[0]!.at : undefined;
  }

  /** Timers stored, cancelled ones not yet dropped included (so it depends on where they are stored). */
  get pending(): number {
    return this.heap.length + this.fifoTail - this.fifoHead;
  }

  /** Timers made so far (the seq of the next one). */
  get timersMade(): number {
    return this.seq;
  }

  /**
   * Counts `made` timers made and `run` events run that happened in a batch
   * of work accounted in aggregate (the ping flood batch, kernel/ipv4/ping_batch.ts:
   * k round trips at one instant, each of which made and ran the same timers).
   */
  chargeBatch(made: number, run: number): void {
    this.seq += made;
    this.eventsRun += run;
  }

  /** Advances the clock to the earliest event and runs it. False when idle. */
  runNext(): boolean {
    this.dropCancelled();
    const t = this.fifoHead < this.fifoTail && (!this.heap.length || this.less(this.fifo[this.fifoHead]!, this.heap[0]!)) ? this.shiftFifo() : this.pop();
    if (!t) return false;
    if (t.at > this.nowNs) this.nowNs = t.at;
    this.eventsRun++;
    this.inEvent = true;
    try {
      t.fn();
    } finally {
      this.inEvent = false;
    }
    return true;
  }

  private shiftFifo(): Timer {
    const f = this.fifo;
    const t = f[this.fifoHead]!;
    f[this.fifoHead++] = undefined;
    if (this.fifoHead === this.fifoTail) {
      this.fifoHead = 0;
      this.fifoTail = 0;
    }
    return t;
  }

  private dropCancelled(): void {
    while (this.fifoHead < this.fifoTail && this.fifo[this.fifoHead]!.cancelled) this.shiftFifo();
    while (this.heap.length && this.heap[0]!.cancelled) this.pop();
  }

  private less(a: Timer, b: Timer): boolean {
    return a.at < b.at || (a.at === b.at && a.seq < b.seq);
  }

  private push(t: Timer): void {
    const h = this.heap;
    h.push(t);
    let i = h.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.less(h[i]!, h[p]!)) break;
      const t = h[i]!;
      h[i] = h[p]!;
      h[p] = t;
      i = p;
    }
  }

  private pop(): Timer | undefined {
    const h = this.heap;
    if (!h.length) return undefined;
    const top = h[0]!;
    const last = h.pop()!;
    if (h.length) {
      h[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && this.less(h[l]!, h[m]!)) m = l;
        if (r < h.length && this.less(h[r]!, h[m]!)) m = r;
        if (m === i) break;
        const t = h[i]!;
        h[i] = h[m]!;
        h[m] = t;
        i = m;
      }
    }
    return top;
  }
}

/** Whether timers for the current instant take the FIFO (off only for the differential test of it). */
let nowFifo = true;
export function setClockNowFifo(on: boolean): void {
  nowFifo = on;
}
