// The `nslab` launcher and its V8 startup snapshot (scripts/build.mjs
// buildCliSnapshot, src/cli/snapshot-main.ts): started from the snapshot,
// the command prints the same bytes and exits with the same status as
// without it (dist/nslab.mjs), for the CLI's cases, the seeds, one golden of
// each area, stdin scripts, --hosts, --topology, the shell and usage errors;
// and the launcher takes the snapshot only when the node on PATH made it and
// the CLI beside it is not newer.
import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCli, buildCliSnapshot } from "../../scripts/build.mjs";
import { REPO, type Ran, runProcess } from "./support.js";

let dir = "";
const env = (extra: Record<string, string> = {}): NodeJS.ProcessEnv => {
  const e: NodeJS.ProcessEnv = { ...process.env, PATH: `${dirname(process.execPath)}:${process.env.PATH ?? ""}` };
  delete e.NODE_OPTIONS;
  delete e.NSLAB_NO_SNAPSHOT;
  return { ...e, ...extra };
};
const launcher = (args: string[], o: { input?: string; env?: NodeJS.ProcessEnv; bin?: string } = {}): Promise<Ran> =>
  runProcess(o.bin ?? join(dir, "nslab"), args, { input: o.input, env: o.env ?? env(), timeoutMs: 60_000 });
const withoutSnapshot = (args: string[], input?: string): Promise<Ran> =>
  runProcess(process.execPath, [join(dir, "nslab.mjs"), ...args], { input, env: env(), timeoutMs: 60_000 });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "nslab-snapshot-"));
  await buildCli(join(dir, "nslab.mjs"));
  await buildCliSnapshot(dir);
}, 180_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The first `n` goldens of each area by name (`from` on). */
function goldenSample(n = 1, from = 0): string[] {
  const root = join(REPO, "test/golden");
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => readdirSync(join(root, d.name)).filter((f) => f.endsWith(".sh")).sort().slice(from, from + n).map((f) => join(root, d.name, f)));
}

describe("nslab started from the startup snapshot", () => {
  it("prints what nslab.mjs prints, byte for byte", async () => {
    const cases = join(REPO, "test/cli/cases");
    const seeds = join(REPO, "test/seeds");
    const runs: Array<{ args: string[]; input?: string }> = [
      ...readdirSync(cases)
        .filter((f) => f.endsWith(".sh"))
        .map((f) => ({ args: ["run", join(cases, f), ...(JSON.parse(readFileSync(join(cases, f.replace(/\.sh$/, ".json")), "utf8")) as { args: string[] }).args] })),
      ...readdirSync(seeds)
        .filter((f) => f.endsWith(".sh"))
        .map((f) => ({ args: ["run", "--seed", "7", join(seeds, f)] })),
      ...goldenSample().map((f) => ({ args: ["run", "--bare", f] })),
      { args: ["run", join(REPO, "examples/seed-000-bridge-lab.sh")] },
      { args: ["run", "--topology", join(REPO, "examples/two-hosts.yaml"), join(REPO, "examples/two-hosts.sh")] },
      { args: ["run", "--hosts", "a,b", "-", "x y"], input: "echo $1 $RANDOM; ls -i /proc/self/ns/net; ssh b ip -br addr; exit 4\n" },
      { args: ["run", "-"], input: "ip netns add n; ip netns identify $$; ls -li /proc/1/ns/net; ss -xa | head -3; sleep 2; date +%s\n" },
      { args: ["shell", "--bare"], input: "ip -br link\necho $?\nexit 5\n" },
      { args: ["run", "--frob", "x"] },
      { args: ["run", "--hosts", "a,a", "-"], input: "true\n" },
      { args: ["run", "/nonexistent/script.sh"] },
      { args: ["run", "--help"] },
    ];
    for (const r of runs) {
      const want = await withoutSnapshot(r.args, r.input);
      expect(await launcher(r.args, { input: r.input }), r.args.join(" ")).toEqual(want);
    }
  }, 600_000);

  // `run FILE` starts from nslab-booted.blob, the default world booted when
  // the snapshot was made (src/cli/preboot.ts): what it prints must be what a
  // process that boots the world itself prints, for scripts of every kind.
  it("prints what nslab.mjs prints from the pre-booted default world", async () => {
    const seeds = join(REPO, "test/seeds");
    const files = [
      ...readdirSync(seeds).filter((f) => f.endsWith(".sh")).map((f) => join(seeds, f)),
      ...readdirSync(join(REPO, "examples")).filter((f) => f.endsWith(".sh")).map((f) => join(REPO, "examples", f)),
      // Goldens were recorded bare; here they only need to do many things in the default world.
      ...goldenSample(1, 1),
    ];
    const script = join(dir, "world.sh");
    writeFileSync(
      script,
      [
        'echo "$0 $# $1"; ls -i /usr/bin | head -3; ls -li /proc/self/ns/net; ip netns add n; ip netns identify $$',
        "ip -br addr; ip route; ping -c 2 -i 0.2 10.0.2.2; ping -c 1 example.com; curl -s http://example.com | head -3",
        "nc -z -w 1 10.0.2.2 53; ss -tan | head -3; echo $RANDOM $RANDOM; date +%s.%N; x=$(printf '\\xe2\\x82'; printf '\\xac'); echo \"$x\"",
        "sleep 1.5 & wait; cat /proc/net/snmp | head -4; exit 3",
      ].join("\n"),
    );
    const runs = [...files.map((f) => ["run", f]), ["run", script, "a b"]];
    for (const args of runs) {
      const want = await withoutSnapshot(args);
      expect(await launcher(args), args.join(" ")).toEqual(want);
    }
  }, 900_000);

  it("starts nslab-booted.blob only for `run FILE`, nslab.blob for the rest", async () => {
    const script = join(dir, "which.sh");
    writeFileSync(script, "echo $RANDOM; ls -i /usr/bin | head -2\n");
    const cases: Array<{ args: string[]; input?: string; blob: string }> = [
      { args: ["run", script], blob: "nslab-booted.blob" },
      { args: ["run", script, "--bare"], blob: "nslab-booted.blob" },
      { args: ["run", "--seed", "1", script], blob: "nslab.blob" },
      { args: ["run", "--bare", script], blob: "nslab.blob" },
      { args: ["run", "-"], input: "echo $RANDOM\n", blob: "nslab.blob" },
      { args: ["run", "--", script], blob: "nslab.blob" },
      { args: ["run"], blob: "nslab.blob" },
      { args: ["shell"], input: "echo $RANDOM\n", blob: "nslab.blob" },
    ];
    for (const name of ["nslab.blob", "nslab-booted.blob"]) {
      const blob = join(dir, name);
      const good = readFileSync(blob);
      try {
        // A blob node cannot load shows which one the launcher took: node aborts, naming the snapshot.
        writeFileSync(blob, "not a snapshot");
        for (const c of cases) {
          const r = await launcher(c.args, { input: c.input });
          if (c.blob === name) expect(r.stderr, `${c.args.join(" ")} takes ${name}`).toMatch(/SnapshotData/);
          else expect(r, `${c.args.join(" ")} does not take ${name}`).toEqual(await withoutSnapshot(c.args, c.input));
        }
      } finally {
        writeFileSync(blob, good);
      }
    }
    // Without the booted blob, `run FILE` takes nslab.blob.
    const booted = join(dir, "nslab-booted.blob");
    const good = readFileSync(booted);
    try {
      rmSync(booted);
      const plain = readFileSync(join(dir, "nslab.blob"));
      writeFileSync(join(dir, "nslab.blob"), "not a snapshot");
      expect((await launcher(["run", script])).stderr).toMatch(/SnapshotData/);
      writeFileSync(join(dir, "nslab.blob"), plain);
      expect(await launcher(["run", script])).toEqual(await withoutSnapshot(["run", script]));
    } finally {
      writeFileSync(booted, good);
    }
    // Started by hand for anything else, the booted blob refuses (its process-wide state is the booted world's).
    for (const args of [["run", "--bare", script], ["shell"], ["run", "-"]]) {
      const r = await runProcess(process.execPath, ["--snapshot-blob", booted, "--", ...args], { input: "true\n", env: env(), timeoutMs: 60_000 });
      expect(r).toEqual({ stdout: "", stderr: "nslab: internal error: nslab-booted.blob starts only `nslab run FILE` (the launcher's rule)\n", status: 70 });
    }
  }, 300_000);

  it("--version, --help and verify run nslab.mjs", async () => {
    for (const args of [["--version"], ["--help"], [], ["frob"]]) expect(await launcher(args)).toEqual(await withoutSnapshot(args));
  }, 60_000);

  it("is used only when the node on PATH made it, without NODE_OPTIONS", async () => {
    const blob = join(dir, "nslab.blob");
    const good = readFileSync(blob);
    const booted = readFileSync(join(dir, "nslab-booted.blob"));
    const script = join(dir, "t.sh");
    writeFileSync(script, "echo $RANDOM; ip -br link\n");
    const want = await withoutSnapshot(["run", script]);
    expect(want.status).toBe(0);
    // Through a symlink, as npm installs the bin.
    const link = join(mkdtempSync(join(tmpdir(), "nslab-bin-")), "nslab");
    symlinkSync(join(dir, "nslab"), link);
    expect(await launcher(["run", script], { bin: link })).toEqual(want);
    try {
      // A blob node cannot load shows which path the launcher took: node aborts, naming the snapshot.
      // (`run FILE` takes nslab-booted.blob when there is one; the test above covers it.)
      rmSync(join(dir, "nslab-booted.blob"));
      writeFileSync(blob, "not a snapshot");
      const used = await launcher(["run", script]);
      expect(used.status).not.toBe(0);
      expect(used.stdout).toBe("");
      expect(used.stderr).toMatch(/SnapshotData/);
      expect(await launcher(["run", script], { env: env({ NSLAB_NO_SNAPSHOT: "1" }) })).toEqual(want);
      expect(await launcher(["run", script], { env: env({ NODE_OPTIONS: "--max-old-space-size=512" }) })).toEqual(want);
      // Made by another node: another file, or this one replaced since (newer than the blob).
      writeFileSync(join(dir, "nslab.blob.node"), "/bin/sh\n");
      expect(await launcher(["run", script])).toEqual(want);
      writeFileSync(join(dir, "nslab.blob.node"), `${process.execPath}\n`);
      utimesSync(blob, new Date(0), new Date(0));
      expect(await launcher(["run", script])).toEqual(want);
      // Older than the CLI beside it: a CLI rebuilt without its snapshot.
      utimesSync(blob, new Date(), new Date());
      utimesSync(join(dir, "nslab.mjs"), new Date(Date.now() + 60_000), new Date(Date.now() + 60_000));
      expect(await launcher(["run", script])).toEqual(want);
      rmSync(blob);
      expect(await launcher(["run", script])).toEqual(want);
    } finally {
      utimesSync(join(dir, "nslab.mjs"), new Date(0), new Date(0));
      writeFileSync(blob, good);
      writeFileSync(join(dir, "nslab-booted.blob"), booted);
      writeFileSync(join(dir, "nslab.blob.node"), `${process.execPath}\n`);
    }
    expect(await launcher(["run", script])).toEqual(want);
    rmSync(dirname(link), { recursive: true, force: true });
  }, 120_000);
});
