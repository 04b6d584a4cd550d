/** Date strings as pages write them → ISO calendar dates (YYYY-MM-DD). No clock, no guessing. */
import { MONTHS, MONTH_ALT, WEEKDAY_ALT } from './vocab.js';

/** Years we accept as a publication date: older is a parse error, later is a typo. */
const MIN_YEAR = 1990;
const MAX_YEAR = 2100;

/** ISO-ish machine dates: "2019-10-09", "2019-10-09T12:00Z", "2019-10-09 03:01:00", "2019/10/09". */
const ISO_DATE_RE = /^\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?![\d])/;
/** Compact machine dates in some meta tags: "20191009" or "20191009T1200". */
const COMPACT_DATE_RE = /^\s*(\d{4})(\d{2})(\d{2})(?:$|[T\s])/;
/** "Oct. 9, 2019", "October 9 2019", "Wednesday, Oct. 9, 2019". */
const MONTH_FIRST_RE = new RegExp(
  `\\b(${MONTH_ALT})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`,
  'i',
);
/** "9 October 2019", "09 Oct. 2019", "9th of October, 2019". */
const DAY_FIRST_RE = new RegExp(
  `\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_ALT})\\.?,?\\s+(\\d{4})\\b`,
  'i',
);
/** Month names of French, Spanish, German, Italian, Portuguese and Dutch → month number (day-first dates only). */
const OTHER_MONTHS: Readonly<Record<string, number>> = Object.fromEntries(
  [
    'janvier|enero|januar|jänner|gennaio|janeiro|januari',
    'février|fevrier|febrero|februar|febbraio|fevereiro|februari',
    'mars|marzo|märz|maerz|março|marco|maart',
    'avril|abril|april|aprile',
    'mai|mayo|maggio|maio|mei',
    'juin|junio|juni|giugno|junho',
    'juillet|julio|juli|luglio|julho',
    'août|aout|agosto|augustus',
    'septembre|septiembre|setiembre|september|settembre|setembro',
    'octobre|octubre|oktober|ottobre|outubro',
    'novembre|noviembre|november|novembro',
    'décembre|decembre|diciembre|dezember|dicembre|dezembro|december',
  ].flatMap((names, i) => names.split('|').map((n) => [n, i + 1] as const)),
);
/** "30 avril 2015", "9. Oktober 2019", "9 de octubre de 2019", "1er mai 2019". */
const OTHER_DAY_FIRST_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(\\d{1,2})(?:er|\\.|º)?\\s+(?:de\\s+)?(${Object.keys(OTHER_MONTHS).sort((a, b) => b.length - a.length).join('|')})\\s+(?:de\\s+)?(\\d{4})(?![\\p{L}\\p{N}])`,
  'iu',
);
/** "2019年10月9日", "2019년 10월 9일". */
const CJK_DATE_RE = /(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]?/;

/** Dates in URL paths: /2019/10/09/, /2019-10-09-, /20191009/. Month/day must be two digits. */
const URL_DATE_RE = /\/((?:19|20)\d{2})[/-]([01]\d)[/-]([0-3]\d)(?=[/\-_.]|$)|\/((?:19|20)\d{2})([01]\d)([0-3]\d)(?=\/)/;

/** Words a dateline may carry besides the date itself ("Updated", "at", "ET", "3 hours ago"). */
const DATE_LINE_FILLER_RE = new RegExp(
  `\\b(?:[ap]\\.?m\\.?|${WEEKDAY_ALT}|updated|published|posted|modified|first|last|on|at|ago|an?|just|now|hours?|hrs?|minutes?|mins?|days?|weeks?|noon|midnight|utc|gmt)(?![\\p{L}\\p{N}])\\.?`,
  'giu',
);
/** The same filler in the languages whose month names we read ("le 30 avril 2015 à 07:19", "am 9. Oktober 2019 um 10:00 Uhr"). */
const OTHER_FILLER_RE =
  /(?<![\p{L}\p{N}])(?:à|às|le|el|am|um|uhr|publié(?:e)?|mis\s+à\s+jour|veröffentlicht|aktualisiert|publicado|actualizado|atualizado|pubblicato|aggiornato|gepubliceerd|bijgewerkt|del?|du|alle|op|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lunes|martes|miércoles|jueves|viernes|sábado|domingo)(?![\p{L}\p{N}])\.?/giu;
/** Time-zone abbreviations after a time (upper case only, so words like "the" never match). */
const TZ_RE = /\b(?:[ECMP][SD]?T|GMT|UTC|BST|CES?T|IST|JST|AE[SD]T|HKT|SGT)\b/g;
/** Clock times "10:04", "4.35pm", "10 AM". */
const TIME_RE = /\b\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?(?=\W|$)/gi;
/** Longest line we read as a dateline. */
const MAX_DATE_LINE_CHARS = 90;

/** A machine date written in text ("on 2019-02-15,"). */
const ISO_IN_TEXT_RE = /\b(\d{4})-(\d{2})-(\d{2})\b/;

/**
 * The date in a short line and what is left of the line once the date, clock times, time zones and
 * dateline filler ("Updated", "at", "ET") are taken out: "Posted on Tuesday 15 October 2019 at 09:11
 * by Jane Doe" → 2019-10-15 and "by Jane Doe". Undefined when the line is long or holds no date.
 */
export function splitDateLine(line: string): { date: string; rest: string } | undefined {
  const text = line.trim();
  if (!text || text.length > MAX_DATE_LINE_CHARS) return undefined;
  const m = MONTH_FIRST_RE.exec(text) ?? DAY_FIRST_RE.exec(text) ?? ISO_IN_TEXT_RE.exec(text) ?? OTHER_DAY_FIRST_RE.exec(text) ?? CJK_DATE_RE.exec(text);
  const date = m ? parseTextDate(m[0]) ?? parseMachineDate(m[0]) : undefined;
  if (!m || !date) return undefined;
  const rest = (text.slice(0, m.index) + ' ' + text.slice(m.index + m[0].length))
    .replace(TZ_RE, ' ')
    .replace(DATE_LINE_FILLER_RE, ' ')
    .replace(OTHER_FILLER_RE, ' ')
    .replace(TIME_RE, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return { date, rest };
}

/**
 * A line that is only a date with dateline filler: "Oct. 9, 2019", "Updated 9 October 2019",
 * "October 9, 2019 / 4:35 PM / Updated 2 hours ago", "Wednesday, Oct. 9, 2019 10:04 a.m. ET".
 */
export function isDateLine(line: string): boolean {
  const split = splitDateLine(line);
  return split !== undefined && !/[\p{L}\p{N}]/u.test(split.rest);
}

/** Leading word of an "updated" date line: it gives the modified date, not the published one. */
export const UPDATED_LINE_RE = /^\s*(?:last\s+)?(?:updated|modified)\b/i;

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** Build an ISO date after checking the calendar (Feb 30 → undefined). */
export function isoDate(year: number, month: number, day: number): string | undefined {
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return undefined;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > days) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Machine-readable dates (meta tags, JSON-LD, `<time datetime>`): the date part as written, no time-zone shift. */
export function parseMachineDate(value: string | undefined | null): string | undefined {
  if (!value) return undefined;
  const s = value.trim();
  let m = ISO_DATE_RE.exec(s);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = COMPACT_DATE_RE.exec(s);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  return parseTextDate(s);
}

/**
 * Human-written dates: "Oct. 9, 2019", "9 October 2019", "Updated Wednesday, Oct 9 2019 10:00 AM",
 * and day-first dates in French, Spanish, German, Italian, Portuguese, Dutch ("9. Oktober 2019"), and
 * Chinese/Japanese/Korean year-month-day ("2019年10月9日").
 */
export function parseTextDate(value: string | undefined | null): string | undefined {
  if (!value) return undefined;
  let m = MONTH_FIRST_RE.exec(value);
  if (m) {
    const month = MONTHS[m[1]!.toLowerCase()];
    if (month) return isoDate(Number(m[3]), month, Number(m[2]));
  }
  m = DAY_FIRST_RE.exec(value);
  if (m) {
    const month = MONTHS[m[2]!.toLowerCase()];
    if (month) return isoDate(Number(m[3]), month, Number(m[1]));
  }
  m = OTHER_DAY_FIRST_RE.exec(value);
  if (m) {
    const month = OTHER_MONTHS[m[2]!.toLowerCase()];
    if (month) return isoDate(Number(m[3]), month, Number(m[1]));
  }
  m = CJK_DATE_RE.exec(value);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  return undefined;
}

/** A date in a URL path (/2019/10/09/...), or undefined. */
export function parseUrlDate(url: string | undefined | null): string | undefined {
  if (!url) return undefined;
  let path = url;
  const scheme = url.indexOf('://');
  if (scheme >= 0) {
    const slash = url.indexOf('/', scheme + 3);
    path = slash >= 0 ? url.slice(slash) : '';
  }
  const m = URL_DATE_RE.exec(path);
  if (!m) return undefined;
  return m[1] ? isoDate(Number(m[1]), Number(m[2]), Number(m[3])) : isoDate(Number(m[4]), Number(m[5]), Number(m[6]));
}
