/**
 * Word lists for speech and attribution: cue verbs, titles, role nouns, organization heads,
 * news outlets and anonymous-source phrases. Lower-case unless noted. Shared by the quote and
 * attribution taggers and by align (canonicalOutlet, for "via <outlet>").
 */

/** Speech / reporting verbs, every inflection we accept, mapped to the lemma used as the cue. */
const CUE_LEMMAS: Record<string, string[]> = {
  say: ['said', 'says', 'say', 'saying'],
  tell: ['told', 'tells', 'tell'],
  add: ['added', 'adds', 'adding'],
  write: ['wrote', 'writes', 'writing'],
  report: ['reported', 'reports', 'report'],
  state: ['stated', 'states'],
  explain: ['explained', 'explains'],
  note: ['noted', 'notes', 'noting'],
  argue: ['argued', 'argues', 'arguing'],
  claim: ['claimed', 'claims'],
  insist: ['insisted', 'insists'],
  warn: ['warned', 'warns', 'warning'],
  announce: ['announced', 'announces'],
  confirm: ['confirmed', 'confirms'],
  deny: ['denied', 'denies'],
  acknowledge: ['acknowledged', 'acknowledges'],
  tweet: ['tweeted', 'tweets'],
  post: ['posted'],
  testify: ['testified', 'testifies'],
  assert: ['asserted', 'asserts'],
  declare: ['declared', 'declares'],
  reply: ['replied', 'replies'],
  respond: ['responded', 'responds'],
  remark: ['remarked'],
  suggest: ['suggested', 'suggests'],
  predict: ['predicted', 'predicts'],
  estimate: ['estimated', 'estimates'],
  observe: ['observed'],
  comment: ['commented'],
  recall: ['recalled', 'recalls'],
  emphasize: ['emphasized', 'emphasised', 'stressed', 'stresses'],
  concede: ['conceded', 'concedes'],
  admit: ['admitted', 'admits'],
  allege: ['alleged', 'alleges'],
  disclose: ['disclosed', 'discloses'],
  reveal: ['revealed', 'reveals'],
  continue: ['continued'],
  ask: ['asked', 'asks'],
  cite: ['cited', 'cites', 'citing'],
  quote: ['quoted', 'quotes', 'quoting'],
  call: ['called', 'calls', 'calling'],
  accuse: ['accused', 'accuses', 'accusing'],
  urge: ['urged', 'urges', 'urging'],
  describe: ['described', 'describes', 'describing'],
  // "Sky News understands": an outlet's own sourcing (only with an outlet or organization subject)
  // promises quote their words ("promised to “fix the foundations”"): quote speakers only (WEAK_CUES)
  promise: ['promised', 'promises'],
  vow: ['vowed', 'vows'],
  pledge: ['pledged', 'pledges'],
  understand: ['understands'],
  // "NHS figures show": data cues (only with a data-noun subject, see speech/cues.ts)
  show: ['show', 'shows', 'showed'],
  // "inspectors from the Care Quality Commission found" (only with an inspecting body as subject)
  find: ['found', 'finds'],
};

/** inflected form → cue lemma. */
export const CUE_VERBS: ReadonlyMap<string, string> = new Map(
  Object.entries(CUE_LEMMAS).flatMap(([lemma, forms]) => forms.map((f) => [f, lemma] as [string, string])),
);

/** Speech verbs that may put their subject after them ("“…,” said Ross"); not "called", "accused". */
export const INVERTIBLE: ReadonlySet<string> = new Set(['say', 'add', 'write', 'continue', 'ask', 'explain', 'note', 'reply', 'respond', 'recall', 'insist', 'warn', 'argue', 'state', 'declare', 'remark', 'observe', 'comment', 'admit', 'concede', 'tweet', 'report', 'announce', 'confirm', 'emphasize']);

/** Verbs whose source comes after them ("citing X", "quoted X as saying"). */
export const OBJECT_CUES: ReadonlySet<string> = new Set(['cite', 'quote']);

/** Verbs that introduce a quote but are too weak to mark an attribution on their own. */
export const WEAK_CUES: ReadonlySet<string> = new Set(['promise', 'vow', 'pledge', 'call', 'accuse', 'urge', 'describe', 'continue', 'ask', 'post', 'suggest', 'estimate', 'predict', 'comment', 'remark', 'reply', 'respond', 'recall', 'observe']);

/** Words that may sit between a subject and its cue verb ("has also said", "later told"). */
export const AUX_WORDS: ReadonlySet<string> = new Set([
  'has', 'have', 'had', 'will', 'would', 'also', 'later', 'then', 'previously', 'earlier', 'again',
  'originally', 'repeatedly', 'separately', 'publicly', 'privately', 'once', 'recently', 'further', 'has also',
  'had also', 'was', 'is', 'has previously', 'reportedly', 'initially', 'subsequently', 'first', 'not', 'never', 'often',
  'frequently', 'still', 'already', 'even', 'since', 'just', 'ultimately', 'finally', 'flatly', 'openly', 'did', 'does',
]);

/** Honorifics: strong person markers; stripped from names. Gender when known. */
export const HONORIFICS: ReadonlyMap<string, 'm' | 'f' | undefined> = new Map([
  ['mr', 'm'], ['mr.', 'm'], ['mrs', 'f'], ['mrs.', 'f'], ['ms', 'f'], ['ms.', 'f'], ['miss', 'f'],
  ['dr', undefined], ['dr.', undefined], ['sir', 'm'], ['dame', 'f'], ['lord', 'm'], ['lady', 'f'],
  ['prof', undefined], ['prof.', undefined], ['cllr', undefined], ['cllr.', undefined], ['councillor', undefined],
  ['baroness', 'f'], ['baron', 'm'], ['rt', undefined], ['hon', undefined], ['hon.', undefined], ['rt.', undefined],
]);

/** Letters written after a name ("Jane Mills MP", "Tom Reid QC"); stripped from names. */
export const POST_NOMINALS: ReadonlySet<string> = new Set(['mp', 'msp', 'mla', 'mep', 'qc', 'kc', 'obe', 'mbe', 'cbe', 'kbe', 'dbe', 'frs', 'phd', 'jr', 'jr.', 'sr', 'sr.']);

/** Cue lemmas that need a particular subject: checked in speech/cues.ts. */
export const RESTRICTED_CUES: ReadonlySet<string> = new Set(['understand', 'show', 'find']);

/** Nouns for statistics and documents that "show" something ("NHS figures show"). */
export const DATA_NOUNS: ReadonlySet<string> = new Set(['figures', 'data', 'statistics', 'stats', 'numbers', 'records', 'research', 'survey', 'poll', 'study', 'analysis', 'report', 'documents', 'estimates', 'filings', 'accounts', 'results', 'polling', 'forecasts', 'projections', 'tables', 'findings']);

/** Role nouns of people who inspect or investigate for a body ("inspectors from the CQC found"). */
export const INSPECTING_ROLES: ReadonlySet<string> = new Set(['inspectors', 'inspector', 'investigators', 'auditors', 'auditor', 'examiners', 'assessors', 'researchers', 'scientists', 'reviewers']);

/** Organization heads that make a body an inspecting / reporting authority for "found". */
export const FINDING_HEADS: ReadonlySet<string> = new Set(['commission', 'inquiry', 'review', 'committee', 'agency', 'authority', 'office', 'watchdog', 'regulator', 'ombudsman', 'audit', 'institute', 'university', 'survey', 'inspectorate', 'council', 'service', 'department', 'ministry', 'court', 'tribunal', 'panel', 'board', 'centre', 'center', 'foundation', 'trust']);

/**
 * Role classes: a role noun used as an anaphor ("the boss", "the CEO") matches an earlier
 * person whose title is in the same class. A word may sit in several classes ("boss").
 */
export const ROLE_CLASSES: ReadonlyMap<string, readonly string[]> = new Map([
  ['ceo', ['chief']], ['executive', ['chief']], ['chief', ['chief']], ['chairman', ['chair']], ['chairwoman', ['chair']], ['chair', ['chair']],
  ['boss', ['chief', 'manager']], ['head', ['chief', 'manager']], ['founder', ['chief']], ['president', ['president']],
  ['manager', ['manager']], ['coach', ['manager']], ['minister', ['minister']], ['secretary', ['minister']],
  // a chancellor (of the exchequer) and a premier are ministers: "Chancellor Rachel Reeves" … "the minister"
  ['chancellor', ['minister']], ['premier', ['minister']],
  ['governor', ['governor']], ['mayor', ['mayor']], ['leader', ['leader']], ['director', ['director']], ['spokesman', ['spokes']],
  ['spokeswoman', ['spokes']], ['spokesperson', ['spokes']], ['agent', ['agent']], ['inspector', ['police']], ['superintendent', ['police']],
  ['detective', ['police']], ['constable', ['police']], ['sergeant', ['police']], ['commissioner', ['commissioner']],
]);

/** Job titles written before a name ("Commerce Secretary Wilbur Ross"); stripped from names. */
export const TITLES: ReadonlySet<string> = new Set([
  'president', 'vice', 'secretary', 'minister', 'senator', 'sen.', 'sen', 'rep.', 'rep', 'representative', 'gov.',
  'governor', 'mayor', 'chairman', 'chairwoman', 'chair', 'chief', 'executive', 'ceo', 'cfo', 'cto', 'coo', 'director',
  'spokesman', 'spokeswoman', 'spokesperson', 'ambassador', 'judge', 'justice', 'general', 'gen.', 'gen', 'adm.',
  'admiral', 'col.', 'colonel', 'lt.', 'capt.', 'captain', 'commissioner', 'premier', 'chancellor', 'king', 'queen',
  'prince', 'princess', 'pope', 'speaker', 'leader', 'attorney', 'founder', 'co-founder', 'analyst', 'economist',
  'professor', 'prosecutor', 'lawmaker', 'congressman', 'congresswoman', 'deputy', 'assistant', 'undersecretary',
  'under', 'acting', 'former', 'prime', 'foreign', 'finance', 'trade', 'commerce', 'treasury', 'state', 'defense',
  'defence', 'senior', 'adviser', 'advisor', 'official', 'head', 'officer', 'manager', 'partner', 'strategist',
  'maj.', 'major', 'brig.', 'brigadier', 'cmdr.', 'commander', 'cpl.', 'corporal', 'pvt.', 'private', 'sgt', 'det.', 'detective',
  'sens.', 'reps.', 'gens.', 'insp.', 'lieutenant', 'marshal', 'minister-president',
  'administrator', 'supervisor', 'secretary-general', 'director-general', 'president-elect', 'vice-president', 'mp',
  'boss', 'ceo', 'councillor', 'cllr', 'cllr.', 'insp', 'det', 'supt', 'supt.', 'pc', 'sgt', 'dci', 'di', 'ds', 'dc', 'constable',
  'sergeant', 'chief-executive', 'mep', 'msp', 'peer', 'agent',
  'coach', 'quarterback', 'pitcher', 'striker', 'midfielder', 'goalkeeper', 'rev.', 'reverend', 'sheriff', 'officer', 'sgt.', 'superintendent', 'inspector', 'envoy', 'negotiator', 'representative',
  'member', 'treasurer', 'comptroller', 'registrar', 'coroner', 'alderman', 'councilman', 'councilwoman', 'councilmember', 'assemblyman', 'assemblywoman', 'magistrate', 'bishop', 'archbishop', 'rabbi', 'imam', 'dean', 'provost',
  'pastor', 'chaplain', 'priest', 'vicar', 'deacon', 'clerk',
]);

/**
 * Role nouns that denote a person speaking for an organization or an unnamed person.
 * Value: gender when the word tells it.
 */
export const ROLE_NOUNS: ReadonlyMap<string, 'm' | 'f' | undefined> = new Map([
  ['spokesman', 'm'], ['spokeswoman', 'f'], ['spokesperson', undefined], ['representative', undefined],
  ['official', undefined], ['officials', undefined], ['spokesmen', undefined], ['spokespeople', undefined],
  ['spokeswomen', undefined], ['representatives', undefined], ['executive', undefined], ['executives', undefined],
  ['source', undefined], ['sources', undefined], ['aide', undefined], ['aides', undefined], ['analyst', undefined],
  ['analysts', undefined], ['strategist', undefined], ['strategists', undefined], ['diplomat', undefined], ['diplomats', undefined], ['lawyer', undefined], ['lawyers', undefined],
  ['attorney', undefined], ['economist', undefined], ['economists', undefined], ['insiders', undefined], ['insider', undefined],
  ['person', undefined], ['people', undefined], ['officer', undefined], ['officers', undefined], ['adviser', undefined],
  ['advisers', undefined], ['advisor', undefined], ['advisors', undefined], ['lawmaker', undefined], ['lawmakers', undefined],
  ['employee', undefined], ['employees', undefined], ['staffer', undefined], ['staffers', undefined], ['negotiator', undefined],
  ['negotiators', undefined], ['experts', undefined], ['expert', undefined], ['investigators', undefined], ['witnesses', undefined],
  ['witness', undefined], ['residents', undefined], ['critics', undefined], ['supporters', undefined], ['observers', undefined],
  ['members', undefined], ['leaders', undefined], ['regulators', undefined], ['traders', undefined], ['investors', undefined],
  ['researchers', undefined], ['scientists', undefined], ['police', undefined], ['authorities', undefined], ['prosecutors', undefined],
  ['trader', undefined], ['investor', undefined], ['resident', undefined], ['researcher', undefined], ['scientist', undefined],
  ['epidemiologist', undefined], ['doctor', undefined], ['doctors', undefined], ['nurse', undefined], ['teacher', undefined],
  ['worker', undefined], ['workers', undefined], ['farmer', undefined], ['farmers', undefined], ['activist', undefined], ['activists', undefined],
  ['mother', 'f'], ['father', 'm'], ['parent', undefined], ['parents', undefined], ['student', undefined], ['students', undefined],
  ['voter', undefined], ['voters', undefined], ['shopper', undefined], ['customer', undefined], ['owner', undefined], ['driver', undefined],
  ['passenger', undefined], ['survivor', undefined], ['victim', undefined], ['neighbor', undefined], ['neighbour', undefined],
  ['protester', undefined], ['protesters', undefined], ['demonstrator', undefined], ['volunteer', undefined], ['soldier', undefined],
  ['soldiers', undefined], ['veteran', undefined], ['fan', undefined], ['fans', undefined], ['patient', undefined], ['patients', undefined],
  ['agent', undefined], ['solicitor', undefined], ['barrister', undefined], ['publicist', undefined], ['wife', 'f'], ['husband', 'm'],
  ['daughter', 'f'], ['son', 'm'], ['brother', 'm'], ['sister', 'f'], ['family', undefined], ['friend', undefined], ['teammate', undefined],
  ['inspectors', undefined], ['inspector', undefined], ['auditors', undefined], ['auditor', undefined], ['examiners', undefined],
  ['woman', 'f'], ['man', 'm'], ['counterpart', undefined], ['colleague', undefined], ['rival', undefined], ['ally', undefined], ['teenager', undefined], ['refugee', undefined], ['refugees', undefined], ['diplomat', undefined],
]);

/** Role nouns of the spokesperson kind: "a spokesman from X" speaks for X (kind organization). */
export const SPOKES_ROLES: ReadonlySet<string> = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'spokesmen', 'spokeswomen', 'spokespeople', 'representative',
  'representatives', 'official', 'officials', 'press secretary', 'executive', 'executives',
]);

/** Lower-case modifiers allowed before a role noun ("a senior administration official"). */
export const ROLE_MODIFIERS: ReadonlySet<string> = new Set([
  'senior', 'top', 'former', 'current', 'chief', 'administration', 'government', 'company', 'white', 'house',
  'department', 'ministry', 'trade', 'industry', 'military', 'intelligence', 'security', 'defense', 'state',
  'federal', 'local', 'foreign', 'european', 'american', 'chinese', 'western', 'u.s.', 'us', 'several', 'two', 'three',
  'four', 'five', 'some', 'many', 'other', 'unnamed', 'anonymous', 'independent', 'knowledgeable', 'congressional',
  'police', 'campaign', 'party', 'union', 'agency', 'embassy', 'high-ranking', 'high-level', 'junior', 'one', 'another',
  'people', 'legal', 'press', 'tech', 'technology', 'banking', 'market', 'health', 'public', 'private', 'british', 'russian',
  'fire', 'election', 'school', 'county', 'city', 'town', 'village', 'district', 'regional', 'provincial', 'municipal',
  'law', 'enforcement', 'transportation', 'emergency', 'rescue', 'hospital', 'airport', 'border', 'customs', 'immigration',
  'prison', 'court', 'tax', 'energy', 'environmental', 'education', 'financial', 'diplomatic', 'medical', 'local', 'naval',
  'army', 'navy', 'pentagon', 'kremlin', 'palace', 'parliamentary', 'opposition', 'rebel', 'militia', 'aid', 'humanitarian',
]);

/** Last words of an organization name ("Semiconductor Industry Association"). Lower-case. */
export const ORG_HEADS: ReadonlySet<string> = new Set([
  'department', 'ministry', 'association', 'agency', 'administration', 'commission', 'council', 'committee',
  'group', 'coalition', 'alliance', 'federation', 'union', 'institute', 'foundation', 'society', 'organization',
  'organisation', 'network', 'forum', 'chamber', 'bureau', 'office', 'service', 'authority', 'board', 'bank',
  'fund', 'inc', 'inc.', 'corp', 'corp.', 'corporation', 'co', 'co.', 'company', 'ltd', 'ltd.', 'llc', 'plc',
  'technologies', 'holdings', 'systems', 'industries', 'partners', 'university', 'college', 'school', 'court',
  'party', 'congress', 'senate', 'parliament', 'government', 'house', 'pentagon', 'kremlin', 'police', 'army',
  'navy', 'embassy', 'consulate', 'center', 'centre', 'labs', 'laboratories', 'airlines', 'motors', 'media',
  'news', 'times', 'post', 'journal', 'herald', 'tribune', 'telegraph', 'guardian', 'press', 'gazette', 'daily',
  'radio', 'television', 'tv', 'reuters', 'campaign', 'team', 'club', 'league', 'exchange', 'reserve', 'treasury',
  'commerce', 'nations', 'cabinet', 'assembly', 'secretariat', 'directorate', 'command', 'force', 'guard',
  'international', 'watch', 'trust', 'capital', 'securities', 'airways', 'energy', 'pharmaceuticals', 'therapeutics',
  'electric', 'financial', 'insurance', 'ventures', 'studios', 'entertainment', 'communications', 'telecom', 'mobile',
  'brands', 'stores', 'foods', 'petroleum', 'oil', 'steel', 'mining', 'resources', 'investments', 'management',
  // place and institution heads ("Buckingham Palace", "Land Registry", "Thames Valley Police")
  'palace', 'registry', 'constabulary', 'hospital', 'clinic', 'inquiry', 'tribunal', 'inspectorate', 'ombudsman', 'watchdog',
  'programme', 'program', 'panel', 'executive', 'airport', 'council', 'assembly', 'nhs', 'plc', 'llp', 'gmbh', 'ag', 'sa',
  'nv', 'ab', 'se', 'bv', 'pty', 'limited', 'group', 'academy', 'museum', 'library', 'archive', 'observatory', 'survey',
  'water', 'gas', 'power', 'electricity', 'utilities', 'broadband', 'pharmacy',
  // local governments named by their area ("Marlow County", "Hackney Borough")
  'county', 'borough', 'parish', 'township',
  'air', 'aviation', 'rail', 'railway', 'railways', 'logistics', 'shipping', 'lines', 'pharma', 'biotech', 'bancorp',
]);

/** Capitalized words that never start a speaker name (sentence openers, days, months). */
export const NON_NAME_CAPS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'by', 'for', 'but', 'and', 'or', 'so', 'yet', 'as', 'if', 'when', 'while',
  'after', 'before', 'since', 'last', 'next', 'this', 'that', 'these', 'those', 'then', 'however', 'still', 'also',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan.', 'feb.', 'aug.',
  'sept.', 'oct.', 'nov.', 'dec.', 'it', 'he', 'she', 'they', 'we', 'i', 'there', 'here', 'meanwhile', 'earlier',
  'later', 'now', 'today', 'yesterday', 'according', 'despite', 'with', 'without', 'from', 'to', 'of', 'under',
  'over', 'during', 'although', 'though', 'because', 'instead', 'separately', 'asked', 'speaking', 'writing',
  'what', 'who', 'which', 'where', 'why', 'how', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'mostly', 'only',
  'both', 'all', 'each', 'every', 'some', 'many', 'most', 'such', 'not', 'no', 'even', 'just', 'more', 'less',
]);

/** Country / place names that can be a speaking organization ("China said") but are not persons. */
export const PLACES: ReadonlySet<string> = new Set([
  'china', 'beijing', 'washington', 'russia', 'moscow', 'japan', 'tokyo', 'india', 'britain', 'london', 'france',
  'paris', 'germany', 'berlin', 'iran', 'tehran', 'israel', 'ukraine', 'kyiv', 'kiev', 'canada', 'ottawa', 'mexico',
  'brussels', 'europe', 'taiwan', 'taipei', 'korea', 'seoul', 'pyongyang', 'syria', 'turkey', 'ankara', 'america',
  'united states', 'united kingdom', 'european union', 'u.s.', 'us', 'usa', 'uk', 'eu', 'nato', 'hong kong', 'new york',
  'california', 'texas', 'florida', 'brazil', 'australia', 'canberra', 'italy', 'rome', 'spain', 'madrid', 'poland',
  'saudi arabia', 'riyadh', 'egypt', 'cairo', 'pakistan', 'afghanistan', 'kabul', 'iraq', 'baghdad', 'venezuela',
  'silicon valley', 'wall street', 'osaka', 'vietnam', 'hanoi', 'singapore', 'indonesia', 'jakarta', 'nigeria',
]);

/** Place-like organizations and their kind of head ("the White House" answers to "the administration"). */
export const NAMED_INSTITUTIONS: ReadonlySet<string> = new Set([
  'white house', 'pentagon', 'kremlin', 'congress', 'senate', 'state department', 'treasury', 'downing street',
  'elysee', 'federal reserve', 'fed', 'supreme court', 'united nations', 'un', 'nato', 'who', 'imf', 'world bank', 'opec',
  'fbi', 'cia', 'nsa', 'sec', 'ftc', 'fcc', 'fda', 'epa', 'doj', 'wto', 'cdc', 'nhs', 'iaea', 'unicef', 'unhcr', 'ecb', 'boe',
  'ons', 'cqc', 'ofsted', 'ofcom', 'ofgem', 'ofwat', 'hmrc', 'dvla', 'tfl', 'defra', 'mod', 'met', 'met police', 'scotland yard',
]);

/**
 * Definite descriptions that point back to an earlier organization: "the group" → the last
 * organization whose name ends in one of the heads. An empty list accepts any organization.
 */
export const ORG_ANAPHORS: ReadonlyMap<string, readonly string[]> = new Map([
  ['group', ['association', 'group', 'coalition', 'alliance', 'federation', 'union', 'institute', 'foundation', 'society', 'organization', 'organisation', 'council', 'forum', 'chamber', 'committee', 'network', 'campaign', 'center', 'centre']],
  ['association', ['association']],
  ['organization', []],
  ['organisation', []],
  ['department', ['department', 'commerce', 'treasury', 'pentagon']],
  ['ministry', ['ministry']],
  ['bureau', ['bureau', 'office', 'agency']],
  ['agency', ['agency', 'administration', 'bureau', 'commission', 'service', 'authority', 'office', 'organization', 'organisation', 'programme', 'program', 'inspectorate', 'executive', 'who', 'fda', 'epa', 'fbi', 'cia', 'nsa', 'sec', 'ftc', 'fcc', 'cdc', 'nhs', 'iaea', 'unicef', 'unhcr']],
  ['body', ['agency', 'authority', 'commission', 'council', 'organization', 'organisation', 'association', 'federation', 'union', 'board', 'committee', 'institute', 'inspectorate', 'watchdog', 'regulator']],
  ['watchdog', ['watchdog', 'regulator', 'authority', 'commission', 'agency', 'office', 'inspectorate', 'ombudsman']],
  ['charity', ['trust', 'foundation', 'fund', 'society', 'charity', 'appeal', 'aid', 'action', 'care']],
  ['force', ['police', 'constabulary', 'force']],
  ['police', ['police', 'constabulary']],
  ['trust', ['trust']],
  ['society', ['society']],
  ['college', ['college']],
  ['building society', ['society']],
  ['club', ['club']],
  ['commission', ['commission']],
  ['committee', ['committee']],
  ['council', ['council']],
  ['bank', ['bank', 'reserve', 'fed']],
  ['union', ['union']],
  ['institute', ['institute']],
  ['foundation', ['foundation']],
  ['company', []],
  ['firm', []],
  ['carrier', []],
  ['automaker', []],
  ['retailer', []],
  ['chipmaker', []],
  ['manufacturer', []],
  ['lender', []],
  ['startup', []],
  ['carmaker', []],
  ['service', []],
  ['platform', []],
  ['maker', []],
  ['provider', []],
  ['operator', []],
  ['developer', []],
  ['chain', []],
  ['brand', []],
  ['supplier', []],
  ['conglomerate', []],
  ['utility', []],
  ['giant', []],
  ['insurer', []],
  ['airline', []],
  ['automaker', []],
  ['central bank', ['bank', 'reserve', 'fed']],
  ['administration', ['administration', 'white house']],
  ['government', ['government', 'administration', 'ministry', 'white house', 'kremlin']],
  ['campaign', ['campaign']],
  ['party', ['party']],
  ['court', ['court']],
  ['office', ['office']],
  ['white house', ['white house']],
  ['university', ['university', 'college']],
  ['network', ['network']],
  ['newspaper', []],
  ['broadcaster', []],
  ['tabloid', []],
  ['magazine', []],
  ['paper', []],
  ['outlet', []],
  ['board', ['board']],
  ['regulator', ['commission', 'agency', 'authority', 'administration', 'office', 'regulator', 'watchdog', 'inspectorate', 'sec', 'ftc', 'fcc', 'fda']],
]);

/** Words in a company's name that fit a description best ("the airline" → "Corvane Air" before "Halden Securities"). */
export const PREFERRED_HEADS: ReadonlyMap<string, readonly string[]> = new Map([
  ['airline', ['air', 'airlines', 'airways', 'aviation', 'jet', 'airline']],
  ['carrier', ['air', 'airlines', 'airways', 'aviation', 'jet', 'telecom', 'mobile', 'communications', 'wireless', 'shipping', 'lines']],
  ['lender', ['bank', 'bancorp', 'lending', 'finance', 'financial', 'credit', 'mortgage', 'capital']],
  ['insurer', ['insurance', 'assurance', 'mutual', 'life']],
  ['automaker', ['motors', 'motor', 'auto', 'automotive', 'cars']],
  ['carmaker', ['motors', 'motor', 'auto', 'automotive', 'cars']],
  ['chipmaker', ['semiconductor', 'semiconductors', 'micro', 'devices', 'chips', 'technologies']],
  ['utility', ['energy', 'power', 'electric', 'water', 'gas', 'utilities']],
  ['retailer', ['stores', 'store', 'retail', 'mart', 'shops', 'supermarkets']],
]);

/** Org heads that mark a government body (so "the company" does not resolve to them). */
export const GOVERNMENT_HEADS: ReadonlySet<string> = new Set([
  'department', 'ministry', 'agency', 'administration', 'commission', 'council', 'committee', 'bureau', 'office',
  'authority', 'court', 'party', 'congress', 'senate', 'parliament', 'government', 'house', 'pentagon', 'kremlin',
  'police', 'army', 'navy', 'embassy', 'treasury', 'commerce', 'association', 'union', 'federation', 'institute',
  'foundation', 'coalition', 'alliance', 'group', 'society', 'organization', 'campaign', 'nations', 'cabinet',
  'organisation', 'programme', 'program', 'registry', 'palace', 'constabulary', 'inspectorate', 'regulator', 'watchdog', 'tribunal',
  'inquiry', 'trust', 'service', 'executive', 'nhs', 'place', 'board', 'agency',
  // acronyms of public bodies (NAMED_INSTITUTIONS)
  'fda', 'epa', 'fbi', 'cia', 'nsa', 'sec', 'ftc', 'fcc', 'doj', 'who', 'imf', 'un', 'nato', 'opec', 'wto', 'cdc', 'fed',
]);

/** Anonymous sources: phrases whose head says nobody is named. Matched after "according to", "citing", before "said". */
export const ANONYMOUS_HEADS: ReadonlySet<string> = new Set([
  'people', 'person', 'sources', 'source', 'officials', 'official', 'insiders', 'insider', 'aides', 'aide',
  'diplomats', 'diplomat', 'executives', 'analysts', 'experts', 'reports', 'media', 'trader', 'analyst', 'expert', 'observers', 'critics',
  'witnesses', 'residents', 'lawmakers', 'investors', 'traders', 'economists', 'employees', 'staffers', 'negotiators',
  'authorities', 'members', 'researchers', 'scientists', 'regulators', 'advisers', 'advisors', 'supporters', 'leaders',
]);

/** One-word cues that mark an anonymous attribution on their own. */
export const ANONYMOUS_ADVERBS: ReadonlyMap<string, string> = new Map([
  ['reportedly', 'unnamed reports'],
  ['allegedly', 'unnamed allegations'],
  ['purportedly', 'unnamed reports'],
]);

/** Pronoun subjects and what they may refer to. */
export const PRONOUNS: ReadonlyMap<string, 'm' | 'f' | 'org' | 'plural'> = new Map([
  ['he', 'm'], ['she', 'f'], ['it', 'org'], ['they', 'plural'],
]);

/* ---- phrase grammar for speaker phrases (used by speech/phrase.ts and speech/classify.ts) ---- */

/** Determiners that may open a speaker phrase. */
export const DETERMINERS = new Set(['the', 'a', 'an', 'one', 'two', 'three', 'four', 'several', 'some', 'many', 'multiple', 'other', 'another', 'unnamed', 'anonymous']);
/** Prepositions that join a role to its organization ("a spokesman for the ministry"). */
export const LINKS = new Set(['of', 'from', 'for', 'at', 'with', 'in']);
/** Words that qualify an anonymous head ("people familiar with the matter"). */
export const QUALIFIER_RE = /^(?:familiar|close|briefed|with|involved|aware|knowledgeable|privy|who|in|on|inside|within|surveyed|polled|interviewed|contacted|consulted|quoted|cited)$/;
/** Qualifiers that make an anonymous source ("people familiar with", "sources close to"). */
export const ANON_QUALIFIER = /^(?:familiar|close|briefed|involved|aware|knowledgeable|privy|who|speaking|requesting|asking|declining|surveyed|polled|interviewed|contacted|consulted|quoted|cited)$/;
/** Words that end a qualifier phrase (the cue verb or a new clause). */
export const QUALIFIER_STOP = new Set(['said', 'say', 'says', 'told', 'tell', 'and', 'as', 'that', 'but', 'who', 'which', 'reported', 'added', 'according', 'because', 'while']);
/** Lower-case words that may stand inside an organization phrase ("the Trump administration"). */
export const LOWER_ORG = new Set(['administration', 'government', 'campaign', 'department', 'ministry', 'group', 'company', 'media', 'press', 'embassy', 'office', 'military', 'army', 'navy', 'police']);
/** Nationality adjectives allowed in a definite description ("the Chinese company"). */
export const NATIONALITY = new RegExp(
  '^(?:U\\.S\\.|US|EU|UK|U\\.K\\.|' +
    'American|Chinese|British|French|German|Japanese|Russian|Indian|European|Western|Eastern|Asian|African|Korean|Iranian|Israeli|' +
    'Palestinian|Ukrainian|Canadian|Mexican|Brazilian|Australian|Italian|Spanish|Turkish|Saudi|Syrian|Iraqi|Afghan|Pakistani|' +
    'Democratic|Republican|Arab|Taiwanese|Vietnamese|Polish|Dutch|Swedish|Norwegian|Danish|Finnish|Greek|Egyptian|Nigerian|' +
    'Kenyan|Swiss|Belgian|Austrian|Irish|Scottish|Welsh|English|Latin|Gulf|Federal|State|Foreign|Senior|Top|Congressional)$',
);
/** Possessive pronouns and whom they point to ("his office"). */
export const POSSESSIVE_PRONOUNS: ReadonlyMap<string, 'm' | 'f' | 'org' | 'plural'> = new Map([['his', 'm'], ['her', 'f'], ['its', 'org'], ['their', 'plural']]);
/** Institutions a nationality makes specific ("the Israeli military"). */
export const INSTITUTIONS = new Set(['military', 'army', 'navy', 'government', 'police', 'embassy', 'parliament', 'cabinet', 'presidency', 'regulator', 'military’s', 'coast', 'air', 'authorities', 'judiciary', 'legislature']);
/** Party and ideology words used as epithets for a person ("the South Carolina Republican"). */
export const EPITHETS = /^(?:Republican|Democrat|Conservative|Liberal|Independent|Socialist|Labour|Tory|Progressive|Libertarian|Green)$/;
/** Nouns that make a named phrase an outlet ("the Nikkei newspaper"). */
export const MEDIA_NOUNS = new Set(['newspaper', 'daily', 'broadcaster', 'magazine', 'tabloid', 'website', 'outlet']);
/** Media nouns that need "news"/"TV" before them ("the state news agency", not "Protection Agency"). */
export const NEWS_MEDIA = new Set(['agency', 'channel', 'network', 'service', 'wire']);
/** Country prefixes dropped from organization names. */
export const COUNTRY_PREFIX = /^(?:U\.S\.|US|USA|United States|UK|U\.K\.)\s+(?=\S)/;


/** Lower-case particles inside names ("Lula da Silva", "Ursula von der Leyen"). */
export const NAME_PARTICLES = new Set(['ten', 'ter', 'da', 'de', 'del', 'della', 'di', 'dos', 'du', 'van', 'von', 'der', 'den', 'bin', 'al', 'le', 'la', 'ibn']);

/** Common first names with gender: marks a capitalized pair as a person, and checks he/she. */
const MALE_NAMES =
  'aaron adam alan albert alex alexander andrew anthony antonio arthur ben benjamin bernie bill bob brad brandon brian bruce carl carlos charles chris christopher chuck daniel david dennis donald doug douglas ed edward elon emmanuel eric frank fred gary george gordon greg gregory harry henry howard jack jacob james jamie jason jeff jeffrey jerome jim joe joel john jonathan jose joseph josh juan justin keith ken kevin larry lee luis marco mark martin matt matthew michael mike mitch nathan nick nicholas olaf pat patrick paul pete peter phil philip ralph richard rick robert roger ron ronald ross ryan sam samuel sanjay scott sean sergei stephen steve steven ted thomas tim timothy todd tom tony vladimir walter wayne wilbur william xi boris rishi narendra recep jair ali ahmed mohammed muhammad hassan ivan dmitry yuri li wang zhang liu chen jerome lloyd mitt rex jared rand lindsey hakeem jay jerry'.split(' ');
const FEMALE_NAMES =
  'alice amanda amy angela ann anna anne barbara betsy carol carolyn catherine christine christina claire debbie deborah diana donna dorothy elizabeth ellen emily emma gina hannah heather helen hillary jane janet janice jennifer jessica jill joan joanna judith julia julie karen kate katherine kathleen kathy kelly kamala kim laura linda lisa liz lori margaret maria marie marilyn mary megan melania melissa michelle nancy nicola nicole nikki pamela patricia rachel rebecca ruth sandra sarah sharon stephanie susan theresa ursula victoria virginia wendy angela elise ilhan alexandria gretchen kirsten marsha tulsi gita ngozi tsai'.split(' ');
export const FIRST_NAMES: ReadonlyMap<string, 'm' | 'f'> = new Map([
  ...MALE_NAMES.map((n) => [n, 'm'] as [string, 'm']),
  ...FEMALE_NAMES.map((n) => [n, 'f'] as [string, 'f']),
]);

/** News outlets: canonical name → aliases (lower-case, without a leading "the"). */
const OUTLETS: Record<string, string[]> = {
  'New York Times': ['new york times', 'nyt', 'ny times', 'n.y. times', 'nytimes', 'nytimes.com'],
  // "the Times" alone names several papers: resolved from the article's context (timesOutlet)
  'The Times': ['times'],
  'Washington Post': ['washington post', 'post', 'wapo'],
  'Wall Street Journal': ['wall street journal', 'wsj', 'journal'],
  Reuters: ['reuters', 'thomson reuters'],
  'Associated Press': ['associated press', 'ap'],
  'Agence France-Presse': ['agence france-presse', 'agence france presse', 'afp'],
  Bloomberg: ['bloomberg'],
  // kept as printed: "Bloomberg News reported" names the news service
  'Bloomberg News': ['bloomberg news'],
  'Canadian Press': ['canadian press'],
  'Times of Israel': ['times of israel'],
  'Times of India': ['times of india'],
  'The Athletic': ['athletic'],
  'The Lancet': ['lancet'],
  'ESPN': ['espn'],
  'Semafor': ['semafor'],
  'Australian Broadcasting Corporation': ['australian broadcasting corporation'],
  'Financial Times': ['financial times', 'ft'],
  'Los Angeles Times': ['los angeles times', 'la times', 'l.a. times'],
  'USA Today': ['usa today'],
  'The Guardian': ['guardian'],
  'The Economist': ['economist'],
  'The Telegraph': ['telegraph'],
  'Daily Telegraph': ['daily telegraph'],
  'Sunday Telegraph': ['sunday telegraph'],
  'The Times (London)': ['times of london', 'london times', 'times (london)'],
  'BBC': ['bbc', 'bbc news', 'british broadcasting corporation'],
  CNN: ['cnn'],
  CNBC: ['cnbc'],
  'Fox News': ['fox news', 'fox'],
  'Fox Business Network': ['fox business network', 'fox business'],
  NBC: ['nbc', 'nbc news'],
  ABC: ['abc', 'abc news'],
  CBS: ['cbs', 'cbs news'],
  NPR: ['npr', 'national public radio'],
  Politico: ['politico'],
  Axios: ['axios'],
  'The Hill': ['hill'],
  'Xinhua': ['xinhua', 'xinhua news agency'],
  'Global Times': ['global times'],
  'South China Morning Post': ['south china morning post', 'scmp'],
  'Nikkei': ['nikkei', 'nikkei asian review', 'nikkei asia'],
  'Kyodo News': ['kyodo', 'kyodo news'],
  'Yonhap': ['yonhap', 'yonhap news agency'],
  'Al Jazeera': ['al jazeera'],
  'Der Spiegel': ['der spiegel', 'spiegel'],
  'Le Monde': ['le monde'],
  'The Information': ['information'],
  'The Verge': ['verge'],
  TechCrunch: ['techcrunch'],
  'Business Insider': ['business insider', 'insider'],
  'Forbes': ['forbes'],
  'Fortune': ['fortune'],
  'Bild': ['bild'],
  'Interfax': ['interfax'],
  'TASS': ['tass'],
  'Dow Jones': ['dow jones', 'dow jones newswires'],
  'Silicon UK': ['silicon uk'],
  'CNBC International': ['cnbc international'],
  'The Atlantic': ['atlantic'],
  'Time': ['time magazine'],
  'Newsweek': ['newsweek'],
  'Vox': ['vox'],
  'BuzzFeed News': ['buzzfeed', 'buzzfeed news'],
  'ProPublica': ['propublica'],
  'The Intercept': ['intercept'],
  // wire services and broadcasters often cited by acronym
  PTI: ['pti', 'press trust of india'],
  ANI: ['ani', 'asian news international'],
  dpa: ['dpa', 'deutsche presse-agentur'],
  'PA Media': ['pa', 'pa media', 'press association'],
  'Anadolu Agency': ['anadolu', 'anadolu agency'],
  EFE: ['efe'],
  ANSA: ['ansa'],
  'Sky News': ['sky news'],
  'Sky Sports News': ['sky sports news', 'sky sports'],
  'ITV News': ['itv news', 'itv'],
  'Channel 4 News': ['channel 4 news'],
  'Daily Mail': ['daily mail', 'mail online', 'mailonline'],
  'The Independent': ['independent'],
  'The Sun': ['sun'],
  'Daily Mirror': ['daily mirror', 'mirror'],
  'Evening Standard': ['evening standard', 'standard'],
};

/** Outlets that write their name in lower case ("dpa reported"). */
export const LOWERCASE_OUTLETS: ReadonlySet<string> = new Set(['dpa']);

/** Short aliases that are outlets only when written with "the" or in a reporting slot ("the Post"). */
const AMBIGUOUS_ALIASES: ReadonlySet<string> = new Set(['athletic', 'times', 'post', 'journal', 'hill', 'information', 'insider', 'fox', 'ap', 'ft', 'atlantic', 'verge', 'intercept', 'fortune', 'guardian', 'economist', 'telegraph', 'abc', 'pa', 'independent', 'sun', 'mirror', 'standard', 'itv', 'efe', 'ani']);

const OUTLET_INDEX: ReadonlyMap<string, string> = new Map(
  Object.entries(OUTLETS).flatMap(([canon, aliases]) =>
    [canon.toLowerCase().replace(/^the /, ''), ...aliases].map((a) => [a, canon] as [string, string]),
  ),
);

/** Generic paper names: "The Springfield Herald", "the Daily Mail". */
const GENERIC_OUTLET = /^(?:[A-Z][\w.'-]*\s+){0,3}(?:Times|Post|Journal|Herald|News|Tribune|Gazette|Telegraph|Chronicle|Observer|Examiner|Inquirer|Dispatch|Courier|Daily|Mail|Express|Mirror|Sun|Star|Independent|Globe|Register|Record|Review|Bulletin|Reporter|Standard|Sentinel|Monitor|Wire|Magazine|Press)$|^(?:Times|Post|Tribune|Herald|Journal) of [A-Z][\w-]+$/;

function stripOutletNoise(name: string): string {
  return name
    .trim()
    .replace(/^the\s+/i, '')
    .replace(/['’]s$/, '')
    .replace(/\s+/g, ' ');
}

/**
 * Canonical outlet name for a mention ("the Times", "NYT", "NY Times" → "New York Times";
 * "The Springfield Herald" → "Springfield Herald"), or null when `name` is not an outlet.
 */
export function canonicalOutlet(name: string): string | null {
  const bare = stripOutletNoise(name);
  if (!bare) return null;
  const hit = OUTLET_INDEX.get(bare.toLowerCase());
  if (hit) {
    // a bare ambiguous alias ("Post", "Times") is only an outlet when capitalised
    if (AMBIGUOUS_ALIASES.has(bare.toLowerCase()) && !/^[A-Z]/.test(bare)) return null;
    return hit;
  }
  if (GENERIC_OUTLET.test(bare) && /^[A-Z]/.test(bare) && bare.includes(' ')) return bare;
  return null;
}

/** Is `name` an outlet of the list (not only a generic paper name such as "Royal Mail" or "Springfield Herald")? */
export function listedOutlet(name: string): boolean {
  return OUTLET_INDEX.has(stripOutletNoise(name).toLowerCase());
}

/** The New York Times named in full (or by its short forms) somewhere in a text. */
const NYT_NAMED = /\bNew York Times\b|\bNYT\b|\bN\.?Y\.? Times\b|\bnytimes\.com\b/;
/** The London paper named in full. */
const LONDON_TIMES_NAMED = /\bTimes of London\b|\bLondon Times\b|\bThe Times \(London\)|\bthetimes\.co\.uk\b/;
/** Words that place a story in Britain or in the United States (for a bare "the Times"). */
const UK_CONTEXT = /\b(?:Britain|British|U\.?K\.?|United Kingdom|London|England|English|Scotland|Scottish|Wales|Welsh|Westminster|Whitehall|Downing Street|NHS|MPs?|Labour|Tory|Tories|House of Commons|per cent)\b|£/g;
const US_CONTEXT = /\b(?:U\.S\.|US|USA|United States|America|American|Americans|Washington|Congress|White House|Pentagon|Republicans?|Democrats?|GOP|Capitol Hill|New York)\b|\$/g;

/**
 * Which paper a bare "the Times" names in this text: the New York Times when it is named in full
 * (or the story is American), the Times of London when that is named or the story is British,
 * otherwise "The Times" as printed. A name given before `at` wins over one given after it.
 */
export function timesOutlet(text: string, at: number): string {
  const before = text.slice(0, at);
  const nyt = NYT_NAMED.exec(before)?.index ?? -1;
  const london = LONDON_TIMES_NAMED.exec(before)?.index ?? -1;
  if (nyt >= 0 || london >= 0) return nyt > london ? 'New York Times' : 'The Times (London)';
  if (NYT_NAMED.test(text)) return 'New York Times';
  if (LONDON_TIMES_NAMED.test(text)) return 'The Times (London)';
  const uk = text.match(UK_CONTEXT)?.length ?? 0;
  const us = text.match(US_CONTEXT)?.length ?? 0;
  if (uk > us) return 'The Times (London)';
  if (us > uk) return 'New York Times';
  return 'The Times';
}

/** True when the alias can only be read as an outlet with "the" ("the Times", "the Post"). */
export function isAmbiguousOutlet(name: string): boolean {
  return AMBIGUOUS_ALIASES.has(stripOutletNoise(name).toLowerCase());
}
