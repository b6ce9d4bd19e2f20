// Records what the real diff (diffutils 3.8) prints for 300 pseudo-random
// pairs of short files (lines drawn from small alphabets, so that many
// equally short edit scripts exist and GNU's particular choice shows):
//   node test/diffutils/record-random.mjs   -> test/diffutils/random.expected.json
// Each entry: {a, b, normal, unified} where unified is `diff -U1` without its two header lines.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

let seed = 12345;
const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const dir = mkdtempSync(join(tmpdir(), "nslab-diff-"));
const cases = [];
for (let t = 0; t < 300; t++) {
  const alpha = ["ab", "abc", "abcdef"][t % 3];
  const max = [10, 30][t % 2];
  const gen = () => {
    const n = Math.floor(rnd() * max);
    let s = "";
    for (let i = 0; i < n; i++) s += `${alpha[Math.floor(rnd() * alpha.length)]}\n`;
    if (rnd() < 0.1) s = s.slice(0, -1);
    return s;
  };
  const a = gen();
  const b = gen();
  writeFileSync(join(dir, "a"), a);
  writeFileSync(join(dir, "b"), b);
  const run = (args) => spawnSync("diff", [...args, "a", "b"], { cwd: dir }).stdout.toString();
  cases.push({ a, b, normal: run([]), unified: run(["-U1"]).split("\n").slice(2).join("\n") });
}
rmSync(dir, { recursive: true, force: true });
writeFileSync(join(dirname(fileURLToPath(import.meta.url)), "random.expected.json"), `${JSON.stringify(cases)}\n`);
