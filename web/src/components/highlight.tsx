/**
 * Marks the words of a text that match the search. The server searches with Swedish stemming, so
 * a word matches when it begins with the stem-like start of a query word ("bygglov" marks
 * "bygglovet", "bygglovsärenden"); only a visual aid, the server decides what a hit is.
 */
import type { ReactNode } from 'react';

const WORD = /[\p{L}\p{N}]+/gu;

function prefixes(query: string): string[] {
  return (query.toLocaleLowerCase('sv').match(WORD) ?? [])
    .filter((w) => w.length >= 2)
    .map((w) => (w.length > 5 ? w.slice(0, w.length - 2) : w));
}

export function Highlight({ text, query }: { text: string; query: string }) {
  const wanted = prefixes(query);
  if (wanted.length === 0) return <>{text}</>;
  const parts: ReactNode[] = [];
  let last = 0;
  for (const m of text.matchAll(WORD)) {
    const word = m[0].toLocaleLowerCase('sv');
    if (!wanted.some((p) => word.startsWith(p) || (p.length >= 4 && word.includes(p)))) continue;
    const at = m.index ?? 0;
    parts.push(text.slice(last, at), <mark key={at}>{m[0]}</mark>);
    last = at + m[0].length;
  }
  parts.push(text.slice(last));
  return <>{parts}</>;
}
