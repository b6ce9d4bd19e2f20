// TCP (tcpdump's print-tcp.c): ports, flags, sequence numbers relative to
// the first ones seen per connection (unless -S), ack, window, options,
// payload length, with -v the checksum verdict; HTTP's first line on ports
// 80/8080; RST payloads with -v.

import { type Nd, u16, u32, u8, have, Truncated } from "./netdissect.js";
import { bittok2str, fnPrintChar, tok2str, type Tok } from "./util-print.js";
import { dstText, shouldBe, srcText, type IpHeader } from "./print-ip.js";
import { transportSum } from "./print-udp.js";
import { httpPrint } from "./print-http.js";
import { ftpPrint, rtspPrint, smtpPrint, sshPrint, whoisPrint } from "./print-txtapps.js";

const TCP_FLAGS: Tok = [
  [0x01, "F"],
  [0x02, "S"],
  [0x04, "R"],
  [0x08, "P"],
  [0x10, "."],
  [0x20, "U"],
  [0x40, "E"],
  [0x80, "W"],
];

const TCP_OPTIONS: Tok = [
  [0, "eol"],
  [1, "nop"],
  [2, "mss"],
  [3, "wscale"],
  [4, "sackOK"],
  [5, "sack"],
  [6, "echo"],
  [7, "echoreply"],
  [8, "TS"],
  [11, "cc"],
  [12, "ccnew"],
  [13, ""],
  [19, "md5"],
  [20, "scps"],
  [28, "uto"],
  [29, "tcp-ao"],
  [30, "mptcp"],
  [34, "tfo"],
  [254, "exp"],
];

function key(h: IpHeader, a: bigint | number, b: bigint | number, port: number): string {
  return `${h.ver}|${a}|${b}|${port}`;
}

export function tcpPrint(nd: Nd, bp: Uint8Array, length: number, h: IpHeader, fragmented: boolean): void {
  nd.protocol = "tcp";
  if (!have(bp, 2, 2)) {
    nd.print(`${srcText(nd, h)} > ${dstText(nd, h)}:`);
    nd.printTrunc();
    return;
  }
  const sport = u16(bp, 0);
  const dport = u16(bp, 2);
  if (h.proto === 6) {
    nd.print(`${srcText(nd, h)}.${nd.names.tcpport(sport)} > ${dstText(nd, h)}.${nd.names.tcpport(dport)}: `);
  } else nd.print(`${nd.names.tcpport(sport)} > ${nd.names.tcpport(dport)}: `);
  if (!have(bp, 0, 20)) throw new Truncated();
  let hlen = (u8(bp, 12) >> 4) * 4;
  if (hlen < 20) {
    nd.print(` tcp ${length - hlen} [bad hdr length ${hlen} - too short, < 20]`);
    return;
  }
  let seq = u32(bp, 4);
  let ack = u32(bp, 8);
  const win = u16(bp, 14);
  const urp = u16(bp, 18);
  if (nd.qflag) {
    nd.print(`tcp ${length - hlen}`);
    if (hlen > length) nd.print(` [bad hdr length ${hlen} - too long, > ${length}]`);
    return;
  }
  const flags = u8(bp, 13);
  nd.print(`Flags [${bittok2str(TCP_FLAGS, "none", flags, "")}]`);
  let rev = false;
  let thseq = 0;
  let thack = 0;
  if (!nd.Sflag && flags & 0x10) {
    const cmp = h.src < h.dst ? -1 : h.src > h.dst ? 1 : 0;
    rev = sport > dport || (sport === dport && cmp > 0);
    const k = rev ? key(h, h.dst, h.src, ((dport << 16) | sport) >>> 0) : key(h, h.src, h.dst, ((sport << 16) | dport) >>> 0);
    let th = nd.tcpSeq.get(k);
    if (!th || flags & 0x02) {
      th = rev ? { ack: seq, seq: (ack - 1) >>> 0 } : { seq, ack: (ack - 1) >>> 0 };
      nd.tcpSeq.set(k, th);
    } else if (rev) {
      seq = (seq - th.ack) >>> 0;
      ack = (ack - th.seq) >>> 0;
    } else {
      seq = (seq - th.seq) >>> 0;
      ack = (ack - th.ack) >>> 0;
    }
    thseq = th.seq;
    thack = th.ack;
  }
  if (hlen > length) {
    nd.print(` [bad hdr length ${hlen} - too long, > ${length}]`);
    return;
  }
  if (nd.vflag && !fragmented && have(bp, 0, length)) {
    const c = transportSum(h, bp.subarray(0, length), 6);
    const sum = u16(bp, 16);
    nd.print(`, cksum 0x${sum.toString(16).padStart(4, "0")}`);
    nd.print(c !== 0 ? ` (incorrect -> 0x${shouldBe(sum, c).toString(16).padStart(4, "0")})` : " (correct)");
  }
  length -= hlen;
  if (nd.vflag > 1 || length > 0 || flags & 0x07) {
    nd.print(`, seq ${seq}`);
    if (length > 0) nd.print(`:${(seq + length) >>> 0}`);
  }
  if (flags & 0x10) nd.print(`, ack ${ack}`);
  nd.print(`, win ${win}`);
  if (flags & 0x20) nd.print(`, urg ${urp}`);
  if (hlen > 20) {
    let ch = "";
    let left = hlen - 20;
    let o = 20;
    nd.print(", options [");
    try {
      while (left > 0) {
        nd.print(ch);
        const opt = u8(bp, o++);
        let len: number;
        if (opt === 0 || opt === 1) len = 1;
        else {
          len = u8(bp, o++);
          if (len < 2 || len > left) throw "bad";
          left--;
        }
        left--;
        // LENCHECK: ND_TCHECK_LEN jumps to the local trunc label (prints ">" after the marker).
        const lencheck = (l: number) => {
          if (l > left) throw "bad";
          if (!have(bp, o, l)) throw "tcheck";
        };
        nd.print(tok2str(TCP_OPTIONS, "unknown-%u", opt));
        let datalen = 0;
        switch (opt) {
          case 2:
            datalen = 2;
            lencheck(2);
            nd.print(` ${u16(bp, o)}`);
            break;
          case 3:
            datalen = 1;
            lencheck(1);
            nd.print(` ${u8(bp, o)}`);
            break;
          case 5:
            datalen = len - 2;
            if (datalen % 8 !== 0) nd.print(" invalid sack");
            else {
              nd.print(` ${datalen / 8} `);
              for (let i = 0; i < datalen; i += 8) {
                lencheck(i + 4);
                let s = u32(bp, o + i);
                lencheck(i + 8);
                let e = u32(bp, o + i + 4);
                if (rev) {
                  s = (s - thseq) >>> 0;
                  e = (e - thseq) >>> 0;
                } else {
                  s = (s - thack) >>> 0;
                  e = (e - thack) >>> 0;
                }
                nd.print(`{${s}:${e}}`);
              }
            }
            break;
          case 6:
          case 7:
          case 11:
          case 12:
          case 13:
            datalen = 4;
            lencheck(4);
            nd.print(` ${u32(bp, o)}`);
            break;
          case 8:
            datalen = 8;
            lencheck(8);
            nd.print(` val ${u32(bp, o)} ecr ${u32(bp, o + 4)}`);
            break;
          case 0:
          case 1:
          case 4:
            break;
          default:
            datalen = len - 2;
            if (datalen) nd.print(" 0x");
            for (let i = 0; i < datalen; i++) {
              lencheck(i + 1);
              nd.print(u8(bp, o + i).toString(16).padStart(2, "0"));
            }
        }
        o += datalen;
        left -= datalen;
        datalen++;
        if (opt !== 0 && opt !== 1) datalen++;
        if (datalen !== len) nd.print(`[len ${len}]`);
        ch = ",";
        if (opt === 0) break;
      }
    } catch (e) {
      if (e === "bad") {
        nd.print("[bad opt]");
        if (ch !== "") nd.print("]");
        return;
      }
      if (e === "tcheck") {
        nd.printTrunc();
        if (ch !== "") nd.print(">");
        return;
      }
      throw e;
    }
    nd.print("]");
  }
  nd.print(`, length ${length}`);
  if (length === 0) return;
  if (!have(bp, 0, hlen)) {
    nd.print(` [remaining caplen(${bp.length}) < header length(${hlen})]`);
    throw new Truncated();
  }
  const data = bp.subarray(hlen);
  if (flags & 0x04 && nd.vflag) {
    nd.print(have(data, 0, length) ? " [RST" : " [!RST");
    let l = length;
    if (l > 30) {
      l = 30;
      nd.print("+");
    }
    nd.print(" ");
    for (let i = 0; i < l && i < data.length; i++) nd.print(fnPrintChar(data[i]!));
    nd.print("]");
    return;
  }
  const isPort = (p: number) => sport === p || dport === p;
  // tcp_print's port order (telnet's 23 prints only IAC commands, which nothing here sends).
  if (isPort(25)) {
    nd.print(": ");
    smtpPrint(nd, data, length);
  } else if (isPort(43)) {
    nd.print(": ");
    whoisPrint(nd, data, length);
  } else if (isPort(22)) sshPrint(nd, data, length);
  else if (isPort(21)) {
    nd.print(": ");
    ftpPrint(nd, data, length);
  } else if (isPort(80) || isPort(8080)) {
    nd.print(": ");
    httpPrint(nd, data, length);
  } else if (isPort(554) || isPort(8554)) {
    nd.print(": ");
    rtspPrint(nd, data, length);
  }
}
