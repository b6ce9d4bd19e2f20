// Small matches: mac (libxt_mac.c), pkttype (libxt_pkttype.c), length
// (libxt_length.c), physdev (libxt_physdev.c).

import {
  XT_PHYSDEV_OP_BRIDGED,
  XT_PHYSDEV_OP_IN,
  XT_PHYSDEV_OP_ISIN,
  XT_PHYSDEV_OP_ISOUT,
  XT_PHYSDEV_OP_OUT,
  type XtLength,
  type XtMac,
  type XtPhysdev,
  type XtPkttype,
} from "../../../uapi/xt_ext.js";
import { paramError } from "../errors.js";
import type { XtExtension } from "./types.js";
import { fmtMac, parseEtherMac, parseUintRange } from "./xtoptions.js";

export const MAC: XtExtension<XtMac> = {
  kind: "match",
  name: "mac",
  revision: 0,
  x6: true,
  options: [{ name: "mac-source", hasArg: true, id: 0, mand: true, invert: true }],
  init: () => ({ srcaddr: [0, 0, 0, 0, 0, 0], invert: false }),
  parse(c) {
    c.data.srcaddr = parseEtherMac(c.arg);
    if (c.invert) c.data.invert = true;
  },
  print: (d) => ` MAC ${d.invert ? "! " : ""}${fmtMac(d.srcaddr)}`,
  save: (d) => `${d.invert ? " !" : ""} --mac-source ${fmtMac(d.srcaddr)}`,
};

const PKTTYPES: [string, number][] = [["unicast", 0], ["broadcast", 1], ["multicast", 2], ["otherhost", 3], ["bcast", 1], ["mcast", 2], ["host", 0]];

export const PKTTYPE: XtExtension<XtPkttype> = {
  kind: "match",
  name: "pkttype",
  revision: 0,
  x6: true,
  options: [{ name: "pkt-type", hasArg: true, id: 0, mand: true, invert: true }],
  init: () => ({ pkttype: 0, invert: false }),
  parse(c) {
    const t = PKTTYPES.find(([n]) => n.toLowerCase() === c.arg.toLowerCase());
    if (!t) paramError(`Bad packet type '${c.arg}'`);
    c.data.pkttype = t[1];
    if (c.invert) c.data.invert = true;
  },
  print: (d) => ` PKTTYPE ${d.invert ? "!" : ""}= ${PKTTYPES.find(([, v]) => v === d.pkttype)?.[0] ?? d.pkttype}`,
  save: (d) => `${d.invert ? " !" : ""} --pkt-type ${PKTTYPES.find(([, v]) => v === d.pkttype)?.[0] ?? d.pkttype}`,
};

export const LENGTH: XtExtension<XtLength> = {
  kind: "match",
  name: "length",
  revision: 0,
  x6: true,
  options: [{ name: "length", hasArg: true, id: 0, mand: true, invert: true }],
  init: () => ({ min: 0, max: 0, invert: false }),
  parse(c) {
    const r = parseUintRange("length", "length", c.arg, 0xffff);
    c.data.min = r.vals[0]!;
    c.data.max = r.n >= 2 ? r.vals[1]! : r.vals[0]!;
    if (c.invert) c.data.invert = true;
  },
  print: (d) => ` length ${d.invert ? "!" : ""}${d.min === d.max ? d.min : `${d.min}:${d.max}`}`,
  save: (d) => `${d.invert ? " !" : ""} --length ${d.min === d.max ? d.min : `${d.min}:${d.max}`}`,
};

function physdevText(d: XtPhysdev): string {
  const inv = (b: number) => (d.invert & b ? " !" : "");
  let s = "";
  if (d.bitmask & XT_PHYSDEV_OP_ISIN) s += `${inv(XT_PHYSDEV_OP_ISIN)} --physdev-is-in`;
  if (d.bitmask & XT_PHYSDEV_OP_IN) s += `${inv(XT_PHYSDEV_OP_IN)} --physdev-in ${d.physindev}`;
  if (d.bitmask & XT_PHYSDEV_OP_ISOUT) s += `${inv(XT_PHYSDEV_OP_ISOUT)} --physdev-is-out`;
  if (d.bitmask & XT_PHYSDEV_OP_OUT) s += `${inv(XT_PHYSDEV_OP_OUT)} --physdev-out ${d.physoutdev}`;
  if (d.bitmask & XT_PHYSDEV_OP_BRIDGED) s += `${inv(XT_PHYSDEV_OP_BRIDGED)} --physdev-is-bridged`;
  return s;
}

export const PHYSDEV: XtExtension<XtPhysdev> = {
  kind: "match",
  name: "physdev",
  revision: 0,
  x6: true,
  options: [
    { name: "physdev-in", hasArg: true, id: 0, invert: true },
    { name: "physdev-out", hasArg: true, id: 1, invert: true },
    { name: "physdev-is-in", hasArg: false, id: 2, invert: true },
    { name: "physdev-is-out", hasArg: false, id: 3, invert: true },
    { name: "physdev-is-bridged", hasArg: false, id: 4, invert: true },
  ],
  init: () => ({ physindev: "", physoutdev: "", invert: 0, bitmask: 0 }),
  parse(c) {
    const d = c.data;
    const bit = [XT_PHYSDEV_OP_IN, XT_PHYSDEV_OP_OUT, XT_PHYSDEV_OP_ISIN, XT_PHYSDEV_OP_ISOUT, XT_PHYSDEV_OP_BRIDGED][c.opt.id]!;
    if (c.opt.id <= 1) {
      if (c.arg.length + 1 > 16) paramError(`interface name \`${c.arg}' must be shorter than IFNAMSIZ (15)`);
      if (c.opt.id === 0) d.physindev = c.arg;
      else d.physoutdev = c.arg;
    }
    d.bitmask |= bit;
    if (c.invert) d.invert |= bit;
  },
  final(c) {
    if (c.flags === 0) paramError("PHYSDEV: no physdev option specified");
  },
  print: (d) => " PHYSDEV match" + physdevText(d),
  save: (d) => physdevText(d),
};
