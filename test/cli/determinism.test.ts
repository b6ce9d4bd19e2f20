// One seed, one history: replaying a script with the same seed gives the same
// bytes every time; another seed gives other random numbers (MACs, $RANDOM).
import { describe, expect, it } from "vitest";
import { World } from "../../src/world/world.js";

const REPLAYS = 100;

async function run(script: string, seed: number) {
  return new World({ seed, bare: true }).run(script);
}

async function replays(script: string, seed: number): Promise<Set<string>> {
  const seen = new Set<string>();
  for (let i = 0; i < REPLAYS; i++) seen.add(JSON.stringify(await run(script, seed)));
  return seen;
}

describe("determinism", () => {
  it(`$RANDOM: ${REPLAYS} replays of one seed are identical, seeds differ`, async () => {
    const script = "echo $RANDOM $RANDOM $RANDOM $RANDOM\n";
    const first = await run(script, 1);
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/^(\d+ ){3}\d+\n$/);
    expect(await replays(script, 1)).toEqual(new Set([JSON.stringify(first)]));
    const other = await run(script, 2);
    expect(other.status).toBe(0);
    expect(other.stdout).not.toBe(first.stdout);
  });

  it(`veth MACs: ${REPLAYS} replays of one seed are identical, seeds differ`, async (ctx) => {
    const script = "ip link add v0 type veth peer name v1\nip link show v0\nip link show v1\n";
    const first = await run(script, 1);
    if (/command not found|not built/.test(first.stderr)) ctx.skip(); // until iproute2 and veth land
    expect(first.status).toBe(0);
    const macs = (s: string) => [...s.matchAll(/link\/ether ([0-9a-f:]{17})/g)].map((m) => m[1]);
    expect(macs(first.stdout)).toHaveLength(2);
    expect(await replays(script, 1)).toEqual(new Set([JSON.stringify(first)]));
    const other = await run(script, 2);
    expect(other.status).toBe(0);
    expect(macs(other.stdout)).not.toEqual(macs(first.stdout));
  });
});
