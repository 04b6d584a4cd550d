/**
 * Tunables and named patterns of the HTML article extractor, in one place.
 * Each carries a one-line reason; change them with the eval (`npm run eval:clean`) open.
 */

// ── elements ────────────────────────────────────────────────────────────────

/** Never article text: code, styling, embedded media and widgets (MathML is read: its tokens are text). */
export const DROP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'annotation', 'annotation-xml', 'iframe', 'object', 'embed', 'canvas',
  'video', 'audio', 'source', 'track', 'map', 'button', 'input', 'select', 'option', 'textarea',
  'label', 'dialog', 'head', 'title', 'meta', 'link', 'base', 'img', 'picture', 'frame', 'frameset',
]);

/** Page chrome: dropped unless it is the only place with prose (the retry relaxes this). */
export const CHROME_TAGS = new Set(['nav', 'footer', 'aside', 'menu']);

/** Elements that start a new text block when serialised. */
export const BLOCK_TAGS = new Set([
  'address', 'article', 'blockquote', 'body', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl',
  'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hgroup', 'hr', 'html', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table',
  'tbody', 'thead', 'tfoot', 'tr', 'ul', 'caption', 'aside', 'form', 'menu', 'legend',
]);

/**
 * Table cells, and the tokens of MathML formulas (identifiers, numbers, operators): inline, but
 * never glued to their neighbour ("a ≠ 0", not "a≠0"). A formula's TeX annotation is dropped.
 */
export const CELL_TAGS = new Set(['td', 'th', 'mi', 'mn', 'mo', 'mtext', 'ms']);

// ── class / id hints ────────────────────────────────────────────────────────

/** Class/id words of containers that hold the article body. */
export const POSITIVE_HINT_RE =
  /article|body|content|entry|main|page|post|text|blog|story|prose|news|column|hentry|permalink/;

/** Class/id words of chrome, matched as whole words (short words would hit "head", "bad", "e1ad"). */
export const NEGATIVE_WORD_RE =
  /(?:^|[^a-z0-9])(?:ad|ads|adv|advert|banner|bio|combx|contact|foot|footnote|masthead|media|meta|nav|navbar|menu|header|pager|print|rail|tags|tool|tools|teaser|skip|sr-only|visually-hidden|aside)(?:$|[^a-z0-9])/;

/** Class/id fragments of chrome, matched anywhere ("jp-relatedposts", "sharedaddy", "socialbar"). */
export const NEGATIVE_PART_RE =
  /related|share|sharing|social|comment|promo|newsletter|subscri|signup|sponsor|sidebar|footer|outbrain|taboola|recirc|trending|popular|recommend|breadcrumb|pagination|widget|popup|modal|cookie|consent|paywall|disqus|byline|author-?bio|caption|credit|copyright|disclaimer|skyscraper|shoutbox|dfp|advert|gallery/;

/** Class/id of inline chrome (edit links, screen-reader-only labels) removed wherever it appears. */
export const INLINE_JUNK_RE = /byline|photo-?credit|image-?credit|editsection|edit-section|sr-only|screen-?reader|visually-?hidden|visuallyhidden|a11y-?hidden|print-only|share-?button/;

/**
 * Chrome words that name the place of a container rather than its content (paywall, header,
 * menu, media, share...): a container whose only chrome words are these is kept when it holds
 * several paragraphs of prose, since the body behind a paywall class is still the body. Any other
 * chrome word (comments, related, bio, gallery, cookie...) still removes it.
 */
export const WEAK_CHROME_RE = /paywall|extra|header|menu|media|meta|print|toolbar|tools?|share|sharing|social|banner|pager|pagination/g;
/** Paragraphs of at least this many characters (outside links) count as prose for that test... */
export const PROSE_PARAGRAPH_CHARS = 80;
/** ...and this many of them make a container prose-rich. */
export const PROSE_RICH_PARAGRAPHS = 3;

/** Class/id words that make a node so unlikely to be content that it is removed up front. */
export const UNLIKELY_RE =
  /-ad-|\bad-|ai2html|banner|breadcrumb|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|share|newsletter|subscribe|signup|promo|outbrain|taboola|recirc|trending|most-?popular|cookie|consent|paywall|toolbar|tooltip|byline|author-?bio|caption|credit/;

/** Class/id words that rescue an unlikely-looking node (e.g. "article-header-and-body"). */
export const MAYBE_CANDIDATE_RE = /and|article|body|column|content|main|shadow/;

/** State modifiers in class lists ("no-caption", "has-share"): they name features, not roles. */
export const MODIFIER_CLASS_RE = /(?:^|\s)(?:no|has|with|without|is|show|hide)[-_][^\s]*/g;

/** Roles that are never article text. */
export const UNLIKELY_ROLES = new Set([
  'menu', 'menubar', 'complementary', 'navigation', 'alert', 'alertdialog', 'dialog', 'banner',
  'contentinfo', 'search', 'toolbar', 'tablist',
]);

/** Strongest structural hint: schema.org markup of the article body. */
export const ARTICLE_BODY_RE = /(?:^|[\s_-])(?:article|story|post|entry|main)[-_]?(?:body|content|text)(?:$|\s|__|--)|articlebody/;

// ── scoring ─────────────────────────────────────────────────────────────────

/** Paragraph units shorter than this are too small to vote for a container. */
export const MIN_PARAGRAPH_CHARS = 25;
/** Characters per extra point of a paragraph's score, and the cap, so length helps but not forever. */
export const CHARS_PER_POINT = 100;
export const MAX_LENGTH_POINTS = 3;
/** How many ancestor levels a paragraph's score propagates to (deeper levels get less). */
export const ANCESTOR_LEVELS = 5;
/** Bonus for a class/id hint, and for structural hints; comparable to a few good paragraphs. */
export const HINT_WEIGHT = 25;
export const ARTICLE_BODY_BONUS = 60;
/** A sibling joins the article if its score reaches this share of the winner's. */
export const SIBLING_SCORE_SHARE = 0.2;
/** Minimum absolute score for a scored sibling to be admitted. */
export const SIBLING_MIN_SCORE = 10;
/** An unscored sibling paragraph is re-admitted when long, prose-like and link-poor. */
export const SIBLING_PROSE_CHARS = 80;
export const SIBLING_MAX_LINK_DENSITY = 0.25;
/** A container's score is shared between several near-equal top candidates. */
export const ALT_CANDIDATE_SHARE = 0.75;
export const ALT_CANDIDATES_NEEDED = 3;
/** Position: the article is not a container that follows this many prose paragraphs after the headline... */
export const HEADLINE_GAP_UNITS = 3;
/** ...when those paragraphs hold at least this share of the container's text (a long body after a short intro stays). */
export const HEADLINE_GAP_SHARE = 0.3;
/** The candidate next to the headline replaces it when it scores this share of it and holds this many paragraphs. */
export const HEADLINE_ALT_SHARE = 0.2;
export const HEADLINE_ALT_UNITS = 2;
/** Results shorter than this trigger a retry with relaxed pruning. */
export const RETRY_MIN_CHARS = 250;

// ── pruning inside the article ──────────────────────────────────────────────

/** A block whose text is mostly link text is navigation unless long. */
export const BLOCK_MAX_LINK_DENSITY = 0.5;
/** Short blocks beyond this link density are link lists ("More on this story"). */
export const SHORT_BLOCK_CHARS = 120;
export const SHORT_BLOCK_MAX_LINK_DENSITY = 0.34;
/** Headings that are mostly one link are teasers; this many in a container make it a teaser list. */
export const TEASER_LINK_SHARE = 0.6;
export const TEASER_LIST_MIN = 2;
/** Text per teaser beyond the heading: a blurb is short; a listicle entry with prose is longer. */
export const TEASER_MAX_BLURB_CHARS = 250;
/** Link weight of in-page anchors ("#section"): tables of contents are not navigation away. */
export const HASH_LINK_WEIGHT = 0.3;
/** Containers (div/ul/table) are pruned when link-heavy and with few commas. */
export const CONTAINER_MAX_LINK_DENSITY = 0.45;
/** The last characters of a lead-in line tested for "Related:"-style chrome. */
export const LEAD_IN_MAX_CHARS = 60;
/** Blocks longer than this are never pruned by the boilerplate-text patterns. */
export const BOILERPLATE_MAX_CHARS = 200;

// ── text patterns of boilerplate blocks ─────────────────────────────────────

/** Whole-block labels left by ad slots and story chrome. */
export const BOILERPLATE_BLOCK_RE =
  /^(?:advertisement|advertising|ad|sponsored(?: content)?|continue reading(?: the main story)?|read more(?: here)?|read the full (?:story|article)|story continues below(?: advertisement)?|article continues below(?: advertisement)?|skip (?:to|past) (?:main )?(?:content|advertisement)|(?:supported|presented) by|share(?: this)?(?: (?:story|article|page))?|share on \w+|\d+ shares?(?: back)?|\d+[ -]min(?:ute)?s?(?: read)?|(?:estimated )?reading time:? \d+ min(?:ute)?s?|about the authors?|now playing|tweet|email|print|copy link|link copied|comments?|\d+ comments?|view comments|show comments|related(?: (?:stories|articles|content|coverage|topics))?|more on this(?: story| topic)?|most (?:read|popular|viewed|shared)|recent posts|recent comments|trending(?: now)?|you may also like|recommended(?: for you)?|what to read next|image|photo|video|play video|watch|listen(?: to this article)?|credit|tags?|topics?|filed under|loading\W*|sign up|subscribe(?: now)?|log ?in|sign in|follow us|back to top|top|next|previous|close|menu|search|updated|posted|play|pause|mute|unmute|full ?screen|(?:loaded|progress): ?\d+(?:\.\d+)?%|stream type ?live|current time|duration|remaining time|(?:about |updated |posted |published )?(?:\d+|an?|one) (?:sec(?:ond)?s?|min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?|years?) ago|just now|(?:current|duration|remaining) time:? ?-?\d{1,2}:\d\d(?::\d\d)?|(?:was this|found this)(?: article)? helpful\??|save|saved|related searches|promoted by [\w ]{1,30}|see more|show more|load more|view (?:all|more)|expand|collapse|exclusive|breaking(?: news)?|developing(?: story)?|loading comments|\d+ photos|gallery|like this|like loading|listen to this (?:story|article|podcast|episode)|advertisement - scroll to continue|don[’']t miss|join the conversation|comments are closed|leave a (?:reply|comment)|print this (?:page|article)|become a (?:member|subscriber)|opens? in (?:a )?new (?:window|tab)|paid (?:content|post|partnership)|sign up here|terms of (?:use|service)|privacy policy|(?:table of )?contents|in this (?:article|story|post|guide|page)|on this page|jump to(?: a)? section)\W*$/i;

/** Block starts that mark promos, subscription prompts and bios. */
export const BOILERPLATE_START_RE =
  /^(?:(?:sign up|subscribe|register) (?:for|to|now|today)|get (?:the|our) (?:\w+ )?(?:newsletter|app|daily|morning|evening)|follow (?:us|\w+) on|read more:|related:|see also:|more:|click here|download (?:the|our) app|we use cookies|this (?:site|website) uses cookies|by (?:clicking|continuing|using)|you have \d+ free|already a subscriber|image (?:source|caption|copyright)|photograph:|\(?(?:all )?photo(?:graph)?s?:|(?:top |lead |header |cover |main |featured )?(?:photo|image|illustration)s? (?:by|courtesy of) |credit:|getty images?$|copyright ©|© \d{4}|all rights reserved|thanks for (?:reading|signing up)|want more stories|support (?:our|independent) journalism|this (?:article|story) (?:was|is|has been) (?:originally )?(?:published|produced|reprinted|republished|adapted)|this (?:article|story) (?:originally |first )?appeared (?:on|in)\b|(?:photo )?gallery:|(?:contact|email|reach) (?:the )?(?:reporter|writer|author|columnist)\b|(?:enter|your) email address|(?:filed under|tags|topics|categories)\s*:|follow [\w.'’-]+(?: [\w.'’-]+){0,3} on (?:twitter|x|facebook|instagram|threads|bluesky|linkedin|tiktok|youtube|mastodon)(?:\s*(?:[:,]|at)?\s*@[\w.]+)?\W*$|(?:have|got) a (?:confidential )?(?:news )?tip\?|want more [\w ']{0,30}\? (?:sign up|subscribe|get|follow|download)|(?:get|receive) (?:the latest|our best|more) [\w ,']{0,40}(?:inbox|newsletter)|our standards:|we want to hear from you|read the full (?:story|article|report) here|(?:image|photo|picture) credits?:|caption:|photo illustration\b|(?:enjoy|enjoyed|like|liked) this (?:article|story|post)\?|already (?:have an account|registered)\b)/i;

/** Whole-block lead-ins of link lists to other stories ("More games news:", "Related coverage"). */
export const MORE_LINKS_RE =
  /^(?:(?:more|related|latest|other|recent|further|recommended|popular|top|also) (?:[\w'’&-]+ ){0,3}(?:news|stories|articles|coverage|reading|posts|headlines|links|reads)|(?:more|also) (?:from|on|in|read|see) [\w'’&. -]{1,40}|(?:also|you might also|you may also) (?:read|see|like|enjoy)|see also)\W*$/i;

/**
 * Notes about the print edition; they may be long (they quote the headline). Corrections and
 * clarifications ("Correction: An earlier version of this story ...") are not listed: they are part
 * of the story, and a fact-checker needs them.
 */
export const EDITION_NOTE_RE = /^a version of this (?:article|story|review|column) (?:appears|appeared)/i;
/** Edition notes longer than this are prose that happens to start alike. */
export const EDITION_NOTE_MAX_CHARS = 500;

/** Text of a block that only names a photographer or agency (image credit). */
export const CREDIT_RE =
  /^(?:(?:photo|image|picture|illustration|video)\s*(?:credit)?\s*[:|]?\s*)?[\w .,'-]{0,60}\/\s*(?:getty images|reuters|ap|afp|epa|shutterstock|the new york times|associated press|bloomberg|alamy)\W*$/i;

/** Words that may surround a date in a dateline block ("Updated 9:41 AM ET, Fri March 3, 2017"). */
export const DATE_WORDS_RE =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|am|pm|a\.m|p\.m|et|edt|est|pt|pst|pdt|gmt|bst|utc|cet|cest|aest|updated|published|posted|modified|last|first|on|at|de|le|el|del|am|um|uhr)\b|\d+(?:st|nd|rd|th)?/gi;
/** Only blocks this short can be datelines. */
export const DATELINE_MAX_CHARS = 80;

/** Sentence-final punctuation: prose blocks end this way, chrome usually does not. */
export const SENTENCE_END_RE = /[.!?…'"”’)\]:]\s*$/;


/** Whitespace to collapse (includes NBSP and the Unicode spaces) and zero-width marks to delete. */
export const WHITESPACE_RE = /[\s\u00a0\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g;
export const ZERO_WIDTH_RE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

/** A short block that only names the author ("By Jane Doe and John Roe"): metadata, not text. */
export const BYLINE_BLOCK_RE = /^(?:[Bb]y|[Ww]ritten by|[Ww]ords by|[Rr]eporting by|[Vv]on|[Pp]ar|[Pp]or)\s+\p{Lu}[\p{L}.'’-]*(?:[\s,]+(?:(?:and|y|et|und|e|&)\s+)?\p{Lu}[\p{L}.'’-]*){0,8}\W*$/u;
/** A closing note about the author ("Jane Doe is a reporter for the Metro desk."): a bio, not the story. */
export const AUTHOR_BIO_RE =
  /^(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}(?:(?:covers|writes about|reports on|has (?:covered|written about|reported on))\b|(?:is|was)\b[^.]{0,160}\b(?:reporter|correspondent|editor|writer|columnist|journalist|contributor|bureau chief|producer|author)\b)/u;
/** How many final blocks may hold author bios, and how long a bio may be. */
export const AUTHOR_BIO_TAIL_BLOCKS = 3;
export const AUTHOR_BIO_MAX_CHARS = 320;
/** Figures shorter than this hold only captions and credits (dropped with captions). */
export const FIGURE_MAX_CHARS = 300;
/** A block repeating the previous one, this long or longer, is a duplicate (slideshow, sticky headline). */
export const DUPLICATE_MIN_CHARS = 30;
/** Only blocks this short can be bylines. */
export const BYLINE_MAX_CHARS = 100;
/** Captions and credits describe photos, not events: dropped unless asked for. */
export const KEEP_CAPTIONS = false;
/** A JSON-LD articleBody this long rescues a page whose visible text came out short. */
export const JSONLD_BODY_MIN_CHARS = 500;
/** An articleBody this long is a check on the extraction: when the extracted text holds less than this share of its word 4-grams, it replaces it. */
export const JSONLD_CHECK_MIN_CHARS = 800;
/** A shorter articleBody (a brief) checks the extraction only when ours is at most this many times its length. */
export const JSONLD_SHORT_CHECK_MIN_CHARS = 400;
export const JSONLD_SHORT_MAX_RATIO = 1.5;
export const JSONLD_MIN_COVERAGE = 0.25;
/** Words of the articleBody used to find its first paragraph in the DOM. */
export const JSONLD_PREFIX_WORDS = 8;
/** Headings near the start that repeat the title are dropped; how many leading blocks to look at. */
export const TITLE_SEARCH_BLOCKS = 4;

// ── standfirst (dek) ────────────────────────────────────────────────────────

/** Class/id words of the summary under a headline (not "intro" or "lede": newsrooms call the story's first paragraph so). */
export const DEK_HINT_RE = /(?:^|[^a-z])(?:dek|standfirst|sub-?title|subhead(?:line)?|summary|description|strapline|excerpt)(?:$|[^a-z])/;
/** Meta tags that hold the page's summary (often the dek, word for word). */
export const DESCRIPTION_META_RE = /^(?:description|og:description|twitter:description)$/;
/** A dek is a sentence or two: shorter is a label, longer is body text. */
export const DEK_MIN_CHARS = 40;
export const DEK_MAX_CHARS = 400;

// ── teaser grids (grid.ts) ──────────────────────────────────────────────────

/** A story card is short: its text, and its text beside the linked headline (blurb, byline, kicker). */
export const GRID_CARD_MAX_CHARS = 600;
export const GRID_CARD_MAX_BLURB_CHARS = 400;
/** A container is a grid when it holds this many cards, with this share of its text. */
export const GRID_MIN_CARDS = 4;
export const GRID_MIN_SHARE = 0.6;
/** A prose run out of a grid: this much text in this many paragraphs... */
export const GRID_RUN_MIN_CHARS = 250;
export const GRID_RUN_MIN_PARAGRAPHS = 2;
/** ...with at most this much other text between two of its paragraphs. */
export const GRID_RUN_MAX_GAP_CHARS = 200;
