// Re-records the expected outputs of a text-tool case file by running the real
// program (grep 3.8 / sed 4.9 / gawk 5.2 on Debian 12) in a fresh temp dir per case.
// Usage: node test/grep/record-lib.mjs test/<tool>/cases.json
// Each case: {name, argv, stdin?, files?: {relpath: content}, dirs?: [relpath]};
// the script writes {stdout, stderr, status} into `expect` and any files the
// command changed or created into `expectFiles` (only for names listed in `check`).
import { spawnSync } from "node:child_process";
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

const file = process.argv[2];
const cases = JSON.parse(readFileSync(file, "utf8"));
for (const c of cases) {
  const dir = mkdtempSync(join(tmpdir(), "nslab-rec-"));
  try {
    for (const d of c.dirs ?? []) mkdirSync(join(dir, d), { recursive: true });
    for (const [p, content] of Object.entries(c.files ?? {})) {
      mkdirSync(dirname(join(dir, p)), { recursive: true });
      writeFileSync(join(dir, p), content);
    }
    const r = spawnSync(c.argv[0], c.argv.slice(1), {
      cwd: dir,
      input: c.stdin ?? "",
      env: { PATH: "/usr/local/bin:/usr/bin:/bin", LANG: "C.UTF-8", HOME: "/root" },
      timeout: 10000,
    });
    c.expect = { stdout: r.stdout.toString(), stderr: r.stderr.toString(), status: r.status };
    if (c.check) {
      c.expectFiles = {};
      for (const p of c.check) {
        try {
          c.expectFiles[p] = readFileSync(join(dir, p), "utf8");
        } catch {
          c.expectFiles[p] = null;
        }
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
writeFileSync(file, `${JSON.stringify(cases, null, 1)}\n`);
console.log(`recorded ${cases.length} cases into ${file}`);
