// The executors' value-or-promise convention (execList, execStatement,
// execAndOr, execPipeline, execCommand, execCompound, execBody, if/while/for,
// execSimple, runExternal, builtins): each returns a plain number when the
// command finished without suspending while the shell is the only running
// process, else the promise its old `async` version returned, settling in the
// same microtask turn.
//
// Why that is exact. Processes of one virtual instant interleave at
// microtask granularity (expand/sync.ts), so an executor may skip the
// microtask turns of its awaits only while no other process can run: the
// shell is alone at the moment it returns a value (`ret`), and was alone all
// through the synchronous stretch before it (a stretch never makes another
// process stop running: a process it wakes or starts stays running until the
// shell yields). Everywhere else the promise is the one the async function
// would have given: a caller handed a promise goes on in an async
// continuation that is the rest of the old function from the same `await`
// (so it settles in the same turn), `return inner()` of an async function is
// `fwd(inner())` (its extra turns), a body that finished synchronously is an
// already-settled promise (`ret`, `fail`). With `syncExecutors.enabled`
// false every executor returns a promise, which is how the old async chain
// behaved (test/shell/sync-exec.test.ts compares both on random scripts).

import type { Shell } from "./interpreter.js";
import { runsAlone } from "./expand/sync.js";

/** Switch for the differential test: false, every executor returns a promise (the old async chain). */
export const syncExecutors = { enabled: true };

/** Whether an executor may hand back a plain value now. */
export function execAlone(sh: Shell): boolean {
  return syncExecutors.enabled && runsAlone(sh);
}

/** An executor's result `v`: the value itself when alone, else what `return v` of an async function gives. */
export function ret(sh: Shell, v: number): number | Promise<number> {
  return execAlone(sh) ? v : Promise.resolve(v);
}

/** An executor's exception: thrown on when alone, else what a throw inside an async function gives. */
export function fail(sh: Shell, e: unknown): Promise<never> {
  if (execAlone(sh)) throw e;
  return Promise.reject(e);
}

/** `return p` inside an async function: the turns of resolving with a promise. */
export async function fwd<T>(p: Promise<T>): Promise<T> {
  return p;
}

/** `return inner()` inside an async function, where inner is an executor. */
export function vfwd(r: number | Promise<number>): number | Promise<number> {
  return typeof r === "number" ? r : fwd(r);
}
