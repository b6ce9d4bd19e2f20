// One packet to one line (or more, with -v/-x): tcpdump's print.c
// pretty_print_packet. Timestamp, the link-layer printer for the capture's
// link type, " [|proto]" when a printer ran off the captured bytes, then the
// -x/-X/-A dumps of the bytes after the link-layer header (all of them when
// doubled), then a newline.

import { Nd, Truncated } from "./netdissect.js";
import type { Names } from "./addrtoname.js";
import { TsPrinter } from "./util-print.js";
import { etherIfPrint } from "./print-ether.js";
import { sll2IfPrint, sllIfPrint } from "./print-sll.js";
import { asciiPrint, hexAndAsciiPrint, hexPrint } from "./print-ascii.js";
import { LINKTYPE_ETHERNET, LINKTYPE_LINUX_SLL, LINKTYPE_LINUX_SLL2 } from "./savefile.js";
import { LINKTYPE_NFLOG, nflogIfPrint } from "./nflog.js";

export interface PrintOptions {
  eflag: number;
  nflag: number;
  vflag: number;
  qflag: number;
  xflag: number;
  Xflag: number;
  Aflag: number;
  tflag: number;
  Sflag: number;
  /** -# (--number): each packet's number ("%5u  ") before its timestamp. */
  numberFlag?: boolean;
}

export interface PacketRecord {
  /** Seconds and microseconds of the timestamp. */
  sec: number;
  usec: number;
  /** Captured bytes (caplen = data.length). */
  data: Uint8Array;
  /** Original length on the wire. */
  len: number;
}

export class PacketPrinter {
  private nd: Nd;
  private ts: TsPrinter;

  /** packets_captured, as print_packet() counts it for -#. */
  private printed = 0;
  private readonly numbered: boolean;

  constructor(
    opts: PrintOptions,
    names: Names,
    readonly linktype: number,
    /** if_indextoname in the reader's network namespace (SLL2 captures). */
    private ifname: (index: number) => string | undefined,
  ) {
    this.nd = new Nd(names);
    const { numberFlag, ...flags } = opts;
    Object.assign(this.nd, flags);
    this.numbered = numberFlag === true;
    this.ts = new TsPrinter(opts.tflag);
  }

  /** The text tcpdump prints for one packet, newline included. */
  format(rec: PacketRecord): string {
    const nd = this.nd;
    this.printed++;
    nd.out = (this.numbered ? `${String(this.printed).padStart(5)}  ` : "") + this.ts.format(rec.sec, rec.usec);
    nd.protocol = "";
    nd.llHdrLen = 0;
    const sp = rec.data;
    try {
      if (this.linktype === LINKTYPE_ETHERNET) etherIfPrint(nd, sp, rec.len);
      else if (this.linktype === LINKTYPE_LINUX_SLL2) sll2IfPrint(nd, sp, rec.len, this.ifname);
      else if (this.linktype === LINKTYPE_LINUX_SLL) sllIfPrint(nd, sp, rec.len);
      else if (this.linktype === LINKTYPE_NFLOG) nflogIfPrint(nd, sp, rec.len);
      else hexAndAsciiPrint(nd, "\n\t", sp, sp.length);
    } catch (e) {
      if (!(e instanceof Truncated)) throw e;
      nd.printTrunc();
      nd.llHdrLen = 0;
    }
    const hdr = nd.llHdrLen;
    try {
      if (nd.Xflag) {
        if (nd.Xflag > 1) hexAndAsciiPrint(nd, "\n\t", sp, sp.length);
        else if (sp.length > hdr) hexAndAsciiPrint(nd, "\n\t", sp.subarray(hdr), sp.length - hdr);
      } else if (nd.xflag) {
        if (nd.xflag > 1) hexPrint(nd, "\n\t", sp, sp.length);
        else if (sp.length > hdr) hexPrint(nd, "\n\t", sp.subarray(hdr), sp.length - hdr);
      } else if (nd.Aflag) {
        if (nd.Aflag > 1) asciiPrint(nd, sp, sp.length);
        else if (sp.length > hdr) asciiPrint(nd, sp.subarray(hdr), sp.length - hdr);
      }
    } catch (e) {
      if (!(e instanceof Truncated)) throw e;
    }
    return `${nd.out}\n`;
  }
}
