// Everything a differential test compares beyond a script's output: every
// namespace's drop counters and device counters, the clock (time, events
// run, timers made) and the next draws of the world's RNG. Used by tests that
// run one scenario with a fast path on and off (test/netdev/flood-aggregate,
// test/ipv4/route-cache-diff). Reading the RNG draws from it: call last.
import { World } from "../../src/world/world.js";
import { liveNets, netCore } from "../../src/kernel/core/net_namespace.js";
import { netDrops } from "../../src/kernel/core/dev.js";

export function worldState(world: World): string {
  const out: string[] = [];
  for (const host of world.hosts.values()) {
    for (const [k, net] of liveNets(host).entries()) {
      const core = netCore(net);
      out.push(`net ${k} drops ${JSON.stringify([...netDrops(net)].sort())}`);
      for (const dev of core.devices.values()) out.push(`  ${dev.name} ${dev.flags} ${JSON.stringify(dev.stats)}`);
    }
  }
  const clock = world.clock as unknown as { now: number; eventsRun: number; seq: number };
  out.push(`clock ${clock.now} ${clock.eventsRun} ${clock.seq}`);
  out.push(`rng ${world.rng.u32()} ${world.rng.u32()} ${world.rng.u32()}`);
  return out.join("\n");
}

/** Runs fn with a fast path switched by `set` to `on`, and back on afterwards. */
async function withSwitch<T>(set: (on: boolean) => void, on: boolean, fn: () => Promise<T>): Promise<T> {
  set(on);
  try {
    return await fn();
  } finally {
    set(true);
  }
}

/**
 * Runs `text` in a new bare world with a fast path switched by `set` to `on`
 * (back on afterwards), under `limits` and/or an event limit `maxEvents`, and
 * returns everything observable as one string: status, output, and worldState.
 */
export function observeWith(text: string, set: (on: boolean) => void, on: boolean, opts: { seed: number; maxEvents?: number; limits?: { maxEvents?: number; maxCommands?: number } }): Promise<string> {
  return withSwitch(set, on, async () => {
    const limits = { ...opts.limits, ...(opts.maxEvents ? { maxEvents: opts.maxEvents } : {}) };
    const world = new World({ seed: opts.seed, bare: true, limits });
    const r = await world.run(text);
    return [`status ${r.status}`, r.stdout, r.stderr, worldState(world)].join("\n");
  });
}

/**
 * Runs `text` (which leaves a background loop going) in a new bare world with
 * a fast path switched by `set` to `on`, then four world.step(step) calls:
 * the output and worldState after each, as one string.
 */
export function observeSteps(text: string, set: (on: boolean) => void, on: boolean, step: number): Promise<string> {
  return withSwitch(set, on, async () => {
    const w = new World({ seed: 3, bare: true });
    const r = await w.run(text);
    const out = [r.stdout, r.stderr, String(r.status)];
    for (let k = 0; k < 4; k++) {
      await w.step(step);
      out.push(worldState(w));
    }
    return out.join("\n");
  });
}
