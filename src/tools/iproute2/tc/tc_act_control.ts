// tc_util.c action_a2n(), parse_action_control() and
// parse_action_control_slash(): the verdict words actions and policers take
// (continue, drop/shot, pass/ok, reclassify, pipe, goto chain N, jump N, trap).

import { getUnsigned, matches, type Ctx } from "../lib/utils.js";
import type { ArgCursor } from "./q_opts.js";
import type { IpOut } from "../lib/json_print.js";

export const TC_ACT_UNSPEC = -1;
export const TC_ACT_OK = 0;
export const TC_ACT_RECLASSIFY = 1;
export const TC_ACT_SHOT = 2;
export const TC_ACT_PIPE = 3;
export const TC_ACT_STOLEN = 4;
export const TC_ACT_TRAP = 8;
export const TC_ACT_JUMP = 0x10000000;
export const TC_ACT_GOTO_CHAIN = 0x20000000;
export const TC_ACT_EXT_VAL_MASK = 0x0fffffff;

const A2N: ReadonlyArray<[string, number]> = [
  ["continue", TC_ACT_UNSPEC],
  ["drop", TC_ACT_SHOT],
  ["shot", TC_ACT_SHOT],
  ["pass", TC_ACT_OK],
  ["ok", TC_ACT_OK],
  ["reclassify", TC_ACT_RECLASSIFY],
  ["pipe", TC_ACT_PIPE],
  ["goto", TC_ACT_GOTO_CHAIN],
  ["jump", TC_ACT_JUMP],
  ["trap", TC_ACT_TRAP],
];

/** action_a2n(): a verdict word (any prefix), or with allowNum a plain "%d". */
export function actionA2n(arg: string, allowNum: boolean): number | undefined {
  for (const [name, n] of A2N) if (matches(arg, name)) return n;
  if (allowNum && /^[ \t]*[+-]?\d+$/.test(arg)) return Number(arg) | 0;
  return undefined;
}

/**
 * __parse_action_control(): the verdict at the cursor, with "goto chain N" /
 * "jump N"; steps past it. undefined after the message (or silently when
 * ignoreMiss and the word is not a verdict).
 */
export function parseActionControl(ctx: Ctx, a: ArgCursor, allowNum: boolean, ignoreMiss = false): number | undefined {
  if (!a.more) return undefined;
  let result = actionA2n(a.cur, allowNum);
  if (result === undefined) {
    if (!ignoreMiss) ctx.err(`Bad action type ${a.cur}\n`);
    return undefined;
  }
  if (result === TC_ACT_GOTO_CHAIN) {
    if (!matches(a.next(), "chain")) {
      ctx.err('"chain index" expected\n');
      return undefined;
    }
    const idx = /^\d+$/.test(a.next()) ? getUnsigned(a.cur) : undefined;
    if (idx === undefined || idx > TC_ACT_EXT_VAL_MASK) {
      ctx.err('Illegal "chain index"\n');
      return undefined;
    }
    result = (result | idx) >>> 0;
  } else if (result === TC_ACT_JUMP) {
    const w = a.next();
    const cnt = /^\d+$/.test(w) ? getUnsigned(w) : undefined;
    if (cnt === undefined || cnt > TC_ACT_EXT_VAL_MASK) {
      ctx.err(`Invalid "jump count" (${w})\n`);
      return undefined;
    }
    result = (result | cnt) >>> 0;
  }
  a.i++;
  return result;
}

/** parse_action_control_slash(): "EXCEED/CONFORM" in one word (silent when wrong), or "EXCEED [/ CONFORM]" as words. */
export function parseActionControlSlash(ctx: Ctx, a: ArgCursor, allowNum: boolean): [number, number] | undefined {
  const w = a.cur;
  const slash = w.indexOf("/");
  if (slash >= 0) {
    const r1 = actionA2n(w.slice(0, slash), allowNum);
    const r2 = actionA2n(w.slice(slash + 1), allowNum);
    if (r1 === undefined || r2 === undefined) return undefined;
    a.i++;
    return [r1, r2];
  }
  const r1 = parseActionControl(ctx, a, allowNum);
  if (r1 === undefined) return undefined;
  if (!a.more || a.cur !== "/") return [r1, 0];
  a.next();
  const r2 = parseActionControl(ctx, a, allowNum);
  return r2 === undefined ? undefined : [r1, r2];
}

/** action_n2a() */
export function actionN2a(action: number): string {
  const ext = (action & 0xf0000000) >>> 0;
  if (ext === TC_ACT_GOTO_CHAIN) return "goto";
  if (ext === TC_ACT_JUMP) return "jump";
  switch (action) {
    case TC_ACT_UNSPEC:
      return "continue";
    case TC_ACT_OK:
      return "pass";
    case TC_ACT_SHOT:
      return "drop";
    case TC_ACT_RECLASSIFY:
      return "reclassify";
    case TC_ACT_PIPE:
      return "pipe";
    case TC_ACT_STOLEN:
      return "stolen";
    case TC_ACT_TRAP:
      return "trap";
    default:
      return String(action);
  }
}

/** print_action_control() */
export function printActionControl(out: IpOut, prefix: string, action: number, suffix: string): void {
  out.string("FP", null, "%s", prefix);
  out.openObject("control_action");
  out.string("ANY", "type", "%s", actionN2a(action));
  const ext = (action & 0xf0000000) >>> 0;
  if (ext === TC_ACT_GOTO_CHAIN) out.uint("ANY", "chain", " chain %u", action & TC_ACT_EXT_VAL_MASK);
  if (ext === TC_ACT_JUMP) out.uint("ANY", "jump", " %u", action & TC_ACT_EXT_VAL_MASK);
  out.closeObject();
  out.string("FP", null, "%s", suffix);
}

/** print_tm(): a tcf_t's ticks as seconds (USER_HZ 100); a zero field is not shown. */
export function printTm(ctx: { out: IpOut }, tm: { install: number; lastuse: number; firstuse: number }): void {
  const hz = 100;
  if (tm.install) ctx.out.uint("ANY", "installed", " installed %u sec", Math.floor(tm.install / hz));
  if (tm.lastuse) ctx.out.uint("ANY", "last_used", " used %u sec", Math.floor(tm.lastuse / hz));
  if (tm.firstuse) ctx.out.uint("ANY", "first_used", " firstused %u sec", Math.floor(tm.firstuse / hz));
}
