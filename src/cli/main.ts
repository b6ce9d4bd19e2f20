// Entry point of the `nslab` command (bundled to dist/nslab.mjs). Everything
// is wrapped: a user sees one line for any mistake, never a stack trace.

import { EXIT_INTERNAL, EXIT_USAGE, UsageError, internalErrorLine } from "./errors.js";
import { flushAndExit, terminalInUse } from "./exit.js";
import { runCli } from "./program.js";
import { setWorldBundleBase } from "./world-loader.js";

function restoreTerminal(): void {
  try {
    // Only `nslab shell` puts the terminal in raw mode. Asking first spares
    // the other commands creating process.stdin (5 ms for a pipe or file) and
    // loading node:tty (its import alone costs ~5 ms of each start).
    if (terminalInUse() && process.stdin.isTTY && process.stdin.isRaw) process.stdin.setRawMode(false);
  } catch {
    // Nothing more we can do for the terminal.
  }
}

function fail(e: unknown): void {
  restoreTerminal();
  if (e instanceof UsageError) {
    process.stderr.write(`nslab: ${e.message}\n${e.hint ? `${e.hint}\n` : ""}`);
    flushAndExit(EXIT_USAGE);
    return;
  }
  process.stderr.write(internalErrorLine(e));
  if (process.env.NSLAB_DEBUG && e instanceof Error && e.stack) process.stderr.write(`${e.stack}\n`);
  flushAndExit(EXIT_INTERNAL);
}

// A reader that went away (`nslab run x | head -1`): stop quietly, as a
// process killed by SIGPIPE does.
for (const s of [process.stdout, process.stderr]) {
  s.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(141);
    fail(e);
  });
}
process.on("uncaughtException", fail);
process.on("unhandledRejection", fail);

// This module is the bundle's entry file, which the world bundle sits beside.
setWorldBundleBase(import.meta.url);
runCli(process.argv.slice(2)).then((code) => {
  restoreTerminal();
  flushAndExit(code);
}, fail);
