// HMARK (libxt_HMARK.c): a mark from a hash of the packet's (or its
// connection's) addresses, ports and protocol, each masked as the options say.
// --hmark-tuple turns whole fields on; every option sets its flag bit, and
// the tuple words set the option bits of the fields they stand for (so
// "--hmark-tuple src --hmark-src-prefix 16" is an option used twice).

import {
  XT_HMARK_CT,
  XT_HMARK_DADDR_MASK,
  XT_HMARK_DPORT,
  XT_HMARK_DPORT_MASK,
  XT_HMARK_MODULUS,
  XT_HMARK_OFFSET,
  XT_HMARK_PROTO_MASK,
  XT_HMARK_RND,
  XT_HMARK_SADDR_MASK,
  XT_HMARK_SPI,
  XT_HMARK_SPI_MASK,
  XT_HMARK_SPORT,
  XT_HMARK_SPORT_MASK,
  type XtHmark,
} from "../../../uapi/xt_ext_targets.js";
import { paramError } from "../errors.js";
import { maskToCidr } from "../netdb.js";
import type { XtExtension } from "./types.js";
import { parseUint } from "./xtoptions.js";
import { parsePlen4, parsePlen6, plenToMask4 } from "./xthost.js";

// Option ids (the enum of libxt_HMARK.c).
const O_SADDR = 0, O_DADDR = 1, O_SPI = 2, O_SPI_MASK = 3, O_SPORT = 4, O_DPORT = 5, O_SPORT_MASK = 6, O_DPORT_MASK = 7;
const O_PROTO_MASK = 8, O_RND = 9, O_MOD = 10, O_OFFSET = 11, O_CT = 12, O_TYPE = 13;
const PKT_OPTS = (1 << O_SADDR) | (1 << O_DADDR) | (1 << O_SPI_MASK) | (1 << O_SPORT_MASK) | (1 << O_DPORT_MASK) | (1 << O_PROTO_MASK) | (1 << O_SPORT) | (1 << O_DPORT) | (1 << O_SPI);
const F = (b: number) => 1 << b;
/** The SPI is the port pair's 32 bits (union hmark_ports). */
const halves = (v: number): [number, number] => [v >>> 16, v & 0xffff];
const whole = (src: number, dst: number) => ((src << 16) | dst) >>> 0;

const HELP =
  "HMARK target options, i.e. modify hash calculation by:\n" +
  "  --hmark-tuple [src|dst|sport|dport|spi|proto|ct][,...]\n" +
  "  --hmark-mod value\t\t    nfmark modulus value\n" +
  "  --hmark-offset value\t\t    Last action add value to nfmark\n\n" +
  "  --hmark-rnd\t\t\t    Random see for hashing\n" +
  " Alternatively, fine tuning of what will be included in hash calculation\n" +
  "  --hmark-src-prefix length\t    Source address mask CIDR prefix\n" +
  "  --hmark-dst-prefix length\t    Dest address mask CIDR prefix\n" +
  "  --hmark-sport-mask value\t    Mask src port with value\n" +
  "  --hmark-dport-mask value\t    Mask dst port with value\n" +
  "  --hmark-spi-mask value\t    For esp and ah AND spi with value\n" +
  "  --hmark-sport value\t\t    OR src port with value\n" +
  "  --hmark-dport value\t\t    OR dst port with value\n" +
  "  --hmark-spi value\t\t    For esp and ah OR spi with value\n" +
  "  --hmark-proto-mask value\t    Mask Protocol with value\n";

/** One --hmark-tuple word, matched as a prefix of the names in this order (strncasecmp). */
function tupleWord(w: string, d: XtHmark, family: 4 | 6): number | undefined {
  const is = (name: string) => name.slice(0, w.length).toLowerCase() === w.toLowerCase() && w.length <= name.length;
  if (is("ct")) {
    d.flags |= F(XT_HMARK_CT);
    return 1 << O_CT;
  }
  if (is("src")) {
    d.srcMask = 0xffffffff;
    d.srcPlen6 = 128;
    d.flags |= F(XT_HMARK_SADDR_MASK);
    return 1 << O_SADDR;
  }
  if (is("dst")) {
    d.dstMask = 0xffffffff;
    d.dstPlen6 = 128;
    d.flags |= F(XT_HMARK_DADDR_MASK);
    return 1 << O_DADDR;
  }
  if (is("sport")) {
    d.portMaskSrc = 0xffff;
    d.flags |= F(XT_HMARK_SPORT_MASK);
    return 1 << O_SPORT_MASK;
  }
  if (is("dport")) {
    d.portMaskDst = 0xffff;
    d.flags |= F(XT_HMARK_DPORT_MASK);
    return 1 << O_DPORT_MASK;
  }
  if (is("proto")) {
    d.protoMask = 0xffff;
    d.flags |= F(XT_HMARK_PROTO_MASK);
    return 1 << O_PROTO_MASK;
  }
  if (is("spi")) {
    // port_mask is one union: the SPI mask covers both port masks.
    d.portMaskSrc = d.portMaskDst = 0xffff;
    d.flags |= F(XT_HMARK_SPI_MASK);
    return 1 << O_SPI_MASK;
  }
  void family;
  return undefined;
}

function hmarkExt(family: 4 | 6): XtExtension<XtHmark> {
  const hex = (v: number, w: number) => `0x${(v >>> 0).toString(16).padStart(w, "0")}`;
  const prefixSave = (d: XtHmark, bit: number, mask: number, plen6: number) => {
    if (!(d.flags & F(bit))) return "";
    const n = family === 6 ? Math.min(plen6, 128) : maskToCidr(mask);
    return ` --hmark-${bit === XT_HMARK_SADDR_MASK ? "src" : "dst"}-prefix ${n}`;
  };
  return {
    kind: "target",
    name: "HMARK",
    family,
    revision: 0,
    x6: true,
    help: () => HELP,
    options: [
      { name: "hmark-tuple", hasArg: true, id: O_TYPE },
      { name: "hmark-src-prefix", hasArg: true, id: O_SADDR },
      { name: "hmark-dst-prefix", hasArg: true, id: O_DADDR },
      { name: "hmark-sport-mask", hasArg: true, id: O_SPORT_MASK },
      { name: "hmark-dport-mask", hasArg: true, id: O_DPORT_MASK },
      { name: "hmark-spi-mask", hasArg: true, id: O_SPI_MASK },
      { name: "hmark-sport", hasArg: true, id: O_SPORT },
      { name: "hmark-dport", hasArg: true, id: O_DPORT },
      { name: "hmark-spi", hasArg: true, id: O_SPI },
      { name: "hmark-proto-mask", hasArg: true, id: O_PROTO_MASK },
      { name: "hmark-rnd", hasArg: true, id: O_RND },
      { name: "hmark-mod", hasArg: true, id: O_MOD, mand: true },
      { name: "hmark-offset", hasArg: true, id: O_OFFSET },
    ],
    init: () => ({
      srcMask: 0, dstMask: 0, srcPlen6: 0, dstPlen6: 0, portMaskSrc: 0, portMaskDst: 0,
      portSetSrc: 0, portSetDst: 0, protoMask: 0, hashrnd: 0, hmodulus: 0, hoffset: 0, flags: 0,
    }),
    parse(c) {
      const d = c.data;
      const name = c.opt.name;
      const u16 = () => parseUint("HMARK", name, c.arg, 0, 0xffff);
      const u32 = (min = 0) => parseUint("HMARK", name, c.arg, min, 0xffffffff);
      switch (c.opt.id) {
        case O_TYPE: {
          let rest = c.arg;
          let bits = 0;
          for (let comma = rest.indexOf(","); comma >= 0; comma = rest.indexOf(",")) {
            const b = comma === 0 ? undefined : tupleWord(rest.slice(0, comma), d, family);
            if (b === undefined) paramError(`Bad type "${rest}"`);
            bits |= b;
            rest = rest.slice(comma + 1);
          }
          if (rest === "") paramError(`"--hmark-tuple" requires a list of types with no spaces, e.g. src,dst,sport,dport,proto`);
          const b = tupleWord(rest, d, family);
          if (b === undefined) paramError(`Bad type "${rest}"`);
          c.addFlags?.(bits | b);
          break;
        }
        case O_SADDR:
        case O_DADDR: {
          const plen = family === 6 ? parsePlen6("HMARK", name, c.arg) : parsePlen4("HMARK", name, c.arg);
          if (c.opt.id === O_SADDR) {
            d.srcMask = plenToMask4(plen);
            d.srcPlen6 = plen;
            d.flags |= F(XT_HMARK_SADDR_MASK);
          } else {
            d.dstMask = plenToMask4(plen);
            d.dstPlen6 = plen;
            d.flags |= F(XT_HMARK_DADDR_MASK);
          }
          break;
        }
        case O_SPI:
          [d.portSetSrc, d.portSetDst] = halves(u32());
          d.flags |= F(XT_HMARK_SPI);
          break;
        case O_SPORT:
          d.portSetSrc = u16();
          d.flags |= F(XT_HMARK_SPORT);
          break;
        case O_DPORT:
          d.portSetDst = u16();
          d.flags |= F(XT_HMARK_DPORT);
          break;
        case O_SPORT_MASK:
          d.portMaskSrc = u16();
          d.flags |= F(XT_HMARK_SPORT_MASK);
          break;
        case O_DPORT_MASK:
          d.portMaskDst = u16();
          d.flags |= F(XT_HMARK_DPORT_MASK);
          break;
        case O_SPI_MASK:
          [d.portMaskSrc, d.portMaskDst] = halves(u32());
          d.flags |= F(XT_HMARK_SPI_MASK);
          break;
        case O_PROTO_MASK:
          d.protoMask = u16();
          d.flags |= F(XT_HMARK_PROTO_MASK);
          break;
        case O_RND:
          d.hashrnd = u32();
          d.flags |= F(XT_HMARK_RND);
          break;
        case O_MOD:
          d.hmodulus = u32(1);
          d.flags |= F(XT_HMARK_MODULUS);
          break;
        case O_OFFSET:
          d.hoffset = u32();
          d.flags |= F(XT_HMARK_OFFSET);
          break;
      }
    },
    final(c) {
      if (!(c.flags & (1 << O_MOD))) paramError("--hmark-mod is mandatory");
      if (!(c.flags & (1 << O_RND))) paramError("--hmark-rnd is mandatory");
      if (c.flags & (1 << O_SPI_MASK) && c.flags & ((1 << O_SPORT_MASK) | (1 << O_DPORT_MASK)))
        paramError("you cannot use --hmark-spi-mask and --hmark-?port-mask,at the same time");
      if (!(c.flags & PKT_OPTS || c.flags & (1 << O_CT))) paramError("you have to specify --hmark-tuple at least");
    },
    print(d) {
      let s = " HMARK ";
      if (d.flags & F(XT_HMARK_MODULUS)) s += `mod ${d.hmodulus} `;
      if (d.flags & F(XT_HMARK_OFFSET)) s += `+ 0x${d.hoffset.toString(16)} `;
      if (d.flags & F(XT_HMARK_CT)) s += "ct, ";
      // xtables_ip6mask_to_numeric() + 1: "/N" without its slash, and nothing for /128 (whose text is empty).
      const pfx = (mask: number, plen6: number) => (family === 6 ? (plen6 >= 128 ? "" : String(plen6)) : String(maskToCidr(mask) >>> 0));
      if (d.flags & F(XT_HMARK_SADDR_MASK)) s += `src-prefix ${pfx(d.srcMask, d.srcPlen6)} `;
      if (d.flags & F(XT_HMARK_DADDR_MASK)) s += `dst-prefix ${pfx(d.dstMask, d.dstPlen6)} `;
      if (d.flags & F(XT_HMARK_SPORT_MASK)) s += `sport-mask 0x${d.portMaskSrc.toString(16)} `;
      if (d.flags & F(XT_HMARK_DPORT_MASK)) s += `dport-mask 0x${d.portMaskDst.toString(16)} `;
      if (d.flags & F(XT_HMARK_SPI_MASK)) s += `spi-mask 0x${whole(d.portMaskSrc, d.portMaskDst).toString(16)} `;
      if (d.flags & F(XT_HMARK_SPORT)) s += `sport 0x${d.portSetSrc.toString(16)} `;
      if (d.flags & F(XT_HMARK_DPORT)) s += `dport 0x${d.portSetDst.toString(16)} `;
      if (d.flags & F(XT_HMARK_SPI)) s += `spi 0x${whole(d.portSetSrc, d.portSetDst).toString(16)} `;
      if (d.flags & F(XT_HMARK_PROTO_MASK)) s += `proto-mask 0x${d.protoMask.toString(16)} `;
      if (d.flags & F(XT_HMARK_RND)) s += `rnd 0x${(d.hashrnd >>> 0).toString(16)} `;
      return s;
    },
    save(d) {
      let s = prefixSave(d, XT_HMARK_SADDR_MASK, d.srcMask, d.srcPlen6) + prefixSave(d, XT_HMARK_DADDR_MASK, d.dstMask, d.dstPlen6);
      if (d.flags & F(XT_HMARK_SPORT_MASK)) s += ` --hmark-sport-mask ${hex(d.portMaskSrc, 4)}`;
      if (d.flags & F(XT_HMARK_DPORT_MASK)) s += ` --hmark-dport-mask ${hex(d.portMaskDst, 4)}`;
      if (d.flags & F(XT_HMARK_SPI_MASK)) s += ` --hmark-spi-mask ${hex(whole(d.portMaskSrc, d.portMaskDst), 8)}`;
      if (d.flags & F(XT_HMARK_SPORT)) s += ` --hmark-sport ${hex(d.portSetSrc, 4)}`;
      if (d.flags & F(XT_HMARK_DPORT)) s += ` --hmark-dport ${hex(d.portSetDst, 4)}`;
      if (d.flags & F(XT_HMARK_SPI)) s += ` --hmark-spi ${hex(whole(d.portSetSrc, d.portSetDst), 8)}`;
      if (d.flags & F(XT_HMARK_PROTO_MASK)) s += ` --hmark-proto-mask ${hex(d.protoMask, 2)}`;
      if (d.flags & F(XT_HMARK_RND)) s += ` --hmark-rnd ${hex(d.hashrnd, 8)}`;
      if (d.flags & F(XT_HMARK_MODULUS)) s += ` --hmark-mod ${d.hmodulus}`;
      if (d.flags & F(XT_HMARK_OFFSET)) s += ` --hmark-offset ${d.hoffset}`;
      if (d.flags & F(XT_HMARK_CT)) s += " --hmark-tuple ct";
      return s;
    },
  };
}

export const HMARK = hmarkExt(4);
export const HMARK6 = hmarkExt(6);
