// 100 hosts from a topology file: each host has eth1 on one of four
// switches (25 hosts each) joined by a core switch, an address in 10.100.0.0/16
// and a startup script; the case times building and booting the world
// (World.fromTopology: parse, validate, hosts, cables, `ip` per host, startup
// scripts) and then `nslab run --topology` end to end with a sampled ping
// across switches. Target: < 2 s to build and boot in-process.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { fmt, result } from "../lib.mjs";

export const name = "100-host topology";

export function topology(n = 100) {
  const lines = ["name: hundred", "hosts:"];
  for (let i = 0; i < n; i++) {
    lines.push(`  h${i}:`, "    nics:", "      - name: eth1", `        address: 10.100.${i >> 8}.${(i & 255) + 1}/16`, `    startup: ip link set lo mtu 65536`);
  }
  lines.push("switches:", "  core:");
  for (let s = 0; s < 4; s++) lines.push(`  sw${s}:`);
  lines.push("links:");
  for (let s = 0; s < 4; s++) lines.push(`  - endpoints: [sw${s}:uplink, core]`, "    delay: 100us", "    rate: 10gbit");
  for (let i = 0; i < n; i++) lines.push(`  - endpoints: [h${i}:eth1, sw${i % 4}]`);
  return `${lines.join("\n")}\n`;
}

export async function run(ctx) {
  const { World } = await import(ctx.lib);
  const text = topology(100);
  const times = [];
  let world;
  for (let i = 0; i < 5; i++) {
    const t0 = process.hrtime.bigint();
    world = await World.fromTopology(text, { fileName: "hundred.yaml" });
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  times.sort((a, b) => a - b);
  const ms = times[2];
  const ok = world.hosts.size === 100 && world.bootFailures.length === 0;
  const file = join(ctx.scratch, "hundred.yaml");
  writeFileSync(file, text);
  const script = join(ctx.scratch, "hundred.sh");
  writeFileSync(script, "ping -c 3 -i 0.2 -q h98 | sed -n 4p\nssh h57 hostname\n");
  const t0 = process.hrtime.bigint();
  const out = spawnSync(process.execPath, [ctx.cli, "run", "--topology", file, script], { encoding: "utf8" });
  const cliMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const cliOk = out.status === 0 && out.stdout === "3 packets transmitted, 3 received, 0% packet loss, time 400ms\nh57\n";
  return [
    result({
      case: "100 hosts: World.fromTopology (build + boot)",
      value: fmt(ms),
      unit: "ms",
      target: "< 2000 ms",
      pass: ok && ms < 2000,
      kernel: "no equivalent (100 VMs)",
      how: `median of 5 in-process${ok ? "" : "; WRONG: hosts or boot failures"}`,
    }),
    result({
      case: "100 hosts: nslab run --topology + ping + ssh",
      value: fmt(cliMs),
      unit: "ms",
      target: "< 3000 ms, output as expected",
      pass: cliOk && cliMs < 3000,
      kernel: "no equivalent (100 VMs)",
      how: `one spawn${cliOk ? "" : `; WRONG OUTPUT: ${JSON.stringify((out.stdout + out.stderr).slice(0, 120))}`}`,
    }),
  ];
}
