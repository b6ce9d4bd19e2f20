// tc/tc_stab.c: `stab [mtu B] [tsize N] [mpu B] [overhead B] [linklayer L]`
// before the kind (parse_size_table), whether any option makes a table
// (check_size_table_opts), and the -d line print_size_table prints.

import type { TcSizespec } from "../../../uapi/pkt_sched.js";
import { duparg, getInteger, invarg, IpExit, matches } from "../lib/utils.js";
import type { TcCtx } from "./tc_common.js";
import { getLinklayer, sprintLinklayer } from "./tc_util.js";

/** check_size_table_opts() */
export function checkSizeTableOpts(s: TcSizespec): boolean {
  return s.linklayer >= 1 || s.mpu !== 0 || s.overhead !== 0;
}

/** get_u32(…, 10) */
function u32Dec(s: string): number | undefined {
  if (!/^\s*\+?\d+$/.test(s)) return undefined;
  const n = Number(s.trim());
  return n > 0xffffffff ? undefined : n;
}

/**
 * parse_size_table(): from "stab" at argv[i]; fills `out` and returns the index of the first word it
 * did not take, or -1 (help, or no option that makes a table: tc_qdisc_modify returns -1 silently).
 */
export function parseSizeTable(ctx: TcCtx, argv: string[], i: number, out: TcSizespec): number {
  const next = (): string => {
    if (i + 1 >= argv.length) {
      ctx.err('Command line is not complete. Try option "help"\n');
      throw new IpExit(255);
    }
    return argv[++i]!;
  };
  const s: TcSizespec = { cell_log: 0, size_log: 0, cell_align: 0, overhead: 0, linklayer: 0, mpu: 0, mtu: 0, tsize: 0 };
  let w = next();
  if (matches(w, "help")) {
    ctx.err(
      "Usage: ... stab [ mtu BYTES ] [ tsize SLOTS ] [ mpu BYTES ]\n" +
        "                [ overhead BYTES ] [ linklayer TYPE ] ...\n" +
        "   mtu       : max packet size we create rate map for {2047}\n" +
        "   tsize     : how many slots should size table have {512}\n" +
        "   mpu       : minimum packet size used in rate computations\n" +
        "   overhead  : per-packet size overhead used in rate computations\n" +
        "   linklayer : adapting to a linklayer e.g. atm\n" +
        "Example: ... stab overhead 20 linklayer atm\n",
    );
    return -1;
  }
  for (; i < argv.length; w = argv[++i] ?? "") {
    if (matches(w, "mtu") || matches(w, "mpu") || matches(w, "tsize")) {
      const key = matches(w, "mtu") ? "mtu" : matches(w, "mpu") ? "mpu" : "tsize";
      const v = next();
      if (s[key]) duparg(ctx, key, v);
      const n = u32Dec(v);
      if (n === undefined) invarg(ctx, key, key === "tsize" ? "invalid table size" : `invalid ${key}`);
      s[key] = n;
    } else if (matches(w, "overhead")) {
      const v = next();
      if (s.overhead) duparg(ctx, "overhead", v);
      const n = /^\s*[+-]?\d+$/.test(v) ? getInteger(v.trim().replace(/^\+/, "").replace(/^(-?)0+(?=\d)/, "$1")) : undefined;
      if (n === undefined) invarg(ctx, "overhead", "invalid overhead");
      s.overhead = n;
    } else if (matches(w, "linklayer")) {
      const v = next();
      if (s.linklayer !== 0) duparg(ctx, "linklayer", v);
      const n = getLinklayer(v);
      if (n === undefined) invarg(ctx, "linklayer", "invalid linklayer");
      s.linklayer = n;
    } else break;
  }
  if (!checkSizeTableOpts(s)) return -1;
  Object.assign(out, s);
  return i;
}

/** print_size_table() */
export function printSizeTable(ctx: TcCtx, s: TcSizespec): void {
  const out = ctx.out;
  out.openObject("stab");
  out.string("FP", null, " ", null);
  if (s.linklayer) out.string("ANY", "linklayer", "linklayer %s ", sprintLinklayer(s.linklayer));
  if (s.overhead) out.int("ANY", "overhead", "overhead %d ", s.overhead);
  if (s.mpu) out.uint("ANY", "mpu", "mpu %u ", s.mpu);
  if (s.mtu) out.uint("ANY", "mtu", "mtu %u ", s.mtu);
  if (s.tsize) out.uint("ANY", "tsize", "tsize %u ", s.tsize);
  out.closeObject();
}
