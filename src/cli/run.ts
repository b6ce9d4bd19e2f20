// `nslab run FILE|- [ARG…]`: runs a bash script in a fresh world, streaming
// what it writes to our own stdout and stderr as it is written, and returns its
// exit status.

import { readFileSync } from "node:fs";
import { World } from "../world/world.js";
import { UsageError, systemErrorWords } from "./errors.js";

export interface RunCommandOptions {
  bare: boolean;
  seed: number;
}

/** Reads the script, as `bash FILE` would; "-" is standard input. */
export function readScript(file: string): string {
  try {
    return readFileSync(file === "-" ? 0 : file, "utf8");
  } catch (e) {
    throw new UsageError(`cannot read '${file === "-" ? "standard input" : file}': ${systemErrorWords(e)}`);
  }
}

export async function runCommand(file: string, args: string[], opts: RunCommandOptions): Promise<number> {
  const script = readScript(file);
  const world = new World({ bare: opts.bare, seed: opts.seed });
  // The script's own stdin is /dev/null: the world runs in virtual time and
  // cannot wait on the real machine's input.
  const r = await world.run(script, {
    scriptName: file === "-" ? "bash" : file,
    args,
    onStdout: (t) => {
      process.stdout.write(t);
    },
    onStderr: (t) => {
      process.stderr.write(t);
    },
  });
  return r.status;
}
