/** A small multi-outlet story (modelled on the Huawei licence coverage of Oct 2019), tagged by hand. */
import type { Article } from '../../src/model.js';
import { article, attribution, date, qty, quote } from './factory.js';

export function story(): Article[] {
  const nyt = article({
    id: 'nyt',
    publisher: 'The New York Times',
    published: '2019-10-09',
    sentences: [
      {
        text: 'The Commerce Department has received more than 130 applications from companies seeking licenses to sell to Huawei.',
        claims: [{ kind: 'count', text: 'more than 130 applications', value: qty(130, null, 'application', 'more-than') }],
      },
      {
        text: 'A spokesman for the Commerce Department said that "as of right this moment, the status quo holds."',
        claims: [{ kind: 'quote', text: '"as of right this moment, the status quo holds."', value: quote('as of right this moment, the status quo holds.', 'Commerce Department') }],
      },
      {
        text: 'President Trump gave the green light for approvals in a meeting last week, people familiar with the matter said.',
        claims: [{ kind: 'attribution', text: 'people familiar with the matter', value: attribution('people familiar with the matter', 'anonymous', 'said') }],
      },
      {
        text: 'The United States added Huawei to its entity list in May.',
        claims: [{ kind: 'date', text: 'May', value: date('2019-05-01', '2019-05-31', 'month') }],
      },
    ],
  });
  const silicon = article({
    id: 'silicon',
    publisher: 'Silicon UK',
    published: '2019-10-10',
    sentences: [
      {
        text: 'Last month the US Commerce Department said it had not issued any licences to companies, in spite of having received more than 130 applications.',
        claims: [{ kind: 'count', text: 'more than 130 applications', value: qty(130, null, 'application', 'more-than') }],
      },
      {
        text: 'A spokesman from the Commerce Department told the NY Times via email that "as of right this moment, the status quo holds."',
        claims: [
          { kind: 'quote', text: '"as of right this moment, the status quo holds."', value: quote('as of right this moment, the status quo holds.', 'Commerce Department') },
          { kind: 'attribution', text: 'the NY Times', value: attribution('the NY Times', 'publication', 'told') },
        ],
      },
      {
        text: 'Huawei has been on the US Entity List since mid May.',
        claims: [{ kind: 'date', text: 'mid May', value: date('2019-05-11', '2019-05-20', 'day') }],
      },
    ],
  });
  const cnbc = article({
    id: 'cnbc',
    publisher: 'CNBC',
    published: '2019-10-10',
    sentences: [
      {
        text: 'However, the government had received over a hundred applications for licenses as of late August, Reuters reported, though none had been granted.',
        claims: [
          { kind: 'count', text: 'over a hundred applications', value: qty(100, null, 'application', 'more-than') },
          { kind: 'attribution', text: 'Reuters', value: attribution('Reuters', 'publication', 'reported') },
        ],
      },
      {
        text: 'The reprieve was extended for another 90 days on August 19.',
        claims: [
          { kind: 'duration', text: '90 days', value: qty(90, 90, 'day') },
          { kind: 'date', text: 'August 19', value: date('2019-08-19', '2019-08-19', 'day') },
        ],
      },
    ],
  });
  const gadgets = article({
    id: 'gadgets',
    publisher: 'Gadgets Now',
    published: '2019-10-11',
    sentences: [
      {
        text: 'The U.S. Commerce Department has received more than 130 applications from companies for licenses to sell U.S. goods to Huawei, according to the New York Times.',
        claims: [
          { kind: 'count', text: 'more than 130 applications', value: qty(130, null, 'application', 'more-than') },
          { kind: 'attribution', text: 'the New York Times', value: attribution('the New York Times', 'publication', 'according to') },
        ],
      },
      {
        text: 'The Commerce Department told the Times, "as of right this moment, the status quo holds".',
        claims: [{ kind: 'quote', text: '"as of right this moment, the status quo holds"', value: quote('as of right this moment, the status quo holds', 'Commerce Department') }],
      },
      {
        text: 'Tensions mounted after the administration expanded its blacklist on Monday by adding 28 Chinese entities over human rights concerns.',
        claims: [{ kind: 'count', text: '28 Chinese entities', value: qty(28, 28, 'entity', 'exact', ['chinese']) }],
      },
      {
        text: 'The two countries meet this week for talks to end their 15-month trade war.',
        claims: [{ kind: 'duration', text: '15-month', value: qty(15, 15, 'month') }],
      },
    ],
  });
  const wire = article({
    id: 'wire',
    publisher: 'Reuters',
    published: '2019-10-12',
    sentences: [
      {
        text: 'The trade war between the two countries has lasted more than a year.',
        claims: [{ kind: 'duration', text: 'more than a year', value: qty(1, null, 'year', 'more-than') }],
      },
      {
        text: 'A spokesman said "as of this moment the status quo still holds," according to the department.',
        claims: [{ kind: 'quote', text: '"as of this moment the status quo still holds,"', value: quote('as of this moment the status quo still holds,', 'Commerce Department') }],
      },
      {
        text: 'The department blacklisted 12 Chinese software firms last year.',
        claims: [{ kind: 'count', text: '12 Chinese software firms', value: qty(12, 12, 'firm', 'exact', ['chinese', 'software']) }],
      },
    ],
  });
  return [nyt, silicon, cnbc, gadgets, wire];
}
