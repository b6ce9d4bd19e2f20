// The compiled form of a sed program (sed/sed.h's struct sed_cmd, reduced):
// a flat command list where `{` knows where its block ends and branches know
// their target index, so execution is a loop over an instruction pointer.

import type { PosixRegex } from "../lib/regex/index.js";

/** A regex as written in the script; `null` pattern = the empty regex (reuse the last one). */
export interface SedRegex {
  re: PosixRegex | null;
  /** I and M flags, kept for the empty regex, which takes the last regex with these flags. */
  icase: boolean;
  multiline: boolean;
}

export type Addr =
  | { kind: "line"; n: number }
  | { kind: "last" }
  | { kind: "re"; re: SedRegex }
  | { kind: "step"; first: number; step: number }
  /** addr2 only: +N (N lines after) and ~N (up to the next multiple of N). */
  | { kind: "plus"; n: number }
  | { kind: "mult"; n: number };

export type ReplPart =
  | { kind: "lit"; text: string }
  | { kind: "group"; n: number }
  /** GNU case conversion: \U \L (until \E), \u \l (next character), \E. */
  | { kind: "case"; mode: "U" | "L" | "u" | "l" | "E" };

export interface SubstCmd {
  re: SedRegex;
  repl: ReplPart[];
  global: boolean;
  /** Replace only the N-th match (and, with global, every later one). */
  nth: number;
  print: number;
  evaluate: boolean;
  wfile?: string;
  /** Highest \N used in the replacement, checked against the regex's groups. */
  maxRef: number;
}

export interface Command {
  a1?: Addr;
  a2?: Addr;
  negate: boolean;
  name: string;
  /** Range state (per command, as GNU keeps it in struct addr). */
  rangeActive: boolean;
  rangeEnd: number;
  /** Text of a/i/c. */
  text?: string;
  /** Label of : b t T; target index after resolution (-1: end of script). */
  label?: string;
  target?: number;
  /** Exit code of q/Q, line length of l/L. */
  num?: number;
  /** File name of r R w W. */
  file?: string;
  subst?: SubstCmd;
  /** y: character map. */
  ymap?: Map<string, string>;
  /** For `{`: index of the matching `}`. */
  blockEnd?: number;
  /** Where the command came from, for runtime errors. */
  where: string;
}
