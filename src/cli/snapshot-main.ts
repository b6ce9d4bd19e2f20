// The `nslab` command with its world built in, as one CommonJS bundle
// (dist/nslab-snapshot.cjs) from which the build makes a V8 startup snapshot
// (dist/nslab.blob; scripts/snapshot-builder.cjs): the bundle's top level runs
// once, at build time, and each start deserialises its heap instead of
// loading the CLI and the world. Nothing here may touch the process (streams,
// argv, env) before `main`: that state is the one run's, not the snapshot's.
// The top level only defines modules, as at every start from dist/nslab.mjs.

import { startCli } from "./start.js";
import * as world from "./world-entry.js";
import { provideWorld } from "./world-loader.js";

provideWorld(world);

/** Started by the snapshot: `node --snapshot-blob nslab.blob -- ARGS…` gives argv [node, ...ARGS]. */
export function main(): void {
  startCli(process.argv.slice(1));
}
