/**
 * Furniture that sits inside the article container and reads like text: photo credits closing a
 * caption, donation and membership appeals, comment-widget labels, time-stamp lines, media promo
 * lines, press-release contacts, pull-quote attributions. Block-level tests (one block or one
 * line at a time); each names a habit of news pages in general, in the languages we support
 * (en, de, fr, es, pt), never a site.
 */
import type { Block } from './blocks.js';
import type { FlatDom } from './dom.js';
import { rawAttr } from './dom.js';
import type { Extraction } from './extract.js';
import { matchKey } from './jsonld-body.js';
import { subtreeText } from './score.js';
import { MORE_LINKS_RE } from './tunables.js';

/** A sentence ends here (a caption credit or a promo line does not). */
const SENTENCE_END_RE = /[.!?…]["'”’»)]*\s*$/;
/** Quotation marks: an appeal quoted in a story is news, not furniture. */
const QUOTE_RE = /["“”„«»]/;

// ── captions ────────────────────────────────────────────────────────────────

/**
 * A caption's closing credit: "(Times photo by Jane Doe)", "(Photo by Jane Doe for the Planet)",
 * or an unbracketed "Photo: Jane Doe/Agency", "Foto: Max Muster/dpa" after the caption's sentence.
 */
const PHOTO_BY_CREDIT_RE = /^\((?:[\p{L}.'’&-]+\s+){0,3}(?:photo|foto|photograph|image|picture|bild)s?\s+(?:by|de|von|por|par)\s+\p{Lu}[^()]{0,80}\)$/iu;
const TRAILING_CREDIT_RE = /[.!?]\s+(?:photo|foto|photograph|image|picture|bild|crédit(?: photo)?|credit)s?\s*:\s*\p{Lu}[^.!?:]{0,60}$/iu;
/** Captions are short. */
const CAPTION_MAX_CHARS = 250;

/** A paragraph that is a photo caption by its closing credit (see above). */
export function isCreditedCaption(block: Block): boolean {
  const { text } = block;
  if (block.kind !== 'paragraph' || text.length > CAPTION_MAX_CHARS) return false;
  // The credit in brackets is the last bracket, after the caption's own text.
  const open = text.endsWith(')') ? text.lastIndexOf('(') : -1;
  if (open > 0 && /\S/.test(text.slice(0, open)) && PHOTO_BY_CREDIT_RE.test(text.slice(open))) return true;
  return text.includes(':') && TRAILING_CREDIT_RE.test(text);
}

// ── appeals ─────────────────────────────────────────────────────────────────

/**
 * A donation, membership or subscription appeal addressed to the reader. Imperatives and "us"
 * phrases say so alone ("please support us", "Unterstützen Sie ...", "Soutenez ...", "abonnez-vous",
 * "suscríbete", "assine já"); phrases a news story may also use ("become a member", "support
 * local journalism", "paid subscribers get") count only beside a first- or second-person word.
 */
const APPEAL_RE = new RegExp([
  String.raw`\b(?:please )?support us\b`,
  String.raw`\bsupport our (?:work|journalism|newsroom|reporting|mission)\b`,
  String.raw`\bis (?:reader|member|listener|viewer)[- ](?:supported|funded|powered)\b`,
  String.raw`\bdonate (?:now|today)\b`,
  String.raw`\bunterstützen sie (?:uns|unseren|unsere|unabhängigen)\b`,
  String.raw`\bjetzt (?:abo|abonnieren|unterstützen|spenden)\b`,
  String.raw`\bsoutenez(?:-nous| notre| une rédaction| le journalisme| l['’]information)\b`,
  String.raw`\babonnez-vous\b`,
  String.raw`\bsuscr[ií]bete\b`,
  String.raw`\bapoie o jornalismo\b`,
  String.raw`\bassine (?:a partir|já|agora)\b`,
  String.raw`\b(?:can['’]t|cannot) afford to (?:donate|give|pay|subscribe)\b`,
  String.raw`\b(?:contribute|donate|give) (?:via|with|using|through) (?:paypal|apple pay|google pay|a credit card)\b`,
  String.raw`\bwe accept (?:credit cards?|debit cards?|paypal|apple pay|google pay)\b`,
  // a reader call-out: the newsroom asks readers for their stories
  String.raw`\bwe want to hear from you\b`,
  String.raw`\bfill out (?:our|this|the|a short) (?:questionnaire|form|survey)\b`,
  String.raw`\bshare your (?:story|stories|experience|experiences|tips?) with us\b`,
].join('|'), 'iu');
const SOFT_APPEAL_RE = new RegExp([
  String.raw`\bsupport (?:independent|local|quality|nonprofit|non-profit) (?:journalism|news|reporting)\b`,
  String.raw`\bpaid (?:members|subscribers) (?:get|receive|enjoy)\b`,
  String.raw`\b(?:become|join as) a (?:paying |paid )?(?:member|supporter|subscriber|patron)\b`,
  String.raw`\b(?:make|give) a (?:one-off |one-time |monthly |tax-deductible )?(?:donation|contribution|gift)\b`,
  String.raw`\bapoy[ae] (?:el periodismo|nuestro|nuestra)\b`,
].join('|'), 'iu');
/** Words that address the reader or speak for the newsroom. */
const READER_ADDRESS_RE = /\b(?:you|your|us|our|we|uns|unser\w*|vous|votre|nous|notre|te|tu|nos|nuestr[oa]s?|você|seu|sua|nosso|nossa)\b/iu;
/** An appeal is short; a long paragraph that mentions support is prose. */
const APPEAL_MAX_CHARS = 500;

/** Stems one of the appeal phrases holds: a cheap test before the phrases themselves. */
const APPEAL_STEM_RE = /support|member|subscri|donat|contribut|gift|patron|unterstütz|jetzt|souten|abonn|suscr|apoi|apoy|assine|afford|accept|hear from you|fill out|share your/i;

function isAppeal(text: string, maxChars = APPEAL_MAX_CHARS): boolean {
  if (text.length > maxChars || !APPEAL_STEM_RE.test(text) || QUOTE_RE.test(text)) return false;
  return APPEAL_RE.test(text) || (SOFT_APPEAL_RE.test(text) && READER_ADDRESS_RE.test(text));
}

// ── labels ──────────────────────────────────────────────────────────────────

/**
 * Comment-widget labels in the languages we support ("158 Kommentare", "Kommentare öffnen",
 * "Diskutieren Sie mit", "Voir les commentaires", "Ver comentarios", "5 comentários", "Réagir").
 */
const COMMENT_LABEL_RE = new RegExp(String.raw`^(?:(?:\d+\s+)?(?:kommentare?|commentaires?|comentarios?|comentários?|comments?)`
  + String.raw`|(?:alle\s+)?kommentare\s+(?:öffnen|anzeigen|lesen|einblenden)|diskutieren sie mit|jetzt kommentieren|zur diskussion`
  + String.raw`|(?:voir|lire|afficher)\s+(?:les\s+)?(?:\d+\s+)?commentaires|réagir|réagissez|ajouter un commentaire`
  + String.raw`|(?:ver|leer|mostrar)\s+(?:los\s+)?(?:\d+\s+)?comentarios|comenta|comentar|deja (?:un|tu) comentario`
  + String.raw`|(?:ver|ler|mostrar)\s+(?:os\s+)?(?:\d+\s+)?comentários|comente|deixe (?:um|seu) comentário`
  + String.raw`|comment on this (?:story|article)|add (?:a|your) comment|show \d+ comments|view all \d+ comments)\W*$`, 'iu');

/** An ad label set between dashes or bullets ("- Advertisement -", "— Anzeige —"). */
const AD_LABEL_RE = /^[\W_]*(?:advertisement|advertising|anzeige|werbung|publicité|publicidad|publicidade|sponsored)[\W_]*$/iu;

/** Media promo labels set in capitals ("VIDEO: ...", "VÍDEOS: ...", "WATCH: ...", "FOTOS: ..."). */
const MEDIA_LABEL_CAPS_RE = /^(?:VIDEOS?|VÍDEOS?|VIDÉOS?|WATCH|PHOTOS?|FOTOS?|GALLERY|GALERIE|GALERÍA|GALERIA|LISTEN|AUDIO|PODCAST|LIVE|EN VIDÉO|EM VÍDEO|EN VÍDEO|IM VIDEO|MIRA|ASSISTA|REGARDEZ)\s*:\s*\S/u;
/** The same labels in any case: a promo when the rest of the line is a link. */
const MEDIA_LABEL_RE = /^(?:videos?|vídeos?|vidéos?|watch|photos?|fotos?|gallery|galerie|galería|galeria|listen|audio|podcast|en vidéo|em vídeo|en vídeo|im video|mira|assista|regardez)\s*:\s*/iu;
/** Promo lines are short. */
const PROMO_MAX_CHARS = 160;
/** Share of the text after the label that must be link text. */
const PROMO_LINK_SHARE = 0.5;

/**
 * "See more news from the region on X." and its kin ("Veja mais notícias da região no X", "Más
 * noticias de la región en X", "Weitere Nachrichten aus der Region", "Retrouvez toute l'actualité"):
 * a pointer to the site's section, with a link.
 */
const MORE_NEWS_RE = /^(?:(?:see|read|get|find|veja|leia|confira|ver|lea|voir|lisez|retrouvez|lesen sie)\s+)?(?:more|all|the latest|mais|todas as|más|todas las|plus d['’]|toute l['’]|toutes les|mehr|weitere|alle)\s*(?:\S+\s+){0,2}(?:news|stories|notícias|noticias|actualités|actualité|infos|nachrichten|meldungen)\b/iu;

/** Share of a "more news" line that is link text (the section's name). */
const MORE_NEWS_LINK_SHARE = 0.15;

/** A time stamp: a clock time, a numeric date or an "N hours ago" age. */
const STAMP_SHAPE_RE = /\b\d{1,2}[:h]\d\d\b|\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d+\s*(?:min(?:ute)?s?|minuten|hours?|horas?|heures?|stunden|days?|días|dias|jours|tagen)\b/iu;
/** Update and publication words of a time-stamp line, in the languages we support. */
const STAMP_WORD_RE = /\b(?:updated|published|posted|atualizad[oa]|publicad[oa]|actualizad[oa]|aktualisiert|veröffentlicht|stand|mis à jour|publié)\b|\b(?:há|hace|il y a|vor|ago)\b/iu;
/** Time-stamp lines are short. */
const STAMP_MAX_CHARS = 120;

/** A pull quote's attribution set alone: "— Jane Doe, Lagro resident", "—Mayor Jane Doe". */
const ATTRIBUTION_RE = /^[—–―]\s*(?:\p{Lu}[\p{L}.'’-]*\s+){0,2}\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:,\s*[^.!?,;:]{1,60})?$/u;
/** Attributions are short. */
const ATTRIBUTION_MAX_CHARS = 100;

/** A press release's media-contact block ("Media Contact:", "Press contact:", "Pressekontakt:", "Contact presse :"). */
const MEDIA_CONTACT_RE = /^(?:(?:media|press|investor|news)\s+(?:contacts?|inquiries|enquiries|relations)|pressekontakt|medienkontakt|contacts? (?:presse|médias?)|contactos? (?:de|para) (?:prensa|medios)|contato(?:s)? (?:para|de) imprensa|assessoria de imprensa)\s*:/iu;
/** Contact blocks are short. */
const MEDIA_CONTACT_MAX_CHARS = 400;

/** A press-release wire's closing "SOURCE Company, Inc." line. */
export const SOURCE_LINE_RE = /^SOURCE\s+\p{Lu}[^.!?]{0,80}(?:\b(?:Inc|Ltd|Corp|Co|LLC|S\.A|GmbH|AG|plc)\.?)?$/u;

/** A line of statistics set apart by bullets ("440k+ Newsrooms · 9k+ Outlets · 270k+ Journalists"). */
function isStatStrip(text: string): boolean {
  const parts = text.split(/\s+[·•|]\s+/);
  return parts.length >= 3 && parts.every((part) => /^\d[\d.,]*[kKmM]?\+?\s+\S/u.test(part) && part.length <= 50);
}

/** The notice under a sign-up form ("This site is protected by reCAPTCHA and the Google Privacy Policy …"). */
const FORM_NOTICE_RE = /\bprotected by (?:re)?captcha\b|\bby (?:signing up|subscribing|submitting)[^.]{0,60}\byou agree to (?:our|the)\b/i;
const FORM_NOTICE_MAX_CHARS = 250;

/** An outlet's line sending readers to its own coverage ("Get the latest lifestyle updates on Times of X, along with …", "Stay up to date with the latest news on …"). */
const FOLLOW_PROMO_RE = /^(?:[Gg]et|[Cc]atch|[Ff]ollow|[Ss]tay (?:up to date|updated|informed) (?:with|on)|[Ff]or) (?:all )?the latest (?:[\p{L}-]+ ){0,3}(?:news|updates|headlines|stories|coverage)\b.{0,40}\b(?:on|at|from|with) (?:the )?\p{Lu}/u;
const FOLLOW_PROMO_MAX_CHARS = 200;

/** True for the furniture blocks listed in the module comment (see each pattern). */
export function isFurniture(block: Block): boolean {
  const { text, linkChars } = block;
  const length = text.length;
  if (length <= 60 && (COMMENT_LABEL_RE.test(text) || AD_LABEL_RE.test(text))) return true;
  if (block.kind !== 'heading' && isAppeal(text)) return true;
  if (length <= STAMP_MAX_CHARS && /\d/.test(text) && !SENTENCE_END_RE.test(text) && STAMP_WORD_RE.test(text) && STAMP_SHAPE_RE.test(text)) return true;
  if (length <= PROMO_MAX_CHARS && MEDIA_LABEL_CAPS_RE.test(text)) return true;
  if (length <= PROMO_MAX_CHARS && linkChars > 0) {
    const label = MEDIA_LABEL_RE.exec(text);
    if (label && linkChars >= (length - label[0].length) * PROMO_LINK_SHARE) return true;
    if (MORE_NEWS_RE.test(text) && !QUOTE_RE.test(text) && linkChars >= length * MORE_NEWS_LINK_SHARE) return true;
  }
  if (length <= ATTRIBUTION_MAX_CHARS && ATTRIBUTION_RE.test(text)) return true;
  if (length <= MEDIA_CONTACT_MAX_CHARS && MEDIA_CONTACT_RE.test(text)) return true;
  if (length <= 100 && SOURCE_LINE_RE.test(text)) return true;
  if (length <= FORM_NOTICE_MAX_CHARS && FORM_NOTICE_RE.test(text)) return true;
  if (length <= FOLLOW_PROMO_MAX_CHARS && FOLLOW_PROMO_RE.test(text)) return true;
  return length <= 200 && isStatStrip(text);
}

// ── runs of blocks (need the page's tree or the neighbouring blocks) ────────

/**
 * A label over a list of links to other stories, in the languages we support ("Other stories
 * from this section", "More stories", "Mehr zum Thema", "Lire aussi", "Leia também", "Más
 * información"). Matched as the whole block.
 */
const RELATED_LABEL_RE = new RegExp('^(?:'
  + String.raw`(?:other|more|related|recommended|latest|top|further|popular|recent|similar)\s+(?:[\w'’&-]+\s+){0,2}(?:stories|articles|news|coverage|reading|reads|headlines|links|posts)(?:\s+(?:from|in|on|about)\s+[\p{L}\p{N}'’&. -]{1,40})?`
  + String.raw`|more (?:from|on|in|about) [\p{L}\p{N}'’&. -]{1,40}|(?:you (?:might|may) )?also (?:like|read|enjoy)|(?:read|see) (?:also|more|next)|related|what to read next|don['’]t miss`
  + String.raw`|mehr (?:zum thema|zu diesem thema|aus (?:dem|der|diesem) [\p{L}-]+(?: [\p{L}-]+)?|zu [\p{L}-]+(?: [\p{L}-]+)?)|weitere (?:artikel|nachrichten|meldungen|themen|beiträge)(?: [\p{L} -]{1,30})?|das könnte sie (?:auch )?interessieren|lesen sie auch|auch interessant|zum thema`
  + String.raw`|(?:à )?lire aussi|sur le même (?:sujet|thème)|à voir aussi|dans la même rubrique|(?:nos )?articles? (?:similaires|associés)|plus d['’]actualités|les plus lus`
  + String.raw`|más información|te puede interesar|(?:también )?te puede interesar|noticias relacionadas|artículos relacionados|lee también|lea también|más noticias|lo más leído`
  + String.raw`|leia (?:também|mais)|veja também|saiba mais|notícias relacionadas|mais notícias|mais lidas`
  + String.raw`)\s*:?$`, 'iu');
/** A teaser after such a label: linked, and short or a list item. */
const TEASER_MAX_CHARS = 250;

/** A "Label: value" line of a fact box ("Age: 49", "Hometown: Lafayette"). */
const FACT_LINE_RE = /^\p{Lu}[\p{L}'’]*(?:[ -][\p{L}'’]+){0,3}\s*:\s+\S/u;
const FACT_LINE_MAX_CHARS = 100;
const FACT_BOX_MIN_LINES = 3;
/** A fact box may carry one short title (the person's or place's name). */
const FACT_BOX_TITLE_MAX_CHARS = 60;

/** A pull quote is short; only blocks with this much text are compared with the body. */
const PULL_QUOTE_MIN_CHARS = 40;
const PULL_QUOTE_MAX_CHARS = 300;
/** Blocks looked up at most. */
const PULL_QUOTE_MAX_CANDIDATES = 2000;

/** Inline elements of a chip strip (a score bar, a list of scorers). */
const STRIP_CHILD_TAGS = new Set(['span', 'a', 'b', 'strong', 'em', 'i', 'time', 'abbr', 'small']);
const STRIP_MIN_CHILDREN = 2;
const STRIP_CHILD_MAX_CHARS = 30;
const STRIP_MAX_CHARS = 200;
const CJK_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Notes of a data table (its title line, "Source: ..." under it) are short. */
const TABLE_NOTE_MAX_CHARS = 200;
const TABLE_NOTES_MAX_CHARS = 250;
const TABLE_MAX_NOTES = 2;
const DATA_TABLE_MIN_ROWS = 3;

/**
 * Drops runs of furniture that a single block does not show: a "more stories" label and the
 * linked teasers after it; a fact box of "Label: value" lines under a name, set in a box of its
 * own; a pull quote that repeats a sentence of the body; a strip of short inline chips written
 * without spaces (a score bar); the title and source notes set around a data table.
 */
export function dropFurnitureRuns(extraction: Extraction, keepCaptions: boolean): void {
  const { dom, blocks } = extraction;
  if (blocks.length < 2) return;
  const gone = new Uint8Array(blocks.length);
  markRelatedRuns(dom, blocks, gone);
  markFactBoxes(dom, blocks, gone);
  markPullQuotes(dom, blocks, gone);
  markLeadingSummary(dom, blocks, gone);
  markClosingCredit(dom, blocks, gone);
  markAppealBoxes(dom, blocks, gone);
  // Boxes that hold a table (its parent and grandparent): the only places of table notes.
  const tableBoxes = new Set<number>();
  if (!keepCaptions) {
    for (let i = dom.tag.indexOf('table'); i >= 0; i = dom.tag.indexOf('table', i + 1)) {
      const p = dom.parent[i]!;
      if (p >= 0) tableBoxes.add(p).add(dom.parent[p]!);
    }
  }
  for (let k = 0; k < blocks.length; k++) {
    const block = blocks[k]!;
    if (gone[k] || block.element < 0) continue;
    if (isChipStrip(dom, block) || (tableBoxes.size && isTableNote(dom, block, tableBoxes))) gone[k] = 1;
  }
  if (!gone.includes(1)) return;
  const kept: Block[] = [];
  for (let k = 0; k < blocks.length; k++) {
    const block = blocks[k]!;
    if (!gone[k]) kept.push(block);
    else if (block.whole && block.element >= 0) extraction.removed.fill(1, block.element, dom.end[block.element]!);
  }
  extraction.blocks = kept;
}

/** A box set into the body: at most this many kept blocks and this much text, a few levels up. */
const APPEAL_BOX_MAX_BLOCKS = 4;
const APPEAL_BOX_MAX_CHARS = 1500;
const APPEAL_BOX_LEVELS = 3;
/** A video or gallery box: its title opens with the media label ("Video: …"), with a duration or credit beside it. */
const MEDIA_BOX_MAX_CHARS = 300;

/**
 * A donation, membership, sign-up or reader call-out box set into the body goes whole: its heading
 * ("Support HuffPress", "Explanatory journalism is a public good", "Get Our Top Investigations")
 * and its lines that say no appeal phrase alone go with the line that does (which single-block
 * rules may already have dropped: the box is read from the page, not from the kept blocks). The
 * box must be small and set apart: it holds a few blocks, and body blocks lie outside it. A media
 * box (title "Video: …", its duration, "Source: …") goes the same way.
 */
function markAppealBoxes(dom: FlatDom, blocks: readonly Block[], gone: Uint8Array): void {
  const none = new Uint8Array(0);
  const tested = new Set<number>();
  for (let k = 0; k < blocks.length; k++) {
    if (gone[k] || blocks[k]!.element < 0) continue;
    let a = dom.parent[blocks[k]!.element]!;
    for (let level = 0; level < APPEAL_BOX_LEVELS && a >= 0; level++, a = dom.parent[a]!) {
      // the blocks inside box a: a run around k (blocks are in page order)
      // (never counted past the limit: on a page of thousands of paragraphs this stays linear)
      let first = k;
      let last = k;
      while (first > 0 && last - first < APPEAL_BOX_MAX_BLOCKS && inside(dom, a, blocks[first - 1]!.element)) first--;
      while (last + 1 < blocks.length && last - first < APPEAL_BOX_MAX_BLOCKS && inside(dom, a, blocks[last + 1]!.element)) last++;
      if (last - first + 1 > APPEAL_BOX_MAX_BLOCKS || (first === 0 && last === blocks.length - 1)) break;
      if (tested.has(a)) continue;
      tested.add(a);
      const text = subtreeText(dom, none, a, APPEAL_BOX_MAX_CHARS + 1);
      if (text.length > APPEAL_BOX_MAX_CHARS) break;
      const media = text.length <= MEDIA_BOX_MAX_CHARS && MEDIA_LABEL_RE.test(text);
      if (!media && !isAppeal(text, APPEAL_BOX_MAX_CHARS) && !FORM_NOTICE_RE.test(text)) continue;
      for (let j = first; j <= last; j++) gone[j] = 1;
      break;
    }
  }
}

function inside(dom: FlatDom, box: number, e: number): boolean {
  return e >= box && e < dom.end[box]!;
}

function markRelatedRuns(dom: FlatDom, blocks: readonly Block[], gone: Uint8Array): void {
  for (let k = 0; k < blocks.length; k++) {
    const label = blocks[k]!;
    if (label.text.length > 60 || !RELATED_LABEL_RE.test(label.text)) {
      // A teaser list whose label an earlier filter took ("More stories"): the label is in the tree.
      const list = label.kind === 'list-item' && label.element >= 0 ? dom.parent[label.element]! : -1;
      if (list < 0 || !LIST_TAGS.has(dom.tag[list]!)) continue;
      let j = k;
      while (j < blocks.length && blocks[j]!.element >= list && blocks[j]!.element < dom.end[list]!) j++;
      // The list is judged once, by the label before it and its items all being links.
      if (blocks.slice(k, j).every((b) => b.linkChars > 0) && isRelatedLabel(textBefore(dom, list))) gone.fill(1, k, j);
      k = j - 1;
      continue;
    }
    let j = k + 1;
    while (j < blocks.length && blocks[j]!.linkChars > 0 && (blocks[j]!.kind === 'list-item' || blocks[j]!.text.length <= TEASER_MAX_CHARS)) j++;
    // A label with no teasers after it counts only at the very end (its list was pruned).
    if (j === k + 1 && k !== blocks.length - 1) continue;
    gone.fill(1, k, j);
    k = j - 1;
  }
}

const LIST_TAGS = new Set(['ul', 'ol']);
/** Characters of a label read before a list. */
const LABEL_SCAN_CHARS = 80;

function isRelatedLabel(text: string): boolean {
  return text.length > 0 && text.length <= 60 && (RELATED_LABEL_RE.test(text) || MORE_LINKS_RE.test(text));
}

/** The text of the sibling node just before `i` (a label over a list), '' when there is none. */
function textBefore(dom: FlatDom, i: number): string {
  const p = dom.parent[i]!;
  let prev = -1;
  for (let c = p + 1; c < i; c = dom.end[c]!) {
    if (dom.tag[c] === '#text' && !dom.text[c]!.trim()) continue;
    prev = c;
  }
  if (prev < 0) return '';
  let text = '';
  for (let j = prev; j < dom.end[prev]! && text.length <= LABEL_SCAN_CHARS; j++) if (dom.tag[j] === '#text') text += dom.text[j]!;
  return text.replace(/\s+/g, ' ').trim();
}

/** A summary box opening the body: a short link-free list before the first paragraph. */
const SUMMARY_MAX_ITEMS = 5;
/** Words of a summary point written as a headline, without a full stop. */
const SUMMARY_HEADLINE_MIN_WORDS = 5;
const SUMMARY_ITEM_MAX_CHARS = 150;
/** The paragraph after it is prose. */
const SUMMARY_NEXT_MIN_CHARS = 100;

/** Drops the bullets (and a short label over them) that open the article, before its first paragraph. */
function markLeadingSummary(dom: FlatDom, blocks: readonly Block[], gone: Uint8Array): void {
  let start = 0;
  if (blocks[0]!.kind !== 'list-item' && blocks[0]!.text.length <= 40 && !SENTENCE_END_RE.test(blocks[0]!.text)) start = 1;
  const first = blocks[start];
  if (!first || first.kind !== 'list-item' || first.element < 0) return;
  const list = dom.parent[first.element]!;
  if (list < 0 || !LIST_TAGS.has(dom.tag[list]!)) return;
  let end = start;
  let sentences = 0;
  while (end < blocks.length && blocks[end]!.kind === 'list-item' && blocks[end]!.element >= list && blocks[end]!.element < dom.end[list]!) {
    const item = blocks[end]!;
    if (item.linkChars > 0 || item.text.length > SUMMARY_ITEM_MAX_CHARS) return;
    if (SENTENCE_END_RE.test(item.text)) sentences++;
    end++;
  }
  // Summary points are sentences, or headline-style lines of five words or more (an ingredients list is neither).
  const headlineStyle = (b: Block): boolean => /^\p{Lu}/u.test(b.text) && b.text.split(/\s+/).length >= SUMMARY_HEADLINE_MIN_WORDS;
  if (sentences * 2 < end - start && !blocks.slice(start, end).every(headlineStyle)) return;
  const next = blocks[end];
  if (end - start < 2 || end - start > SUMMARY_MAX_ITEMS || !next || next.kind !== 'paragraph' || next.text.length < SUMMARY_NEXT_MIN_CHARS) return;
  gone.fill(1, 0, end);
}

/** One person's name: two to four capitalised words. */
const NAME = String.raw`\p{Lu}[\p{L}'’.-]+(?: (?:(?:de|da|van|von|del|la|le|du|dos) )?\p{Lu}[\p{L}'’.-]+){1,3}`;
/** Names only, joined by commas and "and" in the languages we support: the authors' credit. */
const NAMES_LINE_RE = new RegExp(`^${NAME}(?:(?:, | (?:and|et|und|y|e|&) )${NAME})*$`, 'u');
const NAMES_LINE_MAX_CHARS = 120;

/** The last block, when it is names only, credits the authors (gold leaves bylines out). */
/** A role line under the name in an author card ("Breaking News Reporter, HuffPress"). */
const ROLE_LINE_MAX_CHARS = 80;

function markClosingCredit(dom: FlatDom, blocks: readonly Block[], gone: Uint8Array): void {
  const k = blocks.length - 1;
  const last = blocks[k]!;
  const isNames = (b: Block): boolean => b.kind === 'paragraph' && b.text.length <= NAMES_LINE_MAX_CHARS && NAMES_LINE_RE.test(b.text);
  // an author card: the name, then a short role line ("Senior Reporter, Harbor Daily", which can
  // itself read as names), in one box of their own
  const name = blocks[k - 1];
  if (name && isNames(name) && name.element >= 0 && last.element >= 0 && last.text.length <= ROLE_LINE_MAX_CHARS
    && !SENTENCE_END_RE.test(last.text) && dom.parent[name.element] === dom.parent[last.element]) {
    const box = dom.parent[last.element]!;
    const alone = box >= 0 && !(k >= 2 && blocks[k - 2]!.element >= box && blocks[k - 2]!.element < dom.end[box]!);
    if (alone) {
      gone[k - 1] = 1;
      gone[k] = 1;
      return;
    }
  }
  if (isNames(last)) gone[k] = 1;
}

function markFactBoxes(dom: FlatDom, blocks: readonly Block[], gone: Uint8Array): void {
  for (let k = 0; k < blocks.length; k++) {
    const first = blocks[k]!;
    if (first.kind !== 'list-item' || first.element < 0 || !isFactLine(first.text)) continue;
    const list = dom.parent[first.element]!;
    const box = list >= 0 ? dom.parent[list]! : -1;
    if (box < 0) continue;
    const inBox = (b: Block): boolean => b.element >= box && b.element < dom.end[box]!;
    let start = k;
    while (start > 0 && inBox(blocks[start - 1]!)) start--;
    let end = k;
    while (end < blocks.length && inBox(blocks[end]!)) end++;
    // The box holds the list and at most one short title, and is not the body itself.
    if (start === 0 && end === blocks.length) continue;
    let lines = 0;
    let others = 0;
    let ok = true;
    for (let j = start; j < end && ok; j++) {
      const b = blocks[j]!;
      if (b.kind === 'list-item') {
        if (isFactLine(b.text)) lines++;
        else ok = false;
      } else if (b.text.length <= FACT_BOX_TITLE_MAX_CHARS && !SENTENCE_END_RE.test(b.text) && others === 0) others++;
      else ok = false;
    }
    if (ok && lines >= FACT_BOX_MIN_LINES) gone.fill(1, start, end);
    k = end - 1;
  }
}

function isFactLine(text: string): boolean {
  return text.length <= FACT_LINE_MAX_CHARS && FACT_LINE_RE.test(text);
}

/** Sentence ends inside a block (with closing quotes), where a pull quote's text may start or stop. */
const SENTENCE_SPLIT_RE = /(?<=[.!?…]["'”’»)]*)\s+/u;
/** Runs of this many sentences at most are compared with a pull quote. */
const PULL_QUOTE_MAX_SENTENCES = 3;

/** A block whose element or its parent is classed as a quote ("pull-quote", "pullQuote_inner"). */
function markedAsQuote(dom: FlatDom, e: number): boolean {
  for (let a = e, level = 0; a >= 0 && level < 2; a = dom.parent[a]!, level++) if (/quote/i.test(rawAttr(dom, a, 'class'))) return true;
  return false;
}

/**
 * A block quote (or a block classed as a quote) that repeats one to three whole sentences of a
 * body paragraph: a pull quote (gold leaves them out; their claims would count twice). A
 * paragraph that quotes an embedded post again is text, so plain paragraphs are not candidates.
 */
function markPullQuotes(dom: FlatDom, blocks: readonly Block[], gone: Uint8Array): void {
  // Candidates first: most pages have no block quote, and then no sentence is keyed.
  const candidates: number[] = [];
  for (let k = 0; k < blocks.length && candidates.length < PULL_QUOTE_MAX_CANDIDATES; k++) {
    const block = blocks[k]!;
    if (block.text.length < PULL_QUOTE_MIN_CHARS || block.text.length > PULL_QUOTE_MAX_CHARS) continue;
    if (block.kind === 'blockquote' || (block.element >= 0 && markedAsQuote(dom, block.element))) candidates.push(k);
  }
  if (!candidates.length) return;
  const owners = new Map<string, number>();
  for (let k = 0; k < blocks.length; k++) {
    if (blocks[k]!.kind !== 'paragraph' && blocks[k]!.kind !== 'list-item') continue;
    const sentences = blocks[k]!.text.split(SENTENCE_SPLIT_RE).map(matchKey);
    if (sentences.length < 2) continue;
    for (let a = 0; a < sentences.length; a++) {
      let run = '';
      for (let b = a; b < sentences.length && b < a + PULL_QUOTE_MAX_SENTENCES && b - a < sentences.length - 1; b++) {
        run = run ? `${run} ${sentences[b]!}` : sentences[b]!;
        if (run.length >= PULL_QUOTE_MIN_CHARS && !owners.has(run)) owners.set(run, k);
      }
    }
  }
  for (const k of candidates) {
    const key = matchKey(blocks[k]!.text);
    if (key.length < PULL_QUOTE_MIN_CHARS) continue;
    const owner = owners.get(key);
    if (owner !== undefined && owner !== k && !gone[owner]) gone[k] = 1;
  }
}

/**
 * A block made of short inline chips with nothing between them ("<span>FT</span><span>Harbor
 * City FC</span><span>2</span>..."): a widget laid out by CSS, whose pieces would read as one
 * glued word ("FTHarbor City FC21").
 */
function isChipStrip(dom: FlatDom, block: Block): boolean {
  if (block.kind !== 'paragraph' || block.text.length > STRIP_MAX_CHARS || SENTENCE_END_RE.test(block.text) || !block.whole) return false;
  const e = block.element;
  let chips = 0;
  let previousWasChip = false;
  let glued = 0;
  for (let c = e + 1; c < dom.end[e]!; c = dom.end[c]!) {
    const tag = dom.tag[c]!;
    if (tag === '#text') {
      if (dom.text[c]!.trim()) return false;
      previousWasChip = false;
      continue;
    }
    if (!STRIP_CHILD_TAGS.has(tag)) return false;
    let chars = 0;
    for (let j = c + 1; j < dom.end[c]!; j++) if (dom.tag[j] === '#text') chars += dom.text[j]!.trim().length;
    if (chars === 0) continue;
    if (chars > STRIP_CHILD_MAX_CHARS) return false;
    if (previousWasChip) glued++;
    chips++;
    previousWasChip = true;
  }
  // A score bar or a scorers' line carries numbers; CJK text is written without spaces anyway.
  return chips >= STRIP_MIN_CHILDREN && glued >= chips - 1 && /\d/.test(block.text) && !CJK_RE.test(block.text);
}

/** A short line beside a data table in the table's own box: its title, source or legend. */
function isTableNote(dom: FlatDom, block: Block, tableBoxes: ReadonlySet<number>): boolean {
  if (block.kind === 'caption' && dom.tag[block.element] === 'caption') return true;
  if (block.kind !== 'paragraph' || block.text.length > TABLE_NOTE_MAX_CHARS || !block.whole) return false;
  const box = dom.parent[block.element]!;
  if (box < 0 || !tableBoxes.has(box)) return false;
  // The box: one data table (directly or in a wrapper) and at most two short notes beside it.
  let table = -1;
  let notes = 0;
  let noteChars = 0;
  for (let c = box + 1; c < dom.end[box]!; c = dom.end[c]!) {
    const tag = dom.tag[c]!;
    if (tag === '#text') {
      if (dom.text[c]!.trim()) return false;
      continue;
    }
    const t = tag === 'table' ? c : onlyTable(dom, c);
    if (t >= 0) {
      if (table >= 0 || !isDataTable(dom, t)) return false;
      table = t;
      continue;
    }
    noteChars += textLength(dom, c, TABLE_NOTES_MAX_CHARS + 1);
    if (++notes > TABLE_MAX_NOTES || noteChars > TABLE_NOTES_MAX_CHARS) return false;
  }
  return table >= 0;
}

/** The table inside wrapper `c` when the wrapper holds nothing else with text (a scroll box); -1 otherwise. */
function onlyTable(dom: FlatDom, c: number): number {
  let table = -1;
  for (let j = c + 1; j < dom.end[c]!; j++) {
    if (dom.tag[j] === 'table') {
      if (table >= 0) return -1;
      table = j;
      j = dom.end[j]! - 1;
    } else if (dom.tag[j] === '#text' && dom.text[j]!.trim()) return -1;
  }
  return table;
}

/** Characters of text under `i`, counted up to `limit`. */
function textLength(dom: FlatDom, i: number, limit: number): number {
  let n = 0;
  for (let j = i + 1; j < dom.end[i]! && n < limit; j++) if (dom.tag[j] === '#text') n += dom.text[j]!.trim().length;
  return n;
}

function isDataTable(dom: FlatDom, table: number): boolean {
  let rows = 0;
  let headed = false;
  for (let j = table + 1; j < dom.end[table]!; j++) {
    const tag = dom.tag[j];
    if (tag === 'table') return false;
    if (tag === 'tr') rows++;
    else if (tag === 'th' || tag === 'thead') headed = true;
  }
  return headed && rows >= DATA_TABLE_MIN_ROWS;
}
