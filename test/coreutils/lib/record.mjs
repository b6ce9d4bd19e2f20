// Re-records the expectations for the printf/test/echo engines from the real
// programs on this machine (Debian 12: coreutils 9.1, bash 5.2), in C.UTF-8:
//   node test/coreutils/lib/record.mjs
// coreutils is run as `printf`/`test`/`[`/`echo` through env (so argv[0] is the bare
// name); bash's builtins through `bash -c`. Outputs are stored base64 (they hold raw bytes).
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const env = { PATH: "/usr/bin:/bin", LANG: "C.UTF-8", LC_ALL: "C.UTF-8" };

function run(cmd, args) {
  // stdin must not be a socket (libuv's default), or bash reads ~/.bashrc as if run by sshd.
  const r = spawnSync(cmd, args, { env, cwd: join(here, "fixture"), stdio: ["ignore", "pipe", "pipe"] });
  return { out: r.stdout.toString("base64"), err: r.stderr.toString(), rc: r.status };
}

for (const name of ["printf", "test", "bracket", "echo"]) {
  const lines = readFileSync(join(here, `${name}-cases.jsonl`), "utf8").split("\n").filter((l) => l.trim());
  const out = [];
  for (const line of lines) {
    const args = JSON.parse(line);
    const prog = name === "bracket" ? "[" : name;
    const bashArgs = name === "bracket" ? ["-c", '[ "$@"', "bash", ...args] : ["-c", `${prog} "$@"`, "bash", ...args];
    out.push({ args, coreutils: run("env", [prog, ...args]), bash: run("bash", bashArgs) });
  }
  writeFileSync(join(here, `${name}-cases.json`), `${JSON.stringify(out, null, 1)}\n`);
}
