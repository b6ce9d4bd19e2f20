// Seed 004 (/work/shared/seeds/004_*.txt) told through docker: two nginx
// containers on docker0, one veth each plugged into the bridge, eth0 inside with
// 172.17.0.x/16 and a default route via 172.17.0.1, pings between them and to
// the host. Names of veths and MACs are random (world RNG), so they are read
// back from the world and the listings are checked against them.

import { describe, expect, it } from "vitest";
import { World } from "../../src/index.js";

describe("seed 004: containers on docker0", () => {
  it("two nginx containers: veths on docker0, routes, pings", async () => {
    const w = new World({ seed: 4 });
    const run = (s: string) => w.run(s);
    let r = await run("docker run --name nginx-1 -d nginx:latest\ndocker run -d --name nginx-2 nginx");
    expect(r.status).toBe(0);
    const ids = r.stdout.trim().split("\n");
    expect(ids.map((i) => /^[0-9a-f]{64}$/.test(i))).toEqual([true, true]);

    r = await run("ip -o link show master docker0 | awk '{print $2}' | cut -d@ -f1");
    const veths = r.stdout.trim().split("\n");
    expect(veths.map((v) => /^veth[0-9a-f]{7}$/.test(v))).toEqual([true, true]);
    r = await run("brctl show");
    const mac = (await run("ip -br link show docker0")).stdout.split(/ +/)[2]!.replaceAll(":", "");
    const sorted = [...veths].sort();
    expect(r.stdout).toBe(
      `bridge name\tbridge id\t\tSTP enabled\tinterfaces\ndocker0\t\t8000.${mac}\tno\t\t${sorted[0]}\n\t\t\t\t\t\t\t${sorted[1]}\n`,
    );

    r = await run("docker exec nginx-1 route -n");
    expect(r.stdout).toBe(
      "Kernel IP routing table\n" +
        "Destination     Gateway         Genmask         Flags Metric Ref    Use Iface\n" +
        "0.0.0.0         172.17.0.1      0.0.0.0         UG    0      0        0 eth0\n" +
        "172.17.0.0      0.0.0.0         255.255.0.0     U     0      0        0 eth0\n",
    );
    r = await run("docker exec nginx-1 ip -4 -o addr show eth0 | awk '{print $4, $6}'");
    expect(r.stdout).toBe("172.17.0.2/16 172.17.255.255\n");

    r = await run("docker exec nginx-1 ping -c 2 172.17.0.3 | tail -2 | head -1");
    expect(r.stdout).toMatch(/^2 packets transmitted, 2 received, 0% packet loss/);
    r = await run("docker exec nginx-2 ping -c 1 172.17.0.1 | tail -2 | head -1");
    expect(r.stdout).toMatch(/^1 packets transmitted, 1 received, 0% packet loss/);
    r = await run("ping -c 1 172.17.0.2 | tail -2 | head -1");
    expect(r.stdout).toMatch(/^1 packets transmitted, 1 received, 0% packet loss/);

    r = await run("docker ps");
    expect(r.stdout).toBe(
      "CONTAINER ID   IMAGE          COMMAND                  CREATED        STATUS        PORTS     NAMES\n" +
        `${ids[1]!.slice(0, 12)}   nginx          "/docker-entrypoint.…"   1 second ago   Up 1 second   80/tcp    nginx-2\n` +
        `${ids[0]!.slice(0, 12)}   nginx:latest   "/docker-entrypoint.…"   1 second ago   Up 1 second   80/tcp    nginx-1\n`,
    );
    r = await run("docker inspect -f '{{.NetworkSettings.IPAddress}} {{.NetworkSettings.Gateway}} {{.NetworkSettings.IPPrefixLen}}' nginx-2");
    expect(r.stdout).toBe("172.17.0.3 172.17.0.1 16\n");
  });

  it("stopping a container takes its veth off the bridge", async () => {
    const w = new World({ seed: 4 });
    const r = await w.run("docker run -d --name a busybox sleep 1000 >/dev/null\nip -o link show master docker0 | wc -l\ndocker stop a\nip -o link show master docker0 | wc -l\ndocker ps -a --format x 2>/dev/null; docker inspect -f '{{.State.Status}} {{.State.ExitCode}}' a");
    // busybox's sleep is pid 1 and ignores SIGTERM: docker stop kills it after 10 s.
    expect(r.stdout).toBe("1\na\n0\nexited 137\n");
  });

  it("an image that cannot be pulled", async () => {
    const w = new World({ seed: 4 });
    const r = await w.run("docker run nope");
    expect(r.stderr).toBe(
      "Unable to find image 'nope:latest' locally\n" +
        "docker: Error response from daemon: pull access denied for nope, repository does not exist or may require 'docker login': denied: requested access to the resource is denied\n\n" +
        "Run 'docker run --help' for more information\n",
    );
    expect(r.status).toBe(125);
  });
});
