// ping's statistics line: iputils' finish() prints cur_time - start_time, and
// pinger() (ping_common.c, iputils 20221126) sets cur_time only when it sends
// a probe. So the figure is the time of the last probe sent, not of the end:
// `ping -c 1` to a 20 ms host says "time 0ms". Goldens mask "time Nms" (the
// kernel's jitter), so this is pinned here on the default world, whose
// example.com answers after a fixed 20 ms.
import { expect, it } from "vitest";
import { World } from "../../src/index.js";

it("reports the time of the last probe sent, not of the last reply", async () => {
  const w = new World({ seed: 1 });
  const r = await w.run("ping -c 1 example.com | tail -2; ping -c 2 example.com | tail -2; ping -w 2 example.com | tail -2");
  expect(r.stderr).toBe("");
  const stats = r.stdout.split("\n").filter((l) => l.includes("packets transmitted"));
  expect(stats).toEqual([
    "1 packets transmitted, 1 received, 0% packet loss, time 0ms",
    "2 packets transmitted, 2 received, 0% packet loss, time 1000ms",
    "2 packets transmitted, 2 received, 0% packet loss, time 1000ms",
  ]);
});
