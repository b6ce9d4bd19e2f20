// Behaviour that depends on the virtual clock or a terminal, which a recording
// on a wall-clock machine cannot pin: expected outputs follow GNU's rules
// (formats checked against the real programs with fixed dates).
import { describe, expect, it } from "vitest";
import { World } from "../../src/index.js";
import { SinkFile } from "../../src/kernel/task/file.js";
import { lsMain } from "../../src/tools/coreutils/ls.js";

const run = (script: string) => new World({ bare: true }).run(script, { scriptName: "/dev/fd/3" });

describe("virtual time", () => {
  it("sleep advances the world clock without wall time", async () => {
    const w = new World({ bare: true });
    const r = await w.run("sleep 100; sleep 1.5 0.5m; date +%s", { scriptName: "/dev/fd/3" });
    expect(r).toEqual({ stdout: `${1767225600 + 131}\n`, stderr: "", status: 0 });
    // 131.5 s of sleeping, plus the few virtual microseconds commands cost.
    expect(w.now).toBeGreaterThanOrEqual(131.5e9);
    expect(w.now).toBeLessThan(131.6e9);
  });

  it("date prints the world's epoch in the default format", async () => {
    expect(await run("date; date -u +%FT%T%:z; date -R; date -I")).toEqual({
      stdout: "Thu Jan  1 00:00:00 UTC 2026\n2026-01-01T00:00:00+00:00\nThu, 01 Jan 2026 00:00:00 +0000\n2026-01-01\n",
      stderr: "",
      status: 0,
    });
  });

  it("timeout kills at the virtual deadline, -k escalates to KILL", async () => {
    const w = new World({ bare: true });
    const r = await w.run(
      "timeout 5 sleep 60; echo $?; timeout -k 2 1 sh -c 'trap \"\" TERM; sleep 60'; echo $?; date +%s",
      { scriptName: "/dev/fd/3" },
    );
    expect(r.stdout).toBe(`124\n137\n${1767225600 + 8}\n`);
    expect(r.status).toBe(0);
  });

  it("ls -l shows recent files with the time of day", async () => {
    const r = await run("mkdir d; echo hi > d/f; sleep 3661; touch d/g; ls -l d");
    expect(r).toEqual({
      stdout: "total 4\n-rw-r--r-- 1 root root 3 Jan  1 00:00 f\n-rw-r--r-- 1 root root 0 Jan  1 01:01 g\n",
      stderr: "",
      status: 0,
    });
  });

  it("tail -f prints what is appended while it polls", async () => {
    const r = await run("echo a > f; tail -f f & sleep 2; echo b >> f; sleep 2; kill $!; wait $! 2>/dev/null; echo done");
    expect(r.stdout).toBe("a\nb\ndone\n");
  });
});

describe("streams", () => {
  it("yes | head ends, and head gives unread bytes of a file back", async () => {
    expect(await run("yes | head -n 2; printf '1\\n2\\n3\\n' > f; { head -n 1; cat; } < f")).toEqual({
      stdout: "y\ny\n1\n2\n3\n",
      stderr: "",
      status: 0,
    });
  });
});

describe("terminal", () => {
  it("ls lays names out in columns on a terminal", async () => {
    const w = new World({ bare: true });
    const fs = w.host().fs;
    fs.mkdirp("/root/d");
    for (const n of ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa", "lambda", "mu"]) {
      fs.writeFile(undefined, "/root/d", n, "");
    }
    let out = "";
    const r = await w.runProgram(
      async (ctx) => {
        ctx.task.setFd(1, new SinkFile((b) => (out += new TextDecoder().decode(b)), "tty", true));
        return lsMain({ ...ctx, argv: ["ls", "d"], env: new Map([["COLUMNS", "40"]]) });
      },
      ["ls"],
    );
    expect(r.status).toBe(0);
    // What `ls -C --width=40` prints for these names (GNU pads with tabs to 8-column stops).
    expect(out).toBe("alpha  epsilon\tiota\tmu\nbeta   eta\tkappa\ttheta\ndelta  gamma\tlambda\tzeta\n");
  });
});
