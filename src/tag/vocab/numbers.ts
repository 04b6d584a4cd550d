/**
 * Number vocabulary shared by the quantity taggers (count, money, percent, ordinal):
 * number words, scales, vague magnitudes, approximators, currencies, ordinals, fractions.
 * All keys are lower case.
 */
import type { Approx } from '../../model.js';

/** Cardinal words below one hundred. */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6],
  ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12],
  ['thirteen', 13], ['fourteen', 14], ['fifteen', 15], ['sixteen', 16], ['seventeen', 17],
  ['eighteen', 18], ['nineteen', 19], ['twenty', 20], ['thirty', 30], ['forty', 40],
  ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
]);

/** Multiplying words ("two hundred", "1.5 million", "Rs 500 crore"). */
export const SCALE_WORDS: ReadonlyMap<string, number> = new Map([
  ['dozen', 12], ['hundred', 1e2], ['thousand', 1e3], ['lakh', 1e5], ['crore', 1e7],
  ['million', 1e6], ['billion', 1e9], ['trillion', 1e12],
]);

/** Abbreviated scales written after a numeral ("£3.2m", "$1.5bn", "40k"). */
export const SCALE_ABBREVIATIONS: ReadonlyMap<string, number> = new Map([
  ['k', 1e3], ['m', 1e6], ['mn', 1e6], ['mln', 1e6], ['b', 1e9], ['bn', 1e9], ['bln', 1e9],
  ['tn', 1e12], ['trn', 1e12], ['tr', 1e12],
]);

/**
 * Plural magnitude words that carry a size without a number ("dozens", "hundreds of thousands").
 * Rule: they mean "at least two of that unit", open above: dozens → [24, ∞), hundreds → [200, ∞).
 */
export const MAGNITUDE_PLURALS: ReadonlyMap<string, number> = new Map([
  ['tens', 10], ['dozens', 12], ['scores', 20], ['hundreds', 1e2], ['thousands', 1e3],
  ['millions', 1e6], ['billions', 1e9], ['trillions', 1e12],
]);

/**
 * Vague multipliers that only count with a scale after them ("a few hundred", "several
 * thousand" → [2×scale, 10×scale − 1], approx 'about'). On their own they are not counts.
 */
export const FEW_WORDS: readonly string[][] = [['a', 'few'], ['several'], ['a', 'couple', 'of'], ['a', 'couple']];

/** Approximators written before a number, longest first within each phrase start. */
export const PREFIX_APPROXIMATORS: readonly (readonly [string, Approx | 'nearly'])[] = [
  ['more than', 'more-than'], ['over', 'more-than'], ['above', 'more-than'], ['just over', 'more-than'],
  ['well over', 'more-than'], ['slightly more than', 'more-than'], ['a little over', 'more-than'],
  ['upwards of', 'more-than'], ['upward of', 'more-than'], ['in excess of', 'more-than'],
  ['well above', 'more-than'], ['exceeding', 'more-than'], ['greater than', 'more-than'],
  ['at least', 'at-least'], ['no fewer than', 'at-least'], ['no less than', 'at-least'],
  ['not less than', 'at-least'], ['a minimum of', 'at-least'],
  ['up to', 'at-most'], ['as many as', 'at-most'], ['as much as', 'at-most'], ['at most', 'at-most'],
  ['no more than', 'at-most'], ['not more than', 'at-most'], ['a maximum of', 'at-most'],
  ['less than', 'less-than'], ['fewer than', 'less-than'], ['under', 'less-than'], ['below', 'less-than'],
  ['just under', 'less-than'], ['just below', 'less-than'], ['well under', 'less-than'],
  ['well below', 'less-than'],
  ['nearly', 'nearly'], ['almost', 'nearly'], ['close to', 'nearly'], ['just shy of', 'nearly'],
  ['about', 'about'], ['around', 'about'], ['approximately', 'about'], ['roughly', 'about'],
  ['some', 'about'], ['an estimated', 'about'], ['estimated', 'about'], ['circa', 'about'],
  ['approx', 'about'], ['~', 'about'],
];

/** Relative width of the interval given to "about N" (±10%) and "nearly N" ([N − 10%, N]). */
export const ABOUT_TOLERANCE = 0.1;

/** Currency symbols written before the amount, with the ISO code they stand for. */
export const CURRENCY_SYMBOLS: ReadonlyMap<string, string> = new Map([
  ['$', 'USD'], ['us$', 'USD'], ['u.s.$', 'USD'], ['a$', 'AUD'], ['au$', 'AUD'], ['c$', 'CAD'],
  ['ca$', 'CAD'], ['hk$', 'HKD'], ['nz$', 'NZD'], ['s$', 'SGD'], ['nt$', 'TWD'], ['r$', 'BRL'],
  ['£', 'GBP'], ['€', 'EUR'], ['¥', 'JPY'], ['₹', 'INR'], ['rs', 'INR'], ['rs.', 'INR'],
  ['₩', 'KRW'], ['₽', 'RUB'], ['₺', 'TRY'], ['₦', 'NGN'],
]);

/** ISO codes accepted before or after an amount ("USD 5 million", "5 million EUR"). */
export const CURRENCY_CODES: ReadonlySet<string> = new Set([
  'usd', 'eur', 'gbp', 'jpy', 'cny', 'rmb', 'inr', 'cad', 'aud', 'chf', 'hkd', 'sgd', 'krw', 'rub',
  'brl', 'mxn', 'zar', 'try', 'sek', 'nok', 'dkk', 'nzd', 'twd',
]);

/** Currency names written after the amount ("1.2 trillion yuan", "40 million euros"). */
export const CURRENCY_WORDS: ReadonlyMap<string, string> = new Map([
  ['dollar', 'USD'], ['dollars', 'USD'], ['euro', 'EUR'], ['euros', 'EUR'], ['sterling', 'GBP'],
  ['yuan', 'CNY'], ['renminbi', 'CNY'], ['rmb', 'CNY'], ['yen', 'JPY'], ['rupee', 'INR'],
  ['rupees', 'INR'], ['ruble', 'RUB'], ['rubles', 'RUB'], ['rouble', 'RUB'], ['roubles', 'RUB'],
  ['franc', 'CHF'], ['francs', 'CHF'], ['peso', 'MXN'], ['pesos', 'MXN'], ['real', 'BRL'],
  ['reais', 'BRL'], ['rand', 'ZAR'], ['lira', 'TRY'], ['ringgit', 'MYR'], ['baht', 'THB'],
  ['naira', 'NGN'], ['riyal', 'SAR'], ['riyals', 'SAR'], ['dirham', 'AED'], ['dirhams', 'AED'],
  ['zloty', 'PLN'], ['kronor', 'SEK'], ['rupiah', 'IDR'], ['shekel', 'ILS'], ['shekels', 'ILS'],
  ['zlotys', 'PLN'], ['zlotych', 'PLN'], ['krona', 'SEK'], ['krone', 'NOK'], ['kroner', 'NOK'],
  ['liras', 'TRY'], ['forint', 'HUF'], ['forints', 'HUF'], ['koruna', 'CZK'], ['korunas', 'CZK'],
  ['hryvnia', 'UAH'], ['hryvnias', 'UAH'], ['taka', 'BDT'], ['cedis', 'GHS'], ['ringgits', 'MYR'],
  ['yuans', 'CNY'], ['rands', 'ZAR'], ['reals', 'BRL'],
]);

/**
 * Currency names that only name money with a country adjective before them ("Swedish crowns",
 * "Kenyan shillings", "Egyptian pounds", "Kuwaiti dinars"): the adjective gives the code.
 */
export const QUALIFIED_CURRENCY_WORDS: ReadonlySet<string> = new Set([
  'crown', 'crowns', 'shilling', 'shillings', 'dinar', 'dinars', 'pound', 'pounds', 'won', 'dong',
  'dollar', 'dollars', 'real',
]);

/**
 * Country adjectives before a currency name, with the code of that country's currency
 * ("Swiss francs" → CHF, "Philippine pesos" → PHP, "South African rand" → ZAR). A two-word
 * country is keyed by its last word ("South African" → 'african', "Sri Lankan" → 'lankan').
 */
export const NATIONAL_CURRENCIES: ReadonlyMap<string, string> = new Map([
  ['swiss', 'CHF'], ['philippine', 'PHP'], ['mexican', 'MXN'], ['argentine', 'ARS'], ['argentinian', 'ARS'],
  ['chilean', 'CLP'], ['colombian', 'COP'], ['uruguayan', 'UYU'], ['cuban', 'CUP'], ['dominican', 'DOP'],
  ['japanese', 'JPY'], ['chinese', 'CNY'], ['indian', 'INR'], ['pakistani', 'PKR'], ['lankan', 'LKR'],
  ['nepalese', 'NPR'], ['indonesian', 'IDR'], ['russian', 'RUB'], ['turkish', 'TRY'], ['african', 'ZAR'],
  ['saudi', 'SAR'], ['arabian', 'SAR'], ['qatari', 'QAR'], ['omani', 'OMR'], ['iranian', 'IRR'], ['emirati', 'AED'], ['uae', 'AED'],
  ['moroccan', 'MAD'], ['swedish', 'SEK'], ['norwegian', 'NOK'], ['danish', 'DKK'], ['icelandic', 'ISK'],
  ['czech', 'CZK'], ['polish', 'PLN'], ['hungarian', 'HUF'], ['egyptian', 'EGP'], ['british', 'GBP'],
  ['nigerian', 'NGN'], ['kenyan', 'KES'], ['ugandan', 'UGX'], ['tanzanian', 'TZS'], ['ghanaian', 'GHS'],
  ['israeli', 'ILS'], ['thai', 'THB'], ['malaysian', 'MYR'], ['vietnamese', 'VND'], ['korean', 'KRW'],
  ['brazilian', 'BRL'], ['ukrainian', 'UAH'], ['bangladeshi', 'BDT'], ['kuwaiti', 'KWD'], ['bahraini', 'BHD'],
  ['jordanian', 'JOD'], ['iraqi', 'IQD'], ['libyan', 'LYD'], ['tunisian', 'TND'], ['algerian', 'DZD'],
  ['lebanese', 'LBP'], ['syrian', 'SYP'], ['sudanese', 'SDG'], ['jamaican', 'JMD'], ['zimbabwean', 'ZWL'],
  ['cfa', 'XOF'], ['romanian', 'RON'], ['bulgarian', 'BGN'], ['serbian', 'RSD'], ['croatian', 'HRK'],
  ['canadian', 'CAD'], ['australian', 'AUD'], ['singapore', 'SGD'], ['taiwan', 'TWD'], ['taiwanese', 'TWD'],
  ['zealand', 'NZD'], ['kong', 'HKD'], ['american', 'USD'], ['us', 'USD'], ['u.s.', 'USD'],
]);

/** First words of two-word country adjectives ("South African", "Hong Kong", "Sri Lankan"). */
export const COUNTRY_FIRST_WORDS: ReadonlySet<string> = new Set(['south', 'north', 'new', 'hong', 'sri', 'central', 'west', 'east', 'costa', 'saudi']);

/** Video resolutions written like pence ("1080p", "720p"): not money. */
export const RESOLUTION_NUMBERS: ReadonlySet<number> = new Set([144, 240, 360, 480, 576, 720, 1080, 1440, 2160, 4320]);

/** Currency names that are ordinary words too; only money right after a scale ("5 billion won"). */
export const AMBIGUOUS_CURRENCY_WORDS: ReadonlyMap<string, string> = new Map([
  ['won', 'KRW'], ['pounds', 'GBP'], ['pound', 'GBP'], ['dong', 'VND'],
]);

/** Adjectives that re-denominate "dollars" ("Canadian dollars", "Hong Kong dollars"). */
export const DOLLAR_QUALIFIERS: ReadonlyMap<string, string> = new Map([
  ['us', 'USD'], ['u.s.', 'USD'], ['american', 'USD'], ['canadian', 'CAD'], ['australian', 'AUD'],
  ['singapore', 'SGD'], ['taiwan', 'TWD'], ['zealand', 'NZD'], ['kong', 'HKD'],
]);

/** Hundredth-of-currency words ("50 cents" → 0.5 USD). */
export const SUBUNIT_WORDS: ReadonlyMap<string, string> = new Map([
  ['cent', 'USD'], ['cents', 'USD'], ['pence', 'GBP'],
]);

/** Ordinal words; compounds ("twenty-first") are built from the tens plus these. */
export const ORDINAL_WORDS: ReadonlyMap<string, number> = new Map([
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6],
  ['seventh', 7], ['eighth', 8], ['ninth', 9], ['tenth', 10], ['eleventh', 11], ['twelfth', 12],
  ['thirteenth', 13], ['fourteenth', 14], ['fifteenth', 15], ['sixteenth', 16],
  ['seventeenth', 17], ['eighteenth', 18], ['nineteenth', 19], ['twentieth', 20],
  ['thirtieth', 30], ['fortieth', 40], ['fiftieth', 50], ['sixtieth', 60], ['seventieth', 70],
  ['eightieth', 80], ['ninetieth', 90], ['hundredth', 100], ['thousandth', 1000],
  ['millionth', 1e6],
]);

/** Digit-ordinal suffixes ("13th", "21st"). */
export const ORDINAL_SUFFIXES: ReadonlySet<string> = new Set(['st', 'nd', 'rd', 'th']);

/** Fraction denominators ("a third of", "two-thirds of", "three-quarters of"). */
export const FRACTION_WORDS: ReadonlyMap<string, number> = new Map([
  ['half', 2], ['halves', 2], ['third', 3], ['thirds', 3], ['quarter', 4], ['quarters', 4],
  ['fourth', 4], ['fourths', 4], ['fifth', 5], ['fifths', 5], ['sixth', 6], ['tenth', 10],
  ['tenths', 10],
]);

/** Words that make a bare "point" a percentage point ("the Fed cut rates by a quarter point"). */
export const RATE_WORDS: ReadonlySet<string> = new Set([
  'rate', 'rates', 'interest', 'fed', 'yield', 'yields', 'inflation', 'bank', 'banks', 'benchmark',
  'mortgage', 'mortgages', 'bond', 'bonds', 'borrowing', 'cut', 'cuts', 'hike', 'hikes', 'hiked',
  'tightening', 'easing', 'lending', 'policy', 'repo', 'treasury', 'treasuries', 'unemployment',
]);

/** Verbs of change: "rose 5% to 7%" reports two values, not a range. */
export const MOVEMENT_WORDS: ReadonlySet<string> = new Set([
  'rose', 'rise', 'rises', 'risen', 'rising', 'fell', 'fall', 'falls', 'fallen', 'falling', 'increased',
  'increase', 'increases', 'decreased', 'decrease', 'grew', 'grow', 'grows', 'grown', 'jumped', 'jump',
  'dropped', 'drop', 'drops', 'climbed', 'climb', 'declined', 'decline', 'slipped', 'slid', 'surged',
  'soared', 'plunged', 'plummeted', 'tumbled', 'cut', 'cuts', 'raised', 'raise', 'lowered', 'up', 'down',
  'gained', 'lost', 'shrank', 'expanded', 'doubled', 'tripled', 'narrowed', 'widened', 'by',
]);
