// mark match (libxt_mark.c, revision 1) and MARK target (libxt_MARK.c, revision 2).

import type { XtMarkMatch, XtMarkTarget } from "../../../uapi/xt_ext.js";
import { paramError } from "../errors.js";
import type { XtExtension } from "./types.js";
import { parseMarkMask, parseUint, printValMask } from "./xtoptions.js";

export const MARK_MATCH: XtExtension<XtMarkMatch> = {
  kind: "match",
  name: "mark",
  revision: 1,
  x6: true,
  help: () => "mark match options:\n[!] --mark value[/mask]    Match nfmark value with optional mask\n",
  options: [{ name: "mark", hasArg: true, id: 0, mand: true, invert: true }],
  init: () => ({ mark: 0, mask: 0, invert: false }),
  parse(c) {
    const v = parseMarkMask("mark", "mark", c.arg);
    c.data.mark = v.val;
    c.data.mask = v.mask;
    if (c.invert) c.data.invert = true;
  },
  print: (d) => ` mark match${d.invert ? " !" : ""}${printValMask(d.mark, d.mask)}`,
  save: (d) => `${d.invert ? " !" : ""} --mark${printValMask(d.mark, d.mask)}`,
};

const ANY = 0b11111;
const hex = (n: number) => `0x${(n >>> 0).toString(16)}`;

export const MARK_TARGET: XtExtension<XtMarkTarget> = {
  kind: "target",
  name: "MARK",
  revision: 2,
  x6: true,
  help: () =>
    "MARK target options:\n" +
    "  --set-xmark value[/mask]  Clear bits in mask and XOR value into nfmark\n" +
    "  --set-mark value[/mask]   Clear bits in mask and OR value into nfmark\n" +
    "  --and-mark bits           Binary AND the nfmark with bits\n" +
    "  --or-mark bits            Binary OR the nfmark with bits\n" +
    "  --xor-mark bits           Binary XOR the nfmark with bits\n",
  options: [
    { name: "set-xmark", hasArg: true, id: 0, excl: ANY },
    { name: "set-mark", hasArg: true, id: 1, excl: ANY },
    { name: "and-mark", hasArg: true, id: 2, excl: ANY },
    { name: "or-mark", hasArg: true, id: 3, excl: ANY },
    { name: "xor-mark", hasArg: true, id: 4, excl: ANY },
  ],
  init: () => ({ mark: 0, mask: 0 }),
  parse(c) {
    const d = c.data;
    if (c.opt.id <= 1) {
      const v = parseMarkMask("MARK", c.opt.name, c.arg);
      d.mark = v.val;
      d.mask = c.opt.id === 0 ? v.mask : (v.val | v.mask) >>> 0;
      return;
    }
    const u = parseUint("MARK", c.opt.name, c.arg, 0, 0xffffffff);
    if (c.opt.id === 2) {
      d.mark = 0;
      d.mask = ~u >>> 0;
    } else if (c.opt.id === 3) d.mark = d.mask = u;
    else {
      d.mark = u;
      d.mask = 0;
    }
  },
  final(c) {
    if (c.flags === 0) paramError("MARK: One of the --set-xmark, --{and,or,xor,set}-mark options is required");
  },
  print(d) {
    if (d.mark === 0) return ` MARK and ${hex(~d.mask)}`;
    if (d.mark === d.mask) return ` MARK or ${hex(d.mark)}`;
    if (d.mask === 0) return ` MARK xor ${hex(d.mark)}`;
    if (d.mask >>> 0 === 0xffffffff) return ` MARK set ${hex(d.mark)}`;
    return ` MARK xset ${hex(d.mark)}/${hex(d.mask)}`;
  },
  save: (d) => ` --set-xmark ${hex(d.mark)}/${hex(d.mask)}`,
};
