import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const split = (text: string): string[] => segment(text, []).map((s) => s.text);

type Row = readonly [text: string, expected: readonly string[]];

/** Each row: text and the exact sentences it must give. */
const TABLES: Record<string, readonly Row[]> = {
  'titles and name abbreviations': [
    ['Mr. Smith and Mrs. Jones met Dr. Patel.', ['Mr. Smith and Mrs. Jones met Dr. Patel.']],
    ['Gov. Gavin Newsom spoke. Sen. Chuck Grassley did not.', ['Gov. Gavin Newsom spoke.', 'Sen. Chuck Grassley did not.']],
    ['Lt. Gen. Mark Hertling and Col. Ann Wright agreed.', ['Lt. Gen. Mark Hertling and Col. Ann Wright agreed.']],
    ['Prof. Elena Marsh teaches at St. Louis University.', ['Prof. Elena Marsh teaches at St. Louis University.']],
    ['He met Rep. Jim Jordan. They talked.', ['He met Rep. Jim Jordan.', 'They talked.']],
    ['Martin Luther King Jr. Day is a holiday.', ['Martin Luther King Jr. Day is a holiday.']],
    ['The award went to John Doe Jr. He accepted it.', ['The award went to John Doe Jr.', 'He accepted it.']],
    ['Msgr. Thomas Kelly led the service.', ['Msgr. Thomas Kelly led the service.']],
  ],
  'company suffixes': [
    ['Apple Inc. and Microsoft Corp. reported profits.', ['Apple Inc. and Microsoft Corp. reported profits.']],
    ['Shares of Apple Inc. rose. The company said sales grew.', ['Shares of Apple Inc. rose.', 'The company said sales grew.']],
    ['The deal was run by J.P. Morgan Chase & Co. It closed Friday.', ['The deal was run by J.P. Morgan Chase & Co.', 'It closed Friday.']],
    ['Huawei Technologies Co. Chairman Liang Hua spoke.', ['Huawei Technologies Co. Chairman Liang Hua spoke.']],
    ['It sued Acme Ltd. in London.', ['It sued Acme Ltd. in London.']],
  ],
  'initials': [
    ['Former President George W. Bush spoke.', ['Former President George W. Bush spoke.']],
    ['J. Edgar Hoover ran the FBI.', ['J. Edgar Hoover ran the FBI.']],
    ['The firm J.P. Morgan advised.', ['The firm J.P. Morgan advised.']],
    ['He met James A. Baker III in Houston.', ['He met James A. Baker III in Houston.']],
    ['Robert A.M. Stern designed it.', ['Robert A.M. Stern designed it.']],
    ['They backed Plan B. The vote was close.', ['They backed Plan B.', 'The vote was close.']],
    ['It was you and I. Did you see Albert I. Jones?', ['It was you and I.', 'Did you see Albert I. Jones?']],
  ],
  'multi-period abbreviations': [
    ['The U.S. economy grew.', ['The U.S. economy grew.']],
    ['Sales to the U.S. rose. The company was pleased.', ['Sales to the U.S. rose.', 'The company was pleased.']],
    ['It plans a factory in the U.S. It has not chosen a site.', ['It plans a factory in the U.S.', 'It has not chosen a site.']],
    ['The U.S. Commerce Department said so.', ['The U.S. Commerce Department said so.']],
    ['The U.S. Senate voted. The U.K. Parliament did not.', ['The U.S. Senate voted.', 'The U.K. Parliament did not.']],
    ['He lives in Washington, D.C. He works downtown.', ['He lives in Washington, D.C.', 'He works downtown.']],
    ['She earned a Ph.D. in physics.', ['She earned a Ph.D. in physics.']],
    ['I live in the U.S. How about you?', ['I live in the U.S.', 'How about you?']],
    ['Officials from the U.N. arrived.', ['Officials from the U.N. arrived.']],
  ],
  'dates and numbered abbreviations': [
    ['The talks begin Oct. 9 in Washington.', ['The talks begin Oct. 9 in Washington.']],
    ['It was signed on Jan. 3, 2020. It took effect in March.', ['It was signed on Jan. 3, 2020.', 'It took effect in March.']],
    ['Exxon is the No. 2 producer.', ['Exxon is the No. 2 producer.']],
    ['See Fig. 3 and p. 55 for details.', ['See Fig. 3 and p. 55 for details.']],
    ['The poll was taken Sept. 4-7 among voters.', ['The poll was taken Sept. 4-7 among voters.']],
    ['Please turn to p. 55.', ['Please turn to p. 55.']],
  ],
  'times': [
    ['The vote is at 10 a.m. Thursday.', ['The vote is at 10 a.m. Thursday.']],
    ['Polls close at 8 p.m. Eastern time.', ['Polls close at 8 p.m. Eastern time.']],
    ['The market opened at 9:30 a.m. Traders were calm.', ['The market opened at 9:30 a.m.', 'Traders were calm.']],
    ['At 5 a.m. Mr. Smith left. He came back at 6 P.M. Mr. Smith then slept.', ['At 5 a.m. Mr. Smith left.', 'He came back at 6 P.M.', 'Mr. Smith then slept.']],
    ['The blast was at 4:15 a.m. and crews arrived fast.', ['The blast was at 4:15 a.m. and crews arrived fast.']],
    ['The last train leaves at 11:45 p.m.', ['The last train leaves at 11:45 p.m.']],
    ['It starts at 2 p.m. EDT on Monday.', ['It starts at 2 p.m. EDT on Monday.']],
  ],
  'numbers, money, versions': [
    ['It raised $1.5 billion. Shares rose 3.14 percent.', ['It raised $1.5 billion.', 'Shares rose 3.14 percent.']],
    ['Version v2.0 shipped. Users liked it.', ['Version v2.0 shipped.', 'Users liked it.']],
    ['She has $100.00. It is in her bag.', ['She has $100.00.', 'It is in her bag.']],
    ['Inflation hit 2.4% in September.', ['Inflation hit 2.4% in September.']],
    ['The index fell in 2018. 5G sales rose.', ['The index fell in 2018.', '5G sales rose.']],
  ],
  'quotes': [
    ['“We welcome it,” the group said. “We hope it continues.”', ['“We welcome it,” the group said.', '“We hope it continues.”']],
    ['“It works. It really works,” she said.', ['“It works.', 'It really works,” she said.']],
    ['“Is this the end?” asked Sen. Maria Alvarez.', ['“Is this the end?” asked Sen. Maria Alvarez.']],
    ['“Why now?” he asked. Nobody answered.', ['“Why now?” he asked.', 'Nobody answered.']],
    ['“We’re winning!” Trump said. The crowd cheered.', ['“We’re winning!” Trump said.', 'The crowd cheered.']],
    ['“Who knows?” Markets rose anyway.', ['“Who knows?”', 'Markets rose anyway.']],
    ['The aide called it ‘dead on arrival.’ Others disagreed.', ['The aide called it ‘dead on arrival.’', 'Others disagreed.']],
    ['She said, "This is great." She smiled.', ['She said, "This is great."', 'She smiled.']],
    ['She said, "This is great." she smiled.', ['She said, "This is great." she smiled.']],
    ['They chanted “Four more years!” as he spoke.', ['They chanted “Four more years!” as he spoke.']],
  ],
  'parentheses and brackets': [
    ['He left. (He later returned.) Then he slept.', ['He left.', '(He later returned.)', 'Then he slept.']],
    ['The reprieve (its fourth since May. It ends soon.) helps carriers.', ['The reprieve (its fourth since May. It ends soon.) helps carriers.']],
    ['The report [a draft was seen by AP] is due.', ['The report [a draft was seen by AP] is due.']],
    ['[Editor’s note: This story was updated.] The rest follows.', ['[Editor’s note: This story was updated.]', 'The rest follows.']],
    ['He teaches (He worked as an engineer.) at the school.', ['He teaches (He worked as an engineer.) at the school.']],
  ],
  'ellipses': [
    ['We will get a deal … and it will be great.', ['We will get a deal … and it will be great.']],
    ['“I don’t know…” she said. Then she left.', ['“I don’t know…” she said.', 'Then she left.']],
    ['He hesitated… Then he signed.', ['He hesitated…', 'Then he signed.']],
    ['The policy has failed. . . . It must end.', ['The policy has failed.', '. . . It must end.']],
    ['He said . . . well, nothing.', ['He said . . . well, nothing.']],
    ['I never meant that.... She left.', ['I never meant that....', 'She left.']],
    ['The memo ends: “We will review and . . .”', ['The memo ends: “We will review and . . .”']],
    ['"Bohr [...] used stairways [...]" (Smith 55).', ['"Bohr [...] used stairways [...]" (Smith 55).']],
  ],
  'lists': [
    ['1. The first item 2. The second item', ['1. The first item', '2. The second item']],
    ['1) Tariffs drop. 2) Purchases rise.', ['1) Tariffs drop.', '2) Purchases rise.']],
    ['a. The first item b. The second item', ['a. The first item', 'b. The second item']],
    ['• 9. The first item • 10. The second item', ['• 9. The first item', '• 10. The second item']],
    ['Provisions:\n1. Tariffs are suspended.\n2. China buys more.', ['Provisions:', '1. Tariffs are suspended.', '2. China buys more.']],
    ['Key dates:\n• Oct. 10: talks begin\n• Oct. 15: tariffs rise', ['Key dates:', '• Oct. 10: talks begin', '• Oct. 15: tariffs rise']],
    ['Steps\n- Apply online\n- Wait for review', ['Steps', '- Apply online', '- Wait for review']],
  ],
  'web addresses, emails, files, names': [
    ['See https://www.commerce.gov/news/report.html. It is long.', ['See https://www.commerce.gov/news/report.html.', 'It is long.']],
    ['Write to press@commerce.gov. Replies take a day.', ['Write to press@commerce.gov.', 'Replies take a day.']],
    ['Her email is Jane.Doe@example.com. I wrote her.', ['Her email is Jane.Doe@example.com.', 'I wrote her.']],
    ['Amazon.com said it would comply.', ['Amazon.com said it would comply.']],
    ['She worked at Yahoo! for years.', ['She worked at Yahoo! for years.']],
    ['The file annual_report.PDF was posted. It is long.', ['The file annual_report.PDF was posted.', 'It is long.']],
    ['Visit www.example.org. Registration closes Friday.', ['Visit www.example.org.', 'Registration closes Friday.']],
    ['The app uses Node.js and ASP.NET internally.', ['The app uses Node.js and ASP.NET internally.']],
  ],
  'missing space after a period': [
    ['It was not made public.The Commerce Department said so.', ['It was not made public.', 'The Commerce Department said so.']],
    ['Hello world.Today is Tuesday.Mr. Smith left.', ['Hello world.', 'Today is Tuesday.', 'Mr. Smith left.']],
    ['He bought 1,000.That is a lot.', ['He bought 1,000.', 'That is a lot.']],
    ['The U.S.A. team won.', ['The U.S.A. team won.']],
  ],
  'headlines, bylines, line breaks': [
    ['Commerce Clears Some Huawei Sales\nBy Jane Holloway\nWASHINGTON — It began.', ['Commerce Clears Some Huawei Sales', 'By Jane Holloway', 'WASHINGTON — It began.']],
    ['A logo in Beijing.\nFred Dufour | AFP | Getty Images\nThe U.S. acted.', ['A logo in Beijing.', 'Fred Dufour | AFP | Getty Images', 'The U.S. acted.']],
    ['Huawei ban\nThe US move would involve licences.', ['Huawei ban', 'The US move would involve licences.']],
    ['US officials confirm first permits for suppliers\nThe decision came Wednesday.', ['US officials confirm first permits for suppliers', 'The decision came Wednesday.']],
    ['This is a sentence\ncut off in the middle.', ['This is a sentence\ncut off in the middle.']],
    ['Sales were made according to\nThe New York Times.', ['Sales were made according to\nThe New York Times.']],
    ['First paragraph.\n\nSecond paragraph', ['First paragraph.', 'Second paragraph']],
    ['Headline without a period\n\nBody text here.', ['Headline without a period', 'Body text here.']],
    ['features\ncontact manager\nevents, activities\n', ['features', 'contact manager', 'events, activities']],
  ],
  'CRLF and non-breaking spaces': [
    ['Stocks Rally\r\n\r\nU.S. stocks rose. The Dow gained.\r\n', ['Stocks Rally', 'U.S. stocks rose.', 'The Dow gained.']],
    ['He left.\u00a0“This storm is deadly,” he said.', ['He left.', '“This storm is deadly,” he said.']],
    ['It hit at 7:15\u00a0a.m. on Friday.', ['It hit at 7:15\u00a0a.m. on Friday.']],
    ['  Leading and trailing spaces.  ', ['Leading and trailing spaces.']],
  ],
  'never splits': [
    ['The ruling in Smith v. Jones stands.', ['The ruling in Smith v. Jones stands.']],
    ['Some products, e.g. routers, face scrutiny.', ['Some products, e.g. routers, face scrutiny.']],
    ['Others, i.e. those without encryption, are exempt.', ['Others, i.e. those without encryption, are exempt.']],
    ['Trump vs. Biden was the matchup.', ['Trump vs. Biden was the matchup.']],
    ['It covers chips, software, etc. It does not cover phones.', ['It covers chips, software, etc.', 'It does not cover phones.']],
    ['The plant in Springfield, Ill., employs 1,500.', ['The plant in Springfield, Ill., employs 1,500.']],
    ['It is 3.14159 exactly.', ['It is 3.14159 exactly.']],
    ['', []],
    ['   \n\n  ', []],
  ],
};

for (const [name, rows] of Object.entries(TABLES)) {
  describe(name, () => {
    it.each(rows.map(([text, expected]) => [JSON.stringify(text), text, expected] as const))('%s', (_label, text, expected) => {
      expect(split(text)).toEqual(expected);
    });
  });
}
