import { describe, expect, it } from "vitest";
import { World } from "../../src/index.js";
import type { Program } from "../../src/kernel/task/program.js";

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
