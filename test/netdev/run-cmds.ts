// Test helper: runs a list of commands (argv arrays) on one world, each as its
// own process, and returns stdout+stderr merged in order plus "rc=N" lines,
// the way the golden scripts' "cmd; echo rc=$?" lines print on the real kernel.
// It exists so the device model can be tested before the bash interpreter lands.

import { World } from "../../src/world/world.js";
import { resolveCommand } from "../../src/kernel/task/exec.js";

export async function runCmds(world: World, cmds: string[][], opts: { rc?: boolean } = {}): Promise<string> {
  let out = "";
  for (const argv of cmds) {
    const host = world.host();
    const probe = host.newTask(undefined, "probe");
    const r = resolveCommand(probe, argv[0]!, undefined);
    probe.exit(0);
    if (r.kind !== "found") throw new Error(`no program ${argv[0]}`);
    const res = await world.runProgram(r.program, argv, {
      onStdout: (t) => (out += t),
      onStderr: (t) => (out += t),
    });
    if (opts.rc) out += `rc=${res.status}\n`;
  }
  return out;
}

/** Splits a simple command line (no shell syntax beyond quotes). */
export function words(line: string): string[] {
  const out: string[] = [];
  const re = /"([^"]*)"|'([^']*)'|(\S+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(line))) out.push(m[1] ?? m[2] ?? m[3]!);
  return out;
}
