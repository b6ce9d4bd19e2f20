// The DNS wire format against real bytes: glibc's own queries (logged by the
// sandbox server in cases/glibc-against-nslab-replies.out, see record.sh)
// parse and re-emit byte for byte, our resolver builds the same query glibc
// does, and the replies our server emits are the ones glibc was shown (and
// accepted: `getent hosts example.com` printed the address).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { answer, parseZone } from "../../src/services/dns/server.js";
import { CLASS_IN, RCODE_NXDOMAIN, TYPE_A, TYPE_AAAA, TYPE_PTR, dnsMessage, emitDns, parseDns, reverseName4 } from "../../src/wire/dns.js";

const rec = readFileSync(join(__dirname, "cases/glibc-against-nslab-replies.out"), "utf8");
const queries = [...new Set(rec.split("--- queries\n")[1]!.split("\n").filter((l) => /^[0-9a-f]+$/.test(l)))];
const hex = (b: Uint8Array) => [...b].map((x) => x.toString(16).padStart(2, "0")).join("");
const bytes = (h: string) => Uint8Array.from(h.match(/../g)!.map((x) => parseInt(x, 16)));
const ZONE = parseZone("203.0.113.10 example.com www.example.com\n");
// What record.sh served (emit-replies.ts at recording time).
const SERVED_A = "000085800001000100000000076578616d706c6503636f6d0000010001c00c00010001000000000004cb00710a";
const SERVED_NX = "000085830001000000000000066e6f73756368076578616d706c650000010001";

describe("glibc's queries", () => {
  test("were logged", () => {
    expect(queries.length).toBeGreaterThanOrEqual(4);
    expect(rec).toContain("$ getent hosts example.com\n203.0.113.10    example.com\nrc=0\n");
  });
  test.each(queries)("%s parses and re-emits identically", (h) => {
    const p = parseDns(bytes(h));
    expect(p.ok).toBe(true);
    if (!p.ok) return;
    const m = p.repr;
    expect(m.response).toBe(false);
    expect(m.recursionDesired).toBe(true);
    expect(m.questions).toHaveLength(1);
    expect(["example.com", "nosuch.example"]).toContain(m.questions[0]!.name);
    expect([TYPE_A, TYPE_AAAA]).toContain(m.questions[0]!.type);
    expect(hex(emitDns(m))).toBe(h);
    // The resolver's own query for the same id and question is glibc's.
    expect(hex(emitDns(dnsMessage({ id: m.id, recursionDesired: true, questions: m.questions })))).toBe(h);
  });
});

describe("server replies", () => {
  test("A and NXDOMAIN are the bytes glibc accepted", () => {
    for (const [name, want] of [["example.com", SERVED_A], ["nosuch.example", SERVED_NX]] as const) {
      const q = dnsMessage({ id: 0, recursionDesired: true, questions: [{ name, type: TYPE_A, class: CLASS_IN }] });
      expect(hex(emitDns(answer(ZONE, q)!))).toBe(want);
    }
    expect(rec).toContain("ping: nosuch.example: Name or service not known\nrc=2\n");
  });
  test("reply for a logged glibc query keeps its id; parse reads the compressed answer", () => {
    const q = parseDns(bytes(queries.find((h) => h.endsWith("636f6d0000010001"))!));
    if (!q.ok) throw new Error("parse");
    const r = parseDns(emitDns(answer(ZONE, q.repr)!));
    if (!r.ok) throw new Error("parse");
    expect(r.repr.id).toBe(q.repr.id);
    expect(r.repr.answers).toEqual([{ name: "example.com", type: TYPE_A, class: CLASS_IN, ttl: 0, addr: 0xcb00710a, rdata: bytes("cb00710a") }]);
  });
  test("PTR, NODATA, NXDOMAIN", () => {
    const ask = (name: string, type: number) => answer(ZONE, dnsMessage({ id: 7, questions: [{ name, type, class: CLASS_IN }] }))!;
    const ptr = parseDns(emitDns(ask(reverseName4(0xcb00710a), TYPE_PTR)));
    expect(ptr.ok && ptr.repr.answers[0]!.target).toBe("example.com");
    const nodata = ask("www.example.com", TYPE_AAAA);
    expect([nodata.rcode, nodata.answers.length]).toEqual([0, 0]);
    expect(ask("EXAMPLE.org", TYPE_A).rcode).toBe(RCODE_NXDOMAIN);
    expect(ask("EXAMPLE.COM", TYPE_A).answers).toHaveLength(1);
  });
});

describe("parser robustness", () => {
  test("truncated and pointer loops fail instead of throwing or spinning", () => {
    expect(parseDns(new Uint8Array(5))).toEqual({ ok: false, error: "truncated" });
    const loop = bytes("000100000001000000000000c00c00010001");
    expect(parseDns(loop)).toEqual({ ok: false, error: "malformed" });
    expect(parseDns(bytes(SERVED_A).subarray(0, 40)).ok).toBe(false);
  });
});
