// m_police.c (iproute2 6.1): the policer's options — as an action ("action
// police …") and as a filter's "police …" — with its argument errors
// (invarg/duparg exit 255) and its consistency checks ("'burst' requires
// 'rate'." …). The recording kernel has no act_police, so the rate tables
// tc_core would compute for it are not built: the options keep what was given.

import { duparg, getUnsigned, invarg, IpExit, matches, type Ctx } from "../lib/utils.js";
import { getLinklayer, getRate, getRate64, getSize, getSizeAndCell } from "./tc_util.js";
import type { ActionUtil } from "./m_action.js";
import { parseActionControl, parseActionControlSlash, TC_ACT_RECLASSIFY } from "./tc_act_control.js";
import type { ArgCursor } from "./q_opts.js";
import type { TcaActOptions } from "../../../uapi/pkt_cls.js";

const USAGE =
  "Usage: ... police [ rate BPS burst BYTES[/BYTES] ] \n" +
  "\t\t[ pkts_rate RATE pkts_burst PACKETS ] [ mtu BYTES[/BYTES] ]\n" +
  "\t\t[ peakrate BPS ] [ avrate BPS ] [ overhead BYTES ]\n" +
  "\t\t[ linklayer TYPE ] [ CONTROL ]\n" +
  "Where: CONTROL := conform-exceed <EXCEEDACT>[/NOTEXCEEDACT]\n" +
  "\t\t  Define how to handle packets which exceed (<EXCEEDACT>)\n" +
  "\t\t  or conform (<NOTEXCEEDACT>) the configured bandwidth limit.\n" +
  "       EXCEEDACT/NOTEXCEEDACT := { pipe | ok | reclassify | drop | continue |\n" +
  "\t\t\t\t   goto chain <CHAIN_INDEX> }\n";

const dec = (w: string, max: number): number | undefined => (/^\d+$/.test(w) ? getUnsigned(w, max) : undefined);
const dec64 = (w: string): number | undefined => (/^\d+$/.test(w) && Number(w) <= Number.MAX_SAFE_INTEGER ? Number(w) : undefined);

/** act_parse_police(): `asAction` when reached as "action police" (the cursor is on "police"). */
export function parsePolice(ctx: Ctx, a: ArgCursor, _dev: string, asAction = false): TcaActOptions | null {
  if (asAction) a.next();
  if (!a.more) return null;
  let ok = 0;
  let index = 0;
  let buffer = 0;
  let rcellLog = -1;
  let mtu = 0;
  let pcellLog = -1;
  let mpu = 0;
  let rate64 = 0;
  let avrate = 0;
  let prate64 = 0;
  let action = TC_ACT_RECLASSIFY;
  let presult = 0;
  let overhead = 0;
  let linklayer = 1;
  let pps64 = 0;
  let ppsburst64 = 0;
  while (a.more) {
    const w = a.cur;
    if (matches(w, "index")) {
      const v = dec(a.next(), 0xffffffff);
      if (v === undefined) invarg(ctx, "index", a.cur);
      index = v;
    } else if (matches(w, "burst") || w === "buffer" || w === "maxburst") {
      const v = a.next();
      if (buffer) duparg(ctx, "buffer/burst", v);
      const sc = getSizeAndCell(v);
      if (sc === undefined) invarg(ctx, "buffer", v);
      buffer = sc.size;
      rcellLog = sc.cellLog;
    } else if (w === "mtu" || w === "minburst") {
      const v = a.next();
      if (mtu) duparg(ctx, "mtu/minburst", v);
      const sc = getSizeAndCell(v);
      if (sc === undefined) invarg(ctx, "mtu", v);
      mtu = sc.size;
      pcellLog = sc.cellLog;
    } else if (w === "mpu") {
      const v = a.next();
      if (mpu) duparg(ctx, "mpu", v);
      const s = getSize(v);
      if (s === undefined) invarg(ctx, "mpu", v);
      mpu = s;
    } else if (w === "rate") {
      const v = a.next();
      if (rate64) duparg(ctx, "rate", v);
      const r = getRate64(v);
      if (r === undefined) invarg(ctx, "rate", v);
      rate64 = r;
    } else if (w === "avrate") {
      const v = a.next();
      if (avrate) duparg(ctx, "avrate", v);
      const r = getRate(v);
      if (r === undefined) invarg(ctx, "avrate", v);
      avrate = r;
    } else if (matches(w, "peakrate")) {
      const v = a.next();
      if (prate64) duparg(ctx, "peakrate", v);
      const r = getRate64(v);
      if (r === undefined) invarg(ctx, "peakrate", v);
      prate64 = r;
    } else if (["reclassify", "drop", "shot", "continue", "pass", "ok", "pipe", "goto"].some((x) => matches(w, x))) {
      const r = parseActionControl(ctx, a, false);
      if (r === undefined) return null;
      action = r;
      ok++;
      continue;
    } else if (w === "conform-exceed") {
      a.next();
      const r = parseActionControlSlash(ctx, a, true);
      if (r === undefined) return null;
      [action, presult] = r;
      ok++;
      continue;
    } else if (matches(w, "overhead")) {
      const v = dec(a.next(), 0xffff);
      if (v === undefined) invarg(ctx, "overhead", a.cur);
      overhead = v;
    } else if (matches(w, "linklayer")) {
      const v = getLinklayer(a.next());
      if (v === undefined) invarg(ctx, "linklayer", a.cur);
      linklayer = v;
    } else if (matches(w, "pkts_rate")) {
      const v = a.next();
      if (pps64) duparg(ctx, "pkts_rate", v);
      const r = dec64(v);
      if (r === undefined) invarg(ctx, "pkts_rate", v);
      pps64 = r;
    } else if (matches(w, "pkts_burst")) {
      const v = a.next();
      if (ppsburst64) duparg(ctx, "pkts_burst", v);
      const r = dec64(v);
      if (r === undefined) invarg(ctx, "pkts_burst", v);
      ppsburst64 = r;
    } else if (w === "help") {
      ctx.err(USAGE);
      throw new IpExit(255);
    } else break;
    a.i++;
    ok++;
  }
  if (!ok) return null;
  if (rate64 && avrate) return null;
  const fail = (msg: string): null => {
    ctx.err(`${msg}\n`);
    return null;
  };
  if (!rate64 && !avrate && !index && !mtu && !pps64) return fail("'rate' or 'avrate' or 'mtu' or 'pkts_rate' MUST be specified.");
  if (rate64 && !buffer && !avrate) return fail("'burst' requires 'rate'.");
  if (pps64 && !ppsburst64) return fail("'pkts_burst' requires 'pkts_rate'.");
  if (pps64 && rate64) return fail("'rate' and 'pkts_rate' are not allowed in same action.");
  if (prate64) {
    if (!rate64) return fail("'peakrate' requires 'rate'.");
    if (!mtu) return fail("'mtu' is required, if 'peakrate' is requested.");
  }
  return { index, action, rate64, buffer, rcellLog, mtu, pcellLog, mpu, overhead, linklayer, prate64, avrate, presult, pps64, ppsburst64 };
}

export const POLICE: ActionUtil = {
  id: "police",
  parse: (ctx, a, dev) => parsePolice(ctx, a, dev, true),
};
