// The default world's surroundings: what a VM booted with QEMU's user
// networking (slirp) sees behind its eth0 (10.0.2.15/24, default via
// 10.0.2.2, nameserver 10.0.2.3), made of ordinary hosts instead of magic.
//
//   nslab eth0 ── switch "lan" ── eth0 gateway eth1 ── switch "internet" ── eth0 example.com …
//   10.0.2.15/24                  10.0.2.2/24     203.0.113.1/24                 203.0.113.10/24
//                                 10.0.2.3/24 (resolver)
//
// The gateway forwards (net.ipv4.ip_forward=1) and MASQUERADEs what the LAN
// sends out of eth1, and answers DNS on 10.0.2.3:53 from /etc/dns/zone
// (services/dns, started by the boot script as /usr/local/sbin/nslab-dns). The public hosts use documentation prefixes only
// (RFC 5737), so no name or address here belongs to anyone real; example.com
// serves the text of the IANA "Example Domain" page with python3 -m http.server.
// Everything is set up by the real commands, run on each host's own shell
// at boot (the world's boot queue); nothing leaves the process.
//
// The extra hosts draw MACs, ids and ports from their own RNGs (seeded from
// the world's seed), so the default host's random draws are the ones it
// had before the internet existed. They run with IPv6 disabled, so the LAN
// carries nothing the default host did not itself send or ask for.

import { Rng } from "../sim/rng.js";
import { NS_PER_MS } from "../sim/clock.js";
import type { CableOptions } from "./underlay/cable.js";
import type { Host } from "../kernel/host.js";
import { nslabDnsMain } from "../services/dns/server.js";
import { NullFile } from "../kernel/task/file.js";

/** A public host: its name, address, and what it serves. */
export interface PublicHost {
  name: string;
  address: string;
  /** Extra names the resolver gives the same address. */
  aliases?: string[];
  /** Files to write before boot: path → content. */
  files?: Record<string, string>;
  /** Commands its startup runs after addressing (servers). */
  startup?: string;
}

export const LAN_SWITCH = "lan";
export const INTERNET_SWITCH = "internet";
export const GATEWAY = "gateway";
export const GATEWAY_LAN = "10.0.2.2";
export const RESOLVER = "10.0.2.3";
export const GATEWAY_WAN = "203.0.113.1";
export const UPLINK_DELAY = 5 * NS_PER_MS;
export const ZONE_FILE = "/etc/dns/zone";
/** The resolver's command, installed on the gateway only. */
export const DNS_SERVER = "/usr/local/sbin/nslab-dns";

/** The IANA "Example Domain" page as example.com serves it. */
export const EXAMPLE_DOMAIN_HTML = `<!doctype html>
<html>
<head>
    <title>Example Domain</title>

    <meta charset="utf-8" />
    <meta http-equiv="Content-type" content="text/html; charset=utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <style type="text/css">
    body {
        background-color: #f0f0f2;
        margin: 0;
        padding: 0;
        font-family: -apple-system, system-ui, BlinkMacSystemFont, "Segoe UI", "Open Sans", "Helvetica Neue", Helvetica, Arial, sans-serif;
        
    }
    div {
        width: 600px;
        margin: 5em auto;
        padding: 2em;
        background-color: #fdfdff;
        border-radius: 0.5em;
        box-shadow: 2px 3px 7px 2px rgba(0,0,0,0.02);
    }
    a:link, a:visited {
        color: #38488f;
        text-decoration: none;
    }
    @media (max-width: 700px) {
        div {
            margin: 0 auto;
            width: auto;
        }
    }
    </style>    
</head>

<body>
<div>
    <h1>Example Domain</h1>
    <p>This domain is for use in illustrative examples in documents. You may use this
    domain in literature without prior coordination or asking for permission.</p>
    <p><a href="https://www.iana.org/domains/example">More information...</a></p>
</div>
</body>
</html>
`;

const WWW = "/var/www/html";

export const PUBLIC_HOSTS: readonly PublicHost[] = [
  {
    name: "example.com",
    address: "203.0.113.10",
    aliases: ["www.example.com"],
    files: { [`${WWW}/index.html`]: EXAMPLE_DOMAIN_HTML },
    startup: `cd ${WWW} && python3 -m http.server 80 >/dev/null 2>&1 &\n`,
  },
  {
    name: "example.org",
    address: "203.0.113.11",
    aliases: ["www.example.org"],
    files: { [`${WWW}/index.html`]: EXAMPLE_DOMAIN_HTML },
    startup: `cd ${WWW} && python3 -m http.server 80 >/dev/null 2>&1 &\n`,
  },
  { name: "example.net", address: "203.0.113.12", aliases: ["www.example.net"] },
];

/** What the world needs from its builder (a subset of World, to avoid an import cycle). */
export interface InternetWorld {
  readonly seed: number;
  addHost(name: string, opts: { bare?: boolean; rng?: Rng }): Host;
  addSwitch(name: string): unknown;
  connect(a: string | Host, aPort: string | undefined, b: string | Host, bPort?: string, opts?: CableOptions): unknown;
  readonly bootQueue: { host: string; what: string; script: string }[];
}

/** A seed for an extra host's RNG, from the world's seed and the host's name (FNV-1a). */
function hostSeed(seed: number, name: string): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (const c of name) h = Math.imul(h ^ c.charCodeAt(0), 0x01000193) >>> 0;
  return h;
}

const QUIET_IPV6 = "sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1\n";

/** The zone the resolver answers from (hosts format). */
export function zoneText(): string {
  let z = "# names the resolver at 10.0.2.3 answers for (hosts format)\n";
  z += `${GATEWAY_LAN}\tgateway\n`;
  for (const p of PUBLIC_HOSTS) z += `${p.address}\t${[p.name, ...(p.aliases ?? [])].join(" ")}\n`;
  return z;
}

/** Builds the LAN, the gateway and the public hosts around `home`'s eth0 and queues their boot. */
export function buildInternet(world: InternetWorld, home: Host): void {
  const add = (name: string) => world.addHost(name, { bare: true, rng: new Rng(hostSeed(world.seed, name)) });
  world.addSwitch(LAN_SWITCH);
  world.addSwitch(INTERNET_SWITCH);
  world.connect(home, "eth0", LAN_SWITCH);
  const gw = add(GATEWAY);
  world.connect(gw, "eth0", LAN_SWITCH);
  // The uplink is where the distance is: 5 ms each way, so round trips past the gateway take 10 ms.
  world.connect(gw, "eth1", INTERNET_SWITCH, undefined, { delay: UPLINK_DELAY });
  gw.fs.mkdirp("/etc/dns");
  gw.fs.writeFile(undefined, "/", ZONE_FILE, zoneText());
  world.bootQueue.push({
    host: GATEWAY,
    what: "internet",
    script:
      QUIET_IPV6 +
      "ip link set dev lo up\n" +
      `ip link set dev eth0 up\nip addr add ${GATEWAY_LAN}/24 dev eth0\nip addr add ${RESOLVER}/24 dev eth0\n` +
      `ip link set dev eth1 up\nip addr add ${GATEWAY_WAN}/24 dev eth1\n` +
      "sysctl -qw net.ipv4.ip_forward=1\n" +
      "iptables -t nat -A POSTROUTING -s 10.0.2.0/24 -o eth1 -j MASQUERADE\n" +
      `${DNS_SERVER} ${RESOLVER} ${ZONE_FILE} </dev/null >/dev/null 2>&1 &\n`,
  });
  gw.programs.set("nslab-dns", nslabDnsMain);
  gw.fs.mknod(DNS_SERVER, { typeChar: "-", mode: 0o755, program: "nslab-dns", size: 0, open: () => new NullFile() });
  for (const p of PUBLIC_HOSTS) {
    const h = add(p.name);
    world.connect(h, "eth0", INTERNET_SWITCH);
    for (const [path, content] of Object.entries(p.files ?? {})) {
      h.fs.mkdirp(path.slice(0, path.lastIndexOf("/")));
      h.fs.writeFile(undefined, "/", path, content);
    }
    world.bootQueue.push({
      host: p.name,
      what: "internet",
      script:
        QUIET_IPV6 +
        "ip link set dev lo up\n" +
        `ip link set dev eth0 up\nip addr add ${p.address}/24 dev eth0\nip route add default via ${GATEWAY_WAN}\n` +
        (p.startup ?? ""),
    });
  }
}
