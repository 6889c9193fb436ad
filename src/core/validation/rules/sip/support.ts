/** How the SIP rules recognise agents and types before they demand the exact spelling. */

/** Same letters ignoring case and surrounding space: how agents and types are recognised. */
export function sameWord(value: string | undefined, word: string): boolean {
  return value !== undefined && value.trim().toUpperCase() === word;
}
