// The world's V8 code cache (src/cli/world-loader.ts): the first `nslab run`
// writes it, later runs use it, and the bytes a script prints are the same
// with the cache, without it, and with a corrupt one. Errors thrown on the
// world's side still reach the user as `nslab: …` lines with exit status 2.
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { nslab } from "./support.js";

const SCRIPT = "echo $RANDOM\nip -br addr\nping -c 1 example.com | tail -1\nexit 3\n";

describe("compile cache", () => {
  it("is written once, then used, and never changes what a script prints", async () => {
    const cache = mkdtempSync(join(tmpdir(), "nslab-cc-"));
    const script = join(cache, "s.sh");
    writeFileSync(script, SCRIPT);
    const env = { ...process.env, NODE_COMPILE_CACHE: join(cache, "dir") };
    const first = await nslab(["run", script], { env });
    expect(first.status).toBe(3);
    expect(first.stderr).toBe("");
    expect(first.stdout).toMatch(/^\d+\nlo +UNKNOWN +127\.0\.0\.1\/8 ::1\/128 \neth0 +UP +10\.0\.2\.15\/24 /);
    const files = readdirSync(join(cache, "dir"));
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^nslab-world-[0-9a-f]{32}-v\d+\.\d+\.\d+-\w+\.cache$/);

    const file = join(cache, "dir", files[0]!);
    const written = statSync(file);
    expect(written.size).toBeGreaterThan(100_000);

    // Accepted by V8: used, and not written again.
    expect(await nslab(["run", script], { env })).toEqual(first);
    expect(statSync(file).mtimeMs).toBe(written.mtimeMs);
    expect(await nslab(["run", script], { env: { ...env, NODE_DISABLE_COMPILE_CACHE: "1" } })).toEqual(first);
    // V8 rejects a cache that does not fit; the run goes on without it and writes a good one.
    writeFileSync(file, "not a code cache");
    expect(await nslab(["run", script], { env })).toEqual(first);
    expect(statSync(file).size).toBeGreaterThan(100_000);
    expect(await nslab(["run", script], { env })).toEqual(first);
    rmSync(cache, { recursive: true, force: true });
  });

  it("keeps usage errors raised on the world's side one line with exit status 2", async () => {
    const r = await nslab(["run", "--hosts", "a,a", "-"], { input: "true\n" });
    expect(r).toEqual({ stdout: "", stderr: "nslab: --hosts: host 'a' is named twice\nTry 'nslab run --help' for more information.\n", status: 2 });
  });
});
