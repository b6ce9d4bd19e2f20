// Replays the device-model goldens (test/golden/{link,netns,sysctl,brctl,ethtool})
// on nslab and compares the masked transcripts with what the kernel printed.
// Recorded with `node scripts/record-golden.mjs test/golden/<dir>` (see
// test/golden/README.md). Cases that need a tool another package has not
// provided yet are reported by name in the failure diff, not skipped.

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compareMasked, maskedTranscript, replayOnNslab } from "../../src/verify/replay.js";

const ROOT = join(import.meta.dirname, "../golden");
const DIRS = ["link", "netns", "sysctl", "brctl", "ethtool"];

for (const dir of DIRS) {
  describe(`golden ${dir}`, () => {
    const files = readdirSync(join(ROOT, dir)).filter((f) => f.endsWith(".sh")).sort();
    for (const f of files) {
      it(f, async () => {
        const path = join(ROOT, dir, f);
        const script = readFileSync(path, "utf8");
        const expected = readFileSync(path.replace(/\.sh$/, ".expected"), "utf8");
        const got = maskedTranscript(await replayOnNslab(script), script);
        const c = compareMasked(expected, got);
        expect(c.diff).toBe("");
      });
    }
  });
}
