import { describe, expect, it } from 'vitest';
import type { AttributionValue } from '../../src/model.js';
import { run } from './speech-helpers.js';

/**
 * Sources the first attribution tables missed: lower-case role words before a name ("food bank
 * director Ana Soto said"), lower-case owners ("the city's transportation department"), documents
 * ("according to a court filing"), relative pronouns after an organization ("…, which said"),
 * quantified plural groups ("three policymakers told"), listeners left out of the span ("told the
 * ABC"), and names kept as printed ("Bloomberg News", "Department of Justice").
 */
const VALID: [string, [string, AttributionValue][]][] = [
  ["Shelter volunteers turned people away on Friday, homeless services coordinator Dana Whitfield said.", [["homeless services coordinator Dana Whitfield said", { source: "Dana Whitfield", kind: "named-person", cue: "said" }]]],
  ["Parks director Luis Ortega said the pools would reopen in June.", [["Parks director Luis Ortega said", { source: "Luis Ortega", kind: "named-person", cue: "said" }]]],
  ["The count was delayed by a software fault, according to county elections chief Rosa Patel.", [["according to county elections chief Rosa Patel", { source: "Rosa Patel", kind: "named-person", cue: "according to" }]]],
  ["School board member Kevin Doyle said the budget was not sustainable.", [["School board member Kevin Doyle said", { source: "Kevin Doyle", kind: "named-person", cue: "said" }]]],
  ["Ridership fell sharply last year, according to the state's transit authority.", [["according to the state's transit authority", { source: "state's transit authority", kind: "organization", cue: "according to" }]]],
  ["The city assessor's office said property values had risen.", [["The city assessor's office said", { source: "city assessor's office", kind: "organization", cue: "said" }]]],
  ["The senator failed to disclose the loan, according to a court filing.", [["according to a court filing", { source: "court filing", kind: "anonymous", cue: "according to" }]]],
  ["The vaccine cut hospital admissions by half, according to a study published in the New England Journal of Medicine.", [["according to a study published in the New England Journal of Medicine", { source: "New England Journal of Medicine", kind: "publication", cue: "according to" }]]],
  ["Staff were told to delete the files, according to internal emails reviewed by the Guardian.", [["according to internal emails reviewed by the Guardian", { source: "The Guardian", kind: "publication", cue: "according to" }]]],
  ["Councillor Amy Shaw left the meeting early. The plan was rushed, she told reporters.", [["she told", { source: "Amy Shaw", kind: "named-person", cue: "told" }]]],
  ["The outage was caused by a faulty update, the company said. It was later contradicted by Ofcom, which said the fault lay elsewhere.", [["the company said", { source: "company", kind: "organization", cue: "said" }], ["which said", { source: "Ofcom", kind: "organization", cue: "said" }]]],
  ["The central bank is expected to pause, three policymakers told Bloomberg.", [["three policymakers told", { source: "three policymakers", kind: "anonymous", cue: "told" }]]],
  ["Sky News understands the talks will resume on Monday.", [["Sky News understands", { source: "Sky News", kind: "publication", cue: "understands" }]]],
  ["The budget will return to surplus, Finance Minister Kate Ryan told the ABC.", [["Finance Minister Kate Ryan told", { source: "Kate Ryan", kind: "named-person", cue: "told" }]]],
  ["The deal is worth $2 billion, the Canadian Press reported.", [["the Canadian Press reported", { source: "Canadian Press", kind: "publication", cue: "reported" }]]],
  ["The strike will spread, Bloomberg News reported.", [["Bloomberg News reported", { source: "Bloomberg News", kind: "publication", cue: "reported" }]]],
  ["The policy is under review, a Department for Business, Energy and Industrial Strategy spokesman said.", [["a Department for Business, Energy and Industrial Strategy spokesman said", { source: "Department for Business, Energy and Industrial Strategy spokesman", kind: "organization", cue: "said" }]]],
  ["The Department of Justice said it would appeal the ruling.", [["The Department of Justice said", { source: "Department of Justice", kind: "organization", cue: "said" }]]],
  ["It was over, said senior water engineer Tom Hale.", [["said senior water engineer Tom Hale", { source: "Tom Hale", kind: "named-person", cue: "said" }]]],
  ["The march will go ahead, according to lead organizer Priya Nair.", [["according to lead organizer Priya Nair", { source: "Priya Nair", kind: "named-person", cue: "according to" }]]],
  ["Hours later, after Dana Whitfield said she would resign, the board met.", [["Dana Whitfield said", { source: "Dana Whitfield", kind: "named-person", cue: "said" }]]],
  // a name in apposition after an organization noun; plural company heads (not a surname with a first name)
  ["The union, Unison, balloted its members last month. The offer is an insult, the union said.", [["the union said", { source: "Unison", kind: "organization", cue: "said" }]]],
  ["Ferries were cancelled because of high winds, Associated British Ports said.", [["Associated British Ports said", { source: "Associated British Ports", kind: "organization", cue: "said" }]]],
  ["“We are reviewing the decision,” said Tom Banks, a local councillor.", [["said Tom Banks", { source: "Tom Banks", kind: "named-person", cue: "said" }]]],
  // a clergy title and "of <organization>" after a name: the source is the person's name
  ["Chaplain Marta Ruiz of Grace Lutheran said the chapel would stay open.", [["Chaplain Marta Ruiz of Grace Lutheran said", { source: "Marta Ruiz", kind: "named-person", cue: "said" }]]],
  // "an analysis by <descriptor> X": the source is the name after the descriptor, even when it opens like a sentence word
  ["Rents rose faster than wages, according to a survey by the charity Open Door.", [["according to a survey by the charity Open Door", { source: "Open Door", kind: "organization", cue: "according to" }]]],
  // a possessive inside an organization's name stays in the name
  ["The Welsh Farmers’ Union said nothing. The Irish Fishermen’s Association said the ban was unworkable.", [["The Irish Fishermen’s Association said", { source: "Irish Fishermen’s Association", kind: "organization", cue: "said" }]]],
  // a scope adjective makes a lower-case description one body as written, never a place named before
  ["BRANFORD — Rivers rose overnight in Branford. The national flood agency warned of more rain on Friday.", [["The national flood agency warned", { source: "national flood agency", kind: "organization", cue: "warned" }]]],
  ["The state highway department said the bridge would reopen. Crews were sent, according to the department.", [["The state highway department said", { source: "state highway department", kind: "organization", cue: "said" }], ["according to the department", { source: "state highway department", kind: "organization", cue: "according to" }]]],
  // a company descriptor opening the sentence is not part of the name; a shortened company name is the company named before
  ["Retailer Brightwell said it would close six stores.", [["Retailer Brightwell said", { source: "Brightwell", kind: "organization", cue: "said" }]]],
  ["The contract went to Harlow Crest Energy in May. Harlow Crest has said it will hire locally.", [["Harlow Crest has said", { source: "Harlow Crest Energy", kind: "organization", cue: "said" }]]],
  // a plural agent noun as the whole subject is an anonymous group
  ["Policymakers said rates would stay high for longer.", [["Policymakers said", { source: "Policymakers", kind: "anonymous", cue: "said" }]]],
  ["Rates will stay high for longer, policymakers said.", [["policymakers said", { source: "policymakers", kind: "anonymous", cue: "said" }]]],
  ["The ban was welcomed by campaigners, who said it was long overdue.", [["campaigners, who said", { source: "campaigners", kind: "anonymous", cue: "said" }]]],
  ["Western diplomats said the talks had stalled.", [["Western diplomats said", { source: "Western diplomats", kind: "anonymous", cue: "said" }]]],
  ["The organisers said 5,000 people attended the march.", [["The organisers said", { source: "organisers", kind: "anonymous", cue: "said" }]]],
  ["Sales rose in the run-up to Christmas, retailers said.", [["retailers said", { source: "retailers", kind: "anonymous", cue: "said" }]]],
  // a plural organization noun reads like "they": the two companies named together
  ["Intel and Micron announced a joint venture on Monday, the companies said in a statement.", [["Intel and Micron announced", { source: "Intel and Micron", kind: "organization", cue: "announced" }], ["the companies said", { source: "Intel and Micron", kind: "organization", cue: "said" }]]],
  // a full name after an inverted verb keeps its appositive out of the source; "which" needs a speech verb
  ["“We need answers,” said Senator Mark Warner, a Virginia Democrat.", [["said Senator Mark Warner", { source: "Mark Warner", kind: "named-person", cue: "said" }]]],
];

const NEGATIVE: string[] = [
  "The defendant concealed the payments, according to the indictment.",
  "The defendant concealed the payments, according to the complaint.",
  "He thanked volunteer coordinator Dana Whitfield for her work.",
  "Several companies raised prices in March.",
  "The United States blacklisted the firm in May.",
  "Numbers matter more than ever.",
  "The land was ceded under the Treaty of Waitangi, which declared British sovereignty.",
];

function attributionsOf(text: string) {
  const { ctx, claims } = run(text);
  const atts = claims.filter((c) => c.kind === 'attribution');
  for (const c of atts) expect(ctx.text.slice(c.span.start, c.span.end)).toBe(c.text);
  return atts;
}

describe('attribution sources: role words, owners, documents, relatives, groups', () => {
  it.each(VALID)('%s', (text, expected) => {
    expect(attributionsOf(text).map((c) => [c.text, c.value])).toEqual(expected);
  });
  it.each(NEGATIVE)('no attribution: %s', (text) => {
    expect(attributionsOf(text)).toEqual([]);
  });
});
