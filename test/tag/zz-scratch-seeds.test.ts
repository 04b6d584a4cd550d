import fs from 'node:fs';
import { it } from 'vitest';
import { findDates } from '../../src/tag/dates/find.js';
import { findDurations } from '../../src/tag/dates/durations.js';
import { parseIsoDate } from '../../src/tag/dates/calendar.js';
it('seeds', () => {
  const dir = '/work/shared/seeds/';
  for (const f of fs.readdirSync(dir)) {
    const text = fs.readFileSync(dir + f, 'utf8').replace(/<[^>]+>/g, ' ');
    const lines = text.split(/\n+|(?<=[.!?])\s+(?=[A-Z])/);
    for (const l of lines) {
      for (const h of findDates(l, parseIsoDate('2019-10-10'))) console.log(f.slice(0, 3), 'DATE', JSON.stringify(l.slice(h.start, h.end)), JSON.stringify(h.value), '|', l.slice(Math.max(0, h.start - 50), h.end + 30).replace(/\s+/g, ' '));
      for (const h of findDurations(l)) console.log(f.slice(0, 3), 'DUR', JSON.stringify(l.slice(h.start, h.end)), JSON.stringify(h.value), '|', l.slice(Math.max(0, h.start - 50), h.end + 30).replace(/\s+/g, ' '));
    }
  }
});
