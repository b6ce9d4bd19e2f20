// An endless awk loop cannot be interrupted while it runs synchronously, so it is
// stopped after a budget instead of freezing the simulation (a known difference from gawk).
import { expect, it } from "vitest";
import { World } from "../../src/index.js";
import { gawkMain } from "../../src/tools/gawk/gawk.js";

it("stops an endless loop with a fatal error", async () => {
  const w = new World({ bare: true });
  const r = await w.runProgram(gawkMain, ["awk", "BEGIN { while (1) ; }"]);
  expect(r).toEqual({
    stdout: "",
    stderr: "awk: cmd. line:1: fatal: nslab: loop ran 20000000 iterations without reading input; stopped\n",
    status: 2,
  });
}, 20000);
