// Entry point of the `nslab` command as an ES module (bundled to
// dist/nslab.mjs): what the `nslab` launcher runs when it has no startup
// snapshot made by this node (start.ts has the command itself).

import { startCli } from "./start.js";
import { setWorldBundleBase } from "./world-loader.js";

// This module is the bundle's entry file, which the world bundle sits beside.
setWorldBundleBase(import.meta.url);
startCli(process.argv.slice(2));
