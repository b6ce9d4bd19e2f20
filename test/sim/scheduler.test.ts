import { describe, expect, it } from "vitest";
import { World } from "../../src/index.js";
import type { Program } from "../../src/kernel/task/program.js";
import { Clock } from "../../src/sim/clock.js";
import { Scheduler, type Waiter } from "../../src/sim/scheduler.js";

describe("scheduler", () => {
  it("runs concurrent tasks in virtual time without waiting", async () => {
    const w = new World({ bare: true });
    const prog: Program = async (ctx) => {
      const host = ctx.task.host;
      const child = host.fork(ctx.task, "child");
      void child.start(async (t) => {
        await t.sleep(100e9);
        await ctx.stdout.write("");
        return 0;
      });
      await ctx.stdout.write("started\n");
      const st = await child.waitExit(ctx.task);
      await ctx.stdout.write(`done ${st} at ${ctx.task.sched.clock.now / 1e9}s\n`);
      return 3;
    };
    const r = await w.runProgram(prog, ["prog"]);
    expect(r).toEqual({ stdout: "started\ndone 0 at 100s\n", stderr: "", status: 3 });
  });
});

describe("scheduler: wakeups held back by softirq work", () => {
  it("resumes a task woken during a hold only when the last hold ends, in wake order", async () => {
    const clock = new Clock();
    const s = new Scheduler(clock);
    const log: string[] = [];
    const waiters: Waiter<string>[] = [];
    const task = async (name: string) => {
      s.spawned();
      const v = await s.block<string>(undefined, (w) => {
        waiters.push(w);
      });
      log.push(`${name}:${v}`);
      s.exited();
    };
    void task("a");
    void task("b");
    await s.idle();
    s.holdWakeups();
    s.holdWakeups();
    waiters[1]!.wake("1");
    waiters[0]!.wake("2");
    expect(waiters[0]!.done).toBe(true);
    // A later interrupt finds the wait over.
    waiters[0]!.interrupt(2);
    await s.idle();
    expect(log).toEqual([]);
    s.releaseWakeups();
    await s.idle();
    expect(log).toEqual([]);
    s.releaseWakeups();
    await s.idle();
    expect(log).toEqual(["b:1", "a:2"]);
  });
});
