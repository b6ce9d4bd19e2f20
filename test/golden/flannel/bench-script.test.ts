// The golden bench-4x3.sh runs bench/scripts/flannel.sh (the script of bench
// case 7) at 4 hosts x 3 pods x 6 pairs on the kernel and on nslab: this checks
// that the golden holds the bench script verbatim, so the script the bench
// times is the one proven equal to Linux.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";

const root = join(__dirname, "../../..");

test("bench-4x3.sh holds bench/scripts/flannel.sh verbatim", () => {
  const golden = readFileSync(join(root, "test/golden/flannel/bench-4x3.sh"), "utf8");
  const script = readFileSync(join(root, "bench/scripts/flannel.sh"), "utf8");
  const start = "# --- bench/scripts/flannel.sh ---\n";
  const end = "# --- end ---\n";
  const a = golden.indexOf(start);
  const b = golden.indexOf(end);
  expect(a).toBeGreaterThan(0);
  expect(golden.slice(a + start.length, b)).toBe(script);
});
