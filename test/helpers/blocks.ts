/**
 * The layout contract of clean text: within a block, whitespace is single spaces, except single
 * line breaks kept from a <br> (verse, an address, lines of a list); no blank line, no padding.
 */
export function collapsedBlock(block: string): string {
  return block.split('\n').map((line) => line.replace(/\s+/g, ' ').trim()).filter(Boolean).join('\n');
}
