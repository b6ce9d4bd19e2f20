// The default world (`nslab run FILE`: not bare, seed 1), booted while the
// startup snapshot nslab-booted.blob is made (scripts/snapshot-builder.cjs,
// snapshot-main.ts `preboot`), so that a `run` started from it skips the
// boot: the five hosts, their boot scripts, and a second of virtual time.
//
// Everything the boot leaves is in the snapshot: the world, and the
// process-wide state it moved (inode, namespace and socket numbers…), exactly
// as a process that has just booted that world holds it. So that snapshot
// serves only the command that builds that world first: the launcher starts
// it for `nslab run FILE [ARG…]` alone (no option before FILE, not `-`), and
// any other world asked of it is refused as an internal error. What the boot's
// processes print later goes, through `io`, to the run that takes the world,
// as World.run's boot (afterBoot) would send it; the default boot prints
// nothing while it runs, and the build refuses a boot that does.

import { World } from "../world/world.js";

/** The seed `nslab run` uses without --seed (program.ts). */
const DEFAULT_SEED = 1;

interface Io {
  onStdout: (t: string) => void;
  onStderr: (t: string) => void;
}

let booted: World | undefined;
/** Set once this process has a pre-booted world, taken or not. */
let prebooted = false;
const sink: Partial<Io> = {};

/** Boots the default world now (at snapshot build time). */
export async function prebootDefaultWorld(): Promise<void> {
  if (prebooted) throw new Error("the default world is already booted");
  prebooted = true;
  let printed = "";
  const world = new World({ bare: false, seed: DEFAULT_SEED });
  await world.boot({
    onStdout: (t) => {
      printed += t;
      sink.onStdout?.(t);
    },
    onStderr: (t) => {
      printed += t;
      sink.onStderr?.(t);
    },
  });
  if (printed !== "" || world.bootFailures.length) throw new Error("the default world's boot printed something or failed");
  booted = world;
}

/**
 * The pre-booted world, if this process has one and `opts` ask for the
 * default world; its later output goes to `io`. Undefined in a process
 * without one (dist/nslab.mjs, nslab.blob).
 */
export function takePrebootedWorld(opts: { bare: boolean; seed: number; hosts?: string[]; topology?: string }, io: Io): World | undefined {
  if (!prebooted) return undefined;
  const world = booted;
  booted = undefined;
  if (world === undefined || opts.bare || opts.seed !== DEFAULT_SEED || opts.hosts !== undefined || opts.topology !== undefined) {
    throw new Error("nslab-booted.blob starts only `nslab run FILE` with the default world (the launcher's rule)");
  }
  sink.onStdout = io.onStdout;
  sink.onStderr = io.onStderr;
  return world;
}

/** Whether this process started from the pre-booted snapshot (any other world would see its counters moved). */
export function hasPrebootedWorld(): boolean {
  return prebooted;
}

/** The launcher's rule: the command lines nslab-booted.blob serves (`run FILE [ARG…]`, FILE not `-…`). */
export function prebootServes(argv: readonly string[]): boolean {
  return argv[0] === "run" && argv.length > 1 && argv[1] !== "" && !argv[1]!.startsWith("-");
}
