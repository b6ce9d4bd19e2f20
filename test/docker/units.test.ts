// IPAM (default pools, gateways, lowest free address, --ip-range), names and
// ids, -p parsing, and network inspect's document.

import { describe, expect, it } from "vitest";
import { World } from "../../src/index.js";
import { AddressSpace, allocateSubnet, fmtIp, fmtPrefix, parsePrefix } from "../../src/container/docker/ipam.js";
import { randomId } from "../../src/container/docker/ids.js";
import { LEFT, RIGHT, uniqueName } from "../../src/container/docker/names.js";
import { Rng } from "../../src/sim/rng.js";
import { parsePublish } from "../../src/tools/docker-cli/docker.js";

describe("IPAM", () => {
  it("hands out 172.17/16 … 172.31/16, then 192.168.x.0/20", () => {
    const used: ReturnType<typeof allocateSubnet>[] = [];
    const got: string[] = [];
    for (let i = 0; i < 17; i++) {
      const s = allocateSubnet(used.map((u) => u!))!;
      used.push(s);
      got.push(fmtPrefix(s));
    }
    expect(got.slice(0, 3)).toEqual(["172.17.0.0/16", "172.18.0.0/16", "172.19.0.0/16"]);
    expect(got.slice(14)).toEqual(["172.31.0.0/16", "192.168.0.0/20", "192.168.16.0/20"]);
  });

  it("skips pools overlapping a user subnet", () => {
    expect(fmtPrefix(allocateSubnet([parsePrefix("172.17.0.0/16")!, parsePrefix("172.18.5.0/24")!])!)).toBe("172.19.0.0/16");
  });

  it("lowest free address, gateway reserved, released addresses reused, ranges honoured", () => {
    const a = new AddressSpace(parsePrefix("10.1.0.0/24")!, (10 << 24 | 1 << 16 | 1) >>> 0, undefined);
    expect([a.allocate(), a.allocate()].map((x) => fmtIp(x!))).toEqual(["10.1.0.2", "10.1.0.3"]);
    a.release((10 << 24 | 1 << 16 | 2) >>> 0);
    expect(fmtIp(a.allocate()!)).toBe("10.1.0.2");
    const r = new AddressSpace(parsePrefix("10.1.0.0/24")!, (10 << 24 | 1 << 16 | 1) >>> 0, parsePrefix("10.1.0.128/25"));
    expect(fmtIp(r.allocate()!)).toBe("10.1.0.128");
  });
});

describe("names and ids", () => {
  it("64-hex ids whose short form is not all digits", () => {
    const rng = new Rng(1);
    for (let i = 0; i < 50; i++) {
      const id = randomId(rng);
      expect(id).toMatch(/^[0-9a-f]{64}$/);
      expect(id.slice(0, 12)).not.toMatch(/^[0-9]+$/);
    }
  });
  it("adjective_surname, unique, never boring_wozniak", () => {
    const rng = new Rng(2);
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const n = uniqueName(rng, (x) => seen.has(x));
      expect(seen.has(n)).toBe(false);
      seen.add(n);
      const [l, r] = n.replace(/\d$/, "").split("_");
      expect(LEFT).toContain(l);
      expect(RIGHT).toContain(r);
      expect(n).not.toBe("boring_wozniak");
    }
  });
});

describe("-p", () => {
  it("forms", () => {
    expect(parsePublish("8080:80")).toEqual([{ proto: "tcp", containerPort: 80, hostIp: "", hostPort: 8080 }]);
    expect(parsePublish("127.0.0.1:53:53/udp")).toEqual([{ proto: "udp", containerPort: 53, hostIp: "127.0.0.1", hostPort: 53 }]);
    expect(parsePublish("80")).toEqual([{ proto: "tcp", containerPort: 80, hostIp: "", hostPort: 0 }]);
    expect(parsePublish("8000-8001:80-81")).toEqual([
      { proto: "tcp", containerPort: 80, hostIp: "", hostPort: 8000 },
      { proto: "tcp", containerPort: 81, hostIp: "", hostPort: 8001 },
    ]);
    expect(parsePublish("x:80")).toBe("invalid containerPort: x:80");
  });
});

describe("network commands", () => {
  it("create picks the next pool and names the bridge br-<id>", async () => {
    const w = new World({ seed: 3 });
    const r = await w.run("id=$(docker network create n1)\nip -4 -o addr show dev br-${id:0:12} | awk '{print $2, $4}'\ndocker network inspect -f '{{range .IPAM.Config}}{{.Subnet}} {{.Gateway}}{{end}}' n1");
    const id = r.stdout.split("\n")[0];
    void id;
    expect(r.stdout).toMatch(/^br-[0-9a-f]{12} 172\.18\.0\.1\/16\n172\.18\.0\.0\/16 172\.18\.0\.1\n$/);
  });

  it("inspect prints Docker's JSON (4-space indent)", async () => {
    const w = new World({ seed: 3 });
    const r = await w.run("docker network create --subnet 10.9.0.0/24 --ip-range 10.9.0.128/25 -o com.docker.network.bridge.name=lab lab >/dev/null\ndocker run -d --network lab --name c busybox sleep 99 >/dev/null\ndocker network inspect lab");
    const doc = JSON.parse(r.stdout)[0];
    expect(r.stdout).toContain('\n        "Name": "lab",\n');
    expect(doc.IPAM.Config).toEqual([{ Subnet: "10.9.0.0/24", IPRange: "10.9.0.128/25", Gateway: "10.9.0.1" }]);
    expect(Object.values(doc.Containers).map((c: any) => [c.Name, c.IPv4Address])).toEqual([["c", "10.9.0.128/24"]]);
    expect(doc.Options).toEqual({ "com.docker.network.bridge.name": "lab" });
  });

  it("rm of a network in use, and of an unknown one", async () => {
    const w = new World({ seed: 3 });
    const r = await w.run("docker network create n >/dev/null\ndocker run -d --network n --name c busybox sleep 99 >/dev/null\ndocker network rm n; echo $?\ndocker network rm nope; echo $?");
    expect(r.stderr).toBe(
      "Error response from daemon: error while removing network: network n has active endpoints (c)\nError response from daemon: network nope not found\n",
    );
    expect(r.stdout).toBe("1\n1\n");
  });
});
