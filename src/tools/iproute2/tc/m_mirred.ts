// m_mirred.c (iproute2 6.1): "mirred egress|ingress mirror|redirect [index
// N] dev NAME [VERDICT] [index N]" as tc parses it (the device resolved to
// its index here, "Cannot find device" otherwise).

import { getUnsigned, llNameToIndex, duparg, IpExit, matches, type Ctx } from "../lib/utils.js";
import type { ActionUtil } from "./m_action.js";
import { actionA2n, parseActionControl, printActionControl, printTm, TC_ACT_PIPE, TC_ACT_STOLEN } from "./tc_act_control.js";
import type { TcCtx } from "./tc_common.js";
import { llIndexToName } from "../lib/utils.js";
import type { ArgCursor } from "./q_opts.js";

export const TCA_EGRESS_REDIR = 1;
export const TCA_EGRESS_MIRROR = 2;
export const TCA_INGRESS_REDIR = 3;
export const TCA_INGRESS_MIRROR = 4;

const USAGE =
  "Usage: mirred <DIRECTION> <ACTION> [index INDEX] <dev DEVICENAME>\n" +
  "where:\n" +
  "\tDIRECTION := <ingress | egress>\n" +
  "\tACTION := <mirror | redirect>\n" +
  "\tINDEX  is the specific policy instance id\n" +
  "\tDEVICENAME is the devicename\n";

const dec = (w: string): number | undefined => (/^\d+$/.test(w) ? getUnsigned(w) : undefined);

const N2A: Record<number, [string, string, string]> = {
  [TCA_EGRESS_REDIR]: ["Egress Redirect", "redirect", "egress"],
  [TCA_INGRESS_REDIR]: ["Ingress Redirect", "redirect", "ingress"],
  [TCA_EGRESS_MIRROR]: ["Egress Mirror", "mirror", "egress"],
  [TCA_INGRESS_MIRROR]: ["Ingress Mirror", "mirror", "ingress"],
};

export const MIRRED: ActionUtil = {
  id: "mirred",
  print(ctx: TcCtx, opts) {
    const p = opts as { eaction: number; action: number; ifindex: number; index: number; refcnt: number; bindcnt: number; tm?: { install: number; lastuse: number; firstuse: number } };
    const out = ctx.out;
    out.string("ANY", "kind", "%s ", "mirred");
    const [text, act, dir] = N2A[p.eaction] ?? ["unknown", "unknown", "unknown"];
    out.string("FP", null, "(%s", text);
    out.string("JSON", "mirred_action", null, act);
    out.string("JSON", "direction", null, dir);
    out.string("ANY", "to_dev", " to device %s)", llIndexToName(ctx, p.ifindex));
    printActionControl(out, " ", p.action, "");
    out.nl();
    out.uint("ANY", "index", "\tindex %u", p.index);
    out.int("ANY", "ref", " ref %d", p.refcnt);
    out.int("ANY", "bind", " bind %d", p.bindcnt);
    if (ctx.stats && p.tm) printTm(ctx, p.tm);
    out.nl();
  },
  parse(ctx: Ctx, a: ArgCursor) {
    // parse_direction() works on its own copy of the cursor: the caller's moves only on success.
    const c = Object.assign(Object.create(Object.getPrototypeOf(a)) as ArgCursor, a);
    let ok = 0;
    let iok = 0;
    let mirror = false;
    let redir = false;
    let ingress = false;
    let egress = false;
    const p = { eaction: 0, action: 0, index: 0, ifindex: 0 };
    let d = "";
    // parse_mirred(): the word after "mirred" picks parse_direction, the usage, or a refusal.
    const first = c.next();
    if (matches(first, "help")) {
      ctx.err(USAGE);
      throw new IpExit(255);
    }
    if (!matches(first, "egress") && !matches(first, "ingress") && !matches(first, "index")) {
      ctx.err(`mirred option not supported ${first}\n`);
      return null;
    }
    while (c.more) {
      const w = c.cur;
      if (matches(w, "action")) {
        c.next();
        break;
      } else if (!egress && matches(w, "egress")) {
        egress = true;
        if (ingress) {
          ctx.err("Can't have both egress and ingress\n");
          return null;
        }
        c.next();
        ok++;
        continue;
      } else if (!ingress && matches(w, "ingress")) {
        ingress = true;
        if (egress) {
          ctx.err("Can't have both ingress and egress\n");
          return null;
        }
        c.next();
        ok++;
        continue;
      } else if (matches(w, "index")) {
        const v = dec(c.next());
        if (v === undefined) {
          ctx.err('Illegal "index"\n');
          return null;
        }
        p.index = v;
        iok++;
        if (!ok) {
          c.i++;
          break;
        }
      } else if (!ok) {
        ctx.err(`was expecting egress or ingress (${w})\n`);
        break;
      } else if (!mirror && matches(w, "mirror")) {
        mirror = true;
        if (redir) {
          ctx.err("Can't have both mirror and redir\n");
          return null;
        }
        p.eaction = egress ? TCA_EGRESS_MIRROR : TCA_INGRESS_MIRROR;
        p.action = TC_ACT_PIPE;
        ok++;
      } else if (!redir && matches(w, "redirect")) {
        redir = true;
        if (mirror) {
          ctx.err("Can't have both mirror and redir\n");
          return null;
        }
        p.eaction = egress ? TCA_EGRESS_REDIR : TCA_INGRESS_REDIR;
        p.action = TC_ACT_STOLEN;
        ok++;
      } else if ((redir || mirror) && matches(w, "dev")) {
        const name = c.next();
        if (d) duparg(ctx, "dev", name);
        d = name.slice(0, 15);
        c.i++;
        break;
      }
      c.next();
    }
    if (!ok && !iok) return null;
    if (d) {
      const idx = llNameToIndex(ctx, d);
      if (!idx) {
        ctx.err(`Cannot find device "${d}"\n`);
        return null;
      }
      p.ifindex = idx;
    }
    if ((p.eaction === TCA_EGRESS_MIRROR || p.eaction === TCA_INGRESS_MIRROR) && c.more && actionA2n(c.cur, false) !== undefined) {
      // parse_action_control_dflt(): a verdict after a mirror, else pipe.
      const r = parseActionControl(ctx, c, false, true);
      p.action = r ?? TC_ACT_PIPE;
    }
    if (c.more) {
      if (iok && matches(c.cur, "index")) {
        ctx.err("mirred: Illegal double index\n");
        return null;
      }
      if (matches(c.cur, "index")) {
        const v = dec(c.next());
        if (v === undefined) {
          ctx.err('mirred: Illegal "index"\n');
          return null;
        }
        p.index = v;
        c.i++;
      }
    }
    a.i = c.i;
    return p;
  },
};
