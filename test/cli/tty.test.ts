// The terminal device (src/kernel/task/tty.ts) and the interactive session
// driver (src/web/terminal-session.ts), with a tiny stand-in shell so the
// wiring is checked apart from the bash interpreter: one typed line reaches
// exactly one reader (the innermost foreground shell), Ctrl-D is end of file
// once, Ctrl-C signals the foreground process group, prompts come from the
// world, and virtual time follows the (here simulated) wall clock.
import { describe, expect, it } from "vitest";
import { World } from "../../src/world/world.js";
import { TerminalSession, type WallTimer } from "../../src/web/terminal-session.js";
import { TtyFile } from "../../src/kernel/task/tty.js";
import { spawn } from "../../src/kernel/task/exec.js";
import type { Program } from "../../src/kernel/task/program.js";
import { Interrupted } from "../../src/sim/scheduler.js";
import { SIGINT } from "../../src/uapi/signal.js";

/** A stand-in shell: prompt "P<depth>> ", `nest` runs a nested one, `sleep N` sleeps N virtual seconds. */
function miniShell(depth: number): Program {
  const main: Program = async (ctx) => {
    ctx.task.handlers.set(SIGINT, () => {});
    for (;;) {
      await ctx.stderr.write(`P${depth}> `);
      let l: { line: string } | null;
      try {
        l = await ctx.stdin.readLine();
      } catch (e) {
        if (e instanceof Interrupted) {
          await ctx.stderr.write("\n");
          continue;
        }
        throw e;
      }
      if (l === null) {
        await ctx.stderr.write("exit\n");
        return depth;
      }
      const [cmd, arg] = l.line.split(" ");
      if (cmd === "nest") {
        const child = spawn(ctx.task, { argv: ["sh"], env: ctx.env, program: miniShell(depth + 1) });
        const st = await child.waitExit(ctx.task);
        await ctx.stdout.write(`nested exited ${st}\n`);
      } else if (cmd === "sleep") {
        try {
          await ctx.task.sleep(Number(arg) * 1e9);
          await ctx.stdout.write(`slept at ${ctx.task.sched.clock.now / 1e9}s\n`);
        } catch (e) {
          if (!(e instanceof Interrupted)) throw e;
          await ctx.stdout.write("\n");
        }
      } else if (cmd === "exit") return Number(arg ?? 0);
      else await ctx.stdout.write(`got(${depth}): ${l.line}\n`);
    }
  };
  return main;
}

/** A wall clock the test moves by hand. */
class FakeWall implements WallTimer {
  t = 0;
  private timers: Array<{ at: number; fn: () => void; off: boolean }> = [];
  now(): number {
    return this.t;
  }
  after(ms: number, fn: () => void): () => void {
    const e = { at: this.t + ms, fn, off: false };
    this.timers.push(e);
    return () => {
      e.off = true;
    };
  }
  advance(ms: number): void {
    this.t += ms;
    for (const e of this.timers.splice(0)) {
      if (e.off) continue;
      if (e.at <= this.t) e.fn();
      else this.timers.push(e);
    }
  }
}

async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await new Promise((r) => setImmediate(r));
}

function start() {
  const wall = new FakeWall();
  let out = "";
  const dec = new TextDecoder();
  const world = new World({ bare: true });
  const s = new TerminalSession(world, { output: (d) => (out += dec.decode(d)), timer: wall, shell: { main: miniShell(1), argv: ["sh"] } });
  const waits: string[] = [];
  s.tty.onReadWait = () => waits.push(s.tty.promptLine);
  const done = s.run();
  const take = () => {
    const o = out;
    out = "";
    return o;
  };
  return { s, wall, world, done, take, waits };
}

describe("terminal session", () => {
  it("gives each typed line to the innermost shell, EOF once, and prompts through the world", async () => {
    const { s, done, take, waits } = start();
    await settle();
    expect(take()).toBe("P1> ");
    expect(s.tty.readersWaiting).toBe(1);
    expect(waits).toEqual(["P1> "]);

    s.input("hello");
    await settle();
    expect(take()).toBe("got(1): hello\nP1> ");

    s.input("nest");
    await settle();
    expect(take()).toBe("P2> ");
    expect(s.tty.readersWaiting).toBe(1);
    // The echoed Enter started a new line: the prompt is the nested shell's alone.
    expect(s.tty.promptLine).toBe("P2> ");

    // Typed ahead: two lines, read one per read() by the nested shell, in order.
    s.input("a");
    s.input("b\n");
    await settle();
    expect(take()).toBe("got(2): a\nP2> got(2): b\nP2> ");

    s.endOfFile();
    await settle();
    expect(take()).toBe("exit\nnested exited 2\nP1> ");
    expect(waits.at(-1)).toBe("P1> ");

    s.input("exit 7");
    expect(await done).toBe(7);
    expect(s.alive).toBe(false);
  });

  it("Ctrl-C interrupts the foreground job and drops typed-ahead input", async () => {
    const { s, wall, done, take } = start();
    await settle();
    take();
    s.input("sleep 100");
    s.input("typed-ahead");
    await settle();
    expect(s.tty.queued).toBe(1);
    wall.advance(1000);
    await settle();
    expect(take()).toBe("");
    s.interrupt();
    await settle();
    expect(take()).toBe("^C\nP1> ");
    expect(s.tty.queued).toBe(0);
    // At the prompt, Ctrl-C interrupts the read; the shell prompts again.
    s.interrupt();
    await settle();
    expect(take()).toBe("^C\nP1> ");
    s.input("exit 0");
    expect(await done).toBe(0);
  });

  it("paces virtual time by the wall clock", async () => {
    const { s, wall, done, take } = start();
    await settle();
    take();
    wall.advance(5000);
    s.input("sleep 2");
    await settle();
    expect(take()).toBe("");
    wall.advance(1999);
    await settle();
    expect(take()).toBe("");
    wall.advance(1);
    await settle();
    expect(take()).toBe("slept at 7s\nP1> ");
    s.input("exit 0");
    expect(await done).toBe(0);
  });
});

describe("TtyFile", () => {
  it("hands a line to the foreground reader even when a background one waits too", async () => {
    const w = new World({ bare: true });
    const got: string[] = [];
    const prog: Program = async (ctx) => {
      const tty = new TtyFile(() => {});
      tty.host = ctx.task.host;
      const reader = (name: string): Program => async (c) => {
        const l = await c.stdin.readLine();
        got.push(`${name}:${l === null ? "EOF" : l.line}`);
        return 0;
      };
      const fds = new Map([[0, tty]]);
      const fg = spawn(ctx.task, { argv: ["fg"], env: ctx.env, program: reader("fg"), fds });
      tty.setForeground(fg.pgid);
      const bg = spawn(ctx.task, { argv: ["bg"], env: ctx.env, program: reader("bg"), fds, pgid: 999 });
      ctx.task.host.clock.after(1e9, () => tty.input("line"));
      ctx.task.host.clock.after(2e9, () => tty.endOfFile());
      await fg.waitExit(ctx.task);
      await bg.waitExit(ctx.task);
      return 0;
    };
    const r = await w.runProgram(prog, ["t"]);
    expect(r.status).toBe(0);
    expect(got).toEqual(["fg:line", "bg:EOF"]);
  });

  it("is a terminal, and remembers the prompt left on the current line", () => {
    const out: string[] = [];
    const tty = new TtyFile((d) => out.push(new TextDecoder().decode(d)));
    expect(tty.tty).toBe(true);
    const enc = new TextEncoder();
    tty.write(undefined as never, enc.encode("line one\nroot@nslab:"));
    tty.write(undefined as never, enc.encode("~# "));
    expect(tty.promptLine).toBe("root@nslab:~# ");
    expect(out.join("")).toBe("line one\nroot@nslab:~# ");
  });
});
