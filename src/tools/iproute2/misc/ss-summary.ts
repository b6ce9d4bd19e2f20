// ss -s (iproute2 6.1 print_summary): the figures come from the files the
// kernel exports — /proc/net/sockstat and sockstat6 (get_sockstat, each
// line parsed by its first word) and Tcp: CurrEstab from /proc/net/snmp
// (get_snmp_int) — read through the filesystem, as ss reads them.

import type { ProgramContext } from "../../../kernel/task/program.js";
import { KernelError, strerror } from "../../../uapi/errno.js";
import { readText } from "../../net-tools/lib.js";

interface Summary {
  socks: number;
  tcpTotal: number;
  tcpOrphans: number;
  tcpTws: number;
  tcp4: number;
  udp4: number;
  raw4: number;
  frag4: number;
  tcp6: number;
  udp6: number;
  raw6: number;
  frag6: number;
}

async function readProc(ctx: ProgramContext, path: string): Promise<string | number> {
  try {
    return await readText(ctx, path);
  } catch (e) {
    if (e instanceof KernelError) return e.errno;
    throw e;
  }
}

/** sscanf("%*s%d%*s%d..."): the numbers after each label word. */
function fields(rem: string): number[] {
  const w = rem.trim().split(/\s+/);
  const out: number[] = [];
  for (let i = 1; i < w.length; i += 2) {
    const n = Number.parseInt(w[i]!, 10);
    if (!Number.isFinite(n)) break;
    out.push(n);
  }
  return out;
}

function sockstatLine(line: string, s: Summary): void {
  const m = /^(\S+) (.+)$/.exec(line);
  if (!m) return;
  const f = fields(m[2]!);
  switch (m[1]) {
    case "sockets:":
      s.socks = f[0] ?? s.socks;
      return;
    case "UDP:":
      s.udp4 = f[0] ?? s.udp4;
      return;
    case "UDP6:":
      s.udp6 = f[0] ?? s.udp6;
      return;
    case "RAW:":
      s.raw4 = f[0] ?? s.raw4;
      return;
    case "RAW6:":
      s.raw6 = f[0] ?? s.raw6;
      return;
    case "TCP6:":
      s.tcp6 = f[0] ?? s.tcp6;
      return;
    case "FRAG:":
      s.frag4 = f[0] ?? s.frag4;
      return;
    case "FRAG6:":
      s.frag6 = f[0] ?? s.frag6;
      return;
    case "TCP:":
      [s.tcp4 = s.tcp4, s.tcpOrphans = s.tcpOrphans, s.tcpTws = s.tcpTws, s.tcpTotal = s.tcpTotal] = f;
  }
}

/** get_snmp_int("Tcp:", "CurrEstab"): the value under the key on the line after the header line. */
function snmpCurrEstab(text: string): number | undefined {
  const lines = text.split("\n");
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!lines[i]!.startsWith("Tcp:")) continue;
    const pos = lines[i]!.split(" ").indexOf("CurrEstab");
    if (pos < 1 || !lines[i + 1]!.startsWith("Tcp:")) return undefined;
    const v = Number.parseInt(lines[i + 1]!.split(" ")[pos] ?? "", 10);
    return Number.isFinite(v) ? v : 0;
  }
  return undefined;
}

export async function printSummary(ctx: ProgramContext): Promise<void> {
  const s: Summary = { socks: 0, tcpTotal: 0, tcpOrphans: 0, tcpTws: 0, tcp4: 0, udp4: 0, raw4: 0, frag4: 0, tcp6: 0, udp6: 0, raw6: 0, frag6: 0 };
  const st = await readProc(ctx, "/proc/net/sockstat");
  if (typeof st === "number") await ctx.stderr.write(`ss: get_sockstat: ${strerror(st)}\n`);
  else {
    for (const l of st.split("\n")) sockstatLine(l, s);
    const st6 = await readProc(ctx, "/proc/net/sockstat6");
    if (typeof st6 === "string") for (const l of st6.split("\n")) sockstatLine(l, s);
  }
  const snmp = await readProc(ctx, "/proc/net/snmp");
  let estab = 0;
  if (typeof snmp === "number") await ctx.stderr.write(`ss: get_snmpstat: ${strerror(snmp)}\n`);
  else {
    const v = snmpCurrEstab(snmp);
    if (v === undefined) await ctx.stderr.write(`ss: get_snmpstat: ${strerror(3)}\n`);
    estab = v ?? 0;
  }
  const c = (n: number) => String(n).padEnd(9);
  const row = (name: string, a: number, b: number) => `${name}\t  ${c(a + b)} ${c(a)} ${c(b)}\n`;
  await ctx.stdout.write(
    `Total: ${s.socks}\n` +
      `TCP:   ${s.tcpTotal + s.tcpTws} (estab ${estab}, closed ${s.tcpTotal - (s.tcp4 + s.tcp6 - s.tcpTws)}, orphaned ${s.tcpOrphans}, timewait ${s.tcpTws})\n` +
      "\nTransport Total     IP        IPv6\n" +
      row("RAW", s.raw4, s.raw6) +
      row("UDP", s.udp4, s.udp6) +
      row("TCP", s.tcp4, s.tcp6) +
      row("INET", s.raw4 + s.udp4 + s.tcp4, s.raw6 + s.udp6 + s.tcp6) +
      row("FRAG", s.frag4, s.frag6) +
      "\n",
  );
}
