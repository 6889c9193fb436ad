/**
 * Swedish text analysis for the AIP search, shared by both database backends (docs/adr/0007):
 * words are lower-cased and stemmed with the Snowball Swedish stemmer, and long words are also
 * indexed by their tails, so that a search for "ansökan" finds "bygglovsansökan" and "ärenden"
 * finds "Bygglovsärenden". Query words match as prefixes of indexed words, which covers the other
 * half of a compound ("bygglov" finds "bygglovsansökan") and inflected forms.
 */
import snowball from 'snowball-stemmers';

const stemmer = snowball.newStemmer('swedish');

/** Words shorter than this are not split; tails shorter than MIN_TAIL are not indexed. */
const MIN_COMPOUND = 8;
const MIN_TAIL = 4;
const MIN_HEAD = 3;
export const MAX_QUERY_TERMS = 10;

export function words(text: string): string[] {
  return (
    text
      .normalize('NFC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

export function stem(word: string): string {
  return /^\p{N}+$/u.test(word) ? word : stemmer.stem(word);
}

/** The tails of a long word that may be the second part of a compound (at least MIN_TAIL letters). */
export function compoundTails(word: string): string[] {
  if (word.length < MIN_COMPOUND || !/^\p{L}+$/u.test(word)) return [];
  const out: string[] = [];
  for (let i = MIN_HEAD; i <= word.length - MIN_TAIL; i++) out.push(word.slice(i));
  return out;
}

function tailsOf(text: string): string[] {
  const seen = new Set<string>();
  for (const w of words(text)) for (const t of compoundTails(w)) seen.add(t);
  return [...seen];
}

/** SQLite FTS5 body: the stems of every word, then the compound tails. */
export function ftsBody(text: string): string {
  const stems = words(text).map(stem);
  return [...stems, ...tailsOf(text)].join(' ');
}

/**
 * PostgreSQL search_text: the words (to_tsvector('swedish') stems them), then the compound tails.
 * Words, not the raw text: PostgreSQL's parser would keep `SE/1281/BN/F1` or `BN-2019` as one
 * path or hyphenated token, which the word-by-word query below could never match.
 */
export function tsvectorText(text: string): string {
  return [...words(text), ...tailsOf(text)].join(' ');
}

/** The stems of a query's words (at most MAX_QUERY_TERMS), each to be matched as a prefix. */
export function queryStems(query: string): string[] {
  return [...new Set(words(query).map(stem))].slice(0, MAX_QUERY_TERMS);
}

/** to_tsquery('swedish', …) input: every word as a prefix, all required (words carry no operators). */
export function tsQuery(query: string): string {
  return [...new Set(words(query))]
    .slice(0, MAX_QUERY_TERMS)
    .map((w) => `${w}:*`)
    .join(' & ');
}
