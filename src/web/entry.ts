// The browser entry: what a page needs to run nslab. Bundled by
// scripts/build.mjs with no Node built-ins allowed (the build fails otherwise).
// The playground (terminal, topology view) builds on this later.

import { World, type RunResult } from "../world/world.js";

export { World } from "../world/world.js";
export { TerminalSession, type WallTimer } from "./terminal-session.js";
export { TtyFile } from "../kernel/task/tty.js";

export interface RunScriptOptions {
  seed?: number;
  bare?: boolean;
  /** $1… of the script. */
  args?: string[];
  /** $0 of the script (bash's error messages name it). */
  scriptName?: string;
}

/** Runs a bash script in a fresh world, as `nslab run` does, and returns what it printed. */
export async function runScript(script: string, opts: RunScriptOptions = {}): Promise<RunResult> {
  const world = new World({ seed: opts.seed, bare: opts.bare });
  return world.run(script, { scriptName: opts.scriptName, args: opts.args });
}
