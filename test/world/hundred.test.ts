// A 100-host topology builds, boots without failures, and sampled pairs on
// different switches ping. (Its timing lives in bench/cases/04-hundred-hosts.mjs.)
import { describe, expect, it } from "vitest";
import { World } from "../../src/world/world.js";

function topology(n: number): string {
  const l = ["hosts:"];
  for (let i = 0; i < n; i++) l.push(`  h${i}: {nics: [{name: eth1, address: 10.100.0.${i + 1}/24}]}`);
  l.push("switches:", "  core:", "  sw0:", "  sw1:", "  sw2:", "  sw3:", "links:");
  for (let s = 0; s < 4; s++) l.push(`  - {endpoints: [sw${s}:uplink, core], delay: 100us}`);
  for (let i = 0; i < n; i++) l.push(`  - {endpoints: [h${i}:eth1, sw${i % 4}]}`);
  return `${l.join("\n")}\n`;
}

describe("100 hosts", () => {
  it("build, boot and ping across switches", async () => {
    const w = await World.fromTopology(topology(100));
    expect(w.hosts.size).toBe(100);
    expect(w.bootFailures).toEqual([]);
    const r = await w.run("for h in h1 h42 h99; do ping -c 1 -q $h | sed -n 4p; done; ssh h77 hostname", { host: "h0" });
    expect(r).toEqual({
      stdout: "1 packets transmitted, 1 received, 0% packet loss, time 0ms\n".repeat(3) + "h77\n",
      stderr: "",
      status: 0,
    });
  });
});
