// Replays the dash-personality cases (cases/NAME.sh) on nslab and compares
// the whole merged output and exit status with what the real dash 0.5.12
// printed (cases/NAME.expected, recorded by record.sh as `sh -c SCRIPT`).
// Here a bare world's bash runs `sh -c "$(cat <<'…' SCRIPT …)"`, which hands
// sh the same string the recording did. Cases in outer/ are bash scripts that
// start sh/dash themselves (script files, stdin, options) and run as they are.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { World } from "../../../src/index.js";

const only = process.env.CASE;
function caseNames(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".sh"))
    .map((f) => f.slice(0, -3))
    .filter((n) => !only || only.split(",").includes(n))
    .sort();
}

async function runDashCase(script: string, outer: boolean): Promise<string> {
  const w = new World({ bare: true });
  let merged = "";
  const body = script.replace(/\n+$/, "");
  const r = await w.run(outer ? body : `sh -c "$(cat <<'__DASH_CASE__'\n${body}\n__DASH_CASE__\n)"`, {
    scriptName: "/dev/fd/3",
    mode: "-c",
    onStdout: (t) => (merged += t),
    onStderr: (t) => (merged += t),
  });
  return `${merged}[exit ${r.status}]\n`;
}

for (const sub of ["cases", "outer"]) {
  const dir = join(import.meta.dirname, sub);
  describe(`dash personality ${sub} (recorded from dash 0.5.12)`, () => {
    for (const name of caseNames(dir)) {
      it(name, async () => {
        const script = readFileSync(join(dir, `${name}.sh`), "utf8");
        const expected = readFileSync(join(dir, `${name}.expected`), "utf8");
        expect(await runDashCase(script, sub === "outer")).toBe(expected);
      });
    }
  });
}
