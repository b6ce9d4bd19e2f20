// Runs every NAME.sh in a folder on a bare nslab world (as
// World.run(script, {scriptName: "/dev/fd/3"}), cwd /root) and compares with
// NAME.expected.json recorded by test/coreutils/record.mjs: {stdout, stderr,
// status}, or {merged, status} for cases recorded through kernel-sandbox
// (stdout and stderr interleaved as written).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { World } from "../../src/index.js";

export function scriptCases(title: string, dir: string): void {
  describe(title, () => {
    for (const f of readdirSync(dir).filter((n) => n.endsWith(".sh")).sort()) {
      it(f, async () => {
        const script = readFileSync(join(dir, f), "utf8");
        const want = JSON.parse(readFileSync(join(dir, f.replace(/\.sh$/, ".expected.json")), "utf8"));
        const w = new World({ bare: true });
        let merged = "";
        const r = await w.run(script, {
          scriptName: "/dev/fd/3",
          onStdout: (t) => (merged += t),
          onStderr: (t) => (merged += t),
        });
        if ("merged" in want) expect({ merged, status: r.status }).toEqual(want);
        else expect(r).toEqual(want);
      });
    }
  });
}
