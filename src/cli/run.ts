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
import { TopologyError } from "../world/topology/load.js";
import { MAX_LAN_HOSTS, validHostName, World } from "../world/world.js";
import { UsageError, systemErrorWords } from "./errors.js";
import { takePrebootedWorld } from "./preboot.js";

export interface RunCommandOptions {
  bare: boolean;
  seed: number;
  /** --hosts a,b,c: hosts on one LAN. */
  hosts?: string[];
  /** --topology FILE.yaml */
  topology?: string;
}

const RUN_HINT = "Try 'nslab run --help' for more information.";

/** "a,b,c" -> ["a", "b", "c"], each a valid, distinct host name. */
export function parseHostList(list: string): string[] {
  const names = list.split(",");
  for (const n of names) {
    if (!validHostName(n)) throw new UsageError(`--hosts: invalid host name '${n}' (letters, digits and '-')`, RUN_HINT);
  }
  const dup = names.find((n, i) => names.indexOf(n) !== i);
  if (dup !== undefined) throw new UsageError(`--hosts: host '${dup}' is named twice`, RUN_HINT);
  if (names.length > MAX_LAN_HOSTS) throw new UsageError(`--hosts: at most ${MAX_LAN_HOSTS} hosts fit on the LAN`, RUN_HINT);
  return names;
}

function readTopologyFile(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch (e) {
    throw new UsageError(`cannot read '${file}': ${systemErrorWords(e)}`);
  }
}

/** The world the options describe, booted, with boot failures reported on stderr. */
async function makeWorld(opts: RunCommandOptions, io: { onStdout: (t: string) => void; onStderr: (t: string) => void }): Promise<World> {
  const prebooted = takePrebootedWorld(opts, io);
  if (prebooted) return prebooted;
  let world: World;
  if (opts.topology !== undefined) {
    const text = readTopologyFile(opts.topology);
    try {
      world = await World.fromTopology(text, { fileName: opts.topology, seed: opts.seed, ...io });
    } catch (e) {
      if (e instanceof TopologyError) throw new UsageError(e.message);
      throw e;
    }
  } else if (opts.hosts !== undefined) {
    world = new World({ hosts: opts.hosts, seed: opts.seed });
    await world.boot(io);
  } else return new World({ bare: opts.bare, seed: opts.seed });
  for (const f of world.bootFailures) io.onStderr(`nslab: host ${f.host}: ${f.what} exited with status ${f.status}\n`);
  return world;
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
  const io = {
    onStdout: (t: string) => void process.stdout.write(t),
    onStderr: (t: string) => void process.stderr.write(t),
  };
  const world = await makeWorld(opts, io);
  if (file === "-") {
    const r = await world.runProgram(bashMain, ["bash", ...(args.length ? ["-s", ...args] : [])], { ...io, stdin: script });
    return r.status;
  }
  // `bash FILE ARGS…`, with the text already read. The script's own stdin is
  // /dev/null: the world runs in virtual time and cannot wait on ours.
  const r = await world.run(script, { ...io, scriptName: file, args, mode: "file" });
  return r.status;
}
