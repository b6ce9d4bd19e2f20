// Makes the V8 startup snapshot the `nslab` launcher starts from
// (dist/nslab.blob; scripts/build.mjs buildCliSnapshot runs this file twice):
//
//   node snapshot-builder.cjs BUNDLE CACHE EMPTY_SCRIPT
//     warm-up: loads BUNDLE (dist/nslab-snapshot.cjs), runs `nslab run
//     EMPTY_SCRIPT` (the default world's boot) and at exit writes the V8 code
//     cache of what that compiled to CACHE;
//   node --snapshot-blob BLOB --build-snapshot snapshot-builder.cjs BUNDLE CACHE
//     loads BUNDLE with that cache (so its functions carry their bytecode),
//     runs only its top level (defining the modules, exactly what every start
//     without a snapshot does), and leaves the snapshot to start at its `main`
//     (dist/nslab.blob);
//   node --snapshot-blob BLOB --build-snapshot snapshot-builder.cjs BUNDLE CACHE booted
//     the same, then boots the default world (the bundle's `preboot`,
//     src/cli/preboot.ts) before the snapshot is taken (dist/nslab-booted.blob,
//     which the launcher starts for `nslab run FILE` only).
//
// The warm-up runs in its own process so that nothing it does (a world's
// inode numbers, namespace ids…) reaches the snapshot: only compiled code
// does. A snapshot builder may require only Node's built-ins, so this file
// stands alone. Both roles compile the same text, which the cache requires.
"use strict";
const { readFileSync, writeFileSync } = require("node:fs");
const { dirname } = require("node:path");
const v8 = require("node:v8");
const { Script } = require("node:vm");

function load(bundle, cachedData) {
  const source = readFileSync(bundle, "utf8");
  // The same wrapper Node gives a CommonJS module.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: bundle, cachedData });
  const mod = { exports: {} };
  script.runInThisContext()(mod.exports, require, mod, bundle, dirname(bundle));
  return { script, main: mod.exports.main, preboot: mod.exports.preboot };
}

const [bundle, cache, empty] = process.argv.slice(2);
if (v8.startupSnapshot.isBuildingSnapshot()) {
  const { script, main, preboot } = load(bundle, readFileSync(cache));
  if (script.cachedDataRejected) throw new Error("the warm-up's code cache was rejected");
  v8.startupSnapshot.setDeserializeMainFunction(main);
  if (empty === "booted") {
    // The boot runs on promises alone (virtual time); the snapshot is taken once they settle.
    let done = false;
    preboot().then(
      () => {
        done = true;
      },
      (e) => {
        process.stderr.write(`preboot failed: ${e && e.message}\n`);
        process.exit(1);
      },
    );
    v8.startupSnapshot.addSerializeCallback(() => {
      if (!done) throw new Error("the default world's boot had not finished");
    });
  }
} else {
  const { script, main } = load(bundle, undefined);
  process.once("exit", () => writeFileSync(cache, script.createCachedData()));
  process.argv = [process.argv[0], "run", empty];
  main();
}
