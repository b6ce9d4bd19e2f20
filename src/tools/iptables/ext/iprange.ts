// iprange match, revision 1 (extensions/libxt_iprange.c).

import { IPRANGE_DST, IPRANGE_DST_INV, IPRANGE_SRC, IPRANGE_SRC_INV, type XtIprange } from "../../../uapi/xt_ext.js";
import { paramError } from "../errors.js";
import { fmtIp, parseDotted } from "../netdb.js";
import type { XtExtension } from "./types.js";

function parseRange(arg: string, opt: string, warn: (s: string) => void): [number, number] {
  const dash = arg.indexOf("-");
  const from = dash < 0 ? arg : arg.slice(0, dash);
  const to = dash < 0 ? arg : arg.slice(dash + 1);
  const r: number[] = [];
  for (const s of [from, to]) {
    const a = parseDotted(s, false);
    if (a === undefined) paramError(`iprange: Bad value for "${opt}" option: "${s}"`);
    r.push(a);
  }
  if (dash >= 0 && r[0]! > r[1]!) warn(`xt_iprange: range ${from}-${to} is reversed and will never match\n`);
  return [r[0]!, r[1]!];
}

export const IPRANGE: XtExtension<XtIprange> = {
  kind: "match",
  name: "iprange",
  family: 4,
  revision: 1,
  x6: true,
  options: [
    { name: "src-range", hasArg: true, id: 0, invert: true },
    { name: "dst-range", hasArg: true, id: 1, invert: true },
  ],
  init: () => ({ flags: 0, srcMin: 0, srcMax: 0, dstMin: 0, dstMax: 0 }),
  parse(c) {
    const d = c.data;
    const warn = (s: string) => c.warn(s);
    if (c.opt.id === 0) {
      [d.srcMin, d.srcMax] = parseRange(c.arg, "--src-range", warn);
      d.flags |= IPRANGE_SRC | (c.invert ? IPRANGE_SRC_INV : 0);
    } else {
      [d.dstMin, d.dstMax] = parseRange(c.arg, "--dst-range", warn);
      d.flags |= IPRANGE_DST | (c.invert ? IPRANGE_DST_INV : 0);
    }
  },
  final(c) {
    if (c.flags === 0) paramError("iprange match: You must specify `--src-range' or `--dst-range'");
  },
  print(d) {
    let s = "";
    if (d.flags & IPRANGE_SRC) s += ` source IP range${d.flags & IPRANGE_SRC_INV ? " !" : ""} ${fmtIp(d.srcMin)}-${fmtIp(d.srcMax)}`;
    if (d.flags & IPRANGE_DST) s += ` destination IP range${d.flags & IPRANGE_DST_INV ? " !" : ""} ${fmtIp(d.dstMin)}-${fmtIp(d.dstMax)}`;
    return s;
  },
  save(d) {
    let s = "";
    if (d.flags & IPRANGE_SRC) s += `${d.flags & IPRANGE_SRC_INV ? " !" : ""} --src-range ${fmtIp(d.srcMin)}-${fmtIp(d.srcMax)}`;
    if (d.flags & IPRANGE_DST) s += `${d.flags & IPRANGE_DST_INV ? " !" : ""} --dst-range ${fmtIp(d.dstMin)}-${fmtIp(d.dstMax)}`;
    return s;
  },
};
