// Helpers for the CLI tests: build the CLI bundle once per test file into a
// scratch folder (so a stale dist/ never decides a result), and run it.
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildCli, ROOT } from "../../scripts/build.mjs";

export const REPO: string = ROOT;

let built: Promise<string> | undefined;

/** Path of a freshly built dist/nslab.mjs equivalent. */
export function cliBundle(): Promise<string> {
  built ??= (async () => {
    const dir = mkdtempSync(join(tmpdir(), "nslab-cli-"));
    return buildCli(join(dir, "nslab.mjs"));
  })();
  return built;
}

export interface Ran {
  stdout: string;
  stderr: string;
  status: number | null;
}

/** Runs `node BUNDLE ...args`, feeding `input` on stdin; bounded by `timeoutMs`. */
export async function nslab(args: string[], opts: { input?: string; cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}): Promise<Ran> {
  const bundle = await cliBundle();
  return runProcess(process.execPath, [bundle, ...args], opts);
}

export function runProcess(cmd: string, args: string[], opts: { input?: string; cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: opts.cwd ?? REPO, env: opts.env ?? process.env, stdio: ["pipe", "pipe", "pipe"] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (d: Buffer) => out.push(d));
    child.stderr.on("data", (d: Buffer) => err.push(d));
    const timer = setTimeout(() => child.kill("SIGKILL"), opts.timeoutMs ?? 20_000);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8"), status: code });
    });
    child.stdin.end(opts.input ?? "");
  });
}
