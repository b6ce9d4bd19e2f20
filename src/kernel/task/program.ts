// What a program (an executable in the emulated filesystem) receives when it
// runs: argv, environment, its task (for syscalls) and stdio helpers.

import type { Task } from "./task.js";
import type { InStream, OutStream } from "./stdio.js";

export interface ProgramContext {
  readonly argv: string[];
  /** Environment as exported by the caller (mutable copy, owned by the program). */
  readonly env: ReadonlyMap<string, string>;
  readonly task: Task;
  readonly stdin: InStream;
  readonly stdout: OutStream;
  readonly stderr: OutStream;
}

/**
 * A program's main(); resolves to its exit status. `runAlone`, when present,
 * runs the invocations `accepts` takes to completion without awaiting (see
 * exec.ts runAlone): `accepts` is pure (argv only), `run` returns the status.
 */
export type Program = ((ctx: ProgramContext) => Promise<number>) & {
  runAlone?: { accepts(argv: readonly string[]): boolean; run(ctx: ProgramContext): number };
};
