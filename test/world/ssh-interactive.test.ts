// `ssh HOST` on a terminal: the remote login shell owns the terminal (its
// prompt, its input, Ctrl-C reaches its foreground job) until it exits.
import { describe, expect, it } from "vitest";
import { TerminalSession, type WallTimer } from "../../src/web/terminal-session.js";
import { World } from "../../src/world/world.js";

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

async function settle(wall: FakeWall): Promise<void> {
  for (let i = 0; i < 40; i++) {
    await new Promise((r) => setImmediate(r));
    wall.advance(1);
  }
}

describe("ssh on a terminal", () => {
  it("opens a shell on the other host and comes back", async () => {
    const world = new World({ hosts: ["a", "b"] });
    await world.boot();
    const wall = new FakeWall();
    let out = "";
    const dec = new TextDecoder();
    const s = new TerminalSession(world, { output: (d) => (out += dec.decode(d)), timer: wall });
    const done = s.run();
    await settle(wall);
    for (const line of ["ssh b", "hostname", "sleep 100", "\u0003", "exit", "hostname", "exit"]) {
      if (line === "\u0003") s.interrupt();
      else s.input(line);
      await settle(wall);
    }
    expect(await done).toBe(0);
    // Real bash, being a login shell there, says "logout" where ours says "exit".
    expect(out).toBe(
      "root@a:~# root@b:~# b\nroot@b:~# ^C\nroot@b:~# exit\nConnection to b closed.\r\nroot@a:~# a\nroot@a:~# exit\n",
    );
  });
});
