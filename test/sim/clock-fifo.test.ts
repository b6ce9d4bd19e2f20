// Timers for the current instant go to the clock's FIFO (sim/clock.ts)
// instead of its heap: the order events run in, the clock's time, events
// run, timers made and nextTime() must be the heap's, for
// random programs of timers that make timers (now and later), cancel
// others, and ask nextTime() in between.
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { Clock, setClockNowFifo, type TimerHandle } from "../../src/sim/clock.js";

type Act = { delay: number; spawn: number[]; cancel: number };

const arbAct = fc.record({
  delay: fc.constantFrom(0, 0, 0, 1, 5, 1000),
  spawn: fc.array(fc.constantFrom(0, 0, 1, 7, 1000), { maxLength: 3 }),
  cancel: fc.integer({ min: -1, max: 30 }),
});

function run(acts: Act[], fifo: boolean): string {
  setClockNowFifo(fifo);
  const clock = new Clock(42);
  const log: string[] = [];
  const handles: TimerHandle[] = [];
  let made = 0;
  const make = (delay: number, depth: number): void => {
    const id = made++;
    const act = acts[id % acts.length]!;
    handles.push(
      clock.after(delay, () => {
        log.push(`${id}@${clock.now} next=${clock.nextTime()}`);
        if (act.cancel >= 0 && act.cancel < handles.length) handles[act.cancel]!.cancel();
        if (depth < 4 && made < 200) for (const d of act.spawn) make(d, depth + 1);
      }),
    );
  };
  for (const a of acts) make(a.delay, 0);
  for (let i = 0; i < 1000 && clock.runNext(); i++);
  log.push(`end ${clock.now} ${clock.eventsRun} next=${clock.nextTime()}`);
  return log.join("\n");
}

describe("clock: the FIFO for timers of the current instant", () => {
  afterEach(() => setClockNowFifo(true));

  it("runs timers in the heap's order", () => {
    fc.assert(
      fc.property(fc.array(arbAct, { minLength: 1, maxLength: 12 }), (acts) => {
        expect(run(acts, true)).toBe(run(acts, false));
      }),
      { numRuns: 1000 },
    );
  });
});
