/** Publisher names from copyright lines: the outlet, not the legal entity that holds the copyright. */

/**
 * Legal-form endings of a company name ("The New York Times Company", "Dow Jones & Company, Inc.",
 * "Example Media Ltd"). "Group" and "Media" stay: they are often part of the outlet's own name.
 */
const LEGAL_ENDING_RE = /(?:[\s,]+(?:&\s+)?(?:company|co\.?|inc\.?|incorporated|llc|l\.l\.c\.?|ltd\.?|limited|plc|gmbh|ag|s\.?a\.?|pty|corp\.?|corporation))+\.?$/i;

/** "The New York Times Company" → "The New York Times"; a name that is only a legal form stays as written. */
export function copyrightHolder(raw: string): string {
  const name = raw.replace(/\s+/g, ' ').trim();
  const base = name.replace(LEGAL_ENDING_RE, '').replace(/[\s,&]+$/, '');
  return /\p{L}/u.test(base) ? base : name;
}
