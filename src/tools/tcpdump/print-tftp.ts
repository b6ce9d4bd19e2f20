// TFTP (UDP port 69) as tcpdump 4.99's print-tftp.c prints it, written from
// its observed output (test/tcpdump/cases/tftp-*): "TFTP, length N, OP" and,
// by opcode, the file name in quotes, the mode and options (RRQ/WRQ, OACK),
// the block number (DATA/ACK) or the error code and message. Only port 69 is
// recognised, so a transfer's later datagrams (between two ephemeral ports)
// print as plain UDP, as with the real tcpdump.

import { type Nd, Truncated, u16, u8 } from "./netdissect.js";
import { printztn, tok2str, type Tok } from "./util-print.js";

const RRQ = 1;
const WRQ = 2;
const DATA = 3;
const ACK = 4;
const ERROR = 5;
const OACK = 6;
const OPS: Tok = [[RRQ, "RRQ"], [WRQ, "WRQ"], [DATA, "DATA"], [ACK, "ACK"], [ERROR, "ERROR"], [OACK, "OACK"]];
const ERRORS: Tok = [[0, "EUNDEF"], [1, "ENOTFOUND"], [2, "EACCESS"], [3, "ENOSPACE"], [4, "EBADOP"], [5, "EBADID"], [6, "EEXISTS"], [7, "ENOUSER"]];

export function tftpPrint(nd: Nd, bp: Uint8Array, length: number): void {
  nd.protocol = "tftp";
  nd.print(`TFTP, length ${length}`);
  if (length < 2) throw new Truncated();
  const opcode = u16(bp, 0);
  const name = tok2str(OPS, "tftp-#%u", opcode);
  nd.print(`, ${name}`);
  if (name.startsWith("t")) return;
  let off = 2;
  length -= 2;
  const options = () => {
    while (length !== 0) {
      if (u8(bp, off) !== 0) nd.print(" ");
      const n = printztn(nd, bp, off, length);
      if (!n) throw new Truncated();
      off += n;
      length -= n;
    }
  };
  switch (opcode) {
    case RRQ:
    case WRQ: {
      if (length === 0) throw new Truncated();
      nd.print(' "');
      let n = printztn(nd, bp, off, length);
      nd.print('"');
      if (!n) throw new Truncated();
      off += n;
      length -= n;
      if (length === 0) throw new Truncated();
      nd.print(" ");
      n = printztn(nd, bp, off, length);
      if (!n) throw new Truncated();
      off += n;
      length -= n;
      options();
      return;
    }
    case OACK:
      options();
      return;
    case ACK:
    case DATA:
      if (length < 2) throw new Truncated();
      nd.print(` block ${u16(bp, off)}`);
      return;
    case ERROR: {
      if (length < 2) throw new Truncated();
      nd.print(` ${tok2str(ERRORS, 'tftp-err-#%u "', u16(bp, off))}`);
      off += 2;
      length -= 2;
      if (length === 0) throw new Truncated();
      nd.print(' "');
      const n = printztn(nd, bp, off, length);
      nd.print('"');
      if (!n) throw new Truncated();
      return;
    }
  }
}
