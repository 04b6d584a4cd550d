/**
 * Word lists for the sentence segmenter. Every list is data; the decision logic lives in
 * `decide.ts`. Abbreviations are written without their final period.
 */

/** How a known abbreviation behaves when the word after it is capitalized. */
export type AbbrevKind =
  /** Prepositive title ("Mr. Smith", "Sen. Warren", "St. Louis"): never ends a sentence before a capital or digit. */
  | 'title'
  /** Only before a number ("No. 2", "p. 55", "Oct. 9"): a digit never starts a new sentence, a capital word does. */
  | 'numeric'
  /** Postpositive or ambiguous ("Inc.", "Jr.", "Calif."): ends a sentence only before a sentence-starting word. */
  | 'post'
  /** Never ends a sentence ("e.g.", "vs."). */
  | 'never'
  /** Ends a sentence before any capitalized word ("etc."). */
  | 'weak';

const TITLES = [
  'Mr', 'Mrs', 'Ms', 'Messrs', 'Mmes', 'Mme', 'Mlle', 'Dr', 'Drs', 'Prof', 'Profs', 'Gov', 'Govs', 'Sen', 'Sens',
  'Rep', 'Reps', 'Gen', 'Gens', 'Lt', 'Col', 'Capt', 'Cmdr', 'Cmdt', 'Sgt', 'Adm', 'Maj', 'Cpl', 'Pvt', 'Pfc', 'Spc',
  'Brig', 'Rev', 'Revs', 'Hon', 'Pres', 'Supt', 'Insp', 'Det', 'Atty', 'Amb', 'Ald', 'Msgr', 'Fr', 'Mt', 'Mts', 'Ft',
  'St', 'Ste', 'Sta', 'Pt', 'Rt', 'Gov-elect', 'Lt-Gen', 'Sec', 'Secs', 'Treas', 'Dep', 'Asst', 'Assoc', 'Comr', 'Commr',
  'Supt', 'Hr', 'Mx',
];

const NUMERIC = [
  'No', 'Nos', 'no', 'nos', 'Nr', 'nr', 'p', 'pp', 'Vol', 'vol', 'Vols', 'vols', 'Fig', 'fig', 'Figs', 'figs',
  'Art', 'art', 'Ch', 'ch', 'Chap', 'chap', 'Sec', 'sec', 'para', 'Para', 'paras', 'ca', 'c', 'op',
  'ed', 'Ed', 'eds', 'ver', 'Ver', 'tel', 'Tel', 'ext', 'Ext', 'Hwy', 'hwy', 'Apt', 'apt', 'Rm', 'rm', 'Bldg', 'bldg',
  'Ex', 'ex', 'Sch', 'Ps', 'Prop', 'prop', 'Amdt', 'Ord', 'ord', 'Reg', 'reg', 'Regs', 'Sched', 'Tab', 'tab', 'Eq', 'eq',
  'N°', 'n°', 'Nº', 'nº', 'No°', '#',
  // months (AP style abbreviates them before a day: "Oct. 9")
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
];

const POST = [
  // company and name suffixes
  'Inc', 'inc', 'Corp', 'corp', 'Co', 'co', 'Cos', 'Ltd', 'ltd', 'Bros', 'Jr', 'jr', 'Sr', 'sr', 'Esq', 'Plc', 'Pty',
  'Intl', 'Assn', 'Assoc', 'Dept', 'dept', 'Div', 'Univ', 'Inst', 'Mfg', 'Natl', 'Govt', 'govt', 'Admin',
  // places and addresses
  'Ave', 'Blvd', 'Rd', 'Ln', 'Pl', 'Sq', 'Pkwy', 'Hts', 'Mtn', 'Jct', 'Cty', 'st',
  // AP state abbreviations (capitalized forms only, so "ill." or "mass." stay ordinary words)
  'Ala', 'Ariz', 'Ark', 'Calif', 'Cal', 'Colo', 'Conn', 'Del', 'Fla', 'Ga', 'Ill', 'Ind', 'Kan', 'Kans', 'Ky', 'La',
  'Md', 'Mass', 'Mich', 'Minn', 'Miss', 'Mo', 'Mont', 'Neb', 'Nev', 'Okla', 'Ore', 'Pa', 'Penn', 'Tenn', 'Tex', 'Vt',
  'Va', 'Wash', 'Wis', 'Wisc', 'Wyo', 'Alta', 'Ont', 'Que', 'Sask', 'Man',
  // misc
  'al', 'dist', 'Dist', 'est', 'Est', 'dia', 'max', 'min', 'mins', 'hr', 'hrs', 'sq', 'ft', 'oz', 'lb', 'lbs', 'mi',
  'mo', 'mos', 'yr', 'yrs', 'wk', 'wks', 'Ret', 'ret', 'gov', 'mgr', 'Mgr', 'dir', 'Dir', 'Hosp', 'Ph', 'Phil', 'Jan',
  'Mon', 'Tue', 'Tues', 'Wed', 'Thu', 'Thur', 'Thurs', 'Fri',
];

const NEVER = ['approx', 'Approx', 'e.g', 'i.e', 'eg', 'ie', 'vs', 'v', 'viz', 'cf', 'Vs', 'Cf', 'a.k.a', 'aka', 'incl', 'Incl', 'resp', 'w.r.t'];

const WEAK = ['etc', 'Etc'];

function table(): Map<string, AbbrevKind> {
  const m = new Map<string, AbbrevKind>();
  // later lists win: a word that is a title and numeric (Sec) stays a title
  for (const w of POST) m.set(w, 'post');
  for (const w of NUMERIC) m.set(w, 'numeric');
  for (const w of TITLES) m.set(w, 'title');
  for (const w of NEVER) m.set(w, 'never');
  for (const w of WEAK) m.set(w, 'weak');
  return m;
}

/** Known abbreviations (exact case, final period removed). */
export const ABBREVIATIONS: ReadonlyMap<string, AbbrevKind> = table();

/**
 * Capitalized words that open sentences and almost never follow an abbreviation inside one
 * ("U.S. The" ends a sentence, "U.S. Government" does not).
 */
export const SENTENCE_STARTERS: ReadonlySet<string> = new Set([
  'A', 'About', 'Above', 'According', 'Additionally', 'After', 'Afterward', 'Again', 'Against', 'All', 'Almost', 'Along',
  'Already', 'Also', 'Although', 'Always', 'Among', 'An', 'And', 'Another', 'Any', 'Anyone', 'Anything', 'Are',
  'Around', 'As', 'Asked', 'At', 'Back', 'Because', 'Before', 'Both', 'But', 'By', 'Can', 'Could', 'Despite', 'Did',
  'Do', 'Does', 'During', 'Each', 'Earlier', 'Either', 'Even', 'Ever', 'Every', 'Few', 'Finally', 'First', 'For',
  'From', 'Further', 'Furthermore', 'Given', 'Had', 'Has', 'Have', 'He', 'Her', 'Here', 'Hers', 'Him', 'His', 'How',
  'However', 'I', 'If', 'In', 'Indeed', 'Instead', 'Is', 'It', 'Its', 'Just', 'Last', 'Later', 'Let', 'Like', 'Many',
  'May', 'Meanwhile', 'More', 'Moreover', 'Most', 'Much', 'Must', 'My', 'Neither', 'Never', 'Nevertheless', 'Next',
  'No', 'None', 'Nor', 'Not', 'Nothing', 'Now', 'Of', 'Often', 'On', 'Once', 'One', 'Only', 'Or', 'Other', 'Others',
  'Otherwise', 'Our', 'Over', 'Perhaps', 'Rather', 'Several', 'She', 'Should', 'Similarly', 'Since', 'So', 'Some',
  'Someone', 'Something', 'Soon', 'Still', 'Such', 'That', 'The', 'Their', 'Them', 'Then', 'There', 'Therefore',
  'These', 'They', 'This', 'Those', 'Though', 'Thus', 'To', 'Today', 'Together', 'Too', 'Under', 'Unlike', 'Until',
  'Was', 'We', 'Were', 'What', 'Whatever', 'When', 'Where', 'Whether', 'Which', 'While', 'Who', 'Whom', 'Whose', 'Why',
  'Will', 'With', 'Within', 'Without', 'Would', 'Yes', 'Yet', 'You', 'Your',
  // plural nouns that open news sentences but never continue a name after "U.S." or "Inc." in prose
  'Officials', 'Police', 'Authorities', 'Analysts', 'Investors', 'Critics', 'Experts', 'Residents', 'Lawmakers',
  'Shares', 'Sales', 'Prices', 'Stocks', 'Markets', 'Economists', 'Scientists', 'Researchers', 'Witnesses',
  'Prosecutors', 'Protesters', 'Supporters', 'Opponents', 'Voters', 'Workers', 'Employees', 'Customers', 'Consumers',
  'Companies', 'Negotiators', 'Diplomats', 'Leaders', 'Doctors', 'Patients', 'Farmers', 'Executives', 'Traders',
  'Regulators', 'Investigators', 'Observers', 'Everyone', 'Nobody', 'Everything',
]);

/**
 * The few words that can follow a title abbreviation only when it is something else and ends a
 * sentence ("210 Main St. The owner", "Elm Dr. It"): no name is spelled like these.
 */
export const AFTER_TITLE_STARTERS: ReadonlySet<string> = new Set([
  'The', 'He', 'She', 'It', 'They', 'We', 'This', 'That', 'These', 'Those', 'There', 'His', 'Its', 'Their', 'Our',
  'But', 'And', 'In', 'On', 'At', 'For', 'If', 'When', 'While', 'After', 'Before', 'However', 'Meanwhile', 'Then',
]);

/** Words after a verb of saying that keep the attribution short ("Smith said in a statement."). */
export const ATTRIBUTION_TAIL_OPENERS: ReadonlySet<string> = new Set([
  'in', 'on', 'at', 'to', 'during', 'after', 'before', 'with', 'from', 'today', 'yesterday', 'tonight', 'reporters',
  'again', 'later', 'then', 'afterward', 'afterwards', 'softly', 'quietly', 'loudly', 'angrily', 'calmly',
]);

/** Words after "a.m."/"p.m." that continue the time expression ("5 p.m. Eastern", "9 a.m. Monday"). */
export const TIME_CONTINUATIONS: ReadonlySet<string> = new Set([
  'ET', 'EST', 'EDT', 'CT', 'CST', 'CDT', 'MT', 'MST', 'MDT', 'PT', 'PST', 'PDT', 'GMT', 'UTC', 'BST', 'CET', 'CEST',
  'IST', 'JST', 'HKT', 'AEST', 'AEDT', 'Eastern', 'Central', 'Mountain', 'Pacific', 'Atlantic', 'Greenwich', 'Beijing',
  'London', 'Tokyo', 'Washington', 'Moscow', 'Paris', 'Hong', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday',
  'Saturday', 'Sunday', 'Jan', 'Feb', 'March', 'April', 'June', 'July', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec', 'January',
  'February', 'August', 'September', 'October', 'November', 'December', 'EST.', 'Zulu',
]);

/** Sentence-initial words that make a short time phrase an opener ("At 5 a.m. Mr. Smith went ..."). */
export const TIME_OPENERS: ReadonlySet<string> = new Set([
  'At', 'By', 'Until', 'Till', 'Before', 'After', 'Around', 'About', 'From', 'Since', 'Shortly', 'Just', 'Starting',
  'Beginning', 'Between', 'Near', 'Sometime', 'Then', 'Today', 'Tonight', 'Yesterday', 'Tomorrow', 'On', 'Early',
  'Late', 'Later', 'Earlier', 'Up', 'As', 'Until', 'Through', 'Past',
]);

/** Verbs of saying: `“Why?” Smith asked.` keeps the attribution in the quote's sentence. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'asked', 'asks', 'added', 'adds', 'told', 'tells', 'wrote', 'writes', 'replied', 'replies',
  'shouted', 'shouts', 'yelled', 'exclaimed', 'continued', 'recalled', 'explained', 'noted', 'insisted', 'tweeted',
  'posted', 'declared', 'argued', 'responded', 'wondered', 'quipped', 'joked', 'cried', 'screamed', 'whispered',
  'demanded', 'countered', 'answered', 'remarked', 'stated', 'warned', 'conceded', 'acknowledged', 'testified',
  'chanted', 'sang', 'laughed', 'sighed', 'pleaded', 'urged', 'mused', 'observed',
]);

/** Names that end in "!" or "?" ("Yahoo!", "Jeopardy!"): they end a sentence only before a sentence starter. */
export const EXCLAMATION_NAMES: ReadonlySet<string> = new Set([
  'Yahoo', 'Jeopardy', 'Joomla', 'E', 'Wham',
]);

/** Small words a title-case headline leaves in lower case ("Sales to Huawei"). */
export const HEADLINE_SMALL_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'and', 'as', 'at', 'but', 'by', 'for', 'from', 'in', 'into', 'nor', 'of', 'off', 'on', 'onto', 'or', 'out',
  'over', 'per', 'the', 'to', 'up', 'via', 'vs', 'with', 'v', 'is', 'its', 'than', 'that', '&', '|', '-', '–', '—',
]);
