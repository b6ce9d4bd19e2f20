// dmesg over the host's printk ring. LOG lines from the initial namespace cannot be
// recorded through kernel-sandbox (its script runs in a child namespace, where nf_log
// is silent: test/golden/iptables/log-dmesg-netns is that recording), so the line
// formats here follow util-linux 2.38.1's (checked against `dmesg`, `-r`, `-x`, `-t`,
// `-T` on this machine's own log): "[%5lu.%06lu] ", "<PRI>", "kern  :warn  : ".
import { describe, expect, it } from "vitest";
import { World } from "../../src/world/world.js";
import { printk } from "../../src/kernel/printk.js";

describe("dmesg", () => {
  it("prints, decodes, filters and clears the ring", async () => {
    const w = new World({ bare: true, seed: 1 });
    const host = w.host();
    printk(host, 4, "x: IN=lo OUT= SRC=127.0.0.1");
    await w.step(1_234_567_891);
    printk(host, 6, "y: second");
    const r = await w.run(
      "dmesg; dmesg -t; dmesg -r; dmesg -x; dmesg -T; dmesg -l warn; dmesg -l info,err -t; dmesg -c | wc -l; dmesg | wc -l; dmesg -C; echo $?",
    );
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe(
      [
        "[    0.000000] x: IN=lo OUT= SRC=127.0.0.1",
        "[    1.234567] y: second",
        "x: IN=lo OUT= SRC=127.0.0.1",
        "y: second",
        "<4>[    0.000000] x: IN=lo OUT= SRC=127.0.0.1",
        "<6>[    1.234567] y: second",
        "kern  :warn  : [    0.000000] x: IN=lo OUT= SRC=127.0.0.1",
        "kern  :info  : [    1.234567] y: second",
        "[Thu Jan  1 00:00:00 2026] x: IN=lo OUT= SRC=127.0.0.1",
        "[Thu Jan  1 00:00:01 2026] y: second",
        "[    0.000000] x: IN=lo OUT= SRC=127.0.0.1",
        "y: second",
        "2",
        "0",
        "0",
        "",
      ].join("\n"),
    );
  });
});
