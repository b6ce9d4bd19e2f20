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
 * sifting the now-timers through it. The heap keeps each timer's key in two
 * typed arrays beside it (hAt, hSeq), so sifting compares numbers next to
 * each other instead of reading two timer objects per step (10 000
 * containers keep ~30 000 timers pending, and every event sifts).
 */
export class Clock {
  private nowNs: Nanos = 0;
  private heap: Timer[] = [];
  /** heap[i].at and heap[i].seq (capacity grows by doubling). */
  private hAt = new Float64Array(64);
  private hSeq = new Float64Array(64);
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
    return this.heap.length ? this.hAt[0]! : undefined;
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

  /** Takes the seq the next timer would get, for a timer made later with atSeq() (Scheduler.sleepInPlace). */
  reserveSeq(): number {
    return this.seq++;
  }

  /** A timer with a seq taken earlier by reserveSeq(); kept in the heap (the FIFO holds seqs in order). */
  atSeq(at: Nanos, seq: number, fn: () => void): TimerHandle {
    const t = new Timer(Math.max(at, this.nowNs), seq, fn);
    this.push(t);
    return t;
  }

  /** Whether a live timer orders before (at, seq): it would run before a timer with that key. */
  dueBefore(at: Nanos, seq: number): boolean {
    this.dropCancelled();
    let t: Timer | undefined;
    if (this.fifoHead < this.fifoTail) t = this.fifo[this.fifoHead];
    if (this.heap.length && (!t || this.less(this.heap[0]!, t))) t = this.heap[0];
    return t !== undefined && (t.at < at || (t.at === at && t.seq < seq));
  }

  /** Moves the clock to `at` (never back) as the event of a timer that was accounted, not stored (Scheduler.sleepInPlace). */
  advanceTo(at: Nanos): void {
    if (at > this.nowNs) this.nowNs = at;
    this.eventsRun++;
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
    let i = h.length;
    h.push(t);
    if (i >= this.hAt.length) {
      const at = new Float64Array(2 * this.hAt.length);
      at.set(this.hAt);
      this.hAt = at;
      const seq = new Float64Array(2 * this.hSeq.length);
      seq.set(this.hSeq);
      this.hSeq = seq;
    }
    const A = this.hAt;
    const S = this.hSeq;
    const at = t.at;
    const seq = t.seq;
    // Up while less() than the parent (the same tests as less()).
    while (i > 0) {
      const p = (i - 1) >> 1;
      const pa = A[p]!;
      if (!(at < pa || (at === pa && seq < S[p]!))) break;
      h[i] = h[p]!;
      A[i] = pa;
      S[i] = S[p]!;
      i = p;
    }
    h[i] = t;
    A[i] = at;
    S[i] = seq;
  }

  private pop(): Timer | undefined {
    const h = this.heap;
    if (!h.length) return undefined;
    const top = h[0]!;
    const last = h.pop()!;
    const n = h.length;
    if (n) {
      const A = this.hAt;
      const S = this.hSeq;
      const at = A[n]!;
      const seq = S[n]!;
      // The last timer down from the root, with the same tests as the
      // swapping sift (less() of left child, then right, against the smaller).
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        let ma = at;
        let ms = seq;
        if (l < n && (A[l]! < ma || (A[l]! === ma && S[l]! < ms))) {
          m = l;
          ma = A[l]!;
          ms = S[l]!;
        }
        if (r < n && (A[r]! < ma || (A[r]! === ma && S[r]! < ms))) {
          m = r;
          ma = A[r]!;
          ms = S[r]!;
        }
        if (m === i) break;
        h[i] = h[m]!;
        A[i] = ma;
        S[i] = ms;
        i = m;
      }
      h[i] = last;
      A[i] = at;
      S[i] = seq;
    }
    return top;
  }
}

/** Whether timers for the current instant take the FIFO (off only for the differential test of it). */
let nowFifo = true;
export function setClockNowFifo(on: boolean): void {
  nowFifo = on;
}
