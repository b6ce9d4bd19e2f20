// The interpreter's parts in isolation (arithmetic, patterns, field splitting,
// a hand-built AST), its virtual-time behaviour (background jobs, CPU cost,
// command limit) and the interactive session on a terminal.
import { describe, expect, it } from "vitest";
import { World } from "../../../src/index.js";
import type { Script, Statement, Word } from "../../../src/shell/ast.js";
import { ArithError, evalArith, type ArithEnv } from "../../../src/shell/interp/arith.js";
import { FieldBuilder } from "../../../src/shell/interp/expand/fields.js";
import { globMatch, matchPrefix, matchSuffix, replacePattern } from "../../../src/shell/interp/pattern.js";
import { Shell } from "../../../src/shell/interp/interpreter.js";
import { bashMain } from "../../../src/shell/bash.js";
import { promptHost } from "../../../src/shell/session.js";
import { TtyFile } from "../../../src/kernel/task/tty.js";
import { InStream, OutStream } from "../../../src/kernel/task/stdio.js";
import { SinkFile, NullFile } from "../../../src/kernel/task/file.js";
import { NetNamespace } from "../../../src/kernel/core/netns.js";

function env(vars: Record<string, string> = {}): ArithEnv & { vars: Record<string, string> } {
  return {
    vars,
    get: (n, i) => (i === undefined ? vars[n] : vars[`${n}[${i}]`]),
    set: (n, i, v) => {
      vars[i === undefined ? n : `${n}[${i}]`] = String(v);
    },
    nounset: false,
  };
}

describe("arithmetic", () => {
  const ev = (s: string, vars: Record<string, string> = {}) => evalArith(s, env(vars)).toString();
  it("follows C precedence and bash's unary minus before **", () => {
    expect(ev("1+2*3")).toBe("7");
    expect(ev("-2**2")).toBe("4");
    expect(ev("2**3**2")).toBe("512");
    expect(ev("1 ? 2 : 3 ? 4 : 5")).toBe("2");
    expect(ev("5 & 3 | 8 ^ 1")).toBe(String((5 & 3) | (8 ^ 1)));
    expect(ev("1 << 2 + 1")).toBe("8");
  });
  it("wraps at 64 bits", () => {
    expect(ev("9223372036854775807 + 1")).toBe("-9223372036854775808");
    expect(ev("2**64")).toBe("0");
    expect(ev("-9223372036854775808 / -1")).toBe("-9223372036854775808");
    expect(ev("99999999999999999999")).toBe("7766279631452241919");
  });
  it("reads bases and recursive variables", () => {
    expect(ev("0x1F + 010 + 2#101 + 64#@")).toBe(String(31 + 8 + 5 + 62));
    expect(ev("a + 1", { a: "b*2", b: "3" })).toBe("7");
  });
  it("assigns, increments and short-circuits", () => {
    const e = env({ x: "5" });
    expect(evalArith("x++ + ++x", e).toString()).toBe("12");
    expect(e.vars.x).toBe("7");
    expect(evalArith("y = x *= 2", e).toString()).toBe("14");
    expect(e.vars.y).toBe("14");
    expect(evalArith("0 && (z = 1)", e).toString()).toBe("0");
    expect(e.vars.z).toBeUndefined();
    expect(evalArith("0 ? 1/0 : 3", e).toString()).toBe("3");
  });
  it("reports errors with bash's words and error tokens", () => {
    const msg = (s: string) => {
      try {
        evalArith(s, env());
      } catch (e) {
        return (e as ArithError).message;
      }
      return "no error";
    };
    expect(msg("1/0")).toBe('1/0: division by 0 (error token is "0")');
    expect(msg("1+")).toBe('1+: syntax error: operand expected (error token is "+")');
    expect(msg("1 2")).toBe('1 2: syntax error in expression (error token is "2")');
    expect(msg("3=4")).toBe('3=4: attempted assignment to non-variable (error token is "=4")');
    expect(msg("08")).toBe('08: value too great for base (error token is "08")');
    expect(msg("1;2")).toBe('1;2: syntax error: invalid arithmetic operator (error token is ";2")');
    expect(msg("2**-1")).toBe('2**-1: exponent less than 0 (error token is "1")');
    expect(msg("1 ? 2")).toBe("1 ? 2: `:' expected for conditional expression (error token is \"2\")");
  });
});

describe("patterns", () => {
  it("matches globs with classes, ranges and escapes", () => {
    expect(globMatch("a*c", "abbbc")).toBe(true);
    expect(globMatch("a?c", "abc")).toBe(true);
    expect(globMatch("[!a]b", "cb")).toBe(true);
    expect(globMatch("[[:digit:]]x", "5x")).toBe(true);
    expect(globMatch("[a-c]", "d")).toBe(false);
    expect(globMatch("\\*", "*")).toBe(true);
    expect(globMatch("\\*", "a")).toBe(false);
    expect(globMatch("[]]", "]")).toBe(true);
    expect(globMatch("[", "[")).toBe(true);
  });
  it("finds shortest and longest prefixes and suffixes", () => {
    expect(matchPrefix("*/", "/usr/lib/x", false)).toBe(1);
    expect(matchPrefix("*/", "/usr/lib/x", true)).toBe(9);
    expect(matchSuffix(".*", "a.tar.gz", false)).toBe(5);
    expect(matchSuffix(".*", "a.tar.gz", true)).toBe(1);
  });
  it("replaces leftmost-longest", () => {
    expect(replacePattern("hello world", "o", "0", "//")).toBe("hell0 w0rld");
    expect(replacePattern("hello world", "l*o", "L", "/")).toBe("heLrld");
    expect(replacePattern("abcabc", "abc", "X", "/%")).toBe("abcX");
  });
});

describe("field splitting", () => {
  const split = (parts: Array<[string, "q" | "s" | "l"]>, ifs = " \t\n") => {
    const fb = new FieldBuilder(ifs);
    for (const [t, k] of parts) k === "q" ? fb.quoted(t) : k === "s" ? fb.split(t) : fb.literal(t);
    return fb.finish().map((f) => f.value);
  };
  it("joins expansion results with surrounding text and trims IFS whitespace", () => {
    expect(split([["pre", "l"], [" a  b ", "s"], ["post", "l"]])).toEqual(["pre", "a", "b", "post"]);
    expect(split([["pre", "l"], [" a  b", "s"], ["post", "l"]])).toEqual(["pre", "a", "bpost"]);
    expect(split([["a::b:", "s"]], ":")).toEqual(["a", "", "b"]);
    expect(split([["", "q"]])).toEqual([""]);
    expect(split([["", "s"]])).toEqual([]);
  });
});

function w(text: string): Word {
  return { type: "Word", parts: [{ type: "Literal", value: text }] };
}

function simple(line: number, ...words: string[]): Statement {
  return {
    type: "Statement",
    line,
    background: false,
    andOr: {
      type: "AndOr",
      line,
      first: { type: "Pipeline", line, negated: false, timed: false, pipeStderr: [], commands: [{ type: "SimpleCommand", line, assignments: [], words: words.map(w), redirects: [] }] },
      rest: [],
    },
  };
}

describe("hand-built AST", () => {
  it("runs a for loop over a brace sequence with an arithmetic assignment", async () => {
    const world = new World({ bare: true });
    const host = world.host();
    let out = "";
    const script: Script = {
      type: "Script",
      body: [
        {
          type: "Statement",
          line: 1,
          background: false,
          andOr: {
            type: "AndOr",
            line: 1,
            rest: [],
            first: {
              type: "Pipeline",
              line: 1,
              negated: false,
              timed: false,
              pipeStderr: [],
              commands: [
                {
                  type: "Compound",
                  line: 1,
                  redirects: [],
                  body: {
                    type: "For",
                    line: 1,
                    variable: "i",
                    items: [{ type: "Word", parts: [{ type: "BraceExpansion", sequence: { from: "1", to: "3" } }] }],
                    body: [
                      simple(2, "echo", "item"),
                      {
                        ...simple(3, "echo"),
                        andOr: {
                          ...simple(3, "echo").andOr,
                          first: {
                            ...simple(3, "echo").andOr.first,
                            commands: [
                              {
                                type: "SimpleCommand",
                                line: 3,
                                assignments: [],
                                redirects: [],
                                words: [w("echo"), { type: "Word", parts: [{ type: "ArithSubstitution", expr: "i*10" }] }],
                              },
                            ],
                          },
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        },
      ],
    };
    const r = await world.runProgram(async (ctx) => {
      const sh = new Shell(ctx.task, { scriptName: "t", env: ctx.env });
      return sh.runChild(() => sh.execList(script.body));
    }, ["t"], { onStdout: (t) => (out += t) });
    void host;
    expect(out).toBe("item\n10\nitem\n20\nitem\n30\n");
    expect(r.status).toBe(0);
  });
});

describe("virtual time", () => {
  it("sleep 100 & echo started; wait; echo done (done-when check)", async () => {
    const world = new World({ bare: true });
    const r = await world.run("sleep 100 & echo started; wait; echo done");
    expect(r).toEqual({ stdout: "started\ndone\n", stderr: "", status: 0 });
    expect(world.now).toBeGreaterThanOrEqual(100e9);
    expect(world.now).toBeLessThan(101e9);
  });

  it("a busy background loop does not starve a foreground sleep", async () => {
    const world = new World({ bare: true });
    const r = await world.run("(while true; do :; done) & sleep 1; kill %1; wait; echo ok");
    expect(r.stdout).toBe("ok\n");
    expect(world.now).toBeGreaterThanOrEqual(1e9);
  });

  it("yes | head -1 ends (the writer dies of SIGPIPE)", async () => {
    const world = new World({ bare: true });
    const r = await world.run("yes | head -1; echo ${PIPESTATUS[@]}");
    expect(r).toEqual({ stdout: "y\n141 0\n", stderr: "", status: 0 });
  });

  it("stops a runaway loop at the command limit with one line", async () => {
    const world = new World({ bare: true, limits: { maxCommands: 5000 } });
    const r = await world.run("while :; do :; done; echo never");
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe("nslab: stopped: command limit of 5000 reached\n");
    expect(r.status).toBe(125);
  });

  it("bounds function recursion without FUNCNEST", async () => {
    const world = new World({ bare: true });
    const r = await world.run("f() { f; }; f\necho after", { scriptName: "S", mode: "-c" });
    expect(r.stderr).toBe("environment: line 1: f: maximum function nesting level exceeded (5000)\n");
    expect(r.stdout).toBe("after\n");
  });

  it("runs a 20 000-iteration loop of builtins", async () => {
    const world = new World({ bare: true });
    const r = await world.run("n=0; for i in {1..20000}; do n=$((n+i)); done; echo $n");
    expect(r.stdout).toBe("200010000\n");
  });
});

/** Runs an interactive bash on a terminal fed with `lines`; returns the terminal transcript. */
async function interactive(lines: string[]): Promise<{ screen: string; status: number }> {
  const world = new World({ bare: true });
  const host = world.host();
  let screen = "";
  const dec = new TextDecoder();
  const tty = new TtyFile((d) => (screen += dec.decode(d)));
  const task = host.newTask(undefined, "bash", { cwd: "/root" });
  tty.host = host;
  tty.setForeground(task.pgid);
  for (const fd of [0, 1, 2]) task.setFd(fd, tty);
  // The front end echoes what is typed; each line is typed once the shell waits for input.
  const envMap = new Map([["HOME", "/root"], ["PATH", "/usr/bin:/bin:/usr/sbin:/sbin"], ["USER", "root"], ["PWD", "/root"]]);
  void task.start((t) => bashMain({ argv: ["bash"], env: envMap, task: t, stdin: new InStream(t, 0), stdout: new OutStream(t, 1), stderr: new OutStream(t, 2) }));
  let next = 0;
  for (let guard = 0; guard < 1000 && task.alive; guard++) {
    await world.sched.drive(() => !task.alive);
    if (!task.alive || tty.readersWaiting === 0) continue;
    if (next < lines.length) {
      const l = lines[next++]!;
      screen += `${l}\n`;
      tty.input(l);
    } else tty.endOfFile();
  }
  return { screen, status: task.exitStatus ?? -1 };
}

describe("interactive session", () => {
  it("prompts, continues after errors, reports background jobs, exits on EOF", async () => {
    const r = await interactive(["echo hi", "nosuch", "if true; then", "echo multi", "fi", "sleep 1 &", "sleep 2", "exit 3"]);
    expect(r.screen).toBe(
      "root@sandbox:~# echo hi\nhi\n" +
        "root@sandbox:~# nosuch\nbash: nosuch: command not found\n" +
        "root@sandbox:~# if true; then\n> echo multi\n> fi\nmulti\n" +
        "root@sandbox:~# sleep 1 &\n[1] 2\n" +
        "root@sandbox:~# sleep 2\n" +
        "[1]+  Done                    sleep 1\n" +
        "root@sandbox:~# exit 3\nexit\n",
    );
    expect(r.status).toBe(3);
  });

  it("prints exit on end of file", async () => {
    const r = await interactive(["cd /tmp"]);
    expect(r.screen).toBe("root@sandbox:~# cd /tmp\nroot@sandbox:/tmp# exit\n");
    expect(r.status).toBe(0);
  });

  it("shows the network namespace in the prompt host", () => {
    const world = new World({ bare: true });
    const host = world.host();
    const task = host.newTask(undefined, "bash", { cwd: "/root" });
    expect(promptHost(task, false)).toBe("sandbox");
    const ns = new NetNamespace(host.id, false);
    host.fs.mknod("/run/netns/lab-ns0", { typeChar: "-", mode: 0o444, nsref: ns, open: () => new NullFile() });
    task.setns(ns);
    expect(promptHost(task, false)).toBe("sandbox(lab-ns0)");
    const other = new NetNamespace(host.id, false);
    task.setns(other);
    expect(promptHost(task, false)).toBe(`sandbox(netns:[${other.inum}])`);
    void SinkFile;
  });
});
