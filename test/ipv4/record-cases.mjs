#!/usr/bin/env node
// Records test/ipv4/cases/NAME.expected: runs NAME.setup.sh + NAME.sh through
// ../shared/tools/kernel-sandbox (root), stdout+stderr merged, then "[exit N]",
// masked like the goldens. The setup part builds on the kernel what nslab's
// booted world already has; the test runs NAME.sh alone on a non-bare world.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync, mkdtempSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { tsImport } from "tsx/esm/api";

const { maskOutput } = await tsImport("../../src/verify/mask.ts", import.meta.url);
const dir = join(import.meta.dirname, "cases");
const sandbox = join(import.meta.dirname, "../../../shared/tools/kernel-sandbox");
for (const f of readdirSync(dir).filter((n) => n.endsWith(".sh") && !n.endsWith(".setup.sh"))) {
  const body = readFileSync(join(dir, f), "utf8");
  const setup = readFileSync(join(dir, f.replace(/\.sh$/, ".setup.sh")), "utf8");
  const tmp = join(mkdtempSync(join(tmpdir(), "ipv4-")), "case.sh");
  writeFileSync(tmp, `${setup}\n${body}`);
  let out;
  let status = 0;
  try {
    out = execFileSync(sandbox, [tmp], { encoding: "utf8" });
  } catch (e) {
    out = e.stdout;
    status = e.status;
  }
  writeFileSync(join(dir, f.replace(/\.sh$/, ".expected")), maskOutput(`${out}[exit ${status}]\n`, { script: body }));
  process.stdout.write(`recorded ${f}\n`);
}
