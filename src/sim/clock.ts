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

/** Binary min-heap of timers keyed by (at, seq). */
export class Clock {
  private nowNs: Nanos = 0;
  private heap: Timer[] = [];
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
    const t = new Timer(Math.max(at, this.nowNs), this.seq++, fn);
    this.push(t);
    return t;
  }

  /** Runs fn `delay` ns from now. */
  after(delay: Nanos, fn: () => void): TimerHandle {
    return this.at(this.nowNs + Math.max(0, delay), fn);
  }

  /** Time of the earliest live event, or undefined when none is pending. */
  nextTime(): Nanos | undefined {
    this.dropCancelled();
    return this.heap.length ? this.heap[0]!.at : undefined;
  }

  get pending(): number {
    return this.heap.length;
  }

  /** Advances the clock to the earliest event and runs it. False when idle. */
  runNext(): boolean {
    this.dropCancelled();
    const t = this.pop();
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

  private dropCancelled(): void {
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
