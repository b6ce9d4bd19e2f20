// awk over 100k lines must stay well under a second (the closure compiler's purpose).
import { expect, it } from "vitest";
import { World } from "../../src/index.js";
import { gawkMain } from "../../src/tools/gawk/gawk.js";

it("sums and counts 100k lines quickly", async () => {
  const lines: string[] = [];
  let sum = 0;
  let n = 0;
  for (let i = 0; i < 100_000; i++) {
    lines.push(`${i} ${i % 97} host${i % 10} 10.0.${i % 256}.${(i * 7) % 256}`);
    sum += i % 97;
    if (i % 256 === 1) n++;
  }
  const w = new World({ bare: true });
  w.host().fs.writeFile(undefined, "/", "/tmp/big", `${lines.join("\n")}\n`);
  const t0 = performance.now();
  const r = await w.runProgram(gawkMain, [
    "awk",
    '{ s += $2; c[$3]++; if ($4 ~ /^10\\.0\\.1\\./) n++ } END { print s, c["host3"], n, NR }',
    "/tmp/big",
  ]);
  const ms = performance.now() - t0;
  console.log(`awk 100k lines: ${ms.toFixed(0)} ms`);
  expect(r).toEqual({ stdout: `${sum} 10000 ${n} 100000\n`, stderr: "", status: 0 });
  expect(ms).toBeLessThan(1000);
});
