// What one nft invocation collects (output, errors, warnings) and how nft
// marks an error: the input line and carets under the offending token
// (src/erec.c), with FILE:LINE:COL- when the input came from -f.

import type { Tok } from "./script.js";
import type { NftOutput } from "./render.js";

export class NftError extends Error {}

export interface Io {
  out: string[];
  err: string[];
  /** Notes nft writes to stderr while listing, each just before the table it concerns: [index in out, text]. */
  warn?: [number, string][];
  /** The command's text, for error context lines. */
  source: string;
  file?: string;
  /** -a, -n, -s */
  output: NftOutput;
  /** -c/--check: evaluate and build batches, send nothing. */
  check?: boolean;
}

/** nft's error with the offending line and carets under a token (a run of tokens when `to` is given). */
export function located(io: Io, tok: Tok, msg: string, to?: Tok): NftError {
  const lines = io.source.split("\n");
  const text = lines[tok.line - 1] ?? "";
  const end = to && to.line === tok.line ? to.col + Math.max(1, to.text.length) - 1 : tok.col + Math.max(1, tok.text.length) - 1;
  const width = Math.max(1, end - tok.col + 1);
  const where = io.file !== undefined ? `${io.file}:${tok.line}:${tok.col}-${tok.col + width - 1}: ` : "";
  // The marker line keeps the line's tabs so the carets line up under them.
  const pad = [...text.slice(0, tok.col - 1)].map((c) => (c === "\t" ? "\t" : " ")).join("").padEnd(tok.col - 1, " ");
  return new NftError(`${where}Error: ${msg}\n${text}\n${pad}${"^".repeat(width)}\n`);
}

/** An error over an expression: `~` under its left side, `^` under the offending right side (erec's two locations). */
export function locatedPair(io: Io, lhs: [Tok, Tok], tok: Tok, msg: string): NftError {
  const base = located(io, tok, msg).message.split("\n");
  const from = lhs[0].col - 1;
  const to = lhs[1].col - 1 + lhs[1].text.length;
  const marks = [...base[2]!.padEnd(to, " ")];
  for (let k = from; k < to; k++) marks[k] = "~";
  base[2] = marks.join("");
  return new NftError(base.join("\n"));
}
