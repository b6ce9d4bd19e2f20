// The builtin table (bash's builtins/ directory, one entry per name). Lookup
// order in the interpreter: functions, then these, then PATH.

import type { Builtin } from "../interpreter.js";
import { colon, echo, falseB, printf, test, trueB } from "./basic.js";
import { breakB, builtin, command, continueB, evalB, exec, exit, hash, returnB, source, trap, type } from "./flow.js";
import { disown, fg, jobs, kill, wait } from "./jobs.js";
import { alias, caller, cd, dirs, getoptsB, help, history, logout, pwd, suspend, times, ulimit, umask, unalias } from "./misc.js";
import { mapfile, read } from "./read.js";
import { declare, exportB, letB, local, readonly, set, shift, shopt, unset } from "./vars.js";

export const BUILTINS = new Map<string, Builtin>([
  [":", colon], ["true", trueB], ["false", falseB], ["echo", echo], ["printf", printf], ["test", test], ["[", test],
  ["exit", exit], ["return", returnB], ["break", breakB], ["continue", continueB], ["eval", evalB],
  ["source", source], [".", source], ["exec", exec], ["command", command], ["builtin", builtin], ["type", type],
  ["hash", hash], ["trap", trap], ["wait", wait], ["kill", kill], ["jobs", jobs], ["fg", fg], ["bg", fg],
  ["disown", disown], ["cd", cd], ["pwd", pwd], ["pushd", dirs], ["popd", dirs], ["dirs", dirs], ["umask", umask],
  ["times", times], ["alias", alias], ["unalias", unalias], ["getopts", getoptsB], ["ulimit", ulimit],
  ["caller", caller], ["logout", logout], ["history", history], ["help", help], ["suspend", suspend],
  ["read", read], ["mapfile", mapfile], ["readarray", mapfile], ["declare", declare], ["typeset", declare],
  ["local", local], ["export", exportB], ["readonly", readonly], ["unset", unset], ["let", letB], ["shift", shift],
  ["set", set], ["shopt", shopt],
]);

/** bash builtins dash 0.5.12 does not have: under the dash dialect these names are looked up in PATH. */
export const NOT_IN_DASH = new Set([
  "source", "builtin", "caller", "declare", "typeset", "let", "shopt", "mapfile", "readarray", "pushd", "popd", "dirs",
  "help", "history", "logout", "suspend", "disown",
]);

/** The builtin NAME names in this shell's dialect. */
export function findBuiltin(dialect: "bash" | "dash", name: string): Builtin | undefined {
  if (dialect === "dash" && NOT_IN_DASH.has(name)) return undefined;
  return BUILTINS.get(name);
}

/** POSIX special builtins (their assignment and error rules differ in posix mode). */
export const SPECIAL_BUILTINS = new Set([
  ":", ".", "break", "continue", "eval", "exec", "exit", "export", "readonly", "return", "set", "shift", "times", "trap", "unset",
]);

export const KEYWORDS = new Set([
  "if", "then", "else", "elif", "fi", "case", "esac", "for", "select", "while", "until", "do", "done", "in",
  "function", "time", "{", "}", "!", "[[", "]]", "coproc",
]);
