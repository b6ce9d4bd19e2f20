// connmark match (libxt_connmark.c, revision 1) and CONNMARK target
// (libxt_CONNMARK.c, revision 1).

import type { XtConnmarkTarget, XtMarkMatch } from "../../../uapi/xt_ext.js";
import { paramError } from "../errors.js";
import type { XtExtension } from "./types.js";
import { parseMarkMask, parseUint, printValMask } from "./xtoptions.js";

export const CONNMARK_MATCH: XtExtension<XtMarkMatch> = {
  kind: "match",
  name: "connmark",
  revision: 1,
  x6: true,
  options: [{ name: "mark", hasArg: true, id: 0, mand: true, invert: true }],
  init: () => ({ mark: 0, mask: 0, invert: false }),
  parse(c) {
    const v = parseMarkMask("connmark", "mark", c.arg);
    c.data.mark = v.val;
    c.data.mask = v.mask;
    if (c.invert) c.data.invert = true;
  },
  print: (d) => ` connmark match ${d.invert ? "!" : ""}${printValMask(d.mark, d.mask)}`,
  save: (d) => `${d.invert ? " !" : ""} --mark${printValMask(d.mark, d.mask)}`,
};

const OP_ANY = 0b1111111;
const F_CTMASK = 1 << 7, F_NFMASK = 1 << 8, F_MASK = 1 << 9;
const hex = (n: number) => `0x${(n >>> 0).toString(16)}`;

export const CONNMARK_TARGET: XtExtension<XtConnmarkTarget> = {
  kind: "target",
  name: "CONNMARK",
  revision: 1,
  x6: true,
  options: [
    { name: "set-xmark", hasArg: true, id: 0, excl: OP_ANY },
    { name: "set-mark", hasArg: true, id: 1, excl: OP_ANY },
    { name: "and-mark", hasArg: true, id: 2, excl: OP_ANY },
    { name: "or-mark", hasArg: true, id: 3, excl: OP_ANY },
    { name: "xor-mark", hasArg: true, id: 4, excl: OP_ANY },
    { name: "save-mark", hasArg: false, id: 5, excl: OP_ANY },
    { name: "restore-mark", hasArg: false, id: 6, excl: OP_ANY },
    { name: "ctmask", hasArg: true, id: 7, excl: F_MASK },
    { name: "nfmask", hasArg: true, id: 8, excl: F_MASK },
    { name: "mask", hasArg: true, id: 9, excl: F_CTMASK | F_NFMASK },
  ],
  init: () => ({ mode: "set", ctmark: 0, ctmask: 0xffffffff, nfmask: 0xffffffff }),
  parse(c) {
    const d = c.data;
    const u = () => parseUint("CONNMARK", c.opt.name, c.arg, 0, 0xffffffff);
    switch (c.opt.id) {
      case 0:
      case 1: {
        const v = parseMarkMask("CONNMARK", c.opt.name, c.arg);
        d.mode = "set";
        d.ctmark = v.val;
        d.ctmask = c.opt.id === 0 ? v.mask : (v.val | v.mask) >>> 0;
        break;
      }
      case 2:
        d.mode = "set";
        d.ctmark = 0;
        d.ctmask = ~u() >>> 0;
        break;
      case 3:
        d.mode = "set";
        d.ctmark = d.ctmask = u();
        break;
      case 4:
        d.mode = "set";
        d.ctmark = u();
        d.ctmask = 0;
        break;
      case 5:
        d.mode = "save";
        break;
      case 6:
        d.mode = "restore";
        break;
      case 7:
        d.ctmask = u();
        break;
      case 8:
        d.nfmask = u();
        break;
      case 9:
        d.nfmask = d.ctmask = u();
        break;
    }
  },
  final(c) {
    if (!(c.flags & OP_ANY)) paramError("CONNMARK target: No operation specified");
  },
  print(d) {
    const M = 0xffffffff;
    switch (d.mode) {
      case "set":
        if (d.ctmark === 0) return ` CONNMARK and ${hex(~d.ctmask)}`;
        if (d.ctmark === d.ctmask) return ` CONNMARK or ${hex(d.ctmark)}`;
        if (d.ctmask === 0) return ` CONNMARK xor ${hex(d.ctmark)}`;
        if (d.ctmask >>> 0 === M) return ` CONNMARK set ${hex(d.ctmark)}`;
        return ` CONNMARK xset ${hex(d.ctmark)}/${hex(d.ctmask)}`;
      case "save":
        if (d.nfmask >>> 0 === M && d.ctmask >>> 0 === M) return " CONNMARK save";
        if (d.nfmask === d.ctmask) return ` CONNMARK save mask ${hex(d.nfmask)}`;
        return ` CONNMARK save nfmask ${hex(d.nfmask)} ctmask ~${hex(d.ctmask)}`;
      case "restore":
        if (d.ctmask >>> 0 === M && d.nfmask >>> 0 === M) return " CONNMARK restore";
        if (d.ctmask === d.nfmask) return ` CONNMARK restore mask ${hex(d.ctmask)}`;
        return ` CONNMARK restore ctmask ${hex(d.ctmask)} nfmask ~${hex(d.nfmask)}`;
    }
  },
  save(d) {
    if (d.mode === "set") return ` --set-xmark ${hex(d.ctmark)}/${hex(d.ctmask)}`;
    return ` --${d.mode}-mark --nfmask ${hex(d.nfmask)} --ctmask ${hex(d.ctmask)}`;
  },
};
