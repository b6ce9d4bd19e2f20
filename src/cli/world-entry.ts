// What `nslab run` and `nslab shell` need from the world, gathered in one
// module. The build bundles it on its own as a CommonJS script
// (dist/nslab-world.cjs) that world-loader.ts compiles with a V8 code cache;
// run from source, world-loader imports it directly.

export { parseHostList, runCommand } from "./run.js";
export { shellCommand } from "./shell.js";
