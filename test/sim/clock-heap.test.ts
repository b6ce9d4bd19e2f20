// The clock's heap (sim/clock.ts: keys kept in typed arrays beside the
// timers) against the order it must give, checked by a naive queue: every
// event runs in (at, seq) order, the earliest live timer first. Random
// programs of timers that make timers (many distinct delays, ties, the
// current instant), cancel others and ask nextTime(), long enough that the
// heap's key arrays grow several times.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Clock, type TimerHandle } from "../../src/sim/clock.js";

type Act = { delay: number; spawn: number[]; cancel: number };

const arbDelay = fc.oneof(fc.constantFrom(0, 1, 1000), fc.integer({ min: 0, max: 5000 }));
const arbAct = fc.record({
  delay: arbDelay,
  spawn: fc.array(arbDelay, { maxLength: 3 }),
  cancel: fc.integer({ min: -1, max: 400 }),
});

interface Ref {
  at: number;
  seq: number;
  cancelled: boolean;
  fn: () => void;
}

/** The same program on the Clock (ref false) or on a naive queue (ref true). */
function run(acts: Act[], ref: boolean): string {
  const clock = new Clock(42);
  const queue: Ref[] = [];
  let now = 42;
  let seq = 0;
  const after = (delay: number, fn: () => void): TimerHandle => {
    if (!ref) return clock.after(delay, fn);
    const t: Ref = { at: now + delay, seq: seq++, cancelled: false, fn };
    queue.push(t);
    return {
      get at() {
        return t.at;
      },
      get cancelled() {
        return t.cancelled;
      },
      cancel: () => {
        t.cancelled = true;
      },
    };
  };
  const earliest = (): number => {
    let b = -1;
    for (let k = 0; k < queue.length; k++) {
      const q = queue[k]!;
      if (q.cancelled) continue;
      if (b < 0 || q.at < queue[b]!.at || (q.at === queue[b]!.at && q.seq < queue[b]!.seq)) b = k;
    }
    return b;
  };
  const nowOf = () => (ref ? now : clock.now);
  const next = () => {
    if (!ref) return clock.nextTime();
    const b = earliest();
    return b < 0 ? undefined : queue[b]!.at;
  };
  const log: string[] = [];
  const handles: TimerHandle[] = [];
  let made = 0;
  const make = (delay: number, depth: number): void => {
    const id = made++;
    const act = acts[id % acts.length]!;
    handles.push(
      after(delay, () => {
        log.push(`${id}@${nowOf()} next=${next()}`);
        if (act.cancel >= 0 && act.cancel < handles.length) handles[act.cancel]!.cancel();
        if (depth < 6 && made < 600) for (const d of act.spawn) make(d, depth + 1);
      }),
    );
  };
  for (const a of acts) make(a.delay, 0);
  for (let i = 0; i < 2000; i++) {
    if (!ref) {
      if (!clock.runNext()) break;
      continue;
    }
    const b = earliest();
    if (b < 0) break;
    const t = queue.splice(b, 1)[0]!;
    if (t.at > now) now = t.at;
    t.fn();
  }
  log.push(`end ${nowOf()} next=${next()}`);
  return log.join("\n");
}

describe("clock: the heap", () => {
  it("runs timers in (time, creation) order", () => {
    let longest = 0;
    fc.assert(
      fc.property(fc.array(arbAct, { minLength: 1, maxLength: 150 }), (acts) => {
        const got = run(acts, false);
        longest = Math.max(longest, got.split("\n").length);
        expect(got).toBe(run(acts, true));
      }),
      { numRuns: 200, seed: 20261122 },
    );
    expect(longest).toBeGreaterThan(300);
  });
});
