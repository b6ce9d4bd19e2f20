// `nslab shell` in a real terminal (tmux): the prompt, a command's output,
// history with the Up arrow, Ctrl-C, a nested shell in a namespace, exit and
// Ctrl-D. The first block runs the CLI with a stand-in shell
// (fixtures/mini-bash.ts) to pin the readline wiring on its own; the second
// runs the real interpreter.
import { mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Plugin } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCli } from "../../scripts/build.mjs";
import { cliBundle } from "./support.js";
import { Tmux, tmuxAvailable } from "./tmux.js";

const HAVE_TMUX = tmuxAvailable();
if (!HAVE_TMUX) console.warn("test/cli/shell.test.ts: skipped: tmux is not installed (apt-get install -y tmux)");

const PROMPT = /^root@sandbox:~# $/;
const lines = (s: string) => s.split("\n");
const endsWithPrompt = (re: RegExp) => (s: string) => re.test(lines(s).at(-1) + " ");

function launch(bundle: string, home: string): Tmux {
  return new Tmux(`env HOME=${home} TERM=xterm ${process.execPath} ${bundle} shell --bare`);
}

describe.skipIf(!HAVE_TMUX)("nslab shell wiring (stand-in shell)", () => {
  let tm: Tmux;
  let home: string;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), "nslab-shell-"));
    home = join(dir, "home");
    mkdirSync(home);
    const miniBash = fileURLToPath(new URL("fixtures/mini-bash.ts", import.meta.url));
    const swap: Plugin = {
      name: "mini-bash",
      setup(b) {
        // Everyone importing bash.js gets the stand-in, except the stand-in itself.
        b.onResolve({ filter: /shell\/bash\.js$/ }, (a) => (a.importer === miniBash ? undefined : { path: miniBash }));
      },
    };
    const bundle = await buildCli(join(dir, "nslab.mjs"), [swap]);
    tm = launch(bundle, home);
  });
  afterAll(() => tm?.kill());

  it("prompts, runs, recalls history, handles Ctrl-C, nests, and leaves on Ctrl-D", async () => {
    await tm.waitFor("the prompt", (s) => PROMPT.test(`${lines(s).at(-1)} `));
    tm.type("hello world");
    tm.press("Enter");
    await tm.waitFor("the output", (s) => s.includes("out: hello world\nroot@sandbox:~#"));

    // Up recalls the line; editing redraws without doubling the prompt.
    tm.press("Up");
    await tm.waitFor("history recall", (s) => lines(s).at(-1) === "root@sandbox:~# hello world");
    tm.press("BSpace", "BSpace", "Left", "X", "Enter");
    await tm.waitFor("the edited line's output", (s) => s.includes("root@sandbox:~# hello woXr\nout: hello woXr\n"));

    // Ctrl-C at the prompt drops the line being typed.
    tm.type("half typed");
    tm.press("C-c");
    await tm.waitFor("a fresh prompt after ^C", (s) => s.includes("root@sandbox:~# half typed^C\nroot@sandbox:~#"));

    // A nested shell reads the same terminal; Ctrl-C interrupts its sleep, not nslab.
    tm.type("bash");
    tm.press("Enter");
    await tm.waitFor("the nested prompt", (s) => lines(s).at(-1) === "(nested)root@sandbox:~#");
    tm.type("sleep 100");
    tm.press("Enter");
    await tm.waitFor("sleep running", (s) => lines(s).at(-1) === "(nested)root@sandbox:~# sleep 100");
    tm.press("C-c");
    await tm.waitFor("the nested prompt after ^C", (s) => s.endsWith("(nested)root@sandbox:~# sleep 100\n^C\n(nested)root@sandbox:~#"));

    // Ctrl-D leaves the nested shell only; the outer one reads again.
    tm.press("C-d");
    await tm.waitFor("the outer prompt", (s) => s.endsWith("(nested)root@sandbox:~# exit\nroot@sandbox:~#"));
    tm.type("still here");
    tm.press("Enter");
    await tm.waitFor("outer output", (s) => s.includes("out: still here\n"));

    tm.type("exit 3");
    tm.press("Enter");
    await tm.waitFor("nslab's exit", (s) => s.endsWith("[exited 3]"));
    expect(readFileSync(join(home, ".nslab_history"), "utf8")).toBe("hello world\nhello woXr\nbash\nsleep 100\nstill here\nexit 3\n");
  });
});

describe.skipIf(!HAVE_TMUX)("nslab shell (real interpreter)", () => {
  let tm: Tmux;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), "nslab-shell-"));
    mkdirSync(join(dir, "home"));
    tm = launch(await cliBundle(), join(dir, "home"));
  });
  afterAll(() => tm?.kill());

  it("runs commands, recalls history, enters a namespace and comes back", async () => {
    await tm.waitFor("the prompt", endsWithPrompt(PROMPT));
    tm.type("echo hello-$((6*7))");
    tm.press("Enter");
    await tm.waitFor("the output", (s) => s.endsWith("root@sandbox:~# echo hello-$((6*7))\nhello-42\nroot@sandbox:~#"));

    tm.press("Up");
    await tm.waitFor("history recall", (s) => lines(s).at(-1) === "root@sandbox:~# echo hello-$((6*7))");
    tm.press("Enter");
    await tm.waitFor("the output again", (s) => s.endsWith("hello-42\nroot@sandbox:~# echo hello-$((6*7))\nhello-42\nroot@sandbox:~#"));

    // Ctrl-C interrupts the foreground command, not the shell or nslab.
    tm.type("sleep 1000");
    tm.press("Enter");
    await tm.waitFor("sleep running", (s) => lines(s).at(-1) === "root@sandbox:~# sleep 1000");
    tm.press("C-c");
    await tm.waitFor("the prompt after ^C", (s) => s.endsWith("root@sandbox:~# sleep 1000\n^C\nroot@sandbox:~#"));

    tm.type("ip netns add x; ip netns exec x bash");
    tm.press("Enter");
    // The interpreter shows the namespace in the prompt: "root@sandbox(x):~# ".
    const NESTED = /^root@sandbox.*\(x\).*:~#$/;
    await tm.waitFor("the namespace in the prompt", (s) => NESTED.test(lines(s).at(-1) ?? ""));
    tm.type("ip link");
    tm.press("Enter");
    await tm.waitFor("the namespace's own links", (s) =>
      /ip link\n1: lo: <LOOPBACK> mtu 65536 qdisc noop state DOWN mode DEFAULT group default qlen 1000\n {4}link\/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00\n[^\n]*$/.test(s) && NESTED.test(lines(s).at(-1) ?? ""),
    );

    tm.type("exit");
    tm.press("Enter");
    await tm.waitFor("the outer prompt", (s) => lines(s).at(-1) === "root@sandbox:~#" && /\(x\).*:~# exit\nexit\nroot@sandbox:~#$/.test(s));

    // Ctrl-D: bash says "exit" and leaves; nslab exits with its status.
    tm.press("C-d");
    await tm.waitFor("nslab's exit", (s) => s.endsWith("root@sandbox:~# exit\n[exited 0]"));
  });
});
