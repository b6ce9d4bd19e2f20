// IEEE 802.2 LLC as Linux bridges send it: only the STP SAP (0x42) is
// decoded (tcpdump's print-llc.c + print-stp.c for 802.1D/802.1w config and
// topology-change BPDUs). Other LLC payloads return a negative header length
// so the caller dumps them in hex; tcpdump would name more SAPs (a known gap).

import { type Nd, u16, u32, u8 } from "./netdissect.js";
import { bittok2str, tok2str, type Tok } from "./util-print.js";
import type { MacAddr } from "../../wire/addr.js";

const STP_PROTO: Tok = [
  [0, "802.1d"],
  [2, "802.1w"],
  [3, "802.1s"],
  [4, "802.1aq"],
];
const BPDU_TYPE: Tok = [
  [0x00, "Config"],
  [0x02, "Rapid STP"],
  [0x80, "Topology Change"],
];
const BPDU_FLAGS: Tok = [
  [0x01, "Topology change"],
  [0x02, "Proposal"],
  [0x10, "Learn"],
  [0x20, "Forward"],
  [0x40, "Agreement"],
  [0x80, "Topology change ACK"],
];
const PORT_ROLE: Tok = [
  [0, "Unknown"],
  [1, "Alternate"],
  [2, "Root"],
  [3, "Designated"],
];

function hex2(v: number): string {
  return v.toString(16).padStart(2, "0");
}

function bridgeId(p: Uint8Array, o: number): string {
  const b = [0, 1, 2, 3, 4, 5, 6, 7].map((i) => hex2(u8(p, o + i)));
  return `${b[0]}${b[1]}.${b.slice(2).join(":")}`;
}

function stpPrint(nd: Nd, p: Uint8Array, length: number): void {
  nd.protocol = "stp";
  if (length < 4) return nd.printInvalid();
  if (u16(p, 0)) {
    nd.print(`unknown STP version, length ${length}`);
    return;
  }
  const ver = u8(p, 2);
  nd.print(`STP ${tok2str(STP_PROTO, "Unknown STP protocol (0x%02x)", ver)}`);
  if (ver !== 0 && ver !== 2 && ver !== 3 && ver !== 4) return;
  const type = u8(p, 3);
  nd.print(`, ${tok2str(BPDU_TYPE, "Unknown BPDU Type (0x%02x)", type)}`);
  const config = () => {
    const flags = u8(p, 4);
    nd.print(`, Flags [${bittok2str(BPDU_FLAGS, "none", flags)}]`);
    nd.print(`, bridge-id ${bridgeId(p, 17)}.${u16(p, 25).toString(16).padStart(4, "0")}, length ${length}`);
    if (!nd.vflag) return;
    const t = (o: number) => (u16(p, o) / 256).toFixed(2);
    nd.print(`\n\tmessage-age ${t(27)}s, max-age ${t(29)}s, hello-time ${t(31)}s, forwarding-delay ${t(33)}s`);
    nd.print(`\n\troot-id ${bridgeId(p, 5)}, root-pathcost ${u32(p, 13)}`);
    if (ver === 2) nd.print(`, port-role ${tok2str(PORT_ROLE, "Unknown", (flags & 0x0c) >> 2)}`);
  };
  if (type === 0x00) {
    if (length < 35) return nd.printInvalid();
    config();
  } else if (type === 0x02 && ver === 2) {
    if (length < 36) return nd.printInvalid();
    config();
  }
}

/** llc_print for the SAPs we decode; returns the LLC header length, negative when unknown. */
export function llcPrint(nd: Nd, p: Uint8Array, length: number, _src: MacAddr | undefined, _dst: MacAddr | undefined): number {
  nd.protocol = "llc";
  if (p.length < 3 || length < 3) {
    nd.printTrunc();
    return -Math.min(p.length, length);
  }
  const dsapField = u8(p, 0);
  const ssapField = u8(p, 1);
  const control = u8(p, 2);
  if ((control & 3) !== 3) return -4;
  const dsap = dsapField & 0xfe;
  const ssap = ssapField & 0xfe;
  if (dsap !== 0x42 || ssap !== 0x42 || control !== 0x03) return -3;
  if (nd.eflag) {
    nd.print(
      `LLC, dsap STP (0x42) ${dsapField & 1 ? "Group" : "Individual"}, ssap STP (0x42) ${ssapField & 1 ? "Response" : "Command"}, ctrl 0x${hex2(control)}: `,
    );
  }
  stpPrint(nd, p.subarray(3), length - 3);
  return 3;
}
