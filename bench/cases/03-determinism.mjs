// Determinism (a correctness check, not a timing): 100 replays of a script
// with random numbers give identical bytes for one seed and differ across
// seeds. Uses veth MACs once `ip link add … type veth` works, $RANDOM before.
import { result } from "../lib.mjs";

export const name = "determinism";

const VETH = "ip link add v0 type veth peer name v1\nip link show v0\nip link show v1\n";
const RANDOM = "echo $RANDOM $RANDOM $RANDOM $RANDOM\n";

export async function run(ctx) {
  const { World } = await import(ctx.lib);
  const go = (script, seed) => new World({ seed, bare: true }).run(script);
  const probe = await go(VETH, 1);
  const useVeth = probe.status === 0;
  const script = useVeth ? VETH : RANDOM;
  const first = JSON.stringify(await go(script, 1));
  let same = 0;
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < 100; i++) if (JSON.stringify(await go(script, 1)) === first) same++;
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const other = JSON.stringify(await go(script, 2));
  const firstOk = JSON.parse(first).status === 0;
  const differ = other !== first;
  return [
    result({
      case: `100 replays, one seed (${useVeth ? "veth MACs" : "$RANDOM"})`,
      value: `${same}/100 same${differ ? ", seeds differ" : ", SEEDS AGREE"}`,
      unit: "",
      target: "100/100, seeds differ",
      pass: firstOk && same === 100 && differ,
      kernel: "random on every boot",
      how: `${(ms / 100).toFixed(2)} ms per replay${firstOk ? "" : "; the script failed"}`,
    }),
  ];
}
