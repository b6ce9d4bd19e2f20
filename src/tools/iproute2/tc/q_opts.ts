// What the q_<kind>.c option parsers of iproute2 6.1 share, for the kinds the
// recording kernel has no module for (netem, fq_codel, prio, sfq, …): tc reads
// and checks their options in userspace — its own messages first ("What is
// "x"?", the kind's usage, `Illegal "limit"`), exit 1; NEXT_ARG() past the end
// exits 255 — and only then sends them; the kernel answers that the kind is
// unknown. The parsed options are kept typed (what TCA_OPTIONS would carry).

import { getInteger, getUnsigned, incompleteCommand, type Ctx } from "../lib/utils.js";
import { getTime64 } from "../lib/utils_time.js";
import { strtofloat } from "../../coreutils/lib/printf-format.js";
import { registerQdiscUtil, TcFail, type TcCtx } from "./tc_common.js";
import { getPercentRate64, getRate, getSize, getTime } from "./tc_util.js";

/** The option attributes a parser produced (TCA_OPTIONS' fields, by name). */
export type QdiscOptions = Record<string, unknown>;

/** A qdisc_util of a kind: parse_qopt (and parse_copt for classful kinds). null: tc's parse failed (exit 1). */
export interface QdiscOptParser {
  id: string;
  parseQopt(ctx: TcCtx, argv: readonly string[], dev: string): QdiscOptions | null | Promise<QdiscOptions | null>;
  parseCopt?(ctx: TcCtx, argv: readonly string[], dev: string): QdiscOptions | null | Promise<QdiscOptions | null>;
}

/** Puts a kind's parsers in tc's table (get_qdisc_kind): a refusal ends the command with status 1. */
export function registerQdiscParser(p: QdiscOptParser): void {
  const wrap =
    (f: NonNullable<QdiscOptParser["parseCopt"]>) =>
    async (ctx: TcCtx, argv: string[], dev: string): Promise<object> => {
      const r = await f(ctx, argv, dev);
      if (r === null) throw new TcFail(1);
      return r;
    };
  registerQdiscUtil({ id: p.id, parseQopt: wrap(p.parseQopt), ...(p.parseCopt && { parseCopt: wrap(p.parseCopt) }) });
}

/** An argv cursor with NEXT_ARG() semantics (incomplete_command: exit 255). */
export class ArgCursor {
  i = 0;
  constructor(
    readonly ctx: Ctx,
    readonly argv: readonly string[],
  ) {}
  get cur(): string {
    return this.argv[this.i]!;
  }
  get more(): boolean {
    return this.i < this.argv.length;
  }
  /** NEXT_ARG(): step to the next word, or "Command line is not complete". */
  next(): string {
    this.i++;
    if (this.i >= this.argv.length) incompleteCommand(this.ctx);
    return this.argv[this.i]!;
  }
  /** NEXT_ARG_OK(): is there a word after the current one? */
  nextOk(): boolean {
    return this.i + 1 < this.argv.length;
  }
  /** The word after the current one (only when nextOk()). */
  peek(): string {
    return this.argv[this.i + 1]!;
  }
  /** NEXT_IS_NUMBER(): the next word starts with a digit. */
  nextIsNumber(): boolean {
    return this.nextOk() && /^[0-9]/.test(this.peek());
  }
  /** NEXT_IS_SIGNED_NUMBER(): a digit or a minus sign first. */
  nextIsSignedNumber(): boolean {
    return this.nextOk() && /^[0-9-]/.test(this.peek());
  }
}

/** The value kinds the keyword tables read (the get_* helper each option uses upstream). */
export type OptValueKind = "unsigned" | "u32" | "integer" | "time" | "time64" | "size" | "rate";

export function readValue(kind: OptValueKind, word: string): number | undefined {
  switch (kind) {
    case "unsigned":
    case "u32":
      return getUnsigned(word);
    case "integer":
      return getInteger(word);
    case "time":
      return getTime(word);
    case "time64":
      return getTime64(word);
    case "size":
      return getSize(word);
    case "rate":
      return getRate(word);
  }
}

/**
 * One keyword of a kind's option loop: `word VALUE` read with `kind` (refused with
 * `Illegal "<illegal>"`), or a bare flag setting `attr` to `set`.
 */
export type KeywordSpec =
  | { word: string; attr: string; kind: OptValueKind; illegal?: string; max?: number }
  | { word: string; attr: string; set: number }
  /** A keyword with its own reading: false after printing why. */
  | { word: string; custom: (a: ArgCursor, out: QdiscOptions) => boolean | Promise<boolean> };

/**
 * The strcmp() keyword loop most q_*.c files have: `help` prints the usage, an
 * unknown word `What is "x"?` and the usage; every failure returns null.
 */
export async function parseKeywords(ctx: Ctx, argv: readonly string[], specs: readonly KeywordSpec[], usage: string): Promise<QdiscOptions | null> {
  const out: QdiscOptions = {};
  const a = new ArgCursor(ctx, argv);
  for (; a.more; a.i++) {
    const w = a.cur;
    const spec = specs.find((s) => s.word === w);
    if (spec === undefined) {
      if (w !== "help") ctx.err(`What is "${w}"?\n`);
      ctx.err(usage);
      return null;
    }
    if ("custom" in spec) {
      if (!(await spec.custom(a, out))) return null;
      continue;
    }
    if ("set" in spec) {
      out[spec.attr] = spec.set;
      continue;
    }
    const v = readValue(spec.kind, a.next());
    if (v === undefined || (spec.max !== undefined && v > spec.max)) {
      ctx.err(`Illegal "${spec.illegal ?? spec.word}"\n`);
      return null;
    }
    out[spec.attr] = v;
  }
  return out;
}

/** get_percent() of q_netem.c: parse_percent scaled to a u32 (rint(p * UINT32_MAX)); undefined on any error. */
export function getPercentU32(word: string): number | undefined {
  const r = parsePercent(word);
  return r.ok ? percentU32(r.value) : undefined;
}

/** set_percent(): a fraction as a u32 share of UINT32_MAX. */
export function percentU32(p: number): number {
  return Math.round(p * 0xffffffff) >>> 0;
}

/**
 * parse_percent() (tc_util.c): "30%" or "30" as a fraction; out of range
 * outside [0, 100], malformed for anything but a lone "%" after the number
 * (strtod reading nothing gives 0, then the whole word must be "" or "%").
 */
export function parsePercent(str: string): { ok: true; value: number } | { ok: false; range: boolean } {
  const r = strtofloat(str);
  const value = (r.end ? r.value : 0) / 100;
  const rest = str.slice(r.end);
  if (value > 1 || value < 0) return { ok: false, range: true };
  if (rest !== "" && rest !== "%") return { ok: false, range: false };
  return { ok: true, value };
}

/** get_percent_rate(): "N%" of the device's speed in a u32 of bytes per second (tc_util's 64-bit reading, then get_rate's bound). */
export async function getPercentRate(ctx: TcCtx, str: string, dev: string): Promise<number | undefined> {
  const v = await getPercentRate64(ctx, str, dev);
  return v === undefined || v >= 2 ** 32 ? undefined : v;
}
