// Re-records the expectations of the parser tests from the real bash (Debian 12: bash 5.2.15).
// Usage: node test/shell/parser/record.mjs
// - corpus/diff.bash.json: `bash -n -c SNIPPET NAME` exit status and stderr for each snippet of
//   corpus/diff.txt (the accept/reject verdict of the differential test).
// - errors/expected.json: stderr and exit status of `bash -n -c SNIPPET NAME` and of
//   `bash -n FILE` (the path replaced by SCRIPT) for each case of errors/cases.txt.
// -n reads the script exactly as a run would (line by line) without executing it, so the last
// status is always 0 when the error is reached.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
export function splitCases(text) {
  return text.split(/^#---\n/m).map((s) => s.replace(/\n$/, ""));
}

function run(args) {
  const r = spawnSync("bash", args, { encoding: "utf8", timeout: 10_000 });
  return { rc: r.status, stderr: r.stderr };
}

const version = execFileSync("bash", ["--version"], { encoding: "utf8" }).split("\n")[0];

const diff = splitCases(readFileSync(join(here, "corpus/diff.txt"), "utf8"));
writeFileSync(
  join(here, "corpus/diff.bash.json"),
  JSON.stringify({ version, results: diff.map((s) => run(["-n", "-c", s, "NAME"])) }, null, 1) + "\n",
);

const dir = mkdtempSync(join(tmpdir(), "nslab-parser-"));
const file = join(dir, "script.sh");
const cases = splitCases(readFileSync(join(here, "errors/cases.txt"), "utf8"));
const out = cases.map((s) => {
  writeFileSync(file, s + "\n");
  const f = run(["-n", file]);
  return {
    c: run(["-n", "-c", s, "NAME"]),
    file: { rc: f.rc, stderr: f.stderr.split(file).join("SCRIPT") },
  };
});
writeFileSync(join(here, "errors/expected.json"), JSON.stringify({ version, results: out }, null, 1) + "\n");
console.log(`recorded ${diff.length} corpus snippets, ${cases.length} error cases with ${version}`);
