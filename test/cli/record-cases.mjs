// Re-records test/cli/cases/NAME.json from the real bash: `bash NAME.sh ARGS…`
// run in the cases folder with stdin from /dev/null, capturing stdout, stderr
// and the exit status separately. ARGS come from a first line `# args: [JSON]`.
// Usage: node test/cli/record-cases.mjs
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const dir = join(dirname(fileURLToPath(import.meta.url)), "cases");
for (const f of readdirSync(dir).filter((n) => n.endsWith(".sh")).sort()) {
  const text = readFileSync(join(dir, f), "utf8");
  const m = /^# args: (.*)$/m.exec(text.split("\n")[0] ?? "");
  const args = m ? JSON.parse(m[1]) : [];
  const r = spawnSync("bash", [f, ...args], { cwd: dir, stdio: ["ignore", "pipe", "pipe"], encoding: "utf8" });
  const rec = { args, stdout: r.stdout, stderr: r.stderr, status: r.status };
  writeFileSync(join(dir, f.replace(/\.sh$/, ".json")), `${JSON.stringify(rec, null, 2)}\n`);
  console.log(`${f}: status ${r.status}`);
}
