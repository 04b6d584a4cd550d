/** Word lists shared by the metadata and line cleaners. */

/** Month names and their usual abbreviations (AP style "Sept." included) → month number. */
export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5,
  june: 6, jun: 6, july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9,
  october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};

/** Alternation of month words for regular expressions, longest first so "Sept" wins over "Sep". */
export const MONTH_ALT = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');

/** Weekday names, optionally leading a date line ("Wednesday, Oct. 9, 2019"). */
export const WEEKDAY_ALT =
  'monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun';

/** JSON-LD @type values that describe an article (their headline/author/dates are the page's own). */
export const ARTICLE_TYPES = new Set([
  'article', 'newsarticle', 'reportagenewsarticle', 'analysisnewsarticle', 'opinionnewsarticle',
  'backgroundnewsarticle', 'reviewnewsarticle', 'blogposting', 'liveblogposting', 'socialmediaposting',
  'techarticle', 'scholarlyarticle', 'report', 'webpage', 'itempage', 'creativework', 'review',
  'medicalwebpage', 'discussionforumposting', 'videoobject', 'howto', 'recipe', 'posting',
]);

/** Job titles printed after a byline name ("Ben Silverman, Games Editor"); the name ends where they start. */
export const ROLE_NOUN_ALT =
  'editor|writer|reporter|correspondent|contributor|columnist|producer|journalist|analyst|critic|photographer';

/** Words that qualify a job title ("Senior Games Editor", "White House Correspondent"). */
export const ROLE_MODIFIER_ALT =
  'senior|chief|staff|contributing|deputy|associate|managing|executive|assistant|special|political|foreign|national|' +
  'business|tech|technology|science|health|sports|games|gaming|entertainment|economics|economic|finance|financial|' +
  'investigative|legal|diplomatic|white house|washington|news|features|opinion|travel|food|culture|music|film|' +
  'arts|education|climate|environment|energy|security|defense|markets|digital|video|freelance|guest';
