/**
 * The data model of DESIGN.md: the contract between the stages.
 *
 * Offsets are UTF-16 indices into `Article.text` (the clean text), so that for every claim
 * `article.text.slice(claim.span.start, claim.span.end) === claim.text`.
 */

/** Version of every machine-readable output (`--json`, `--ndjson`, table, diff). */
export const SCHEMA_VERSION = '2.0.0';

export type Format = 'html' | 'markdown' | 'text';

export interface Span {
  start: number;
  end: number;
}

/** Where a metadata field was found, e.g. `{ title: 'og:title', published: 'json-ld' }`. */
export type Provenance = Partial<Record<'title' | 'byline' | 'publisher' | 'published' | 'modified' | 'url' | 'lang', string>>;

export interface Source {
  /** Short stable id, unique within one run (derived from the file name). */
  id: string;
  path: string;
  format: Format;
  title?: string;
  publisher?: string;
  byline?: string;
  url?: string;
  /** ISO date (YYYY-MM-DD) the article was published. */
  published?: string;
  modified?: string;
  lang?: string;
  /** Which page feature each metadata field came from ('cli' when given with --published). */
  provenance?: Provenance;
}

/** What ingest hands to clean: decoded text plus what is known about the file. */
export interface RawInput {
  id: string;
  path: string;
  format: Format;
  /** Decoded text of the file (BOM removed). */
  text: string;
  /** Size of the file in bytes before decoding. */
  bytes: number;
  /** Charset used to decode and where it came from (e.g. 'utf-8 (bom)', 'windows-1252 (meta)'). */
  encoding?: string;
  /** Hints from the container (WARC record, CLI), used when the page itself says nothing. */
  hints?: { url?: string; published?: string };
  diagnostics: Diagnostic[];
}

export type ParagraphKind = 'paragraph' | 'heading' | 'list-item' | 'blockquote' | 'caption' | 'preformatted';

/** A block of the clean text. Blocks never overlap; a block boundary is always a sentence boundary. */
export interface Paragraph extends Span {
  kind: ParagraphKind;
}

export interface Sentence extends Span {
  index: number;
  text: string;
}

export type ClaimKind = 'date' | 'count' | 'money' | 'percent' | 'duration' | 'ordinal' | 'quote' | 'attribution';

export const CLAIM_KINDS: readonly ClaimKind[] = [
  'date',
  'count',
  'money',
  'percent',
  'duration',
  'ordinal',
  'quote',
  'attribution',
];

export type Granularity = 'day' | 'week' | 'month' | 'quarter' | 'year';

export interface DateValue {
  /** ISO date, inclusive. */
  start: string;
  /** ISO date, inclusive. */
  end: string;
  granularity: Granularity;
  /** True when resolved against the publication date ("Wednesday", "last week"). */
  relative: boolean;
  /** Fields that were not stated but filled in (e.g. ['year'] for "Aug. 19"). */
  inferred?: string[];
  /** Part of day when stated ("Wednesday morning" → 'morning'). */
  time?: string;
}

export type Approx = 'exact' | 'about' | 'more-than' | 'less-than' | 'at-least' | 'at-most' | 'range';

export interface Quantity {
  /** Lower bound; null = unbounded. For 'more-than' the bound is exclusive. */
  low: number | null;
  /** Upper bound; null = unbounded. For 'less-than' the bound is exclusive. */
  high: number | null;
  /** Lemma of the unit noun ('application', 'entity'), an ISO currency ('USD'), 'percent', or a time unit ('month'). */
  unit: string;
  approx: Approx;
  /** Words that qualify the unit ("28 Chinese entities" → ['chinese']). */
  modifiers?: string[];
}

export interface QuoteValue {
  /** The quoted words, without the quotation marks. */
  text: string;
  /** Who said it, resolved to a name or organization where possible. */
  speaker: string | null;
  /** True for one- or two-word scare quotes that are not speech. */
  partial?: boolean;
}

export type AttributionKind = 'named-person' | 'organization' | 'publication' | 'anonymous';

export interface AttributionValue {
  source: string;
  kind: AttributionKind;
  /** The cue: 'according to', 'reported', 'said', 'citing', ... */
  cue: string;
}

export type ClaimValue = DateValue | Quantity | QuoteValue | AttributionValue;

export interface Claim {
  /** `<source id>:<kind>:<start>`: stable for the same input. */
  id: string;
  kind: ClaimKind;
  text: string;
  span: Span;
  /** Index of the sentence that holds `span.start`. */
  sentence: number;
  /** null = seen but not resolvable; `reason` says why. */
  value: ClaimValue | null;
  reason?: string;
  /** Who the sentence says is the source of this claim. */
  attributedTo?: string;
  /** Normalized content words that say what the claim is about. */
  subject: string[];
}

export type Severity = 'error' | 'warning' | 'info';

/** A message a stage attaches to the document instead of throwing or printing (vfile style). */
export interface Diagnostic {
  ruleId: string;
  severity: Severity;
  message: string;
  span?: Span;
}

/**
 * What alignment needs from the whole article beyond its claims: the names it mentions (to tell
 * stories apart) and the capitalized word runs outlets are cited by. Computed by align when
 * absent; carried by NDJSON records so that shards rebuild the same table.
 */
export interface ArticleContext {
  names: string[];
  mentions: string;
}

export interface Article {
  source: Source;
  text: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  claims: Claim[];
  diagnostics?: Diagnostic[];
  context?: ArticleContext;
}

export interface InputError {
  path: string;
  message: string;
}

export interface ExtractResult {
  schemaVersion: string;
  articles: Article[];
  errors: InputError[];
}

/**
 * 'cited' is an attribution row whose outlets cite the same source for statements that are not
 * the same ("Huawei said" it spent $11 billion, "Huawei has denied" wrongdoing): who is cited, not
 * agreement on a fact. An attribution row whose sentences say the same thing is 'agree'.
 */
export type RowStatus = 'agree' | 'conflict' | 'single' | 'cited';

export interface RowClaim extends Claim {
  /** Source id. */
  source: string;
  sentenceText: string;
  /** Source id this claim is repeated from (attribution to, or near-copy of, another outlet in the set). */
  via?: string;
}

export interface Row {
  id: string;
  kind: ClaimKind;
  label: string;
  status: RowStatus;
  claims: RowClaim[];
  /** Number of distinct sources that state the fact on their own (copies and "via" excluded). */
  independentSources?: number;
  /** Extra notes: 'less precise', 'changed over time', 'quote drift', ... */
  notes?: string[];
}

export interface AgreementTable {
  schemaVersion: string;
  sources: Source[];
  rows: Row[];
  errors: InputError[];
}

export type DiffFindingType = 'only-a' | 'only-b' | 'conflict' | 'drift';

/** One finding of `diff A B`: a row of the A+B table seen from the A/B split. */
export interface DiffFinding {
  type: DiffFindingType;
  row: Row;
}

export interface DiffResult {
  schemaVersion: string;
  /** Source ids on each side. */
  a: Source[];
  b: Source[];
  findings: DiffFinding[];
  /** Rows where A and B agree (for the summary). */
  agreed: number;
  errors: InputError[];
}
