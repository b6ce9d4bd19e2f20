// The TCP/UDP socket model driven through the socket syscalls, in virtual
// time: handshake, orderly and simultaneous close, TIME_WAIT's 60 s, RST for a
// closed port, SYN retransmission and give-up times (measured on the kernel
// the goldens come from: tcp_syn_retries=1 fails at 3 s, the default at
// 131 s), data retransmission until tcp_retries2, RST on close with unread
// data, ICMP port unreachable on a connected UDP socket, bind conflicts and
// ephemeral ports. Each case asserts exact states, errnos and virtual times.
import { describe, expect, it } from "vitest";
import { World } from "../../src/index.js";
import type { Program } from "../../src/kernel/task/program.js";
import type { Task } from "../../src/kernel/task/task.js";
import { ERRNO } from "../../src/uapi/errno.js";
import { AF_INET, SO_REUSEADDR, SOCK_DGRAM, SOCK_STREAM, SOL_SOCKET, sockaddrIn, type SysResult } from "../../src/uapi/socket.js";
import {
  sysAccept,
  sysBind,
  sysClose,
  sysConnect,
  sysGetsockname,
  sysListen,
  sysRecv,
  sysSend,
  sysSetsockopt,
  sysShutdown,
  sysSocket,
} from "../../src/kernel/net/socket.js";
import { inetDiagDump } from "../../src/kernel/ipv4/inet_diag.js";
import { TCP_STATE_NAMES } from "../../src/kernel/ipv4/tcp_sock.js";
import { spawnAndWait } from "../../src/kernel/task/exec.js";
import { bashMain } from "../../src/shell/bash.js";

const LO = 0x7f000001;
const S = 1e9;
const enc = new TextEncoder();
const dec = new TextDecoder();

function val<T>(r: SysResult<T>): T {
  if (!r.ok) throw new Error(`errno ${r.errno}`);
  return r.value;
}

function states(t: Task): string[] {
  return inetDiagDump(t.netns, "tcp")
    .map((m) => `${TCP_STATE_NAMES[m.state]} ${m.sport}->${m.dport}`)
    .sort();
}

async function world(setup: string): Promise<World> {
  const w = new World({ bare: true, seed: 7 });
  const r = await w.run(setup);
  expect(r.stderr).toBe("");
  return w;
}

async function runIn(w: World, body: (t: Task) => Promise<void>): Promise<void> {
  const prog: Program = async (ctx) => {
    await body(ctx.task);
    return 0;
  };
  const r = await w.runProgram(prog, ["test"]);
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
}

/** A listener on 127.0.0.1:port and a connected client/server pair. */
async function pair(t: Task, port: number): Promise<{ c: number; s: number; l: number }> {
  const l = val(sysSocket(t, AF_INET, SOCK_STREAM));
  val(sysSetsockopt(t, l, SOL_SOCKET, SO_REUSEADDR, 1));
  val(sysBind(t, l, sockaddrIn(LO, port)));
  val(sysListen(t, l, 5));
  const c = val(sysSocket(t, AF_INET, SOCK_STREAM));
  val(await sysConnect(t, c, sockaddrIn(LO, port)));
  const s = val(await sysAccept(t, l)).fd;
  return { c, s, l };
}

describe("TCP state machine", () => {
  it("handshakes, carries data, and closes through FIN_WAIT2/CLOSE_WAIT to TIME_WAIT for 60 s", async () => {
    const w = await world("ip link set lo up\n");
    await runIn(w, async (t) => {
      const { c, s, l } = await pair(t, 9000);
      const cport = val(sysGetsockname(t, c)).port;
      expect(states(t)).toEqual([`ESTABLISHED 9000->${cport}`, `ESTABLISHED ${cport}->9000`, "LISTEN 9000->0"].sort());
      val(await sysSend(t, c, enc.encode("hello")));
      expect(dec.decode(val(await sysRecv(t, s)).data)).toBe("hello");
      val(await sysShutdown(t, c, 1));
      // The server ACKs our FIN 40 ms later (delayed ACK after a FIN)...
      expect(states(t)).toEqual([`CLOSE_WAIT 9000->${cport}`, `FIN_WAIT1 ${cport}->9000`, "LISTEN 9000->0"].sort());
      await t.sleep(40e6);
      expect(states(t)).toEqual([`CLOSE_WAIT 9000->${cport}`, `FIN_WAIT2 ${cport}->9000`, "LISTEN 9000->0"].sort());
      expect(val(await sysRecv(t, s)).data.length).toBe(0);
      val(sysClose(t, s));
      await t.sleep(1);
      expect(states(t)).toEqual([`TIME_WAIT ${cport}->9000`, "LISTEN 9000->0"].sort());
      val(sysClose(t, l));
      val(sysClose(t, c));
      const start = t.host.clock.now;
      await t.sleep(60 * S - 2);
      expect(states(t)).toEqual([`TIME_WAIT ${cport}->9000`]);
      await t.sleep(10);
      expect(states(t)).toEqual([]);
      expect(t.host.clock.now - start).toBe(60 * S + 8);
      void 0;
    });
  });

  it("simultaneous close: both FINs cross, both ends pass CLOSING into TIME_WAIT", async () => {
    const w = await world("ip link set lo up\n");
    await runIn(w, async (t) => {
      const { c, s, l } = await pair(t, 9001);
      val(sysClose(t, l));
      // Both closes happen at the same virtual instant, before either FIN is delivered.
      t.closeFd(c);
      t.closeFd(s);
      expect(states(t).map((x) => x.split(" ")[0])).toEqual(["FIN_WAIT1", "FIN_WAIT1"]);
      await t.sleep(1);
      expect(states(t).map((x) => x.split(" ")[0])).toEqual(["TIME_WAIT", "TIME_WAIT"]);
    });
  });

  it("answers a SYN to a closed port with RST: ECONNREFUSED at once", async () => {
    const w = await world("ip link set lo up\n");
    await runIn(w, async (t) => {
      const fd = val(sysSocket(t, AF_INET, SOCK_STREAM));
      const t0 = t.host.clock.now;
      const r = await sysConnect(t, fd, sockaddrIn(LO, 81));
      expect(r).toEqual({ ok: false, errno: ERRNO.ECONNREFUSED });
      expect(t.host.clock.now - t0).toBeLessThan(1000);
      expect(states(t)).toEqual([]);
    });
  });

  const BLACKHOLE =
    "ip link add v0 type veth peer name v1\nip addr add 10.9.0.1/24 dev v0\nip link set v0 up\nip link set v1 up\n" +
    "ip neigh add 10.9.0.9 lladdr 02:00:00:00:00:09 dev v0\n";

  it("retransmits an unanswered SYN and gives up at 3 s with tcp_syn_retries=1", async () => {
    const w = await world(`${BLACKHOLE}sysctl -qw net.ipv4.tcp_syn_retries=1\n`);
    await runIn(w, async (t) => {
      const fd = val(sysSocket(t, AF_INET, SOCK_STREAM));
      const t0 = t.host.clock.now;
      const r = await sysConnect(t, fd, sockaddrIn(0x0a090009, 80));
      expect(r).toEqual({ ok: false, errno: ERRNO.ETIMEDOUT });
      // The retransmit timer is a wheel timer: each of the three runs (1 s, 1 s, 1 s) comes up to one
      // level-1 bucket (32 ms) late, and the give-up is checked when it runs.
      const took = t.host.clock.now - t0;
      expect(took).toBeGreaterThanOrEqual(3 * S);
      expect(took).toBeLessThanOrEqual(3 * S + 3 * 32_000_000);
    });
  });

  it("gives up on a SYN after 131 s with the default tcp_syn_retries=6", async () => {
    const w = await world(BLACKHOLE);
    await runIn(w, async (t) => {
      const fd = val(sysSocket(t, AF_INET, SOCK_STREAM));
      const t0 = t.host.clock.now;
      const r = await sysConnect(t, fd, sockaddrIn(0x0a090009, 80));
      expect(r).toEqual({ ok: false, errno: ERRNO.ETIMEDOUT });
      // 131 s of timeouts, each run late by its wheel level's granularity: 32 ms up to 2 s (level 1),
      // 256 ms for 4-16 s (level 2), 2.048 s for 32 and 64 s (level 3).
      const took = t.host.clock.now - t0;
      expect(took).toBeGreaterThanOrEqual(131 * S);
      expect(took).toBeLessThanOrEqual(131 * S + 6 * 32_000_000 + 3 * 256_000_000 + 2 * 2_048_000_000);
    });
  });

  it("a connect bounded by a timeout reports EINPROGRESS at that time (nc -w)", async () => {
    const w = await world(BLACKHOLE);
    await runIn(w, async (t) => {
      const fd = val(sysSocket(t, AF_INET, SOCK_STREAM));
      const t0 = t.host.clock.now;
      const r = await sysConnect(t, fd, sockaddrIn(0x0a090009, 80), { timeoutNs: 1.5 * S });
      expect(r).toEqual({ ok: false, errno: ERRNO.EINPROGRESS });
      expect(t.host.clock.now - t0).toBe(1.5 * S);
      expect(states(t)[0]!.startsWith("SYN_SENT")).toBe(true);
    });
  });

  it("retransmits data to a vanished peer and fails with ETIMEDOUT after tcp_retries2", async () => {
    const w = await world(
      "ip netns add b\nip link add v0 type veth peer name v1 netns b\nip addr add 10.9.0.1/24 dev v0\nip link set v0 up\n" +
        "ip -n b addr add 10.9.0.2/24 dev v1\nip -n b link set v1 up\nsysctl -qw net.ipv4.tcp_retries2=3\n" +
        "ip netns exec b nc -l 7000 > /dev/null &\nsleep 0.1\n",
    );
    await runIn(w, async (t) => {
      const fd = val(sysSocket(t, AF_INET, SOCK_STREAM));
      val(await sysConnect(t, fd, sockaddrIn(0x0a090002, 7000)));
      // The peer's MAC changes under us: every segment now goes nowhere.
      const st = await spawnAndWait(t, {
        argv: ["bash", "-c", "ip neigh replace 10.9.0.2 lladdr 02:00:00:00:00:09 dev v0 nud permanent"],
        env: new Map([["PATH", "/usr/sbin:/usr/bin:/sbin:/bin"]]),
        program: bashMain,
      });
      expect(st).toBe(0);
      const t0 = t.host.clock.now;
      val(await sysSend(t, fd, enc.encode("lost")));
      const r = await sysRecv(t, fd);
      expect(r).toEqual({ ok: false, errno: ERRNO.ETIMEDOUT });
      // tcp_model_timeout(3, 200 ms) = 3 s; the RTO doubles 200, 400, 800, 1600 ms: given up at 3.0 s.
      const took = (t.host.clock.now - t0) / S;
      expect(took).toBeGreaterThanOrEqual(3);
      expect(took).toBeLessThan(3.2);
    });
  });

  it("close() with unread data sends RST: the peer's next call fails with ECONNRESET", async () => {
    const w = await world("ip link set lo up\n");
    await runIn(w, async (t) => {
      const { c, s } = await pair(t, 9002);
      val(await sysSend(t, c, enc.encode("unread")));
      t.closeFd(s);
      await t.sleep(1);
      expect(await sysRecv(t, c)).toEqual({ ok: false, errno: ERRNO.ECONNRESET });
    });
  });

  it("bind conflicts give EADDRINUSE unless both sockets set SO_REUSEADDR (not for two listeners)", async () => {
    const w = await world("ip link set lo up\n");
    await runIn(w, async (t) => {
      const a = val(sysSocket(t, AF_INET, SOCK_STREAM));
      val(sysBind(t, a, sockaddrIn(0, 7100)));
      const b = val(sysSocket(t, AF_INET, SOCK_STREAM));
      expect(sysBind(t, b, sockaddrIn(LO, 7100))).toEqual({ ok: false, errno: ERRNO.EADDRINUSE });
      const u1 = val(sysSocket(t, AF_INET, SOCK_DGRAM));
      val(sysBind(t, u1, sockaddrIn(0, 7100)));
      const u2 = val(sysSocket(t, AF_INET, SOCK_DGRAM));
      expect(sysBind(t, u2, sockaddrIn(0, 7100))).toEqual({ ok: false, errno: ERRNO.EADDRINUSE });
      expect(sysBind(t, u2, sockaddrIn(0x0a000001, 7101))).toEqual({ ok: false, errno: ERRNO.EADDRNOTAVAIL });
    });
  });

  it("picks even ephemeral ports in ip_local_port_range for connect()", async () => {
    const w = await world("ip link set lo up\nsysctl -qw net.ipv4.ip_local_port_range='40000 40009'\n");
    await runIn(w, async (t) => {
      const l = val(sysSocket(t, AF_INET, SOCK_STREAM));
      val(sysBind(t, l, sockaddrIn(LO, 9003)));
      val(sysListen(t, l, 16));
      const ports: number[] = [];
      for (let i = 0; i < 5; i++) {
        const c = val(sysSocket(t, AF_INET, SOCK_STREAM));
        val(await sysConnect(t, c, sockaddrIn(LO, 9003)));
        ports.push(val(sysGetsockname(t, c)).port);
      }
      expect(new Set(ports).size).toBe(5);
      for (const p of ports) {
        expect(p).toBeGreaterThanOrEqual(40000);
        expect(p).toBeLessThanOrEqual(40009);
        expect(p % 2).toBe(0);
      }
    });
  });
});

describe("UDP", () => {
  it("a connected socket learns ECONNREFUSED from ICMP port unreachable", async () => {
    const w = await world("ip link set lo up\n");
    await runIn(w, async (t) => {
      const fd = val(sysSocket(t, AF_INET, SOCK_DGRAM));
      val(await sysConnect(t, fd, sockaddrIn(LO, 9999)));
      val(await sysSend(t, fd, enc.encode("x")));
      expect(await sysRecv(t, fd, { timeoutNs: S })).toEqual({ ok: false, errno: ERRNO.ECONNREFUSED });
    });
  });

  it("delivers datagrams with their source to a bound socket", async () => {
    const w = await world("ip link set lo up\n");
    await runIn(w, async (t) => {
      const srv = val(sysSocket(t, AF_INET, SOCK_DGRAM));
      val(sysBind(t, srv, sockaddrIn(0, 5000)));
      const cl = val(sysSocket(t, AF_INET, SOCK_DGRAM));
      val(await sysSend(t, cl, enc.encode("ping"), sockaddrIn(LO, 5000)));
      const r = val(await sysRecv(t, srv, { timeoutNs: S }));
      expect(dec.decode(r.data)).toBe("ping");
      expect(r.from).toEqual(sockaddrIn(LO, val(sysGetsockname(t, cl)).port));
    });
  });
});
