/**
 * Unit-noun vocabulary for the quantity taggers: irregular plurals, words that end in -s but
 * are not plurals, words that end a unit phrase, and the time words that hand a number to the
 * date/duration taggers. All keys are lower case.
 */

/** Plurals the suffix rules get wrong, mapped to their lemma. */
export const IRREGULAR_PLURALS: ReadonlyMap<string, string> = new Map([
  ['people', 'person'], ['persons', 'person'], ['children', 'child'], ['men', 'man'],
  ['women', 'woman'], ['feet', 'foot'], ['teeth', 'tooth'], ['mice', 'mouse'], ['geese', 'goose'],
  ['criteria', 'criterion'], ['phenomena', 'phenomenon'], ['analyses', 'analysis'],
  ['crises', 'crisis'], ['theses', 'thesis'], ['diagnoses', 'diagnosis'], ['indices', 'index'],
  ['lives', 'life'], ['wives', 'wife'], ['knives', 'knife'], ['halves', 'half'],
  ['shelves', 'shelf'], ['thieves', 'thief'], ['wolves', 'wolf'], ['calves', 'calf'],
  ['loaves', 'loaf'], ['leaves', 'leaf'], ['viruses', 'virus'], ['buses', 'bus'],
  ['campuses', 'campus'], ['bonuses', 'bonus'], ['censuses', 'census'], ['statuses', 'status'],
  ['heroes', 'hero'], ['potatoes', 'potato'], ['tomatoes', 'tomato'], ['vetoes', 'veto'],
  ['echoes', 'echo'], ['torpedoes', 'torpedo'], ['volcanoes', 'volcano'], ['quizzes', 'quiz'],
  ['headaches', 'headache'], ['movies', 'movie'], ['cookies', 'cookie'], ['rookies', 'rookie'],
  ['zombies', 'zombie'], ['calories', 'calorie'], ['selfies', 'selfie'], ['ties', 'tie'],
  ['lies', 'lie'], ['pies', 'pie'], ['caches', 'cache'], ['niches', 'niche'],
  ['employees', 'employee'], ['refugees', 'refugee'], ['data', 'data'], ['media', 'media'],
]);

/** Nouns that are plural without an -s (a count of them is a plural). */
export const UNMARKED_PLURALS: ReadonlySet<string> = new Set([
  'police', 'staff', 'personnel', 'crew', 'cattle', 'sheep', 'fish', 'deer', 'aircraft',
  'livestock', 'offspring', 'horsepower', 'spacecraft', 'swine', 'bison', 'salmon',
]);

/** Words ending in -s that are not plural nouns (so they never become a unit). */
export const NOT_PLURAL: ReadonlySet<string> = new Set([
  'news', 'series', 'species', 'means', 'headquarters', 'has', 'is', 'was', 'does', 'says',
  'goes', 'gets', 'makes', 'remains', 'seems', 'thus', 'plus', 'minus', 'whereas', 'perhaps',
  'always', 'sometimes', 'afterwards', 'towards', 'besides', 'unless', 'yes', 'less', 'its',
  'his', 'hers', 'ours', 'yours', 'theirs', 'this', 'us', 'as', 'chaos', 'politics', 'economics',
  'physics', 'gas', 'bus', 'status', 'lens', 'alias', 'bias', 'canvas', 'atlas', 'across',
  'includes', 'comes', 'takes', 'gives', 'shows', 'adds', 'needs', 'wants', 'plans', 'expects',
  'sales', 'odds', 'bps',
]);

/** Verbs in -s that the plural rule cannot see (they are in NOT_PLURAL): after a singular noun they end it. */
export const S_VERBS: ReadonlySet<string> = new Set([
  'shows', 'needs', 'plans', 'wants', 'expects', 'includes', 'comes', 'takes', 'gives', 'adds', 'makes',
  'gets', 'goes', 'seems', 'remains', 'says', 'does', 'has', 'is', 'was',
]);

/** Nouns that are always the unit when they directly follow a number ("5 dead", "24 killed"). */
export const OUTCOME_WORDS: ReadonlySet<string> = new Set([
  'dead', 'killed', 'injured', 'wounded', 'missing', 'hurt', 'arrested', 'detained', 'displaced',
  'evacuated', 'infected', 'hospitalized', 'hospitalised', 'rescued', 'fined', 'confirmed',
]);

/** Unit abbreviations and measure words, mapped to the unit we report. */
export const UNIT_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['km', 'kilometer'], ['kms', 'kilometer'], ['kg', 'kilogram'], ['kgs', 'kilogram'],
  ['lb', 'pound'], ['lbs', 'pound'], ['mph', 'mph'], ['km/h', 'km/h'], ['ft', 'foot'], ['foot', 'foot'],
  ['mi', 'mile'], ['cm', 'centimeter'], ['mm', 'millimeter'], ['mw', 'megawatt'],
  ['gw', 'gigawatt'], ['kw', 'kilowatt'], ['kwh', 'kilowatt-hour'], ['gb', 'gigabyte'],
  ['tb', 'terabyte'], ['mb', 'megabyte'], ['sq', 'square'], ['bpd', 'barrels-per-day'],
  ['metres', 'meter'], ['meters', 'meter'], ['tonnes', 'tonne'], ['tons', 'ton'], ['rpm', 'rpm'],
  ['hp', 'horsepower'], ['bhp', 'horsepower'], ['mpg', 'mpg'], ['nm', 'newton-meter'],
]);

/**
 * Measure nouns used in the singular before another noun ("the 40 yard line", "a 30 page
 * report"); the unit only when no plural noun follows ("27 member states" counts states).
 */
export const SINGULAR_MEASURES: ReadonlyMap<string, string> = new Map([
  ['yard', 'yard'], ['mile', 'mile'], ['metre', 'meter'], ['meter', 'meter'], ['inch', 'inch'],
  ['kilometre', 'kilometer'], ['kilometer', 'kilometer'], ['acre', 'acre'], ['ton', 'ton'],
  ['tonne', 'tonne'], ['gallon', 'gallon'], ['litre', 'liter'], ['liter', 'liter'], ['degree', 'degree'],
  ['point', 'point'], ['storey', 'storey'], ['story', 'story'], ['lane', 'lane'], ['seat', 'seat'],
  ['member', 'member'], ['page', 'page'], ['bed', 'bed'], ['room', 'room'], ['man', 'man'],
  ['millimeter', 'millimeter'], ['millimetre', 'millimeter'], ['centimeter', 'centimeter'],
  ['centimetre', 'centimeter'], ['kilogram', 'kilogram'], ['gram', 'gram'], ['ounce', 'ounce'],
  ['foot', 'foot'], ['square', 'square'], ['cubic', 'cubic'], ['kilowatt', 'kilowatt'],
]);

/**
 * Time nouns: a number with one of these is a date or a duration ("20 days", "11 hours ago",
 * "a 90-day reprieve"), which the date and duration taggers own; the count tagger skips it.
 */
export const TIME_UNITS: ReadonlySet<string> = new Set([
  'second', 'seconds', 'sec', 'secs', 'minute', 'minutes', 'min', 'mins', 'hour', 'hours', 'hr',
  'hrs', 'day', 'days', 'night', 'nights', 'week', 'weeks', 'weekend', 'weekends', 'fortnight',
  'fortnights', 'month', 'months', 'year', 'years', 'yr', 'yrs', 'decade', 'decades', 'century',
  'centuries', 'millennium', 'millennia', 'quarter', 'quarters', 'semester', 'semesters',
]);

/** Month names and abbreviations: a number next to one is part of a date ("Oct. 9", "19 August"). */
export const MONTH_WORDS: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
  'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep',
  'sept', 'oct', 'nov', 'dec',
]);

/** Words after a number that make it a clock time ("3 p.m.", "10 GMT"). */
export const CLOCK_WORDS: ReadonlySet<string> = new Set([
  'a.m.', 'p.m.', 'am', 'pm', 'gmt', 'utc', 'et', 'est', 'edt', 'pt', 'pst', 'pdt', 'bst', 'cet',
  'o', 'o’clock', "o'clock", 'hrs',
]);

/** Nouns that label by number rather than count ("No. 5", "phase 2", "version 3"). */
export const LABEL_WORDS: ReadonlySet<string> = new Set([
  'no', 'no.', 'nos', 'nos.', 'number', '#', 'version', 'v', 'phase', 'stage', 'level', 'page',
  'chapter', 'section', 'article', 'rule', 'title', 'item', 'grade', 'class', 'category', 'tier',
  'gate', 'room', 'floor', 'line', 'route', 'highway', 'flight', 'platform', 'episode', 'season',
  'game', 'match', 'race', 'round', 'week', 'day', 'pp', 'p', 'vol', 'volume', 'issue', 'figure',
  'table', 'step', 'type', 'model', 'act', 'part', 'exhibit', 'lot', 'unit', 'apartment', 'suite',
  'district', 'precinct', 'ward', 'zone', 'channel', 'interstate', 'year', 'term', 'cat',
  'aged', 'age', 'ages', 'covid', 'a.d.', 'b.c.',
]);

/**
 * Function words: they end a unit phrase ("130 applications from ..."), and a capitalized one
 * before a number is a sentence start, not a name ("Nearly 500 ...").
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'of', 'in', 'on', 'at', 'to', 'from', 'for', 'with', 'by', 'as', 'into', 'onto', 'over', 'under',
  'about', 'after', 'before', 'since', 'during', 'per', 'than', 'and', 'or', 'but', 'nor', 'that',
  'which', 'who', 'whom', 'whose', 'where', 'when', 'while', 'if', 'because', 'though', 'although',
  'the', 'a', 'an', 'this', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'have', 'has', 'had', 'will', 'would',
  'could', 'can', 'may', 'might', 'must', 'should', 'shall', 'do', 'does', 'did', 'said', 'says',
  'say', 'also', 'still', 'now', 'already', 'each', 'apiece', 'ago', 'so', 'than', 'only', 'just',
  'not', 'no', 'all', 'both', 'it', 'they', 'them', 'he', 'she', 'we', 'you', 'i', 'there',
  'here', 'then', 'up', 'down', 'out', 'off', 'against', 'between', 'among', 'through', 'across',
  'around', 'near', 'without', 'within', 'including', 'like', 'unlike', 'via', 'versus', 'vs',
  'what', 'how', 'why', 'more', 'less', 'fewer', 'most', 'least', 'some', 'many', 'much', 'any',
  'every', 'another', 'other', 'very', 'too', 'even', 'yet', 'nearly', 'almost', 'over',
  'some', 'roughly', 'approximately', 'an', 'estimated', 'upwards', 'upward', 'well', 'slightly',
  'close', 'get', 'got', 'make', 'made', 'take', 'took', 'give', 'gave', 'go', 'went', 'come',
  'came', 'see', 'saw', 'become', 'became', 'remain', 'remained', 'left', 'according', 'told',
  'reported', 'worth', 'each', 'respectively', 'combined', 'total', 'altogether', 'overall',
  'last', 'next', 'ago', 'later', 'earlier', 'away', 'back', 'apart', 'ahead', 'instead',
  'however', 'therefore', 'meanwhile', 'again', 'ever', 'never', 'often', 'soon', 'once', 'twice',
  'perhaps', 'maybe', 'though', 'whether', 'unless', 'until', 'till', 'upon', 'toward', 'towards',
  'behind', 'beyond', 'despite', 'amid', 'amidst', 'along', 'alongside', 'beside', 'throughout', 'beneath',
  // verbs in -s, which would otherwise look like plural nouns
  'gets', 'goes', 'makes', 'remains', 'seems', 'includes', 'comes', 'takes', 'gives', 'adds',
  'wants', 'expects',
  // irregular past tenses, which the -ed rule cannot see
  'began', 'begun', 'went', 'gone', 'rose', 'fell', 'grew', 'won', 'lost', 'met', 'held', 'led',
  'ran', 'sent', 'spent', 'paid', 'sold', 'bought', 'brought', 'thought', 'found', 'kept', 'built',
  'struck', 'broke', 'spoke', 'wrote', 'drove', 'chose', 'fought', 'caught', 'sought', 'flew',
  'drew', 'threw', 'knew', 'stood', 'sat', 'hit', 'put', 'let', 'set', 'cut', 'shut', 'quit',
  'became', 'felt', 'heard', 'meant', 'lay', 'rode', 'sang', 'swore', 'woke', 'wore', 'withdrew',
]);

/** Words that qualify a unit even though they are in STOP_WORDS ("two more companies"). */
export const MODIFIER_STOP_EXCEPTIONS: ReadonlySet<string> = new Set(['more', 'other', 'additional']);

/** Determiners and possessives that make a following ordinal word a ranking ("the third"). */
export const ORDINAL_DETERMINERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'this', 'that', 'these',
  'those', 'every', 'each', 'whose',
]);

/** Words ending in -est that are not superlatives (so they can be a unit). */
export const NOT_SUPERLATIVE: ReadonlySet<string> = new Set([
  'test', 'interest', 'request', 'protest', 'forest', 'contest', 'guest', 'harvest', 'chest',
  'west', 'quest', 'nest', 'rest', 'arrest', 'conquest', 'inquest', 'manifest', 'unrest', 'behest',
  'midwest', 'northwest', 'southwest', 'honest', 'modest', 'earnest', 'invest', 'digest',
  'suggest', 'pest', 'vest', 'crest', 'zest', 'priest', 'feast', 'beast', 'east', 'least',
]);

/** Measure nouns written before their number ("magnitude 6.3", "a magnitude of 6.3", "magnitude-6.3"). */
export const PREFIX_UNITS: ReadonlySet<string> = new Set(['magnitude']);

/**
 * Person nouns: a bare number in commas right after one is an age ("the victim, 34, was"),
 * like one after a name ("Biden, 81, said").
 */
export const PERSON_NOUNS: ReadonlySet<string> = new Set([
  'man', 'woman', 'boy', 'girl', 'victim', 'suspect', 'driver', 'mother', 'father', 'son', 'daughter',
  'wife', 'husband', 'brother', 'sister', 'child', 'teenager', 'teen', 'student', 'pupil', 'resident',
  'passenger', 'pedestrian', 'officer', 'soldier', 'worker', 'patient', 'nurse', 'doctor', 'teacher',
  'owner', 'defendant', 'accused', 'plaintiff', 'witness', 'friend', 'partner', 'grandmother',
  'grandfather', 'grandson', 'granddaughter', 'widow', 'widower', 'pensioner', 'cyclist',
  'motorcyclist', 'rider', 'pilot', 'farmer', 'player', 'actor', 'actress', 'singer', 'star', 'author',
  'founder', 'gunman', 'attacker', 'killer', 'survivor', 'neighbour', 'neighbor', 'youngster', 'toddler',
  'nephew', 'niece', 'cousin', 'uncle', 'aunt', 'colleague', 'employee', 'manager', 'journalist',
  'reporter', 'photographer', 'activist', 'protester', 'candidate', 'senator', 'lawmaker', 'minister',
  'mayor', 'governor', 'coach', 'athlete', 'veteran', 'retiree', 'mum', 'mom', 'dad', 'grandma',
  'grandpa', 'girlfriend', 'boyfriend', 'fiancee', 'fiance', 'stepfather', 'stepmother', 'inmate',
  'prisoner', 'migrant', 'refugee', 'climber', 'hiker', 'swimmer', 'runner', 'chef', 'artist', 'writer',
  'musician', 'rapper', 'comedian', 'businessman', 'businesswoman', 'entrepreneur', 'billionaire',
  'millionaire', 'tycoon', 'president', 'chairman', 'chairwoman', 'ceo', 'leader', 'spokesman',
  'spokeswoman', 'landlord', 'tenant', 'customer', 'shopper', 'volunteer', 'graduate', 'model',
  'couple', 'twin', 'pair', 'sibling', 'parent', 'person', 'people', 'captain', 'judge', 'lawyer',
  'attorney', 'solicitor', 'barrister', 'priest', 'pastor', 'bishop', 'imam', 'rabbi', 'monk', 'nun',
  'firefighter', 'paramedic', 'surgeon', 'director', 'professor', 'lecturer', 'researcher', 'investor',
  'banker', 'trader', 'broker', 'chief', 'boss', 'heir', 'heiress', 'prince', 'princess', 'king', 'queen',
  'duke', 'wrestler', 'boxer', 'golfer', 'footballer', 'cricketer', 'striker', 'goalkeeper', 'midfielder',
  'defender', 'quarterback', 'pitcher', 'jockey', 'skier', 'skater', 'sprinter', 'motorist', 'trucker',
  'courier', 'miner', 'fisherman', 'sailor', 'marine', 'sergeant', 'corporal', 'lieutenant', 'colonel',
  'commander', 'guard', 'warden', 'sheriff', 'deputy', 'constable', 'detective', 'agent', 'hacker',
  'thief', 'robber', 'burglar', 'murderer', 'fraudster', 'smuggler', 'dealer', 'addict', 'hostage',
  'captive', 'detainee', 'offender', 'convict', 'grandchild', 'stepson', 'stepdaughter', 'infant', 'baby',
  'newborn', 'kid', 'lad', 'gentleman', 'lady', 'bride', 'groom', 'spouse', 'fan', 'supporter', 'voter',
  'citizen', 'villager', 'homeowner', 'carer', 'caregiver', 'headteacher', 'principal', 'schoolboy',
  'schoolgirl', 'classmate', 'teammate', 'roommate', 'flatmate', 'coworker', 'employer', 'labourer',
  'laborer', 'cleaner', 'waiter', 'waitress', 'cook', 'baker', 'butcher', 'gardener', 'builder', 'plumber',
  'mechanic', 'programmer', 'developer', 'designer', 'architect', 'filmmaker', 'producer', 'presenter',
  'broadcaster', 'host', 'editor', 'publisher', 'poet', 'novelist', 'painter', 'sculptor', 'dancer',
  'composer', 'drummer', 'frontman', 'celebrity', 'influencer', 'streamer', 'politician', 'councillor',
  'councilor', 'congressman', 'congresswoman', 'mp', 'chancellor', 'ambassador', 'diplomat', 'envoy',
  'aide', 'adviser', 'advisor', 'spokesperson', 'campaigner', 'organiser', 'organizer', 'demonstrator',
  'whistleblower', 'juror', 'magistrate', 'coroner', 'pilot', 'co-pilot', 'copilot', 'engineer',
]);

/** Endings of person nouns not listed above ("scientist", "historian", "mountaineer"). */
export const PERSON_SUFFIX_RE = /^[a-z]{3,}(?:ist|ian|eer)$/;
/** Words with those endings that are not people ("list", "median", "career"). */
export const NOT_PERSON_NOUNS: ReadonlySet<string> = new Set(['median', 'meridian', 'career', 'steer', 'sheer', 'veneer', 'exist', 'twist', 'wrist', 'assist', 'persist', 'insist', 'resist', 'consist']);
