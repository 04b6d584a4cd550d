/**
 * Furniture that sits inside the article container and reads like text: photo credits closing a
 * caption, donation and membership appeals, comment-widget labels, time-stamp lines, media promo
 * lines, press-release contacts, pull-quote attributions. Block-level tests (one block or one
 * line at a time); each names a habit of news pages in general, in the languages we support
 * (en, de, fr, es, pt), never a site.
 */
import type { Block } from './blocks.js';

/** A sentence ends here (a caption credit or a promo line does not). */
const SENTENCE_END_RE = /[.!?…]["'”’»)]*\s*$/;
/** Quotation marks: an appeal quoted in a story is news, not furniture. */
const QUOTE_RE = /["“”„«»]/;

// ── captions ────────────────────────────────────────────────────────────────

/**
 * A caption's closing credit: "(Times photo by Jane Doe)", "(Photo by Jane Doe for the Planet)",
 * or an unbracketed "Photo: Jane Doe/Agency", "Foto: Max Muster/dpa" after the caption's sentence.
 */
const PHOTO_BY_CREDIT_RE = /\S.*\((?:[\p{L}.'’&-]+\s+){0,3}(?:photo|foto|photograph|image|picture|bild)s?\s+(?:by|de|von|por|par)\s+\p{Lu}[^()]{0,80}\)$/iu;
const TRAILING_CREDIT_RE = /[.!?]\s+(?:photo|foto|photograph|image|picture|bild|crédit(?: photo)?|credit)s?\s*:\s*\p{Lu}[^.!?:]{0,60}$/iu;
/** Captions are short. */
const CAPTION_MAX_CHARS = 250;

/** A paragraph that is a photo caption by its closing credit (see above). */
export function isCreditedCaption(block: Block): boolean {
  const { text } = block;
  if (block.kind !== 'paragraph' || text.length > CAPTION_MAX_CHARS) return false;
  return PHOTO_BY_CREDIT_RE.test(text) || TRAILING_CREDIT_RE.test(text);
}

// ── appeals ─────────────────────────────────────────────────────────────────

/**
 * A donation, membership or subscription appeal addressed to the reader: "please support us",
 * "X is reader-supported", "Paid members get ...", "Become a member", "Unterstützen Sie ...",
 * "Soutenez ...", "Apoya ...", "Apoie ...".
 */
const APPEAL_RE = new RegExp([
  String.raw`\b(?:please )?support (?:us|our (?:work|journalism|newsroom|reporting)|(?:independent|local|quality|nonprofit|non-profit) (?:journalism|news|reporting))\b`,
  String.raw`\bis (?:reader|member|listener|viewer)[- ](?:supported|funded|powered)\b`,
  String.raw`\bpaid (?:members|subscribers) (?:get|receive|enjoy)\b`,
  String.raw`\b(?:become|join as) a (?:paying |paid )?(?:member|supporter|subscriber|patron)\b`,
  String.raw`\b(?:make|give) a (?:one-off |one-time |monthly |tax-deductible )?(?:donation|contribution|gift)\b`,
  String.raw`\bdonate (?:now|today)\b`,
  String.raw`\bunterstützen sie (?:uns|unseren|unsere|unabhängigen|den)\b`,
  String.raw`\bjetzt (?:abo|abonnieren|unterstützen|spenden)\b`,
  String.raw`\bsoutenez(?:-nous| notre| une| le journalisme| l['’]information)\b`,
  String.raw`\babonnez-vous\b`,
  String.raw`\bapoy[ae] (?:el periodismo|nuestro|a |al )`,
  String.raw`\bsuscr[ií]bete\b`,
  String.raw`\bapoie o jornalismo\b`,
  String.raw`\bassine (?:a partir|já|agora|o )`,
].join('|'), 'iu');
/** An appeal is short; a long paragraph that mentions support is prose. */
const APPEAL_MAX_CHARS = 500;

function isAppeal(text: string): boolean {
  return text.length <= APPEAL_MAX_CHARS && !QUOTE_RE.test(text) && APPEAL_RE.test(text);
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
  return length <= 200 && isStatStrip(text);
}
