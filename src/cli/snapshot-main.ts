// The `nslab` command with its world built in, as one CommonJS bundle
// (dist/nslab-snapshot.cjs) from which the build makes V8 startup snapshots
// (scripts/snapshot-builder.cjs): the bundle's top level runs once, at build
// time, and each start deserialises its heap instead of loading the CLI and
// the world. nslab.blob holds just that; nslab-booted.blob also the default
// world, booted (`preboot`, preboot.ts). Nothing here may touch the process
// (streams, argv, env) before `main`: that state is the one run's, not the
// snapshot's. The top level only defines modules, as at every start from
// dist/nslab.mjs.

// First: every TextDecoder the modules below make must be one a snapshot can hold.
import "./use-snapshot-decoder.js";
import { internalErrorLine } from "./errors.js";
import { hasPrebootedWorld, prebootDefaultWorld, prebootServes } from "./preboot.js";
import { startCli } from "./start.js";
import * as world from "./world-entry.js";
import { provideWorld } from "./world-loader.js";

provideWorld(world);

/** Started by the snapshot: `node --snapshot-blob nslab.blob -- ARGS…` gives argv [node, ...ARGS]. */
export function main(): void {
  const argv = process.argv.slice(1);
  if (hasPrebootedWorld() && !prebootServes(argv)) {
    // Only reachable by starting the blob by hand: its process-wide state is the booted world's.
    process.stderr.write(internalErrorLine(new Error("nslab-booted.blob starts only `nslab run FILE` (the launcher's rule)")));
    process.exitCode = 70;
    return;
  }
  startCli(argv);
}

/** Called by the snapshot builder for nslab-booted.blob, before the snapshot is taken. */
export function preboot(): Promise<void> {
  return prebootDefaultWorld();
}
