// addrtype match, revision 1 (extensions/libxt_addrtype.c).

import {
  XT_ADDRTYPE_INVERT_DEST,
  XT_ADDRTYPE_INVERT_SOURCE,
  XT_ADDRTYPE_LIMIT_IFACE_IN,
  XT_ADDRTYPE_LIMIT_IFACE_OUT,
  type XtAddrtype,
} from "../../../uapi/xt_ext.js";
import { paramError } from "../errors.js";
import type { XtExtension } from "./types.js";

const RTN = ["UNSPEC", "UNICAST", "LOCAL", "BROADCAST", "ANYCAST", "MULTICAST", "BLACKHOLE", "UNREACHABLE", "PROHIBIT", "THROW", "NAT", "XRESOLVE"];

function parseType(word: string): number | undefined {
  const i = RTN.findIndex((n) => n.toLowerCase().startsWith(word.toLowerCase()));
  return i < 0 ? undefined : 1 << i;
}

function parseTypes(arg: string): number {
  let mask = 0;
  let rest = arg;
  for (;;) {
    const comma = rest.indexOf(",");
    if (comma < 0) break;
    const t = comma === 0 ? undefined : parseType(rest.slice(0, comma));
    if (t === undefined) paramError(`addrtype: bad type \`${rest}'`);
    mask |= t;
    rest = rest.slice(comma + 1);
  }
  const t = rest === "" ? undefined : parseType(rest);
  if (t === undefined) paramError(`addrtype: bad type "${rest}"`);
  return mask | t;
}

function printTypes(mask: number): string {
  return RTN.filter((_, i) => mask & (1 << i)).join(",");
}

export const ADDRTYPE: XtExtension<XtAddrtype> = {
  kind: "match",
  name: "addrtype",
  revision: 1,
  x6: true,
  options: [
    { name: "src-type", hasArg: true, id: 0, invert: true },
    { name: "dst-type", hasArg: true, id: 1, invert: true },
    { name: "limit-iface-in", hasArg: false, id: 2, excl: 1 << 3 },
    { name: "limit-iface-out", hasArg: false, id: 3, excl: 1 << 2 },
  ],
  init: () => ({ source: 0, dest: 0, flags: 0 }),
  parse(c) {
    const d = c.data;
    switch (c.opt.id) {
      case 0:
        d.source |= parseTypes(c.arg);
        if (c.invert) d.flags |= XT_ADDRTYPE_INVERT_SOURCE;
        break;
      case 1:
        d.dest |= parseTypes(c.arg);
        if (c.invert) d.flags |= XT_ADDRTYPE_INVERT_DEST;
        break;
      case 2:
        d.flags |= XT_ADDRTYPE_LIMIT_IFACE_IN;
        break;
      case 3:
        d.flags |= XT_ADDRTYPE_LIMIT_IFACE_OUT;
        break;
    }
  },
  final(c) {
    if (!(c.flags & 0b11)) paramError("addrtype: you must specify --src-type or --dst-type");
  },
  print(d) {
    let s = " ADDRTYPE match";
    if (d.source) s += ` src-type ${d.flags & XT_ADDRTYPE_INVERT_SOURCE ? "!" : ""}${printTypes(d.source)}`;
    if (d.dest) s += ` dst-type ${d.flags & XT_ADDRTYPE_INVERT_DEST ? "!" : ""}${printTypes(d.dest)}`;
    if (d.flags & XT_ADDRTYPE_LIMIT_IFACE_IN) s += " limit-in";
    if (d.flags & XT_ADDRTYPE_LIMIT_IFACE_OUT) s += " limit-out";
    return s;
  },
  save(d) {
    let s = "";
    if (d.source) s += `${d.flags & XT_ADDRTYPE_INVERT_SOURCE ? " !" : ""} --src-type ${printTypes(d.source)}`;
    if (d.dest) s += `${d.flags & XT_ADDRTYPE_INVERT_DEST ? " !" : ""} --dst-type ${printTypes(d.dest)}`;
    if (d.flags & XT_ADDRTYPE_LIMIT_IFACE_IN) s += " --limit-iface-in";
    if (d.flags & XT_ADDRTYPE_LIMIT_IFACE_OUT) s += " --limit-iface-out";
    return s;
  },
};
