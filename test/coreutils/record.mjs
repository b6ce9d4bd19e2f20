// Re-records test/coreutils/cases/*.sh (or the files named) from the real
// programs on this machine (Debian 12, coreutils 9.1, bash 5.2, C.UTF-8):
//   node test/coreutils/record.mjs [cases/NAME.sh ...]
// Each script runs as `bash -c SCRIPT /dev/fd/3` in a fresh empty temporary
// directory (what World.run(script, {scriptName: "/dev/fd/3"}) does, with
// /root as cwd), stdin from /dev/null. Scripts only touch files under their
// directory and never print its name. NAME.expected.json gets
// {stdout, stderr, status}.
// With --sandbox, the script runs through ../shared/tools/kernel-sandbox
// instead (a fresh UTS and network namespace: hostname "sandbox", as a bare
// nslab world); its output is stdout and stderr merged: {merged, status}.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const casesDir = join(here, "cases");
const sandbox = process.argv.includes("--sandbox");
const argFiles = process.argv.slice(2).filter((a) => a !== "--sandbox");
const files = argFiles.length ? argFiles : readdirSync(casesDir).filter((f) => f.endsWith(".sh")).map((f) => join(casesDir, f));
for (const file of files) {
  const script = readFileSync(file, "utf8");
  if (sandbox) {
    const tool = join(here, "../../../shared/tools/kernel-sandbox");
    const r = spawnSync(tool, [file], { stdio: ["ignore", "pipe", "pipe"], timeout: 60000 });
    const out = { merged: r.stdout.toString() + r.stderr.toString(), status: r.status };
    writeFileSync(file.replace(/\.sh$/, ".expected.json"), `${JSON.stringify(out, null, 1)}\n`);
    console.log(`${basename(file)}: status ${r.status} (sandbox)`);
    continue;
  }
  const dir = mkdtempSync(join(tmpdir(), "nslab-cu-"));
  const env = { PATH: "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", HOME: "/root", LANG: "C.UTF-8", TZ: "UTC" };
  // stdin must not be a socket, or bash reads ~/.bashrc as if started by sshd.
  const r = spawnSync("bash", ["-c", script, "/dev/fd/3"], { cwd: dir, env, stdio: ["ignore", "pipe", "pipe"], timeout: 60000 });
  rmSync(dir, { recursive: true, force: true });
  const out = { stdout: r.stdout.toString(), stderr: r.stderr.toString(), status: r.status };
  writeFileSync(file.replace(/\.sh$/, ".expected.json"), `${JSON.stringify(out, null, 1)}\n`);
  console.log(`${basename(file)}: status ${r.status}`);
}
