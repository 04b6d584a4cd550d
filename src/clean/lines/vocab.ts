/** Word lists for the line cleaner: site furniture phrases, tail headings, credits, div hints. */

/** Whole blocks that are site furniture wherever they appear (compared lower-cased, trailing ":" / "…" removed). */
export const FURNITURE_BLOCKS = new Set([
  'advertisement', 'advertisements', 'ad', 'sponsored', 'sponsored content', 'supported by', 'paid content',
  'continue reading the main story', 'continue reading', 'continue reading below', 'story continues below advertisement',
  'article continues below advertisement', 'skip to content', 'skip to main content', 'skip to site index',
  'skip to content skip to site index', 'site index', 'site information navigation', 'site navigation', 'sections',
  'search', 'menu', 'close', 'share', 'share this', 'share this article', 'share this story', 'share on facebook',
  'share on twitter', 'tweet', 'email', 'print', 'save', 'comments', 'comment', 'subscribe', 'log in', 'login',
  'sign in', 'sign up', 'register', 'image', 'photo', 'video', 'play video', 'watch', 'listen', 'listen to this article',
  'read more', 'see more', 'show more', 'load more', 'more', 'back to top', 'top', 'home', 'next', 'previous',
  'next article', 'previous article', 'follow us', 'newsletter', 'go to home page', 'main menu', 'trending',
  "today's paper", 'open in app', 'copy link', 'link copied', 'related', 'tags', 'topics', 'undo', 'loading',
  'view comments', 'show comments', 'hide comments', 'reply', 'report', 'embed', 'enlarge this image', 'toggle caption',
  'reuse this content', 'share this page', 'about sharing', 'story continues below', 'article continues below',
  'scroll to continue with content', 'like this', 'like loading', 'share this:', 'related posts', 'skip advertisement', 'view image in fullscreen', 'close menu', 'open menu',
]);

/** Headings that start the trailing junk of a page: everything from them to the end goes. */
export const TAIL_HEADINGS = new Set([
  'recent posts', 'latest news', 'latest', 'latest stories', 'latest articles', 'related', 'related posts',
  'related articles', 'related stories', 'related news', 'related coverage', 'related content', 'related topics',
  'more stories', 'more news', 'more on this story', 'more on this topic', 'more to explore', 'most popular',
  'most read', 'most viewed', 'popular', 'popular posts', 'popular stories', 'trending', 'trending now',
  'you may also like', 'you might also like', 'recommended', 'recommended for you', 'read next', 'read more',
  'what to read next', 'further reading', 'also read', 'see also', 'comments', 'leave a comment', 'leave a reply',
  'post a comment', 'join the conversation', 'newsletter', 'sign up for our newsletter', 'subscribe to our newsletter',
  'share this article', 'share this', 'about the author', 'author', 'tags', 'topics', 'filed under', 'site index',
  'site information navigation', 'top stories', 'editor’s picks', "editor's picks", 'sponsored stories',
  'around the web', 'from around the web', 'in other news', 'elsewhere', 'more from', 'more about', 'more on',
  'related links', 'promoted stories', 'sponsored links', 'paid content', 'what others are reading', 'share your thoughts',
  // CJK sites: related articles, comments, recommended
  '関連記事', '関連ニュース', 'コメント', '相关阅读', '相关新闻', '相关文章', '热门推荐', '관련기사',
]);

/**
 * Comment forms and paywall notes: they end the article, so everything after them goes too
 * (as long as little prose follows; see the tail rule).
 */
export const COMMENT_FORM_PATTERNS: readonly RegExp[] = [
  /\b(?:only\s+)?subscribers\s+(?:are\s+eligible|can)\s+(?:to\s+)?(?:post|comment|read)/i,
  /\buse the form below to\b/i,
  /\b(?:reset|forgot(?:ten)?)\s+your\s+password\b/i,
  /^please\s+(?:subscribe|log\s*in|sign\s*in|register)\b|\bplease\s+(?:subscribe|log\s*in|sign\s*in)\s+(?:or|to|first|for)\b/i,
  /\bcomments? (?:are|is) (?:closed|moderated)\b/i,
  /^comments?\s*\(\d+\)$/i,
  /\byou (?:have|'ve) reached your (?:limit|article limit)\b/i,
  /\bthis (?:article|story) (?:is|was) (?:available|only available) to subscribers\b/i,
];

/**
 * Sign-offs and promos that usually sit after the article (newsletter, quiz, copyright, credits).
 * They end the article only when no prose at all follows them; otherwise just the line goes.
 */
export const SIGNOFF_PATTERNS: readonly RegExp[] = [
  /\b(?:sign|signing)\s+up\s+(?:for|to)\s+(?:our|the|a)\b.*\bnewsletter/i,
  /^(?:please\s+)?subscribe\s+(?:to|for|now|today)\b/i,
  /\bnewsletter\b.*\b(?:inbox|sign\s*up|subscribe)\b|\b(?:inbox|sign\s*up|subscribe)\b.*\bnewsletter\b/i,
  /\btry our quiz\b|\btake (?:our|the) quiz\b/i,
  /\ball rights reserved\b/i,
  /^(?:©|\(c\)|copyright\s*(?:©|\(c\)|\d{4}))/i,
  /^\(?(?:additional\s+)?(?:reporting|writing|editing|compiled|produced)\s+by\b/i,
  /^our standards:/i,
  /\bcontributed (?:to )?(?:this|the) (?:report|story|article)\.?\)?$/i,
  /^(?:got|have) a (?:news )?tip\b|\bemail (?:our|the) newsroom\b/i,
  /\bsupport (?:our|independent|local) (?:work|journalism|newsroom|reporting)\b|\b(?:donate|become a member|make a donation) (?:today|now)\b/i,
  /\bis an? (?:nonprofit|non-profit|independent|reader-supported) (?:newsroom|news organization|publication)\b/i,
];

/** Furniture sentences that may sit anywhere (cookie notices, player text, inline promos): only the line goes. */
export const FURNITURE_PATTERNS: readonly RegExp[] = [
  /\b(?:follow|like)\s+us\s+on\s+(?:twitter|facebook|instagram|linkedin)\b/i,
  /\bclick here to\b/i,
  /\bwe(?:'ve| have) (?:updated|changed) our privacy policy\b/i,
  /\benable javascript\b|\bjavascript is disabled\b/i,
  /\b(?:we|this (?:site|website)) uses? cookies\b|\bcookie (?:policy|policies|settings|preferences|consent)\b/i,
  /\bthis is a modal window\b|\bopens (?:captions )?settings dialog\b/i,
  /\bmedia playback is unsupported\b|\byour browser does not support\b/i,
  /^(?:read more|related|see also|also read|read also|more|watch|listen|recommended)\s*:\s*\S/i,
  /^follow\s+@?[\w.]+\s+on\s+(?:twitter|x|facebook|instagram)\b/i,
  /^share (?:this|on|via)\b/i,
  /^advertisement(?:\s*[-–—:]\s*.{0,40})?$/i,
  /^follow\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}on\s+(?:twitter|x|facebook|instagram|threads|bluesky|linkedin)(?:\s*[:,]?\s*@[\w.]+)?\W*$/iu,
  /^(?:[Ww]rite to|[Cc]ontact|[Ee]mail) \p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3} at \S+@\S+\W*$/u,
  /^(?:have|got) a (?:confidential )?(?:news )?tip\?/i,
  /^(?:tags|topics|filed under|categories)\s*:\s*\S.{0,120}$/i,
];

/** "Image caption The bridge from the east bank": a caption with its label (BBC-style text copies). */
export const CAPTION_LEAD_RE = /^(?:image|photo|picture|video)\s+caption\s*[:,]?\s*/i;

/** Relative-time stamps of teaser lists ("11 hours ago", "2 days ago", "Just now"). */
export const TIME_AGO_RE = /^(?:(?:about\s+)?(?:\d+|an?|one)\s+(?:sec(?:ond)?s?|min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago|just now|yesterday)$/i;

/** Photo agencies and credit words: a short line naming them is an image credit, not prose. */
export const CREDIT_AGENCY_RE =
  /\b(?:getty images|afp|reuters|associated press|ap photo|epa|efe|shutterstock|bloomberg|istock(?:photo)?|alamy|pa images|pa media|xinhua|anadolu|nurphoto|sipa|zuma|corbis|rex features|newscom|imaginechina|wireimage|via getty)\b/i;
/** Lines that introduce a credit ("Credit...", "Photo: X", "Image by X"). */
export const CREDIT_LEAD_RE = /^(?:credit|photo(?:graph)?|image|picture|pic|illustration|source|foto)s?\b\s*(?:\.{2,}|…|:|by\b|credit\b|copyright\b|source\b)/i;

/**
 * Tokens of a pandoc div's class/id/name that mark page furniture. Short ones are matched as whole
 * tokens of the attribute value (split on spaces, '-' and '_'), long ones anywhere (camelCase ids).
 */
export const NEGATIVE_HINT_TOKENS = new Set(['ad', 'ads', 'nav', 'menu', 'share', 'social', 'promo', 'byline', 'toolbar', 'banner', 'hidden', 'slug', 'sponsor']);
export const NEGATIVE_HINT_RE =
  /masthead|advert|sponsor|site-?index|sharetools|share-tools|newsletter|subscribe|paywall|comment|related|recirc|sidebar|footer|breadcrumb|navigation|outbrain|taboola|visibility:\s*hidden|display:\s*none|data-role="toolbar"|aria-hidden="true"|most-?popular|trending/i;
/** Div hints that mark the article body (schema.org articleBody, CMS story-body classes). */
export const POSITIVE_HINT_RE =
  /articlebody|article-body|article__body|story-?body|storybody|post-?body|entry-content|post-content|article-content|article-text|story-content|main-content|body-text|articletext/i;
