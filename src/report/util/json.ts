/**
 * JSON output keeps article text exact, but JSON.stringify leaves DEL, C1 controls and bidi
 * overrides raw; they are escaped as \uXXXX here (still valid JSON, same data once parsed).
 */

/** Characters JSON.stringify emits raw that a terminal or viewer may interpret. */
const UNSAFE_IN_JSON_RE = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

export function safeJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(UNSAFE_IN_JSON_RE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
