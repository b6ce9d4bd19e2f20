// Shows where one recorded case differs from nslab's output:
//   npx tsx test/coreutils/diff-case.mjs test/coreutils/cases/NAME.sh
import { readFileSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { World } from "../../src/index.ts";

const file = process.argv[2];
const script = readFileSync(file, "utf8");
const want = JSON.parse(readFileSync(file.replace(/\.sh$/, ".expected.json"), "utf8"));
let merged = "";
const r = await new World({ bare: true }).run(script, {
  scriptName: "/dev/fd/3",
  onStdout: (t) => (merged += t),
  onStderr: (t) => (merged += t),
});
r.merged = merged;
for (const k of "merged" in want ? ["merged"] : ["stdout", "stderr"]) {
  writeFileSync(`/tmp/want.${k}`, want[k]);
  writeFileSync(`/tmp/got.${k}`, r[k]);
  try {
    execFileSync("diff", [`/tmp/want.${k}`, `/tmp/got.${k}`], { stdio: "inherit" });
  } catch {}
}
if (r.status !== want.status) console.log(`status: want ${want.status} got ${r.status}`);
