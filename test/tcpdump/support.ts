// Shared helpers of the tcpdump tests: the recorded cases, a shell-like word
// splitter for their argument lines, and running our tcpdump in a bare world
// with the capture files in its /root.

import { readFileSync, readdirSync } from "node:fs";
import { World } from "../../src/index.js";
import { tcpdumpMain } from "../../src/tools/tcpdump/tcpdump.js";
import { registerPacketSocketProvider, type PacketSocketProvider } from "../../src/uapi/packet.js";

export const HERE = new URL(".", import.meta.url).pathname;

export interface Case {
  id: string;
  args: string[];
  expected: { stdout: string; stderr: string; status: number };
  /** The file real tcpdump wrote for -w cases. */
  written?: Uint8Array;
}

/** Splits an argument line the way bash would for plain words and '...' quoting. */
export function words(line: string): string[] {
  const out: string[] = [];
  let cur = "";
  let have = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (c === "'") {
      const j = line.indexOf("'", i + 1);
      cur += line.slice(i + 1, j);
      have = true;
      i = j;
    } else if (c === " " || c === "\t") {
      if (have) out.push(cur);
      cur = "";
      have = false;
    } else {
      cur += c;
      have = true;
    }
  }
  if (have) out.push(cur);
  return out;
}

export function parseExpected(text: string): { stdout: string; stderr: string; status: number } {
  const a = text.indexOf("--- stderr\n");
  const m = /--- exit (\d+)\n$/.exec(text)!;
  return { stdout: text.slice(0, a), stderr: text.slice(a + 11, m.index), status: Number(m[1]) };
}

export function loadCases(): Case[] {
  const list = readFileSync(`${HERE}cases.list`, "utf8").split("\n").filter(Boolean);
  return list.map((l) => {
    const [id, args] = l.split("\t") as [string, string];
    let written: Uint8Array | undefined;
    try {
      written = readFileSync(`${HERE}cases/${id}.pcap`);
    } catch {
      written = undefined;
    }
    return { id, args: words(args.replace(/@OUT@/g, "/tmp/out.pcap")), expected: parseExpected(readFileSync(`${HERE}cases/${id}.expected`, "utf8")), written };
  });
}

/**
 * The capture files the cases read, as a bare world's /root holds them. The
 * real recordings ran in a namespace with only lo (ifindex 1), so interface
 * indexes other than 1 have no name; a stand-in provider answers that way
 * until the kernel model registers its own.
 */
export function bareProvider(): PacketSocketProvider {
  return {
    open: () => ({ ok: false, errno: "ENODEV" }),
    devices: () => [{ name: "lo", ifindex: 1, up: false, running: false, loopback: true }],
    indexToName: (_t, i) => (i === 1 ? "lo" : undefined),
  };
}

export function installBareProvider(): void {
  registerPacketSocketProvider(bareProvider());
}

const pcapFiles = readdirSync(`${HERE}pcaps`).map((f) => [f, readFileSync(`${HERE}pcaps/${f}`)] as const);

export async function runTcpdump(args: string[]): Promise<{ stdout: string; stderr: string; status: number; world: World }> {
  const w = new World({ bare: true });
  for (const [f, b] of pcapFiles) w.host().fs.writeFile(undefined, "/", `/root/${f}`, b);
  const r = await w.runProgram(tcpdumpMain, ["tcpdump", ...args]);
  return { ...r, world: w };
}
