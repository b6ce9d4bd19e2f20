// Replays the interpreter cases (cases/NAME.sh) on nslab and compares the
// whole merged output and exit status with what real bash 5.2 printed
// (cases/NAME.expected, recorded by record.sh). Each case runs in a fresh
// bare world as `bash -c SCRIPT /dev/fd/3`, as the recording did.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { World } from "../../../src/index.js";

const dir = join(import.meta.dirname, "cases");
const only = process.env.CASE;
const names = readdirSync(dir)
  .filter((f) => f.endsWith(".sh"))
  .map((f) => f.slice(0, -3))
  .filter((n) => !only || only.split(",").includes(n))
  .sort();

/** Process ids differ between a real host and the model: mask them where bash prints them. */
export function maskPids(s: string): string {
  return s.replace(/(: line \d+:) +\d+ /g, "$1 PID ");
}

export async function runCase(script: string): Promise<string> {
  const w = new World({ bare: true });
  let merged = "";
  const r = await w.run(script.replace(/\n+$/, ""), {
    scriptName: "/dev/fd/3",
    mode: "-c",
    onStdout: (t) => (merged += t),
    onStderr: (t) => (merged += t),
  });
  return `${merged}[exit ${r.status}]\n`;
}

if (process.env.VITEST) describe("bash interpreter cases (recorded from bash 5.2)", () => {
  for (const name of names) {
    it(name, async () => {
      const script = readFileSync(join(dir, `${name}.sh`), "utf8");
      const expected = readFileSync(join(dir, `${name}.expected`), "utf8");
      const got = await runCase(script);
      expect(maskPids(got)).toBe(maskPids(expected));
    });
  }
});
