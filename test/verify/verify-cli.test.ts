// `nslab verify` end to end, with the kernel side replaced by a recorded
// transcript (so this runs without root); the real kernel runs in
// test/golden/golden.test.ts when the suite runs as root.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runVerify } from "../../src/cli/verify.js";

const dir = mkdtempSync(join(tmpdir(), "nslab-verify-"));
const script = join(dir, "s.sh");
writeFileSync(script, 'echo "out"\necho "err" >&2\nexit 3\n');

async function verify(argv: string[], kernelOutput = "out\nerr\n", status = 3) {
  let stdout = "";
  let stderr = "";
  const code = await runVerify(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) }, {
    kernel: async () => ({ output: kernelOutput, status }),
  });
  return { stdout, stderr, code };
}

describe("nslab verify", () => {
  it("prints identical and exits 0 when the masked transcripts agree", async () => {
    expect(await verify([script])).toEqual({ stdout: "identical\n", stderr: "", code: 0 });
  });

  it("masks the kernel's randomness before comparing", async () => {
    const s = join(dir, "mac.sh");
    // the MAC is computed, not written in the script: a random one stands for it
    writeFileSync(s, "echo \"link/ether 5a:00:00:00:00:0$((1))\"\n");
    expect((await verify([s], "link/ether 7e:2d:7c:7f:c5:a6\n", 0)).stdout).toBe("identical\n");
    // a MAC written in the script is the script's choice: compared as it is
    writeFileSync(s, "echo 'link/ether 5a:00:00:00:00:01'\n");
    expect((await verify([s], "link/ether 7e:2d:7c:7f:c5:a6\n", 0)).code).toBe(1);
  });

  it("prints the unified diff and exits 1 when they differ", async () => {
    expect(await verify([script], "out\nERR\n")).toEqual({
      stdout: "--- kernel\n+++ nslab\n@@ -1,3 +1,3 @@\n out\n-ERR\n+err\n [exit 3]\n",
      stderr: "",
      code: 1,
    });
    expect((await verify([script], "out\nerr\n", 0)).stdout).toContain("-[exit 0]\n+[exit 3]\n");
  });

  it("--keep prints both raw transcripts first", async () => {
    expect((await verify(["--keep", script])).stdout).toBe(
      "=== kernel (raw)\nout\nerr\n[exit 3]\n=== nslab (raw)\nout\nerr\n[exit 3]\nidentical\n",
    );
  });

  it("names each script when given several", async () => {
    expect((await verify([script, script])).stdout).toBe(`${script}: identical\n${script}: identical\n`);
  });

  it("--seed changes the nslab world", async () => {
    expect((await verify(["--seed", "7", script])).code).toBe(0);
    expect(await verify(["--seed", "x", script])).toEqual({
      stdout: "",
      stderr: "nslab verify: invalid seed 'x': expected an integer from 0 to 4294967295\nTry 'nslab verify --help' for more information.\n",
      code: 2,
    });
  });

  it("reports usage mistakes in one line, exit 2", async () => {
    expect(await verify([])).toEqual({
      stdout: "",
      stderr: "nslab verify: no SCRIPT given\nTry 'nslab verify --help' for more information.\n",
      code: 2,
    });
    expect((await verify(["--frob", script])).stderr).toBe(
      "nslab verify: unrecognized option '--frob'\nTry 'nslab verify --help' for more information.\n",
    );
    expect(await verify([join(dir, "missing.sh")])).toEqual({
      stdout: "",
      stderr: `nslab verify: ${join(dir, "missing.sh")}: No such file or directory\n`,
      code: 2,
    });
  });

  it("--help", async () => {
    const r = await verify(["--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: nslab verify \[--seed N\] \[--keep\] \[--no-ipv6\] SCRIPT\.\.\.\n/);
  });
});
