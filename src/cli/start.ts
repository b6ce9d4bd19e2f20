// The body of the `nslab` command, shared by its two entries: main.ts (the
// ES module dist/nslab.mjs) and snapshot-main.ts (the V8 startup snapshot the
// `nslab` launcher starts from when it can). Everything is wrapped: a user sees
// one line for any mistake, never a stack trace.

import { EXIT_INTERNAL, EXIT_USAGE, UsageError, internalErrorLine } from "./errors.js";
import { flushAndExit, terminalInUse } from "./exit.js";
import { restoreHostEnvironment } from "./host-env.js";
import { runCli } from "./program.js";

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

/** Runs the command line `argv` (without node and the script) and exits with its status. */
export function startCli(argv: string[]): void {
  // The launcher started node without NODE_EXTRA_CA_CERTS (host-env.ts).
  restoreHostEnvironment();
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
  runCli(argv).then((code) => {
    restoreTerminal();
    flushAndExit(code);
  }, fail);
}
