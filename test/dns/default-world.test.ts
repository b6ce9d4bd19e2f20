// The default world end to end: names resolved by the resolver at 10.0.2.3,
// traffic through the gateway's MASQUERADE to the public hosts; NXDOMAIN,
// /etc/hosts first, an unreachable nameserver (the gateway's net unreachable
// ends the first try at once — glibc sets IP_RECVERR — and rate-limits the
// second's: 5 s) and one that refuses (its port unreachable is rate-limited
// after those errors too: 5 s). The DNS error texts
// and exit codes are those the real ping, curl and nc printed against the
// same replies in cases/glibc-against-nslab-replies.out; the rest of
// default-world.out is nslab's own transcript (the public hosts exist only
// here), checked by eye and kept so that it cannot drift unnoticed.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { World } from "../../src/world/world.js";

const read = (f: string) => readFileSync(join(__dirname, "cases", f), "utf8");

test("default world: example.com over DNS, the gateway and NAT", async () => {
  const w = new World();
  const r = await w.run(read("default-world.sh"), { scriptName: "default-world.sh" });
  expect(`${r.stdout}--- stderr\n${r.stderr}--- status ${r.status}\n`).toBe(read("default-world.out"));
  const kernel = read("glibc-against-nslab-replies.out");
  for (const line of ["ping: nosuch.example: Name or service not known", 'nc: getaddrinfo for host "nosuch.example" port 80: Name or service not known'])
    expect(kernel).toContain(line), expect(r.stderr).toContain(line);
}, 60_000);

test("the gateway masquerades: the public host sees the gateway's address", async () => {
  const w = new World();
  await w.run("curl -s -o /dev/null http://example.com/");
  const r = await w.run("conntrack -L 2>/dev/null | grep -c 'dport=80'; iptables -t nat -L POSTROUTING -nv | tail -1", { host: "gateway" });
  expect(r.stdout).toMatch(/^1\n\s+1\s+60 MASQUERADE .* eth1\s+10\.0\.2\.0\/24\s+0\.0\.0\.0\/0\s*\n$/);
});

test("bare world: no route to the nameserver, EAI_AGAIN at once (as before)", async () => {
  const w = new World({ bare: true });
  const r = await w.run("s=$SECONDS; ping -c1 example.com; echo rc=$?; curl -s http://example.com; echo rc=$?; nc -z example.com 80; echo rc=$? $((SECONDS - s))s");
  expect(r.stdout).toBe("rc=2\nrc=6\nrc=1 0s\n");
  expect(r.stderr).toBe(
    "ping: example.com: Temporary failure in name resolution\n" + 'nc: getaddrinfo for host "example.com" port 80: Temporary failure in name resolution\n',
  );
});

test("internet: false keeps the default host alone", async () => {
  const w = new World({ internet: false });
  expect([...w.hosts.keys()]).toEqual(["nslab"]);
  const r = await w.run("ping -c1 -W1 example.com; echo rc=$?");
  expect(r.stderr).toBe("ping: example.com: Temporary failure in name resolution\n");
});
