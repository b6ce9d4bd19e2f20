// tc/q_prio.c: prio_print_opt(), which also prints pfifo_fast (tc_qdisc.c
// looks "prio" up for it), and prio_parse_opt(): bands, priomap (each
// element below bands, at most 16) and multiqueue as tc checks them — the
// recording kernel has no sch_prio, so what is sent is refused as unknown.

import { TC_PRIO_MAX, type TcPrioQopt } from "../../../uapi/pkt_sched.js";
import { registerQdiscUtil, TcFail, type TcCtx } from "./tc_common.js";
import { ArgCursor } from "./q_opts.js";

/** prio_print_opt() */
export function prioPrintOpt(ctx: TcCtx, opt: object): void {
  const q = opt as TcPrioQopt & { mq?: boolean };
  const out = ctx.out;
  out.uint("ANY", "bands", "bands %u ", q.bands);
  out.openArray("ANY", "priomap");
  for (let i = 0; i <= TC_PRIO_MAX; i++) out.uint("ANY", null, " %d", q.priomap[i] ?? 0);
  out.closeArray("ANY", "");
  if (q.mq !== undefined) out.string("FP", null, " multiqueue: %s ", q.mq ? "on" : "off");
  out.bool("JSON", "multiqueue", "", q.mq === true);
}

const USAGE = "Usage: ... prio bands NUMBER priomap P1 P2...[multiqueue]\n";

/** get_integer/get_unsigned with base 10: decimal digits only (strtol/strtoul accept blanks and a sign first). */
function decimal(word: string, signed: boolean): number | undefined {
  const m = /^[ \t\n\v\f\r]*([+-]?)(\d+)$/.exec(word);
  if (m === null || (!signed && m[1] === "-")) return undefined;
  const v = Number(m[2]) * (m[1] === "-" ? -1 : 1);
  return signed ? (v >= -2147483648 && v <= 2147483647 ? v : undefined) : v <= 0xffffffff ? v : undefined;
}

/** prio_parse_opt(): tc_prio_qopt (+ TCA_PRIO_MQ). */
export function prioParseOpt(ctx: TcCtx, argv: string[]): object {
  const fail = (): never => {
    throw new TcFail(1);
  };
    const opt = { bands: 3, priomap: [1, 2, 2, 2, 1, 2, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1] };
    let pmapMode = false;
    let idx = 0;
    let mq = false;
    const a = new ArgCursor(ctx, argv);
    for (; a.more; a.i++) {
      const w = a.cur;
      if (w === "bands") {
        // A late "bands" prints the usage and goes on, as upstream.
        if (pmapMode) ctx.err(USAGE);
        const v = decimal(a.next(), true);
        if (v === undefined) {
          ctx.err('Illegal "bands"\n');
          return fail();
        }
        opt.bands = v;
      } else if (w === "priomap") {
        if (pmapMode) {
          ctx.err("Error: duplicate priomap\n");
          return fail();
        }
        pmapMode = true;
      } else if (w === "multiqueue") {
        mq = true;
      } else if (w === "help") {
        ctx.err(USAGE);
        return fail();
      } else {
        if (!pmapMode) {
          ctx.err(`What is "${w}"?\n`);
          ctx.err(USAGE);
          return fail();
        }
        const band = decimal(w, false);
        if (band === undefined) {
          ctx.err('Illegal "priomap" element\n');
          return fail();
        }
        // bands is an int compared as unsigned: a negative bands lets every band through.
        if (band >= opt.bands >>> 0) {
          ctx.err('"priomap" element is out of bands\n');
          return fail();
        }
        if (idx > TC_PRIO_MAX) {
          ctx.err(`"priomap" index > TC_PRIO_MAX=${TC_PRIO_MAX}\n`);
          return fail();
        }
        opt.priomap[idx++] = band & 0xff;
      }
    }
    return mq ? { ...opt, TCA_PRIO_MQ: true } : opt;
}

registerQdiscUtil({ id: "prio", printQopt: prioPrintOpt, parseQopt: prioParseOpt });
