// NODE_EXTRA_CA_CERTS and the `nslab` launcher (src/cli/host-env.ts): node
// starts without it, so node 20 does not parse the CA file at start, and the
// command puts it back into its environment before it runs, on both paths
// (the startup snapshot and dist/nslab.mjs). A stand-in for run.ts
// (fixtures/env-run.ts) reports what the process and a child of it see.
// That nothing a user sees changes is test/cli/snapshot.test.ts's comparison
// (run with this machine's environment) and the last case here.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Plugin } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCli, buildCliSnapshot } from "../../scripts/build.mjs";
import { restoreHostEnvironment, SAVED_EXTRA_CA_CERTS } from "../../src/cli/host-env.js";
import { REPO, runProcess } from "./support.js";

// node 20 prints this at start when the variable names a file it cannot read.
const WARNING = /Warning: Ignoring extra certs from `\/nonexistent\/ca\.pem`/;
const CA = "/nonexistent/ca.pem";

describe("restoreHostEnvironment", () => {
  it("puts the launcher's NSLAB_NODE_EXTRA_CA_CERTS back as NODE_EXTRA_CA_CERTS", () => {
    const env: NodeJS.ProcessEnv = { A: "1", [SAVED_EXTRA_CA_CERTS]: CA };
    restoreHostEnvironment(env);
    expect(env).toEqual({ A: "1", NODE_EXTRA_CA_CERTS: CA });
    const empty: NodeJS.ProcessEnv = { [SAVED_EXTRA_CA_CERTS]: "" };
    restoreHostEnvironment(empty);
    expect(empty).toEqual({ NODE_EXTRA_CA_CERTS: "" });
    // Not started by the launcher (node dist/nslab.mjs): nothing to do.
    const direct: NodeJS.ProcessEnv = { NODE_EXTRA_CA_CERTS: CA };
    restoreHostEnvironment(direct);
    expect(direct).toEqual({ NODE_EXTRA_CA_CERTS: CA });
  });
});

let dir = "";
let stand = "";
const env = (extra: Record<string, string | undefined>): NodeJS.ProcessEnv => {
  const e: NodeJS.ProcessEnv = { ...process.env, PATH: `${dirname(process.execPath)}:${process.env.PATH ?? ""}` };
  delete e.NODE_OPTIONS;
  delete e.NSLAB_NO_SNAPSHOT;
  delete e.NODE_EXTRA_CA_CERTS;
  delete e[SAVED_EXTRA_CA_CERTS];
  for (const [k, v] of Object.entries(extra)) if (v !== undefined) e[k] = v;
  return e;
};

beforeAll(async () => {
  const envRun = fileURLToPath(new URL("fixtures/env-run.ts", import.meta.url));
  const swap: Plugin = {
    name: "env-run",
    setup(b) {
      b.onResolve({ filter: /^\.\/run\.js$/ }, (a) => (a.resolveDir === join(REPO, "src/cli") ? { path: envRun } : undefined));
    },
  };
  stand = mkdtempSync(join(tmpdir(), "nslab-hostenv-"));
  await buildCli(join(stand, "nslab.mjs"), [swap]);
  await buildCliSnapshot(stand, [swap]);
  dir = mkdtempSync(join(tmpdir(), "nslab-hostenv-real-"));
  await buildCli(join(dir, "nslab.mjs"));
  await buildCliSnapshot(dir);
}, 300_000);
afterAll(() => {
  rmSync(stand, { recursive: true, force: true });
  rmSync(dir, { recursive: true, force: true });
});

describe("the nslab launcher and NODE_EXTRA_CA_CERTS", () => {
  it("starts node without it and restores it before the command, on both paths", async () => {
    const seen = (ca: string | null, saved: string | null = null) =>
      `${JSON.stringify({ ca, saved, child: `${ca ?? "(unset)"}|${saved ?? "(unset)"}` })}\n`;
    const cases: Array<{ vars: Record<string, string | undefined>; want: string }> = [
      { vars: { NODE_EXTRA_CA_CERTS: CA }, want: seen(CA) },
      { vars: { NODE_EXTRA_CA_CERTS: "" }, want: seen("") },
      { vars: {}, want: seen(null) },
      // The name is the launcher's: a stray one is not passed on.
      { vars: { [SAVED_EXTRA_CA_CERTS]: "x" }, want: seen(null) },
    ];
    for (const snapshot of [true, false]) {
      for (const c of cases) {
        const vars = { ...c.vars, NSLAB_NO_SNAPSHOT: snapshot ? undefined : "1" };
        const r = await runProcess(join(stand, "nslab"), ["run", "x.sh"], { env: env(vars), timeoutMs: 60_000 });
        expect(r, JSON.stringify(vars)).toEqual({ stdout: c.want, stderr: "", status: 0 });
      }
    }
    // Without the launcher node does parse it at start (which is how the test above knows it did not).
    const direct = await runProcess(process.execPath, [join(stand, "nslab.mjs"), "run", "x.sh"], { env: env({ NODE_EXTRA_CA_CERTS: CA }), timeoutMs: 60_000 });
    expect(direct.stdout).toBe(seen(CA));
    expect(direct.stderr).toMatch(WARNING);
  }, 120_000);

  it("changes nothing else a user sees", async () => {
    const script = join(dir, "t.sh");
    writeFileSync(script, "echo $RANDOM; env | sort; ip -br addr; curl -s https://example.com | head -3; exit 3\n");
    const cases: string[][] = [["run", script], ["run", "--bare", script], ["--version"], ["--help"], ["run", "--frob"]];
    for (const args of cases) {
      // What node dist/nslab.mjs prints without the variable (node's warning aside, the same with it).
      const want = await runProcess(process.execPath, [join(dir, "nslab.mjs"), ...args], { env: env({}), timeoutMs: 60_000 });
      for (const vars of [{ NODE_EXTRA_CA_CERTS: CA }, { NODE_EXTRA_CA_CERTS: CA, NSLAB_NO_SNAPSHOT: "1" }]) {
        expect(await runProcess(join(dir, "nslab"), args, { env: env(vars), timeoutMs: 60_000 }), `${args.join(" ")} ${JSON.stringify(vars)}`).toEqual(want);
      }
    }
  }, 180_000);
});
