// The nslab command's outer shell: help, version, one-line errors with exit
// status 2, `run` streaming a script's stdout and stderr with its status.
// Script cases (cases/NAME.sh) are compared with what the real bash printed
// for `bash NAME.sh ARGS` (cases/NAME.json, re-record: node test/cli/record-cases.mjs).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { canRunKernel } from "../../src/cli/verify.js";
import { REPO, cliBundle, nslab, runProcess } from "./support.js";

const VERSION = JSON.parse(readFileSync(join(REPO, "package.json"), "utf8")).version as string;
const CASES = join(REPO, "test/cli/cases");

describe("nslab --help / --version", () => {
  it("--version prints `nslab X.Y.Z`", async () => {
    for (const flag of ["--version", "-V"]) {
      expect(await nslab([flag])).toEqual({ stdout: `nslab ${VERSION}\n`, stderr: "", status: 0 });
    }
  });

  it("--help lists every command and option on one screen", async () => {
    const r = await nslab(["--help"]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout.startsWith("Usage: nslab <command> [options]\n")).toBe(true);
    for (const s of ["nslab run [--bare] [--seed N] FILE|- [ARG...]", "nslab shell [--bare] [--seed N]", "nslab verify SCRIPT...", "--bare", "--seed N", "--help", "--version", "Exit status:"]) {
      expect(r.stdout).toContain(s);
    }
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines.length).toBeLessThanOrEqual(40);
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(80);
    expect((await nslab(["-h"])).stdout).toBe(r.stdout);
  });

  it("run --help describes run's options", async () => {
    const r = await nslab(["run", "--help"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Usage: nslab run \[--bare\] \[--seed N\] FILE\|- \[ARG\.\.\.\]\n/);
    expect(r.stdout).toContain("--seed <n>");
  });
});

describe("nslab verify is wired to src/cli/verify.ts", () => {
  it("passes its arguments through, --help included", async () => {
    const help = await nslab(["verify", "--help"]);
    expect(help.status).toBe(0);
    expect(help.stdout.startsWith("Usage: nslab verify ")).toBe(true);
    expect(await nslab(["verify"])).toEqual({ stdout: "", stderr: "nslab verify: no SCRIPT given\nTry 'nslab verify --help' for more information.\n", status: 2 });
  });

  // The bundle takes node:child_process lazily (scripts/build.mjs); named imports of it
  // once came out undefined there ("spawn is not a function") while tsx was fine.
  it("runs a script on both sides from the bundle (the kernel side needs root)", async () => {
    const r = await nslab(["verify", join(CASES, "..", "fixtures", "verify-echo.sh")], { timeoutMs: 120_000 });
    if (canRunKernel()) expect(r).toEqual({ stdout: "identical\n", stderr: "", status: 0 });
    else expect(r.stderr).toMatch(/^nslab verify: needs root to run SCRIPT on the real kernel/);
  });
});

describe("nslab usage errors: one line, a hint, exit 2", () => {
  const cases: Array<[string[], string]> = [
    [[], "nslab: no command given (run, shell or verify)\nTry 'nslab --help' for more information.\n"],
    [["--frob"], "nslab: unknown option '--frob'\nTry 'nslab --help' for more information.\n"],
    [["frob"], "nslab: unknown command 'frob'\nTry 'nslab --help' for more information.\n"],
    [["run", "--frob", "x.sh"], "nslab: unknown option '--frob'\nTry 'nslab run --help' for more information.\n"],
    [["run", "--bar", "x.sh"], "nslab: unknown option '--bar' (did you mean --bare?)\nTry 'nslab run --help' for more information.\n"],
    [["run"], "nslab: missing required argument 'file'\nTry 'nslab run --help' for more information.\n"],
    [["run", "--seed", "abc", "x.sh"], "nslab: option '--seed <n>' argument 'abc' is invalid. expected an integer from 0 to 4294967295.\nTry 'nslab run --help' for more information.\n"],
    [["run", "--seed", "4294967296", "x.sh"], "nslab: option '--seed <n>' argument '4294967296' is invalid. expected an integer from 0 to 4294967295.\nTry 'nslab run --help' for more information.\n"],
    [["run", "--seed"], "nslab: option '--seed <n>' argument missing\nTry 'nslab run --help' for more information.\n"],
    [["run", "--hosts", "a,b_c", "x.sh"], "nslab: --hosts: invalid host name 'b_c' (letters, digits and '-')\nTry 'nslab run --help' for more information.\n"],
    [["shell", "extra"], "nslab: too many arguments for 'shell'. Expected 0 arguments but got 1.\nTry 'nslab shell --help' for more information.\n"],
    [["run", "no-such-file.sh"], "nslab: cannot read 'no-such-file.sh': No such file or directory\n"],
    [["run", "test"], "nslab: cannot read 'test': Is a directory\n"],
  ];
  for (const [argv, stderr] of cases) {
    it(`nslab ${argv.join(" ")}`, async () => {
      expect(await nslab(argv)).toEqual({ stdout: "", stderr, status: 2 });
    });
  }

  it("never shows a stack trace, whatever the arguments", async () => {
    const weird = [["--"], ["-"], ["run", "--", "--"], ["--seed", "1"], ["run", "--bare", "--bare"], ["shell", "--seed=-1"], ["run", "\u00e9\u2603 \n"], ["--help=x"], ["run", "-x"], ["verify", "--no-such-option"]];
    for (const argv of weird) {
      const r = await nslab(argv);
      expect(r.stderr, argv.join(" ")).not.toMatch(/^\s+at /m);
      expect(r.stderr.split("\n").length, argv.join(" ")).toBeLessThanOrEqual(3);
      expect(r.status, argv.join(" ")).not.toBe(null);
    }
  });
});

describe("nslab run: what the real bash prints for `bash FILE ARGS`", () => {
  for (const f of readdirSync(CASES).filter((n) => n.endsWith(".sh")).sort()) {
    it(f, async () => {
      const want = JSON.parse(readFileSync(join(CASES, f.replace(/\.sh$/, ".json")), "utf8"));
      const r = await nslab(["run", f, ...want.args], { cwd: CASES });
      expect(r).toEqual({ stdout: want.stdout, stderr: want.stderr, status: want.status });
    });
  }

  it("keeps stdout and stderr in the order they were written when both go to one pipe", async () => {
    const bundle = await cliBundle();
    const r = await runProcess("sh", ["-c", `"${process.execPath}" "${bundle}" run streams.sh 2>&1`], { cwd: CASES });
    expect(r).toEqual({ stdout: "out1\nerr1\nout2 no newline\nerr2\n", stderr: "", status: 3 });
  });

  it("reads the script from stdin with -", async () => {
    const r = await nslab(["run", "-"], { input: 'echo "from stdin $0"\nexit 4\n' });
    expect(r).toEqual({ stdout: "from stdin bash\n", stderr: "", status: 4 });
  });

  it("shell without a terminal reads commands from stdin, as `bash < FILE` does", async () => {
    // Expected output recorded from `printf … | bash` with stdout and stderr as pipes.
    const r = await nslab(["shell", "--bare"], { input: "echo one\nnosuchcommand\nexit 5\necho never\n" });
    expect(r).toEqual({ stdout: "one\n", stderr: "bash: line 2: nosuchcommand: command not found\n", status: 5 });
  });

  it("runs in virtual time: sleep 100 costs no wall time", async () => {
    const r = await nslab(["run", "-"], { input: "sleep 100 & echo started; wait; echo done\n", timeoutMs: 10_000 });
    expect(r).toEqual({ stdout: "started\ndone\n", stderr: "", status: 0 });
  });
});
