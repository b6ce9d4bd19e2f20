// MDB membership timers (kernel/bridge/br_multicast.ts): a temporary group
// lives multicast_membership_interval (260 s) after it was added or last
// reported, a permanent one stays, and the MDB's lazy expiry drops a group
// only once its time has passed while the bridge ran. Too long to record on
// the kernel twice; the goldens (test/golden/bridge/mdb-*) pin the rest.
import { describe, expect, it } from "vitest";
import { World } from "../../src/world/world.js";

const SETUP = `ip link add br0 type bridge
ip netns add c1
ip netns exec c1 sysctl -qw net.ipv6.conf.all.disable_ipv6=1
ip link add v1 type veth peer name eth0 netns c1
ip link set v1 master br0
ip link set br0 up; ip link set v1 up
ip -n c1 link set eth0 up
bridge mdb add dev br0 port v1 grp 239.1.1.1
bridge mdb add dev br0 port v1 grp 239.1.1.2 permanent
bridge mdb add dev br0 port br0 grp 239.1.1.3
`;

describe("bridge MDB membership timers", () => {
  it("temporary groups go 260 s after they were added, permanent ones stay", async () => {
    const w = new World();
    const r = await w.run(`${SETUP}sleep 259
bridge -s mdb show | grep 239.1.1 | sed -E 's/temp +(0\\.9[0-9]|1\\.00)$/temp <1s/'
echo ---
sleep 2
bridge -s mdb show | grep 239.1.1
`);
    expect(r.stdout).toBe(
      "dev br0 port br0 grp 239.1.1.3 temp <1s\n" +
        "dev br0 port v1 grp 239.1.1.2 permanent    0.00\n" +
        "dev br0 port v1 grp 239.1.1.1 temp <1s\n" +
        "---\n" +
        "dev br0 port v1 grp 239.1.1.2 permanent    0.00\n",
    );
  });

  it("a group that ran out is entered anew at the head of the list", async () => {
    const w = new World();
    const r = await w.run(`${SETUP}sleep 261
bridge mdb add dev br0 port v1 grp 239.1.1.1
bridge mdb add dev br0 port v1 grp 239.1.1.4
bridge mdb show | grep 239.1.1
`);
    expect(r.stdout).toBe(
      "dev br0 port v1 grp 239.1.1.4 temp\n" + "dev br0 port v1 grp 239.1.1.1 temp\n" + "dev br0 port v1 grp 239.1.1.2 permanent\n",
    );
  });
});
