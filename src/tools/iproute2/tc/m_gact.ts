// m_gact.c (iproute2 6.1): the generic action — a verdict, an optional
// "random netrand|determ VERDICT VAL", an optional "index N". A bad verdict
// prints gact's usage and exits 255 (usage() exit(-1)), as upstream.

import { getUnsigned, IpExit, matches, type Ctx } from "../lib/utils.js";
import type { ActionUtil } from "./m_action.js";
import { parseActionControl } from "./tc_act_control.js";
import type { ArgCursor } from "./q_opts.js";

const USAGE =
  "Usage: ... gact <ACTION> [RAND] [INDEX]\n" +
  "Where: \tACTION := reclassify | drop | continue | pass | pipe |\n" +
  "       \t          goto chain <CHAIN_INDEX> | jump <JUMP_COUNT>\n" +
  "\tRAND := random <RANDTYPE> <ACTION> <VAL>\n" +
  "\tRANDTYPE := netrand | determ\n" +
  "\tVAL : = value not exceeding 10000\n" +
  "\tJUMP_COUNT := Absolute jump from start of action list\n" +
  "\tINDEX := index value used\n" +
  "\n";

function usage(ctx: Ctx): never {
  ctx.err(USAGE);
  throw new IpExit(255);
}

const PGACT_NETRAND = 1;
const PGACT_DETERM = 2;

/** get_u32/get_u16 with base 10. */
function dec(word: string, max: number): number | undefined {
  return /^\d+$/.test(word) ? getUnsigned(word, max) : undefined;
}

export const GACT: ActionUtil = {
  id: "gact",
  parse(ctx: Ctx, a: ArgCursor) {
    const out: { action: number; index: number; prob?: { ptype: number; paction: number; pval: number } } = { action: 0, index: 0 };
    if (matches(a.cur, "gact")) a.next();
    if (!matches(a.cur, "index")) {
      const act = parseActionControl(ctx, a, false);
      if (act === undefined) usage(ctx);
      out.action = act;
      if (a.more) {
        if (matches(a.cur, "random")) {
          const t = a.next();
          let ptype: number;
          if (matches(t, "netrand")) ptype = PGACT_NETRAND;
          else if (matches(t, "determ")) ptype = PGACT_DETERM;
          else {
            ctx.err('Illegal "random type"\n');
            return null;
          }
          a.next();
          const paction = parseActionControl(ctx, a, false);
          if (paction === undefined) usage(ctx);
          const pval = a.more ? dec(a.cur, 0xffff) : undefined;
          // Upstream prints the (unset) value it failed to read: 0 here.
          if (pval === undefined) {
            ctx.err("Illegal probability val 0x0\n");
            return null;
          }
          if (pval > 10000) {
            ctx.err(`Illegal probability val  0x${pval.toString(16)}\n`);
            return null;
          }
          out.prob = { ptype, paction, pval };
          a.i++;
        } else if (matches(a.cur, "help")) usage(ctx);
      }
      if (!a.more) return out;
      if (!matches(a.cur, "index")) {
        if (matches(a.cur, "help")) usage(ctx);
        return out;
      }
    }
    const idx = dec(a.next(), 0xffffffff);
    if (idx === undefined) {
      ctx.err('Illegal "index"\n');
      return null;
    }
    out.index = idx;
    a.i++;
    return out;
  },
};
