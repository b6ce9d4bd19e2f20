// time match (libxt_time.c): date range, time of day, weekdays, month days,
// --kerneltz, --contiguous. Dates and times are UTC (the sandbox's zone);
// --kerneltz only drops the " UTC" the listing shows otherwise.

import { XT_TIME_ALL_MONTHDAYS, XT_TIME_ALL_WEEKDAYS, XT_TIME_MAX_DATE, type XtTime } from "../../../uapi/xt_ext_time.js";
import { paramError } from "../errors.js";
import type { XtExtension } from "./types.js";

const DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const two = (n: number) => String(n).padStart(2, "0");

function parseDate(s: string, opt: string): number {
  const m = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2})(?:T(\d{1,2})(?::(\d{1,2})(?::(\d{1,2}))?)?)?)?)?$/.exec(s);
  if (!m) paramError(`Invalid date "${s}" specified. Should be YYYY[-MM[-DD[Thh[:mm[:ss]]]]]`);
  const [y, mo, d, h, mi, se] = m.slice(1).map((x, i) => (x === undefined ? (i === 1 || i === 2 ? 1 : 0) : Number(x)));
  const sec = Date.UTC(y!, mo! - 1, d!, h!, mi!, se!) / 1000;
  if (sec < 0 || sec > XT_TIME_MAX_DATE) paramError(`Invalid date "${s}" specified for --${opt}`);
  return sec;
}

function parseDaytime(s: string): number {
  const m = /^(\d{1,2}):(\d{1,2})(?::(\d{1,2}))?$/.exec(s);
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59 || Number(m[3] ?? 0) > 59) paramError(`invalid time "${s}" specified, should be hh:mm[:ss] format and within the boundaries`);
  return Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3] ?? 0);
}

const fmtDaytime = (t: number) => `${two(Math.floor(t / 3600))}:${two(Math.floor(t / 60) % 60)}:${two(t % 60)}`;

function fmtDate(sec: number, sep: string): string {
  const d = new Date(sec * 1000);
  return `${d.getUTCFullYear()}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())}${sep}${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`;
}

const ordinal = (n: number) => `${n}${n % 10 === 1 && n !== 11 ? "st" : n % 10 === 2 && n !== 12 ? "nd" : n % 10 === 3 && n !== 13 ? "rd" : "th"}`;

const weekdayNames = (w: number) => DAYS.filter((_, i) => w & (1 << (i + 1)));
const monthdayList = (m: number) => Array.from({ length: 31 }, (_, i) => i + 1).filter((d) => m & (1 << d));

export const TIME: XtExtension<XtTime> = {
  kind: "match",
  name: "time",
  revision: 0,
  x6: true,
  options: [
    { name: "datestart", hasArg: true, id: 0 },
    { name: "datestop", hasArg: true, id: 1 },
    { name: "timestart", hasArg: true, id: 2 },
    { name: "timestop", hasArg: true, id: 3 },
    { name: "weekdays", hasArg: true, id: 4, invert: true },
    { name: "monthdays", hasArg: true, id: 5, invert: true },
    { name: "localtz", hasArg: false, id: 6, excl: 1 << 8 },
    { name: "utc", hasArg: false, id: 8, excl: 1 << 6 },
    { name: "kerneltz", hasArg: false, id: 6, excl: 1 << 8 },
    { name: "contiguous", hasArg: false, id: 7 },
  ],
  init: () => ({
    dateStart: 0, dateStop: XT_TIME_MAX_DATE, daytimeStart: 0, daytimeStop: 86399,
    monthdays: XT_TIME_ALL_MONTHDAYS, weekdays: XT_TIME_ALL_WEEKDAYS, flags: 0,
  }),
  parse(c) {
    const d = c.data;
    switch (c.opt.id) {
      case 0:
        d.dateStart = parseDate(c.arg, c.opt.name);
        break;
      case 1:
        d.dateStop = parseDate(c.arg, c.opt.name);
        break;
      case 2:
        d.daytimeStart = parseDaytime(c.arg);
        break;
      case 3:
        d.daytimeStop = parseDaytime(c.arg);
        break;
      case 4: {
        let w = 0;
        for (const x of c.arg.split(",")) {
          const i = /^[1-7]$/.test(x) ? Number(x) - 1 : DAYS.findIndex((n) => n.toLowerCase() === x.toLowerCase());
          if (i < 0) paramError(`${x} is not a valid day specifier`);
          w |= 1 << (i + 1);
        }
        d.weekdays = c.invert ? ~w & XT_TIME_ALL_WEEKDAYS : w;
        break;
      }
      case 5: {
        let m = 0;
        for (const x of c.arg.split(",")) {
          const n = /^\d+$/.test(x) ? Number(x) : 0;
          if (n < 1 || n > 31) paramError(`Invalid monthday "${x}"`);
          m = (m | (1 << n)) >>> 0;
        }
        d.monthdays = c.invert ? ~m & XT_TIME_ALL_MONTHDAYS : m;
        break;
      }
      case 6:
        d.flags |= 1;
        break;
      case 7:
        d.flags |= 2;
        break;
    }
  },
  print(d) {
    let s = " TIME";
    if (d.daytimeStart !== 0 || d.daytimeStop !== 86399) s += ` from ${fmtDaytime(d.daytimeStart)} to ${fmtDaytime(d.daytimeStop)}`;
    if (d.weekdays !== XT_TIME_ALL_WEEKDAYS) s += ` on ${weekdayNames(d.weekdays).join(",")}`;
    if (d.monthdays >>> 0 !== XT_TIME_ALL_MONTHDAYS) s += ` on ${monthdayList(d.monthdays).map(ordinal).join(",")}`;
    if (d.dateStart !== 0) s += ` starting from ${fmtDate(d.dateStart, " ")}`;
    if (d.dateStop !== XT_TIME_MAX_DATE) s += ` until date ${fmtDate(d.dateStop, " ")}`;
    if (!(d.flags & 1)) s += " UTC";
    if (d.flags & 2) s += " contiguous";
    return s;
  },
  save(d) {
    let s = "";
    if (d.daytimeStart !== 0 || d.daytimeStop !== 86399) s += ` --timestart ${fmtDaytime(d.daytimeStart)} --timestop ${fmtDaytime(d.daytimeStop)}`;
    if (d.monthdays >>> 0 !== XT_TIME_ALL_MONTHDAYS) s += ` --monthdays ${monthdayList(d.monthdays).join(",")}`;
    if (d.weekdays !== XT_TIME_ALL_WEEKDAYS) s += ` --weekdays ${weekdayNames(d.weekdays).join(",")}`;
    if (d.dateStart !== 0) s += ` --datestart ${fmtDate(d.dateStart, "T")}`;
    // Saved even at its default (libxt_time tests it against 0, not the maximum).
    if (d.dateStop !== 0) s += ` --datestop ${fmtDate(d.dateStop, "T")}`;
    if (d.flags & 1) s += " --kerneltz";
    if (d.flags & 2) s += " --contiguous";
    return s;
  },
};
