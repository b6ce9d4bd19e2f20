// BOOTP and DHCPv4 (UDP ports 67/68) as tcpdump 4.99's print-bootp.c prints
// them, written from its observed output (test/tcpdump/cases/bootp-*):
//
//   BOOTP/DHCP, Request from MAC, length N
//   -v:  , hops/xid/secs when set, Flags [Broadcast|none] (-vv: (0xNNNN)), then one
//        line per set address (Client-IP, Your-IP, Server-IP, Gateway-IP),
//        Client-Ethernet-Address, sname/file, and the RFC 1048 options, one per
//        line as "NAME (TAG), length N: VALUE" (-vvv also PAD and END), or the
//        CMU vendor area, or "Vendor-#0x…".
//
// Each option's value prints by a format letter from the option table (address
// list, signed/unsigned 32-bit, 16-bit, bytes, booleans, text), a few by their
// own layouts (Client-ID, FQDN, Agent-Information, Classless-Static-Route,
// User-Class, Netbios-Node, OO). Running off the captured bytes ends with " [|bootp]".

import { macFromBytes } from "../../wire/addr.js";
import { type Nd, Truncated, need, u16, u32, u8 } from "./netdissect.js";
import { printUnknownData } from "./print-ascii.js";
import { bittok2str, printn, printztn, tok2str, type Tok } from "./util-print.js";

const BOOTPREQUEST = 1;
const TAG_PAD = 0;
const TAG_END = 255;

/** Option name, prefixed by its value format (tcpdump's tag2str convention). */
const TAGS: Tok = [
  [0, " PAD"], [1, "iSubnet-Mask"], [2, "LTime-Zone"], [3, "iDefault-Gateway"], [4, "iTime-Server"],
  [5, "iIEN-Name-Server"], [6, "iDomain-Name-Server"], [7, "iLOG"], [8, "iCS"], [9, "iLPR-Server"], [10, "iIM"],
  [11, "iRL"], [12, "aHostname"], [13, "sBS"], [255, " END"], [14, "aDP"], [15, "aDomain-Name"], [16, "iSS"],
  [17, "aRP"], [18, "aEP"], [19, "BIPF"], [20, "BSRT"], [21, "pPF"], [22, "sRSZ"], [23, "bTTL"],
  [24, "lMTU-Timeout"], [25, "sMTU-Table"], [26, "sMTU"], [27, "BLSN"], [28, "iBR"], [29, "BMD"], [30, "BMS"],
  [31, "BRouter-Discovery"], [32, "iRSA"], [33, "pStatic-Route"], [34, "BUT"], [35, "lAT"], [36, "BIE"],
  [37, "bTT"], [38, "lKI"], [39, "BKG"], [40, "aYD"], [41, "iYS"], [42, "iNTP"], [43, "bVendor-Option"],
  [44, "iNetbios-Name-Server"], [45, "iWDD"], [46, "$Netbios-Node"], [47, "aNetbios-Scope"], [48, "iXFS"],
  [49, "iXDM"], [64, "sN+D"], [65, "iN+S"], [68, "iMH"], [69, "iSMTP"], [70, "iPOP3"], [71, "iNNTP"],
  [72, "iWWW"], [73, "iFG"], [74, "iIRC"], [75, "iSTS"], [76, "iSTDA"], [50, "iRequested-IP"],
  [51, "lLease-Time"], [52, "$OO"], [66, "aTFTP"], [67, "aBF"], [53, " DHCP-Message"], [54, "iServer-ID"],
  [55, "bParameter-Request"], [56, "aMSG"], [57, "sMSZ"], [58, "lRN"], [59, "lRB"], [60, "aVendor-Class"],
  [61, "$Client-ID"], [98, "aUAP"], [116, "BNOAUTO"], [78, "bSLP-DA"], [79, "bSLP-SCOPE"], [117, "sNSSEARCH"],
  [77, "$User-Class"], [118, "iSUBNET"], [121, "$Classless-Static-Route"],
  [249, "$Classless-Static-Route-Microsoft"], [150, "iTFTP-Server-Address"], [80, "aSLP-NA"], [81, "$FQDN"],
  [82, "$Agent-Information"], [83, "bARMT"], [88, "aTZSTR"], [89, "bFQDNS"], [90, "bAUTH"],
  [91, "LLast-Transaction-Time"], [92, "iAssociated-IP"], [93, "sARCH"], [94, "bNDI"], [97, "bGUID"],
  [95, "aLDAP"], [100, "aPOSIX-TZ"], [101, "aTZ-Name"], [112, "iNI"], [113, "aNITAG"], [114, "aURL"],
  [161, "aMUD-URL"],
];

const OPS: Tok = [[1, "Request"], [2, "Reply"]];
const FLAGS: Tok = [[0x8000, "Broadcast"]];
const OVERLOAD: Tok = [[1, "file"], [2, "sname"], [3, "file+sname"]];
const NETBIOS_NODE: Tok = [[1, "b-node"], [2, "p-node"], [4, "m-node"], [8, "h-node"]];
const HW_TYPES: Tok = [[1, "ether"], [6, "ieee802"], [7, "arcnet"], [15, "frelay"], [23, "strip"], [24, "ieee1394"]];
const DHCP_MSG: Tok = [
  [1, "Discover"], [2, "Offer"], [3, "Request"], [4, "Decline"], [5, "ACK"], [6, "NACK"], [7, "Release"],
  [8, "Inform"], [10, "LeaseQuery"], [11, "LeaseUnassigned"], [12, "LeaseUnknown"], [13, "LeaseActive"],
];
const AGENT_SUBOPTS: Tok = [[1, "Circuit-ID"], [2, "Remote-ID"], [6, "Subscriber-ID"]];

function ipAt(nd: Nd, p: Uint8Array, off: number): string {
  return nd.names.ipaddr(u32(p, off));
}

function macAt(nd: Nd, p: Uint8Array, off: number): string {
  need(p, off, 6);
  return nd.names.etheraddr(macFromBytes(p, off));
}

/** A string option's bytes in double quotes (nd_printn), Truncated when the capture ends first. */
function printQuoted(nd: Nd, p: Uint8Array, off: number, n: number): void {
  nd.print('"');
  const done = printn(nd, p, off, n);
  nd.print('"');
  if (!done) throw new Truncated();
}

export function bootpPrint(nd: Nd, bp: Uint8Array, length: number): void {
  nd.protocol = "bootp";
  const op = u8(bp, 0);
  nd.print(`BOOTP/DHCP, ${tok2str(OPS, "unknown (0x%02x)", op)}`);
  const htype = u8(bp, 1);
  const hlen = u8(bp, 2);
  const ether = htype === 1 && hlen === 6;
  if (ether && op === BOOTPREQUEST) nd.print(` from ${macAt(nd, bp, 28)}`);
  nd.print(`, length ${length}`);
  if (!nd.vflag) return;
  need(bp, 8, 2);
  if (htype !== 1) nd.print(`, htype ${htype}`);
  if (!ether) nd.print(`, hlen ${hlen}`);
  if (u8(bp, 3)) nd.print(`, hops ${u8(bp, 3)}`);
  if (u32(bp, 4)) nd.print(`, xid 0x${u32(bp, 4).toString(16)}`);
  if (u16(bp, 8)) nd.print(`, secs ${u16(bp, 8)}`);
  const flags = u16(bp, 10);
  nd.print(`, Flags [${bittok2str(FLAGS, "none", flags)}]`);
  if (nd.vflag > 1) nd.print(` (0x${flags.toString(16).padStart(4, "0")})`);
  const addrs: [number, string][] = [[12, "Client-IP"], [16, "Your-IP"], [20, "Server-IP"], [24, "Gateway-IP"]];
  for (const [off, label] of addrs) if (u32(bp, off)) nd.print(`\n\t  ${label} ${ipAt(nd, bp, off)}`);
  if (ether) nd.print(`\n\t  Client-Ethernet-Address ${macAt(nd, bp, 28)}`);
  for (const [off, size, label] of [[44, 64, "sname"], [108, 128, "file"]] as const) {
    if (!u8(bp, off)) continue;
    nd.print(`\n\t  ${label} "`);
    const done = printztn(nd, bp, off, size);
    nd.print('"');
    if (!done) throw new Truncated();
  }
  need(bp, 236, 4);
  const magic = u32(bp, 236);
  if (magic === 0x63825363) rfc1048Print(nd, bp, 236);
  else if (magic === 0x434d5500) cmuPrint(nd, bp, 236);
  else if (magic !== 0) nd.print(`\n\t  Vendor-#0x${magic.toString(16)}`);
}

function rfc1048Print(nd: Nd, p: Uint8Array, off: number): void {
  nd.print("\n\t  Vendor-rfc1048 Extensions");
  nd.print(`\n\t    Magic Cookie 0x${u32(p, off).toString(16).padStart(8, "0")}`);
  let bp = off + 4;
  while (bp < p.length) {
    const tag = p[bp++]!;
    if (tag === TAG_PAD && nd.vflag < 3) continue;
    if (tag === TAG_END && nd.vflag < 3) return;
    const entry = tok2str(TAGS, "?Unknown", tag);
    let c = entry[0]!;
    const name = entry.slice(1);
    let len = 0;
    if (tag !== TAG_PAD && tag !== TAG_END) len = u8(p, bp++);
    nd.print(`\n\t    ${name} (${tag}), length ${len}${len > 0 ? ": " : ""}`);
    if (tag === TAG_PAD && nd.vflag > 2) {
      let n = 1;
      while (bp < p.length && p[bp] === TAG_PAD) {
        bp++;
        n++;
      }
      if (n > 1) nd.print(`, occurs ${n}`);
    }
    need(p, bp, len);
    if (tag === 53 && len === 1) {
      nd.print(tok2str(DHCP_MSG, "Unknown (%u)", p[bp++]!));
      continue;
    }
    if (tag === 55) {
      for (let idx = 0; len > 0; idx++, len--) {
        const inner = p[bp++]!;
        nd.print(idx % 4 === 0 ? "\n\t      " : ", ");
        nd.print(`${tok2str(TAGS, "?Unknown", inner).slice(1)} (${inner})`);
      }
      continue;
    }
    if (c === "?") c = len & 1 ? "b" : len & 2 ? "s" : "l";
    const r = printValue(nd, p, bp, len, tag, c);
    bp = r.bp;
    if (r.len) {
      nd.print(`\n\t  trailing data length ${r.len}`);
      bp += r.len;
    }
  }
}

/** One option's data by its format letter; returns where it stopped and what it left unprinted. */
function printValue(nd: Nd, p: Uint8Array, bp: number, len: number, tag: number, c: string): { bp: number; len: number } {
  const sep = (first: boolean, s: string) => {
    if (!first) nd.print(s);
  };
  switch (c) {
    case "a":
      printQuoted(nd, p, bp, len);
      return { bp: bp + len, len: 0 };
    case "i":
    case "l":
    case "L":
      for (let first = true; len >= 4; first = false, bp += 4, len -= 4) {
        sep(first, ",");
        const v = u32(p, bp);
        nd.print(c === "i" ? ipAt(nd, p, bp) : c === "L" ? String(v | 0) : String(v));
      }
      return { bp, len };
    case "p":
      for (let first = true; len >= 8; first = false, bp += 8, len -= 8) {
        sep(first, ",");
        nd.print(`(${ipAt(nd, p, bp)}:${ipAt(nd, p, bp + 4)})`);
      }
      return { bp, len };
    case "s":
      for (let first = true; len >= 2; first = false, bp += 2, len -= 2) {
        sep(first, ",");
        nd.print(String(u16(p, bp)));
      }
      return { bp, len };
    case "B":
      for (let first = true; len > 0; first = false, bp++, len--) {
        sep(first, ",");
        const v = u8(p, bp);
        nd.print(v === 0 ? "N" : v === 1 ? "Y" : `${v}?`);
      }
      return { bp, len };
    case "$":
      return printSpecial(nd, p, bp, len, tag);
    default:
      for (let first = true; len > 0; first = false, bp++, len--) {
        sep(first, c === "x" ? ":" : ".");
        const v = u8(p, bp);
        nd.print(c === "x" ? v.toString(16).padStart(2, "0") : String(v));
      }
      return { bp, len };
  }
}

function printSpecial(nd: Nd, p: Uint8Array, bp: number, len: number, tag: number): { bp: number; len: number } {
  switch (tag) {
    case 46:
    case 52:
      if (len < 1) {
        nd.print("[ERROR: length < 1 bytes]");
        return { bp, len };
      }
      nd.print(tok2str(tag === 46 ? NETBIOS_NODE : OVERLOAD, "#%u", u8(p, bp)));
      return { bp: bp + 1, len: len - 1 };
    case 81: {
      if (len < 3) {
        nd.print("[ERROR: length < 3 bytes]");
        return { bp: bp + len, len: 0 };
      }
      const f = u8(p, bp);
      if (f & 0xf0) nd.print(`[ERROR: MBZ nibble 0x${((f & 0xf0) >> 4).toString(16)} != 0] `);
      if (f & 0x0f) nd.print(`[${fqdnFlags(f)}] `);
      if (u8(p, bp + 1) || u8(p, bp + 2)) nd.print(`${u8(p, bp + 1)}/${u8(p, bp + 2)} `);
      printQuoted(nd, p, bp + 3, len - 3);
      return { bp: bp + len, len: 0 };
    }
    case 61: {
      if (len < 1) {
        nd.print("[ERROR: length < 1 bytes]");
        return { bp, len };
      }
      const type = u8(p, bp);
      bp++;
      len--;
      if (type === 0) {
        printQuoted(nd, p, bp, len);
        return { bp: bp + len, len: 0 };
      }
      nd.print(`${tok2str(HW_TYPES, "hardware-type %u,", type)} `);
      for (let first = true; len > 0; first = false, bp++, len--) {
        if (!first) nd.print(":");
        nd.print(u8(p, bp).toString(16).padStart(2, "0"));
      }
      return { bp, len };
    }
    case 82:
      while (len >= 2) {
        const sub = u8(p, bp);
        const slen = u8(p, bp + 1);
        bp += 2;
        len -= 2;
        const label = `\n\t      ${tok2str(AGENT_SUBOPTS, "Unknown", sub)} SubOption ${sub}, length ${slen}`;
        if (slen > len) {
          nd.print(`${label}: length goes past end of option`);
          return { bp: bp + len, len: 0 };
        }
        nd.print(`${label}: `);
        if (sub === 1 || sub === 2 || sub === 6) {
          if (!printn(nd, p, bp, slen)) throw new Truncated();
        } else printUnknownData(nd, p.subarray(bp), "\n\t\t", slen);
        len -= slen;
        bp += slen;
      }
      return { bp, len };
    case 121:
    case 249:
      if (len < 5) {
        nd.print("[ERROR: length < 5 bytes]");
        return { bp: bp + len, len: 0 };
      }
      for (let first = true; len > 0; first = false) {
        if (!first) nd.print(",");
        const width = u8(p, bp);
        bp++;
        len--;
        if (width > 32) {
          nd.print(`[ERROR: Mask width (${width}) > 32]`);
          return { bp: bp + len, len: 0 };
        }
        const octets = (width + 7) >> 3;
        if (len < octets + 4) {
          nd.print(`[ERROR: Remaining length (${len}) < ${octets + 4} bytes]`);
          return { bp: bp + len, len: 0 };
        }
        nd.print("(");
        if (width === 0) nd.print("default");
        else {
          const parts: string[] = [];
          for (let i = 0; i < octets; i++) parts.push(String(u8(p, bp++)));
          for (let i = octets; i < 4; i++) parts.push("0");
          nd.print(`${parts.join(".")}/${width}`);
        }
        nd.print(`:${ipAt(nd, p, bp)})`);
        bp += 4;
        len -= octets + 4;
      }
      return { bp, len };
    case 77: {
      if (len < 2) {
        nd.print("[ERROR: length < 2 bytes]");
        return { bp: bp + len, len: 0 };
      }
      for (let n = 1; len > 0; n++) {
        const slen = u8(p, bp);
        bp++;
        len--;
        nd.print(`\n\t      instance#${n}: `);
        if (slen === 0) {
          nd.print("[ERROR: suboption length must be non-zero]");
          return { bp: bp + len, len: 0 };
        }
        if (len < slen) {
          nd.print("[ERROR: invalid option]");
          return { bp: bp + len, len: 0 };
        }
        printQuoted(nd, p, bp, slen);
        nd.print(`, length ${slen}`);
        len -= slen;
        bp += slen;
      }
      return { bp, len };
    }
    default:
      nd.print(`[unknown special tag ${tag}, size ${len}]`);
      return { bp: bp + len, len: 0 };
  }
}

function fqdnFlags(f: number): string {
  return (f & 1 ? "S" : "") + (f & 2 ? "O" : "") + (f & 4 ? "E" : "") + (f & 8 ? "N" : "");
}

/** The CMU vendor area: flags when unusual, then the set addresses. */
function cmuPrint(nd: Nd, p: Uint8Array, off: number): void {
  nd.print(" vend-cmu");
  need(p, off + 4, 4);
  const vflags = u8(p, off + 4);
  if (vflags & ~1) nd.print(` F:0x${vflags.toString(16)}`);
  const fields: [number, string][] = [[12, "DG"], [8, vflags & 1 ? "SM" : "SM*"], [16, "NS1"], [20, "NS2"], [24, "IEN1"], [28, "IEN2"], [32, "TS1"], [36, "TS2"]];
  for (const [o, label] of fields) {
    need(p, off + o, 4);
    if (u32(p, off + o)) nd.print(` ${label}:${ipAt(nd, p, off + o)}`);
  }
}
