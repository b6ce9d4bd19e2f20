// Wall-clock time for date, ls, stat, touch: virtual ns since the world's
// epoch (src/sim/epoch.ts) mapped to Unix time, always in the UTC zone (the
// sandbox's zone), formatted as strftime does in the C locale.
import { DEFAULT_EPOCH_SEC } from "../../../sim/epoch.js";

/** Unix time of a virtual timestamp, as {sec, nsec}. */
export function wallOf(virtualNs: number): { sec: number; nsec: number } {
  const total = DEFAULT_EPOCH_SEC * 1e9 + virtualNs;
  const sec = Math.floor(total / 1e9);
  return { sec, nsec: Math.round(total - sec * 1e9) };
}

/** Virtual ns of a Unix time. */
export function virtualOf(sec: number, nsec = 0): number {
  return (sec - DEFAULT_EPOCH_SEC) * 1e9 + nsec;
}

const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

function isoWeek(d: Date): { year: number; week: number } {
  const t = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  const day = (d.getUTCDay() + 6) % 7;
  t.setUTCDate(t.getUTCDate() - day + 3);
  const y = t.getUTCFullYear();
  const first = new Date(Date.UTC(y, 0, 4));
  const week = 1 + Math.round(((t.getTime() - first.getTime()) / 86400000 - 3 + ((first.getUTCDay() + 6) % 7)) / 7);
  return { year: y, week };
}

/** strftime(3) in the C locale and UTC. */
export function strftime(fmt: string, sec: number, nsec = 0): string {
  const d = new Date(sec * 1000);
  const Y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  const day = d.getUTCDate();
  const H = d.getUTCHours();
  const M = d.getUTCMinutes();
  const S = d.getUTCSeconds();
  const wd = d.getUTCDay();
  const yday = Math.floor((Date.UTC(Y, m, day) - Date.UTC(Y, 0, 1)) / 86400000);
  let out = "";
  for (let i = 0; i < fmt.length; i++) {
    const c = fmt[i]!;
    if (c !== "%") {
      out += c;
      continue;
    }
    let j = i + 1;
    let flag = "";
    while ("-_0^#".includes(fmt[j] ?? "x")) flag += fmt[j++];
    let width = "";
    while (/\d/.test(fmt[j] ?? "")) width += fmt[j++];
    let colons = 0;
    while (fmt[j] === ":") {
      colons++;
      j++;
    }
    if (fmt[j] === "E" || fmt[j] === "O") j++;
    const conv = fmt[j];
    if (conv === undefined) {
      out += fmt.slice(i);
      break;
    }
    i = j;
    // num(value, default width, default pad)
    const num = (v: number, w: number, pad: "0" | " " = "0"): string => {
      let p: string = pad;
      if (flag.includes("-")) return String(v);
      if (flag.includes("_")) p = " ";
      if (flag.includes("0")) p = "0";
      const ww = width ? Number(width) : w;
      const s = String(Math.abs(v));
      return (v < 0 ? "-" : "") + s.padStart(ww - (v < 0 ? 1 : 0), p);
    };
    const str = (s: string): string => {
      let r = s;
      if (flag.includes("^")) r = r.toUpperCase();
      else if (flag.includes("#")) r = r === r.toUpperCase() ? r.toLowerCase() : r.toUpperCase();
      return width ? r.padStart(Number(width), flag.includes("0") ? "0" : " ") : r;
    };
    switch (conv) {
      case "a": out += str(DAYS[wd]!.slice(0, 3)); break;
      case "A": out += str(DAYS[wd]!); break;
      case "b": case "h": out += str(MONTHS[m]!.slice(0, 3)); break;
      case "B": out += str(MONTHS[m]!); break;
      case "c": out += str(strftime("%a %b %e %H:%M:%S %Y", sec)); break;
      case "C": out += num(Math.floor(Y / 100), 2); break;
      case "d": out += num(day, 2); break;
      case "D": out += str(strftime("%m/%d/%y", sec)); break;
      case "e": out += num(day, 2, " "); break;
      case "F": out += str(strftime("%Y-%m-%d", sec)); break;
      case "g": out += num(isoWeek(d).year % 100, 2); break;
      case "G": out += num(isoWeek(d).year, 4); break;
      case "H": out += num(H, 2); break;
      case "I": out += num(H % 12 || 12, 2); break;
      case "j": out += num(yday + 1, 3); break;
      case "k": out += num(H, 2, " "); break;
      case "l": out += num(H % 12 || 12, 2, " "); break;
      case "m": out += num(m + 1, 2); break;
      case "M": out += num(M, 2); break;
      case "n": out += "\n"; break;
      case "N": {
        const s = String(nsec).padStart(9, "0");
        out += width ? s.slice(0, Number(width)).padEnd(Number(width), "0") : s;
        break;
      }
      case "p": out += flag.includes("#") ? (H < 12 ? "am" : "pm") : str(H < 12 ? "AM" : "PM"); break;
      case "P": out += H < 12 ? "am" : "pm"; break;
      case "r": out += str(strftime("%I:%M:%S %p", sec)); break;
      case "R": out += str(strftime("%H:%M", sec)); break;
      case "s": out += num(sec, 1); break;
      case "S": out += num(S, 2); break;
      case "t": out += "\t"; break;
      case "T": out += str(strftime("%H:%M:%S", sec)); break;
      case "u": out += num(wd || 7, 1); break;
      case "U": out += num(Math.floor((yday + 7 - wd) / 7), 2); break;
      case "V": out += num(isoWeek(d).week, 2); break;
      case "w": out += num(wd, 1); break;
      case "W": out += num(Math.floor((yday + 7 - ((wd + 6) % 7)) / 7), 2); break;
      case "x": out += str(strftime("%m/%d/%y", sec)); break;
      case "X": out += str(strftime("%H:%M:%S", sec)); break;
      case "y": out += num(Y % 100, 2); break;
      case "Y": out += num(Y, 4); break;
      case "z": out += colons === 0 ? "+0000" : colons === 1 ? "+00:00" : colons === 2 ? "+00:00:00" : "+00"; break;
      case "Z": out += str("UTC"); break;
      case "%": out += "%"; break;
      default: out += `%${flag}${width}${":".repeat(colons)}${conv}`;
    }
  }
  return out;
}

/**
 * Parses the date strings people pass to `date -d` and `touch -d`: @SECONDS,
 * now/today/yesterday/tomorrow, YYYY-MM-DD[ T]HH:MM[:SS[.frac]][Z|±HH:MM],
 * "N unit(s) [ago]" offsets (also after a date). Returns Unix seconds (with
 * fraction) or undefined. Dates are UTC.
 */
export function parseDate(text: string, nowSec: number): number | undefined {
  let s = text.trim().toLowerCase();
  if (s === "") return Math.floor(nowSec / 86400) * 86400;
  const at = s.match(/^@\s*([+-]?\d+(?:\.\d+)?)$/);
  if (at) return Number(at[1]);
  let base = nowSec;
  const iso = s.match(/^(\d{4})-(\d{1,2})-(\d{1,2})(?:[t ]+(\d{1,2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?\s*(z|utc|gmt|[+-]\d{2}:?\d{2})?/);
  if (iso) {
    const [, y, mo, d, h, mi, se, fr, tz] = iso;
    if (Number(mo) < 1 || Number(mo) > 12 || Number(d) < 1 || Number(d) > 31 || Number(h ?? 0) > 23 || Number(mi ?? 0) > 59 || Number(se ?? 0) > 60) return undefined;
    base = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h ?? 0), Number(mi ?? 0), Number(se ?? 0)) / 1000 + Number(fr ?? 0);
    if (tz && /^[+-]/.test(tz)) {
      const t = tz.replace(":", "");
      base -= (tz[0] === "-" ? -1 : 1) * (Number(t.slice(1, 3)) * 3600 + Number(t.slice(3, 5)) * 60);
    }
    s = s.slice(iso[0].length).trim();
  } else {
    const word = s.match(/^(now|today|yesterday|tomorrow)\b/);
    if (word) {
      if (word[1] === "yesterday") base -= 86400;
      if (word[1] === "tomorrow") base += 86400;
      s = s.slice(word[0].length).trim();
    }
  }
  const UNITS: Record<string, number> = { sec: 1, second: 1, min: 60, minute: 60, hour: 3600, day: 86400, week: 604800, fortnight: 1209600 };
  while (s) {
    const rel = s.match(/^([+-]?\s*\d+)?\s*(sec|second|min|minute|hour|day|week|fortnight|month|year)s?\b\s*(ago)?/);
    if (!rel) return undefined;
    const n = rel[1] === undefined ? 1 : Number(rel[1].replace(/\s/g, ""));
    const sign = rel[3] ? -1 : 1;
    const unit = rel[2]!;
    if (unit === "month" || unit === "year") {
      const d = new Date(base * 1000);
      if (unit === "month") d.setUTCMonth(d.getUTCMonth() + sign * n);
      else d.setUTCFullYear(d.getUTCFullYear() + sign * n);
      base = d.getTime() / 1000;
    } else base += sign * n * UNITS[unit]!;
    s = s.slice(rel[0].length).trim();
  }
  return base;
}
