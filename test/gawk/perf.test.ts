// awk over 100k lines: a correctness check at scale (speed is a bench/ matter, not a test).
import { expect, it } from "vitest";
import { World } from "../../src/index.js";
import { gawkMain } from "../../src/tools/gawk/gawk.js";

it("sums and counts 100k lines", async () => {
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
  const r = await w.runProgram(gawkMain, [
    "awk",
    '{ s += $2; c[$3]++; if ($4 ~ /^10\\.0\\.1\\./) n++ } END { print s, c["host3"], n, NR }',
    "/tmp/big",
  ]);
  expect(r).toEqual({ stdout: `${sum} 10000 ${n} 100000\n`, stderr: "", status: 0 });
});
