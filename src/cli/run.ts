// `nslab run FILE|- [ARG…]`: runs a bash script in a fresh world, streaming
// what it writes to our own stdout and stderr as it is written, and returns its
// exit status.
//
// `nslab run FILE` behaves as `bash FILE`: $0 is FILE as typed and bash's own
// messages say "FILE: line N: …" (World.run's default "file" mode). The file itself is read here, on
// the real machine, and is not placed in the world's filesystem.
// `nslab run -` behaves as `bash < FILE`: bash reads the script from its stdin
// one line at a time, so its messages say "bash: line N: …".

import { readFileSync } from "node:fs";
import { bashMain } from "../shell/bash.js";
import { World } from "../world/world.js";
import { UsageError, systemErrorWords } from "./errors.js";

export interface RunCommandOptions {
  bare: boolean;
  seed: number;
}

/** Reads the script from the real machine; "-" is standard input. */
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
  const io = {
    onStdout: (t: string) => void process.stdout.write(t),
    onStderr: (t: string) => void process.stderr.write(t),
  };
  if (file === "-") {
    const r = await world.runProgram(bashMain, ["bash", ...(args.length ? ["-s", ...args] : [])], { ...io, stdin: script });
    return r.status;
  }
  // `bash FILE ARGS…`, with the text already read. The script's own stdin is
  // /dev/null: the world runs in virtual time and cannot wait on ours.
  const r = await world.run(script, { ...io, scriptName: file, args, mode: "file" });
  return r.status;
}
