import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { DateValue } from '../../src/model.js';
import { dateTagger } from '../../src/tag/taggers/date.js';
import { contextOf, readGold, run, score } from './time-eval.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const GOLD = path.resolve(here, '../../fixtures/eval/tags/dates.jsonl');

/** [sentence, published, claim text, start, end, granularity, extra fields expected in the value] */
type Row = [string, string, string, string, string, DateValue['granularity'], Partial<DateValue>?];

const VALID: Row[] = [
  // weekdays: the most recent such day unless the tense points forward
  ['The administration announced Wednesday that it had begun issuing licenses.', '2019-10-09', 'Wednesday', '2019-10-09', '2019-10-09', 'day', { relative: true, inferred: ['year', 'month', 'day'] }],
  ['Some companies began receiving licenses Wednesday morning.', '2019-10-09', 'Wednesday morning', '2019-10-09', '2019-10-09', 'day', { time: 'morning' }],
  ['The media reported on Thursday that talks would resume.', '2019-10-10', 'Thursday', '2019-10-10', '2019-10-10', 'day'],
  ['The blacklist was expanded on Monday.', '2019-10-10', 'Monday', '2019-10-07', '2019-10-07', 'day'],
  ['Liu He will meet Robert Lighthizer on Thursday.', '2019-10-09', 'Thursday', '2019-10-10', '2019-10-10', 'day'],
  ['The tariffs take effect on Friday.', '2018-07-02', 'Friday', '2018-07-06', '2018-07-06', 'day'],
  ['The tariffs took effect on Friday.', '2018-07-02', 'Friday', '2018-06-29', '2018-06-29', 'day'],
  ['The Fed kept rates unchanged last Thursday.', '2020-11-09', 'last Thursday', '2020-11-05', '2020-11-05', 'day'],
  ['The league suspended its season on Wednesday night.', '2020-03-15', 'Wednesday night', '2020-03-11', '2020-03-11', 'day', { time: 'night' }],
  ['A man was arrested early Sunday.', '2020-11-09', 'early Sunday', '2020-11-08', '2020-11-08', 'day', { time: 'early' }],
  ['Residents were evacuated on Tuesday, Oct. 8, as the fire spread.', '2019-10-09', 'Tuesday, Oct. 8', '2019-10-08', '2019-10-08', 'day'],
  // days
  ['Congress meets today to count the votes.', '2021-01-06', 'today', '2021-01-06', '2021-01-06', 'day', { relative: true }],
  ['Police said the suspect was arrested yesterday.', '2019-10-09', 'yesterday', '2019-10-08', '2019-10-08', 'day'],
  ['A quake struck the region this morning.', '2019-10-09', 'this morning', '2019-10-09', '2019-10-09', 'day', { time: 'morning' }],
  ['The president declared an emergency two days ago.', '2020-03-15', 'two days ago', '2020-03-13', '2020-03-13', 'day'],
  // weeks, months, years relative to publication
  ['Trump gave the green light in a meeting last week.', '2019-10-09', 'last week', '2019-09-30', '2019-10-06', 'week'],
  ['Officials are meeting this week in Washington.', '2019-10-10', 'this week', '2019-10-07', '2019-10-13', 'week'],
  ['The talks will resume next week.', '2019-10-09', 'next week', '2019-10-14', '2019-10-20', 'week'],
  ['A decision could come later this week.', '2019-10-09', 'later this week', '2019-10-09', '2019-10-13', 'week'],
  ['Two weeks ago, the president visited the towns.', '2019-10-09', 'Two weeks ago', '2019-09-23', '2019-09-29', 'week'],
  ['Last month the department said it had issued no licences.', '2019-10-10', 'Last month', '2019-09-01', '2019-09-30', 'month'],
  ['The checks were sent out late last month.', '2021-01-06', 'late last month', '2020-12-21', '2020-12-31', 'month'],
  ['The vote is set for later this month.', '2020-11-09', 'later this month', '2020-11-09', '2020-11-30', 'month'],
  ['The U.S. blacklisted the company earlier this year.', '2019-10-09', 'earlier this year', '2019-01-01', '2019-10-09', 'year'],
  ['Deliveries fell last year.', '2019-10-09', 'last year', '2018-01-01', '2018-12-31', 'year'],
  ['Oil has fallen since the start of the year.', '2019-10-09', 'the start of the year', '2019-01-01', '2019-04-30', 'year'],
  // months and month-days with the year filled in
  ['Reuters reported in August that 130 applications were pending.', '2019-10-09', 'August', '2019-08-01', '2019-08-31', 'month', { inferred: ['year'] }],
  ['The administration in May granted a reprieve.', '2019-10-09', 'May', '2019-05-01', '2019-05-31', 'month'],
  ['The outbreak was first reported in December.', '2020-03-15', 'December', '2019-12-01', '2019-12-31', 'month'],
  ['The summit will take place in November.', '2019-10-09', 'November', '2019-11-01', '2019-11-30', 'month'],
  ['Huawei has been on the Entity List since mid May.', '2019-10-10', 'mid May', '2019-05-11', '2019-05-20', 'month'],
  ['Applications had piled up as of late-August.', '2019-10-09', 'late-August', '2019-08-21', '2019-08-31', 'month'],
  ['The rollout began in mid-December.', '2021-01-06', 'mid-December', '2020-12-11', '2020-12-20', 'month'],
  ['Prices have fallen 20% since last November.', '2020-11-09', 'last November', '2019-11-01', '2019-11-30', 'month'],
  ['The reprieve was extended on August 19.', '2019-10-09', 'August 19', '2019-08-19', '2019-08-19', 'day', { inferred: ['year'] }],
  ['The inauguration is scheduled for Jan. 20.', '2021-01-06', 'Jan. 20', '2021-01-20', '2021-01-20', 'day'],
  ['The hearing was postponed to Nov. 30.', '2020-11-09', 'Nov. 30', '2020-11-30', '2020-11-30', 'day'],
  ['Delegates met Oct. 1-3 in Geneva.', '2019-10-09', 'Oct. 1-3', '2019-10-01', '2019-10-03', 'day'],
  ['The World Cup runs from June 14 to July 15.', '2018-07-02', 'June 14 to July 15', '2018-06-14', '2018-07-15', 'day'],
  ['Exports fell from May to July.', '2019-10-09', 'May to July', '2019-05-01', '2019-07-31', 'month'],
  // stated in full: not relative
  ['Results came on Oct. 9, 2019, and shares rose.', '2019-11-04', 'Oct. 9, 2019', '2019-10-09', '2019-10-09', 'day', { relative: false }],
  ['The authority acted on 12 March 2019.', '2019-03-12', '12 March 2019', '2019-03-12', '2019-03-12', 'day'],
  ['Bush was shot down on Sept. 2, 1944.', '2018-12-03', 'Sept. 2, 1944', '1944-09-02', '1944-09-02', 'day'],
  ['Huawei was added to the list in May 2019.', '2019-11-04', 'May 2019', '2019-05-01', '2019-05-31', 'month', { relative: false }],
  ['Sales fell sharply in 2018.', '2019-11-04', '2018', '2018-01-01', '2018-12-31', 'year', { relative: false }],
  ['Lawmakers approved the 2019 budget.', '2019-11-04', '2019', '2019-01-01', '2019-12-31', 'year'],
  ['He served from 1989 to 1993.', '2018-12-03', '1989 to 1993', '1989-01-01', '1993-12-31', 'year'],
  ['In the 1990s, the company was small.', '2019-10-09', '1990s', '1990-01-01', '1999-12-31', 'year'],
  ['Growth slowed in early 2019.', '2019-10-09', 'early 2019', '2019-01-01', '2019-04-30', 'year'],
  ['The index closed at a record on 2019-10-08.', '2019-10-09', '2019-10-08', '2019-10-08', '2019-10-08', 'day'],
  // quarters, halves, seasons
  ['In May 5G networks were still rare.', '2019-10-09', 'May', '2019-05-01', '2019-05-31', 'month'],
  ['Revenue in the third quarter rose 27 percent.', '2019-11-04', 'the third quarter', '2019-07-01', '2019-09-30', 'quarter', { inferred: ['year'] }],
  ['Results for the first quarter of 2021 are due.', '2021-01-06', 'the first quarter of 2021', '2021-01-01', '2021-03-31', 'quarter'],
  ['Profits fell in the third quarter of fiscal 2018.', '2018-12-03', 'the third quarter of fiscal 2018', '2018-07-01', '2018-09-30', 'quarter'],
  ['GDP grew in the April-June quarter.', '2019-10-09', 'the April-June quarter', '2019-04-01', '2019-06-30', 'quarter'],
  ['Margins narrowed in Q3 2019.', '2019-11-04', 'Q3 2019', '2019-07-01', '2019-09-30', 'quarter'],
  ['Sales doubled in the first half of 2019.', '2019-10-09', 'the first half of 2019', '2019-01-01', '2019-06-30', 'quarter'],
  ['The law was passed in the summer of 2018.', '2019-10-09', 'the summer of 2018', '2018-06-01', '2018-08-31', 'quarter'],
  ['Officials expect most people to be vaccinated by the summer.', '2021-01-06', 'the summer', '2021-06-01', '2021-08-31', 'quarter'],
  ['The protests continued over the weekend.', '2019-10-09', 'the weekend', '2019-10-05', '2019-10-06', 'day'],
  ['Crowds gathered this past weekend.', '2019-10-09', 'this past weekend', '2019-10-05', '2019-10-06', 'day'],
  ['Stocks fell earlier in the week.', '2019-10-10', 'earlier in the week', '2019-10-07', '2019-10-10', 'week'],
  ['Sales in the current quarter are expected to rise.', '2019-11-04', 'the current quarter', '2019-10-01', '2019-12-31', 'quarter'],
  ['Profit fell in the last quarter.', '2019-11-04', 'the last quarter', '2019-07-01', '2019-09-30', 'quarter'],
  ['The agency expects a deficit in fiscal 2020.', '2019-10-09', 'fiscal 2020', '2020-01-01', '2020-12-31', 'year'],
  ['The deal should close by year-end.', '2019-10-09', 'year-end', '2019-09-01', '2019-12-31', 'year'],
  ['The plant closed a few weeks ago.', '2019-10-09', 'a few weeks ago', '2019-09-09', '2019-09-29', 'week'],
  ['Apple forecast sales for the December quarter.', '2023-10-25', 'the December quarter', '2023-10-01', '2023-12-31', 'quarter'],
  ['Profit rose in the first nine months of 2023.', '2023-10-25', 'the first nine months of 2023', '2023-01-01', '2023-09-30', 'month'],
  ['Growth slowed in the July-September period.', '2023-10-25', 'the July-September period', '2023-07-01', '2023-09-30', 'month'],
  ['Sales fell 4% from a year ago.', '2023-10-25', 'a year ago', '2022-01-01', '2022-12-31', 'year'],
  ['Yields hit their highest since 2007 in September.', '2023-10-25', '2007', '2007-01-01', '2007-12-31', 'year'],
  ['Inflation fell in 2018 to 1.9 percent.', '2019-10-09', '2018', '2018-01-01', '2018-12-31', 'year'],
  ['India revoked the status of Kashmir on Monday 5 August.', '2019-08-07', 'Monday 5 August', '2019-08-05', '2019-08-05', 'day'],
  ['The deficit target for 2019/20 is 3.3% of GDP.', '2019-08-07', '2019/20', '2019-01-01', '2020-12-31', 'year'],
  ['The session ends this coming Friday.', '2019-08-07', 'this coming Friday', '2019-08-09', '2019-08-09', 'day'],
  ['The state was split with effect from October 31.', '2019-08-07', 'October 31', '2019-10-31', '2019-10-31', 'day'],
  // holidays
  ['Shoppers spent $7.4 billion online on Thanksgiving.', '2019-12-02', 'Thanksgiving', '2019-11-28', '2019-11-28', 'day', { inferred: ['year'] }],
  ['The strike began on Labor Day.', '2019-10-09', 'Labor Day', '2019-09-02', '2019-09-02', 'day'],
  ['The ship sank on Christmas Eve.', '2020-01-06', 'Christmas Eve', '2019-12-24', '2019-12-24', 'day'],
  ['Results will be known by Christmas.', '2019-10-09', 'Christmas', '2019-12-25', '2019-12-25', 'day'],
  // British day-month order, followed by a comma, even with "May"/"March"
  ['The bank\'s interim figures, out on 14 March, will show a loss.', '2024-03-01', '14 March', '2024-03-14', '2024-03-14', 'day', { inferred: ['year'] }],
  ['Polls close on 7 May, officials said.', '2024-04-20', '7 May', '2024-05-07', '2024-05-07', 'day'],
  // a weekday outside a habitual list, a weekday before a capitalised subject after "On"
  ['The team trains every Monday, but it played on Thursday.', '2019-10-09', 'Thursday', '2019-10-03', '2019-10-03', 'day'],
  ['On Monday Parliament voted on the bill.', '2019-10-09', 'Monday', '2019-10-07', '2019-10-07', 'day'],
  // parts of a month, year ranges with "between"
  ['Trading resumed in late July after the halt.', '2019-10-09', 'late July', '2019-07-21', '2019-07-31', 'month', { inferred: ['year'] }],
  ['Between 2015 and 2018, exports doubled.', '2019-10-09', '2015 and 2018', '2015-01-01', '2018-12-31', 'year'],
  ['The reprieve was extended on Aug. 19 for another 90 days.', '2019-10-09', 'Aug. 19', '2019-08-19', '2019-08-19', 'day', { inferred: ['year'] }],
  // a bare half in a sentence about money or output
  ["Profits fell 12% in the first half.", '2024-08-12', "the first half", '2024-01-01', '2024-06-30', 'quarter'],
  ["The airline's first-half revenue rose to $4 billion.", '2024-08-12', "first-half", '2024-01-01', '2024-06-30', 'quarter'],
  ["Sales are expected to recover in the second half, the company said.", '2024-03-12', "the second half", '2024-07-01', '2024-12-31', 'quarter'],
];

/** Sentences that hold no date at all. */
const NEGATIVE: string[] = [
  // a weekday range in a timetable with a frequency is every week, not one date
  'Buses will run four times a day from Tuesday to Saturday.',
  'The clinic sees patients twice a week, Monday through Thursday.',
  'More than 2,000 people attended the rally.',
  'The Mate 30 series cannot ship with Google services.',
  '5G equipment sales may be limited.',
  'The Boeing 737 MAX is grounded worldwide.',
  'The COVID-19 outbreak has forced schools to close.',
  'Tariffs imposed under Section 232 remain in place.',
  'Leaders of the Group of 20 discussed trade.',
  'Call the hotline at 1-800-232-4636 for information.',
  'Call 202-555-2019 for details.',
  'Protesters staged a march on the capitol.',
  'May I ask a question?',
  'Supplies may be limited in some stores.',
  'The vote was delayed for a second time.',
  'Markets are currently closed and will reopen now.',
  'About 1500 troops were deployed to the region.',
  'The company sold 2000 phones to resellers.',
  'Microsoft shipped Windows 2000 to businesses.',
  'Theresa May said the government must act.',
  'Black Friday sales were strong.',
  'The Dow fell 1.2 percent to 26,164.',
  'The price was $2019 per unit.',
  'The fall in prices surprised analysts.',
  'Investors worry that growth may slow.',
  'Trading resumes at 4 p.m. (2000 GMT) on the exchange.',
  'Christmas shopping season is off to a slow start.',
  'Analysts see growth in recent years slowing.',
  'He scored 2019 points in his career.',
  'The market is closed every Monday.',
  'Independence Day celebrations will be held under tight security.',
  'Cloud revenue grew 22% year-over-year, year-to-date.',
  'The Sunday Times reported the deal.',
  'She told USA Today the plan had failed.',
  'April Ryan asked the first question.',
  'March Madness drew record audiences.',
  'Tokyo hosted Euro 2020 matches and Vision 2030 events.',
  'The company increased its staff to 2000 employees.',
  'The iPhone 11 Pro costs $999 and the score was 24-17.',
  // habitual weekdays and seasons
  'Lessons run every Tuesday and Friday at the club.',
  'The ferry sails each Saturday, Sunday and Monday.',
  'The lodge usually shuts for the winter and reopens in spring.',
  // numbers to text or dial, weekdays as first names
  'Readers can text 2021 to donate.',
  'Dial 2024 for the helpline.',
  'Tuesday Weld starred in the film.',
  'Of the twelve candidates, 3 May not qualify.',
  // habitual seasons, names with a month, a half of a match
  "The ferry typically runs from late spring to early autumn.",
  "The March of Dimes said donations fell.",
  "Smith scored twice in the first half.",
];

const at = (s: string, text: string) => s.indexOf(text);

describe('dateTagger: valid cases', () => {
  it.each(VALID)('%s', (sentence, published, text, start, end, granularity, extra) => {
    const claims = run(dateTagger, sentence, published);
    const claim = claims.find((c) => c.text === text);
    expect(claim, `claims: ${claims.map((c) => c.text).join(' | ')}`).toBeDefined();
    expect(claim!.span).toEqual({ start: at(sentence, text), end: at(sentence, text) + text.length });
    expect(claim!.kind).toBe('date');
    expect(claim!.value).toMatchObject({ start, end, granularity, ...(extra ?? {}) });
  });

  it('has at least 40 valid cases', () => expect(VALID.length).toBeGreaterThanOrEqual(40));
});

describe('dateTagger: negative cases', () => {
  it.each(NEGATIVE)('%s', (sentence) => {
    expect(run(dateTagger, sentence, '2019-10-09').map((c) => c.text)).toEqual([]);
  });

  it('has at least 15 negative cases', () => expect(NEGATIVE.length).toBeGreaterThanOrEqual(15));
});

/** [sentence, published, claim text, expected start]: which way an underspecified date points. */
const TENSE: [string, string, string, string][] = [
  // a hedge between the preposition and a bare month
  ['Evening trains will be cut until at least March because of the repairs.', '2022-10-11', 'March', '2023-03-01'],
  ['Work should be finished by June at the latest, and in no case later than May at the earliest.', '2022-10-11', 'June', '2023-06-01'],
  ['A further round of tariffs is set to hit on Dec. 15.', '2019-10-11', 'Dec. 15', '2019-12-15'],
  ['Customs data released on Monday is expected to show a fall.', '2019-10-11', 'Monday', '2019-10-14'],
  ['A license, first issued in May, would expire on Nov. 18.', '2019-10-11', 'Nov. 18', '2019-11-18'],
  ['Johnson has vowed to take Britain out of the EU on Oct. 31.', '2019-10-11', 'Oct. 31', '2019-10-31'],
  ['The IMF, which will publish its outlook on Tuesday, cut its forecast to 3.2% in July.', '2019-10-11', 'July', '2019-07-01'],
  ['The IMF, which will publish its outlook on Tuesday, cut its forecast to 3.2% in July.', '2019-10-11', 'Tuesday', '2019-10-15'],
  ['A memorial service is planned for Friday.', '2019-03-12', 'Friday', '2019-03-15'],
  ['Flights were cancelled due to the storm on Friday.', '2019-03-12', 'Friday', '2019-03-08'],
  ['Growth slowed to 5.8% in the January-March quarter.', '2019-08-07', 'the January-March quarter', '2019-01-01'],
  ['Officials said on Thursday they would meet again on Monday.', '2019-10-11', 'Thursday', '2019-10-10'],
  ['Officials said on Thursday they would meet again on Monday.', '2019-10-11', 'Monday', '2019-10-14'],
  ['The talks, which ended Friday, were productive.', '2019-10-13', 'Friday', '2019-10-11'],
  ['The company will report first-quarter earnings on April 18.', '2024-04-04', 'first-quarter', '2024-01-01'],
  ['Apple unveiled the phone on Wednesday, with shipments starting Sept. 16.', '2022-09-09', 'Sept. 16', '2022-09-16'],
  ['The company said on Monday, in a filing, that it shipped the order Friday.', '2022-09-08', 'Friday', '2022-09-02'],
  // month-day without a year: an attempt is dated when it happened, a noun's target date by distance
  ['Investors tried to pull out $3 billion on Feb. 2.', '2023-02-10', 'Feb. 2', '2023-02-02'],
  ['Regulators sought to halt trading on May 4.', '2022-05-12', 'May 4', '2022-05-04'],
  ['The union announced a strike for Nov. 2.', '2022-10-28', 'Nov. 2', '2022-11-02'],
  ['The council declared a day of mourning for June 3.', '2021-05-30', 'June 3', '2021-06-03'],
  ['Ticket sales open Jan. 4.', '2022-12-29', 'Jan. 4', '2023-01-04'],
  ['The figures for Feb. 20 are final.', '2022-02-25', 'Feb. 20', '2022-02-20'],
  ['The plant was shut on Dec. 30.', '2023-01-03', 'Dec. 30', '2022-12-30'],
  ['The ministers will meet again on Aug. 2.', '2022-07-10', 'Aug. 2', '2022-08-02'],
  // bare month: neutral takes the nearest (past unless the future is under half as far), a tense decides
  ['Shoppers who splurged over the holidays face bills in January.', '2022-12-28', 'January', '2023-01-01'],
  ['Exporters pin their hopes on February.', '2022-11-15', 'February', '2023-02-01'],
  ['Exporters pin their hopes on July.', '2022-11-15', 'July', '2022-07-01'],
  ['Sales slumped in January.', '2022-12-28', 'January', '2022-01-01'],
  ['The new rules will apply from February.', '2022-12-28', 'February', '2023-02-01'],
  // a future participle in a parenthetical does not outvote the past main verb after it
  ['The hearing, expected to wrap up on Thursday, dragged on for another week.', '2024-11-25', 'Thursday', '2024-11-21'],
  ['The race, scheduled to start on Saturday, finished two hours late.', '2024-11-25', 'Saturday', '2024-11-23'],
  ['The strike, planned for Nov. 28, lasted a day.', '2024-12-03', 'Nov. 28', '2024-11-28'],
  ['The meeting, scheduled for Friday, was cancelled.', '2024-11-25', 'Friday', '2024-11-29'],
  ['The strike, planned for Dec. 1, was called off on Monday.', '2024-11-25', 'Dec. 1', '2024-12-01'],
  ['The hearing, expected to wrap up on Thursday, will resume next month.', '2024-11-25', 'Thursday', '2024-11-28'],
  ['The hearing is expected to wrap up on Thursday.', '2024-11-25', 'Thursday', '2024-11-28'],
  // plural present of fixture verbs points ahead, unless negated with "did"
  ['Spain face Italy in Seville on Sunday.', '2021-06-14', 'Sunday', '2021-06-20'],
  ['The two sides did not meet on Sunday.', '2021-06-14', 'Sunday', '2021-06-13'],
  // a past verb in a fronted clause or before ", and <subject>" does not govern the main clause
  ['After a year that was dismal, jewellers pin their hopes on February.', '2023-12-27', 'February', '2024-02-01'],
  ['Demand has been weak, and florists look to February.', '2023-12-27', 'February', '2024-02-01'],
  ['Retailers that saw weak holiday sales pin their hopes on February.', '2023-12-27', 'February', '2024-02-01'],
  ['The IMF, which will publish its outlook on Tuesday, cut its forecast.', '2019-10-11', 'Tuesday', '2019-10-15'],
  // a weekday as the object of a schedule ("scheduled for Friday") lies ahead; "on Friday" with a past verb lies behind
  ['The hearing is scheduled for Friday.', '2024-03-13', 'Friday', '2024-03-15'],
  ['The vote took place on Friday.', '2024-03-13', 'Friday', '2024-03-08'],
  ['Talks are slated for Thursday morning.', '2024-03-13', 'Thursday morning', '2024-03-14'],
  ['Officials met Wednesday morning and again on Thursday evening.', '2024-03-13', 'Thursday evening', '2024-03-07'],
  // a verb that moves an event, its object, then the new date: the new date lies ahead
  ['Officials postponed the launch until Friday.', '2024-03-13', 'Friday', '2024-03-15'],
  ['The judge adjourned the trial to Monday.', '2024-03-13', 'Monday', '2024-03-18'],
  ['Organizers moved the final to Sunday.', '2024-03-13', 'Sunday', '2024-03-17'],
  ['He moved to London on Friday.', '2024-03-13', 'Friday', '2024-03-08'],
  // deadlines (until/till/by) and scheduled changes point ahead; a past verb does not push a limit a year back
  ["The state government on Sunday extended the lockdown till May 24, officials said.", '2021-05-10', "May 24", '2021-05-24'],
  ["Officials said voters had until 5 p.m. on Oct. 27 to register.", '2024-10-18', "Oct. 27", '2024-10-27'],
  ["Lawmakers have until Friday to pass the spending bill.", '2024-03-12', "Friday", '2024-03-15'],
  ["The union has until midnight Friday to respond to the offer.", '2024-03-12', "Friday", '2024-03-15'],
  ["The mediator urged both sides to finish the talks by Saturday afternoon.", '2024-03-12', "Saturday afternoon", '2024-03-16'],
  ["The national minimum wage rises on Thursday.", '2024-03-12', "Thursday", '2024-03-14'],
  ["The talks lasted until Friday.", '2024-03-12', "Friday", '2024-03-08'],
  ["The grants are meant for businesses hurt by the May 21 flood.", '2024-06-06', 'May 21', '2024-05-21'],
  ["By Wednesday night it had more than 400 signatures, according to organizers.", '2024-02-08', 'Wednesday night', '2024-02-07'],
  ["The work must be done by Friday.", '2024-03-12', 'Friday', '2024-03-15'],
];

describe('dateTagger: tense picks the direction', () => {
  it.each(TENSE)('%s → %s', (sentence, published, text, start) => {
    const claim = run(dateTagger, sentence, published).find((c) => c.text === text);
    expect(claim, text).toBeDefined();
    expect((claim!.value as DateValue).start).toBe(start);
  });
});

describe('dateTagger: publication date', () => {
  it('gives a relative date no value without a publication date, and says why', () => {
    const [c] = run(dateTagger, 'The company announced the deal on Thursday.');
    expect(c.text).toBe('Thursday');
    expect(c.value).toBeNull();
    expect(c.reason).toMatch(/publication date/);
  });

  it.each([
    ['The hearing was moved to October 4.', 'October 4'],
    ['Ballots must arrive by 12 June.', '12 June'],
  ])('says a month-day without a year lacks the year, not that it is relative: %s', (sentence, text) => {
    const c = run(dateTagger, sentence).find((x) => x.text === text)!;
    expect(c.value).toBeNull();
    expect(c.reason).toMatch(/^no year:/);
    expect(c.reason).toMatch(/no publication date/);
    expect(c.reason).not.toMatch(/relative/);
  });

  it('keeps "relative date" for a weekday', () => {
    const [c] = run(dateTagger, 'The company announced the deal on Thursday.');
    expect(c.reason).toMatch(/^relative date:/);
  });

  it('still resolves a fully stated date without a publication date', () => {
    const [c] = run(dateTagger, 'Trade talks collapsed in May 2019.');
    expect(c.value).toMatchObject({ start: '2019-05-01', end: '2019-05-31', granularity: 'month', relative: false });
  });

  it('never reads the clock: the same input gives the same value', () => {
    const a = run(dateTagger, 'It happened last week.', '2019-10-09');
    const b = run(dateTagger, 'It happened last week.', '2019-10-09');
    expect(a).toEqual(b);
  });
});

describe('dateTagger: spans over a multi-sentence article', () => {
  it('offsets point into the whole text and the text equals the slice', () => {
    const text = 'Huawei was blacklisted in May.\nThe reprieve ends Nov. 18, officials said Monday.\nNothing here.';
    const claims = run(dateTagger, text, '2019-10-09');
    expect(claims.map((c) => [c.text, c.sentence])).toEqual([
      ['May', 0],
      ['Nov. 18', 1],
      ['Monday', 1],
    ]);
    for (const c of claims) expect(text.slice(c.span.start, c.span.end)).toBe(c.text);
  });

  it('is fast on long text (no catastrophic backtracking)', () => {
    const long = `${'On May 5 and 6 the 2019 talks in March, Q3, early 2018 - '.repeat(400)}\n${'9'.repeat(5000)} ${'May '.repeat(2000)}\nthe ${'x-'.repeat(3000)} ${'the last '.repeat(1000)}`;
    // the grammar alone (the shared refiners are timed by their own tests): ~0.2 s here
    const ctx = contextOf(long, '2019-10-09');
    const t0 = performance.now();
    const drafts = dateTagger.extract(ctx);
    expect(performance.now() - t0).toBeLessThan(10_000);
    expect(drafts.length).toBeGreaterThan(1000);
  });
});

describe.skipIf(!fs.existsSync(GOLD))('dateTagger: gold file', () => {
  it('meets the TempEval-style floors on fixtures/eval/tags/dates.jsonl', () => {
    const s = score(dateTagger, readGold(GOLD));
    expect(s.gold).toBeGreaterThanOrEqual(60);
    expect(s.relaxed, s.misses.join('\n')).toBeGreaterThanOrEqual(0.92);
    expect(s.strict, s.misses.join('\n')).toBeGreaterThanOrEqual(0.85);
    expect(s.value, s.misses.join('\n')).toBeGreaterThanOrEqual(0.85);
  });
});
