// Prints (hex, space separated) the replies nslab's DNS server gives to id-0
// queries for example.com and nosuch.example, for record.sh.
import { answer, parseZone } from "../../src/services/dns/server.js";
import { CLASS_IN, TYPE_A, dnsMessage, emitDns } from "../../src/wire/dns.js";

export const ZONE = "203.0.113.10 example.com www.example.com\n";
const hex = (b: Uint8Array) => [...b].map((x) => x.toString(16).padStart(2, "0")).join("");
const out: string[] = [];
for (const name of ["example.com", "nosuch.example"]) {
  const q = dnsMessage({ id: 0, recursionDesired: true, questions: [{ name, type: TYPE_A, class: CLASS_IN }] });
  out.push(hex(emitDns(answer(parseZone(ZONE), q)!)));
}
console.log(out.join(" "));
