// ethtool 6.1 -C/--coalesce DEV [NAME VALUE]... (netlink/coalesce.c nl_scoalesce): the parameters
// become ETHTOOL_A_COALESCE_* attributes in command-line order; the kernel names the first one, in
// attribute-type order, that the driver cannot set, and the tool turns that into a byte offset.

import { KernelError } from "../../uapi/errno.js";
import type { ProgramContext } from "../../kernel/task/program.js";
import { ethtoolCall, firstAttrOffset, nlError } from "./ops.js";

/** -C's parameters: the attribute each sets and whether it takes on/off (a u8 flag) or a u32. */
const PARAMS: ReadonlyMap<string, { attr: string; bool?: true }> = new Map([
  ["adaptive-rx", { attr: "USE_ADAPTIVE_RX", bool: true }],
  ["adaptive-tx", { attr: "USE_ADAPTIVE_TX", bool: true }],
  ["sample-interval", { attr: "RATE_SAMPLE_INTERVAL" }],
  ["stats-block-usecs", { attr: "STATS_BLOCK_USECS" }],
  ["pkt-rate-low", { attr: "PKT_RATE_LOW" }],
  ["pkt-rate-high", { attr: "PKT_RATE_HIGH" }],
  ["rx-usecs", { attr: "RX_USECS" }],
  ["rx-frames", { attr: "RX_MAX_FRAMES" }],
  ["rx-usecs-irq", { attr: "RX_USECS_IRQ" }],
  ["rx-frames-irq", { attr: "RX_MAX_FRAMES_IRQ" }],
  ["tx-usecs", { attr: "TX_USECS" }],
  ["tx-frames", { attr: "TX_MAX_FRAMES" }],
  ["tx-usecs-irq", { attr: "TX_USECS_IRQ" }],
  ["tx-frames-irq", { attr: "TX_MAX_FRAMES_IRQ" }],
  ["rx-usecs-low", { attr: "RX_USECS_LOW" }],
  ["rx-frames-low", { attr: "RX_MAX_FRAMES_LOW" }],
  ["tx-usecs-low", { attr: "TX_USECS_LOW" }],
  ["tx-frames-low", { attr: "TX_MAX_FRAMES_LOW" }],
  ["rx-usecs-high", { attr: "RX_USECS_HIGH" }],
  ["rx-frames-high", { attr: "RX_MAX_FRAMES_HIGH" }],
  ["tx-usecs-high", { attr: "TX_USECS_HIGH" }],
  ["tx-frames-high", { attr: "TX_MAX_FRAMES_HIGH" }],
  ["cqe-mode-rx", { attr: "USE_CQE_MODE_RX", bool: true }],
  ["cqe-mode-tx", { attr: "USE_CQE_MODE_TX", bool: true }],
]);

/** parse_u32(): decimal, 0x hex or 0 octal, no sign, within 32 bits. */
function parseU32(v: string): number | undefined {
  if (!/^(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)$/.test(v)) return undefined;
  const n = v.length > 1 && v[0] === "0" && v[1] !== "x" && v[1] !== "X" ? Number.parseInt(v, 8) : Number(v);
  return n <= 0xffffffff ? n : undefined;
}

export async function setCoalesce(pc: ProgramContext, args: string[]): Promise<number> {
  const dev = args[0]!;
  const params: Array<[string, number]> = [];
  const seen = new Set<string>();
  for (let i = 1; i < args.length; i += 2) {
    const name = args[i]!;
    const p = PARAMS.get(name);
    const fail = async (msg: string) => {
      await pc.stderr.write(`ethtool (-C): ${msg}\n`);
      return 1;
    };
    if (!p) return fail(`unknown parameter '${name}'`);
    if (seen.has(name)) return fail(`duplicate parameter '${name}'`);
    seen.add(name);
    const v = args[i + 1];
    if (v === undefined) return fail(`no value for parameter '${name}'`);
    const n = p.bool ? (v === "on" ? 1 : v === "off" ? 0 : undefined) : parseU32(v);
    if (n === undefined) return fail(`invalid value '${v}' for parameter '${name}'`);
    params.push([p.attr, n]);
  }
  // Even with no parameters the request goes out: a driver without set_coalesce refuses it.
  const r = ethtoolCall(pc, { cmd: "ETHTOOL_SCOALESCE", devname: dev, params });
  if (r instanceof KernelError) return nlError(pc, r, 1);
  if (r.cmd === "ETHTOOL_SCOALESCE" && r.extack) {
    await pc.stderr.write(`netlink error: ${r.extack.msg} (offset ${firstAttrOffset(dev) + 8 * r.extack.attr})\nnetlink error: Invalid argument\n`);
    return 1;
  }
  return 0;
}
