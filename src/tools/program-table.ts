// A package's programs and where they live in the filesystem (as Debian 12
// installs them), so `which`, `type` and PATH lookup behave as on a real host.

import type { Program } from "../kernel/task/program.js";

export interface ProgramEntry {
  /** Name as typed (argv[0] basename). */
  name: string;
  /** Absolute path of the executable, e.g. /usr/sbin/ip. */
  path: string;
  main: Program;
  /** Symlinks that lead to this program, as [path, target] (e.g. Debian's alternatives). */
  links?: readonly (readonly [string, string])[];
  /** Files the package installs that the program reads (configuration, default pages). */
  files?: readonly { path: string; content: string }[];
}

export type ProgramTable = ProgramEntry[];
