/**
 * Context rules of the quantity taggers: ages in apposition and dialled codes are not counts,
 * model names between a number and its noun, currency names with a country adjective, pence,
 * shares listed after a percentage, bare "half" after an approximator, fractional rate moves
 * ("a quarter point"), ranking verbs with fillers, "second most valuable", and a verb after an
 * ordinal's noun.
 */
import { describe, expect, it } from 'vitest';
import { contextOf, invalidCases, QUANTITY_TAGGERS, validCases, type Expected } from './harness.js';

type Case = readonly [string, ...Expected[]];

const counts: Case[] = [
  // ages between commas are dropped, real counts in the same sentence stay
  ['Mendes, 58, told reporters that 14 miners were trapped.', ['14 miners', 14, 14, 'miner', 'exact']],
  ['The pilot, 47, and 120 passengers were unhurt.', ['120 passengers', 120, 120, 'passenger', 'exact']],
  // a number in commas that is not after a person stays a count
  ['Of the applicants, 300, or about half, were accepted.', ['300', 300, 300, '', 'exact']],
  ['The death toll, 212, is expected to rise.', ['212', 212, 212, '', 'exact']],
  // "called" with a counted noun is still a count
  ['The inquiry called 18 witnesses over the summer.', ['18 witnesses', 18, 18, 'witness', 'exact']],
  ['The council texted 400 residents a warning.', ['400 residents', 400, 400, 'resident', 'exact']],
  // model names between the number and the noun
  ['The carrier parked 41 Airbus A220 aircraft at the base.', ['41 Airbus A220 aircraft', 41, 41, 'aircraft', 'exact', ['airbus', 'a220']]],
  ['Regulators inspected 12 Bombardier Q400 turboprops.', ['12 Bombardier Q400 turboprops', 12, 12, 'turboprop', 'exact', ['bombardier', 'q400']]],
  ['The army received 30 Leopard 2 tanks last year.', ['30 Leopard 2 tanks', 30, 30, 'tank', 'exact', ['leopard', '2']]],
  ['Qantas bought 20 787 Dreamliners.', ['20 787 Dreamliners', 20, 20, 'dreamliner', 'exact', ['787']]],
  ['The airline will lease 40 more Airbus A321 jets.', ['40 more Airbus A321 jets', 40, 40, 'jet', 'exact', ['more', 'airbus', 'a321']]],
  ['Apple shipped 8 million iPhone 14 handsets.', ['8 million iPhone 14 handsets', 8e6, 8e6, 'handset', 'exact', ['iphone', '14']]],
  ['The carrier idled 33 of its Embraer E190 planes.', ['33 of its Embraer E190 planes', 33, 33, 'plane', 'exact', ['embraer', 'e190']]],
  ['The retired surgeon, 70, said 9 clinics would close.', ['9 clinics', 9, 9, 'clinic', 'exact']],
  ['The helpline took 900 calls to 111 in a day.', ['900 calls', 900, 900, 'call', 'exact']],
  // a capitalized plural right after the number is an ordinary unit
  ['Some 15 Republicans crossed the aisle.', ['Some 15 Republicans', 13.5, 16.5, 'republican', 'about']],
];

const notCounts: string[] = [
  'Okafor, 29, was named captain on Tuesday.',
  'The defendant, 63, denied the charges.',
  'A grandmother-of-five, 71, was among the injured.',
  'Paramedics treated a cyclist, 22, at the scene.',
  'The singer (34) has not commented.',
  'The twins, both 9, were found safe.',
  'Mandela, then 71, walked free.',
  'The geologist, 56, and the co-pilot, 39, survived.',
  'The victims, 19 and 23, were named on Monday.',
  'The crash killed a pensioner, 88.',
  'Patients should dial 119 for an ambulance.',
  'If in doubt, ring 101 or 999.',
  'Readers can call us on 116 123 at any time.',
  'To donate, text GIVE to 70085.',
  'Send the word JOIN to 81010 to sign up.',
  'Voters were asked to call 311 with complaints.',
  // a bare number after "on" is a level or a score
  'In the previous survey the Greens were on 11.',
  // "at one point" is an adverbial
  'At one stage the talks nearly collapsed.',
];

const money: Case[] = [
  ['The bank was fined 4 million Swiss francs.', ['4 million Swiss francs', 4e6, 4e6, 'CHF', 'exact']],
  ['The rescue cost 90 billion Danish kroner.', ['90 billion Danish kroner', 90e9, 90e9, 'DKK', 'exact']],
  ['Fees rose to 1,200 Kenyan shillings a month.', ['1,200 Kenyan shillings', 1200, 1200, 'KES', 'exact']],
  ['He paid 25,000 South Korean won for lunch.', ['25,000 South Korean won', 25000, 25000, 'KRW', 'exact']],
  ['The loan is worth 2 billion Egyptian pounds.', ['2 billion Egyptian pounds', 2e9, 2e9, 'EGP', 'exact']],
  ['Wages average 800 Polish zloty.', ['800 Polish zloty', 800, 800, 'PLN', 'exact']],
  ['Profits reached 3 billion Swedish kronor.', ['3 billion Swedish kronor', 3e9, 3e9, 'SEK', 'exact']],
  ['The stake was sold for 600 million Mexican pesos.', ['600 million Mexican pesos', 600e6, 600e6, 'MXN', 'exact']],
  ['Stamps now cost 95p, up from 85p.', ['95p', 0.95, 0.95, 'GBP', 'exact'], ['85p', 0.85, 0.85, 'GBP', 'exact']],
  ['Shares slipped 4.5p to 212p.', ['4.5p', 0.045, 0.045, 'GBP', 'exact'], ['212p', 2.12, 2.12, 'GBP', 'exact']],
  ['The charity raised 70,000 pounds sterling.', ['70,000 pounds sterling', 70000, 70000, 'GBP', 'exact']],
];

const notMoney: string[] = [
  'The trailer streams in 720p and 1080p.',
  'The Swiss team won 3 medals.',
  'He lost 12 pounds on the diet.',
  'The meeting starts at 5pm.',
];

const percents: Case[] = [
  // shares listed after a percentage inherit it
  ['The Greens polled 31%, the Social Democrats 26 and the Liberals 12.', ['31%', 31, 31, 'percent', 'exact'], ['26', 26, 26, 'percent', 'exact'], ['12', 12, 12, 'percent', 'exact']],
  ['The Liberals 31, the Greens 18 and the Nationals 9 per cent.', ['31', 31, 31, 'percent', 'exact'], ['18', 18, 18, 'percent', 'exact'], ['9 per cent', 9, 9, 'percent', 'exact']],
  ['Approval stood at 44 percent in May and 39 in June.', ['44 percent', 44, 44, 'percent', 'exact'], ['39', 39, 39, 'percent', 'exact']],
  ['Inflation was 3.4% in 2022, against 2 in 2021.', ['3.4%', 3.4, 3.4, 'percent', 'exact'], ['2', 2, 2, 'percent', 'exact']],
  ['The SNP is on 33%, according to a new Ipsos survey for STV, with Labour on 29.', ['33%', 33, 33, 'percent', 'exact'], ['29', 29, 29, 'percent', 'exact']],
  ['Support dropped 6 percentage points, to 35.', ['6 percentage points', 6, 6, 'percentage-point', 'exact'], ['35', 35, 35, 'percent', 'exact']],
  // a verb starts a new clause, a noun follows, or the number is too big: not a share
  ['Sales rose 8% and the shares closed at 61.', ['8%', 8, 8, 'percent', 'exact']],
  ['Turnout reached 70%, and 15 people were detained.', ['70%', 70, 70, 'percent', 'exact']],
  ['The index added 0.8%, to 4,512.', ['0.8%', 0.8, 0.8, 'percent', 'exact']],
  // a change in percent, then a level in the base unit
  ['The shares slid 4% to 38.', ['4%', 4, 4, 'percent', 'exact']],
  ['The stock ended 1.5% lower at 22.', ['1.5%', 1.5, 1.5, 'percent', 'exact']],
  ['Joblessness rose 0.3 percentage points to 5.2.', ['0.3 percentage points', 0.3, 0.3, 'percentage-point', 'exact'], ['5.2', 5.2, 5.2, 'percent', 'exact']],
  ['The bank cut by three quarters of a percentage point.', ['three quarters of a percentage point', 0.75, 0.75, 'percentage-point', 'exact']],
  // bare "half" after an approximator
  ['Roughly half voted for the deal.', ['Roughly half', 45, 55, 'percent', 'about']],
  ['Profits fell by almost half.', ['almost half', 45, 50, 'percent', 'about']],
  ['More than half, 54 percent, disagreed.', ['More than half', 50, null, 'percent', 'more-than'], ['54 percent', 54, 54, 'percent', 'exact']],
  // fractional rate moves
  ['The central bank trimmed rates by a quarter point.', ['a quarter point', 0.25, 0.25, 'percentage-point', 'exact']],
  ['Markets expect a half-point hike in March.', ['a half-point', 0.5, 0.5, 'percentage-point', 'exact']],
  ['The Fed lifted its benchmark rate by three-quarters of a point.', ['three-quarters of a point', 0.75, 0.75, 'percentage-point', 'exact']],
  ['Mortgage rates rose by half a point.', ['half a point', 0.5, 0.5, 'percentage-point', 'exact']],
];

const notPercents: string[] = [
  // bare "point" outside rate talk, "at one point", "half" in other phrases
  'The striker won by half a point in the chess final.',
  'At one point the bank considered a merger.',
  'Nearly half a million tickets were sold.',
  'The match was goalless at about half-time.',
];

const ordinals: Case[] = [
  ['The country is ranked just 31st for press freedom.', ['31st', 31, 31, '', 'exact']],
  ['She ended up finishing third behind two Kenyans.', ['third', 3, 3, '', 'exact']],
  ['The club climbed to fourth in the table.', ['fourth', 4, 4, '', 'exact']],
  ['The team came in second again.', ['second', 2, 2, '', 'exact']],
  ['The favourite came a distant second.', ['second', 2, 2, '', 'exact']],
  ['It is Europe’s third most visited museum.', ['third most visited museum', 3, 3, 'museum', 'exact', ['most visited']]],
  ['The state’s fifth-most-populous city grew fast.', ['fifth-most-populous city', 5, 5, 'city', 'exact', ['most populous']]],
  ['The probe’s first photo reveals a ring.', ['first photo', 1, 1, 'photo', 'exact']],
  ['The bank’s second branch opens in May.', ['second branch', 2, 2, 'branch', 'exact']],
  ['Its third survey shows a drop.', ['third survey', 3, 3, 'survey', 'exact']],
];

const notOrdinals: string[] = [
  'They will meet again on the 14th.',
  'It was the most he had ever earned.',
];

describe('quantity context rules', () => {
  describe('counts', () => validCases('count', counts));
  describe('not counts', () => invalidCases('count', notCounts));
  describe('money', () => validCases('money', money));
  describe('not money', () => invalidCases('money', notMoney));
  describe('percent', () => validCases('percent', percents));
  describe('not percent', () => invalidCases('percent', notPercents));
  describe('ordinals', () => validCases('ordinal', ordinals));
  describe('not ordinals', () => invalidCases('ordinal', notOrdinals));
});

describe('quantity context rules on long lists', () => {
  it('stay linear on long comma lists of small numbers, names and shares', () => {
    const text = ['1, 2, 3, 4, 5, '.repeat(4000), 'Smith, 5, '.repeat(2000), 'Labour 30%, Reform 25, '.repeat(2000), 'call 111 or 999 or '.repeat(2000)].join('. ');
    const ctx = contextOf(text);
    const t0 = performance.now();
    const drafts = QUANTITY_TAGGERS.flatMap((t) => t.extract(ctx));
    expect(drafts.length).toBeGreaterThan(20000);
    expect(performance.now() - t0).toBeLessThan(10_000); // linear: well under a second unloaded
  });
});
