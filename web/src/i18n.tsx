/**
 * Swedish first, English selectable. One dictionary per language; the English one must have every
 * Swedish key (the type says so). The choice is kept in localStorage.
 */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { PARTY_LABELS, PHASE_LABELS } from '../../src/core/consortium/model.ts';
import { ROLE_LABELS, isRole } from '../../src/core/access/roles.ts';
import { sv } from './i18n-sv.ts';
import { en } from './i18n-en.ts';

export type Lang = 'sv' | 'en';
export type TextKey = keyof typeof sv;

const STORAGE_KEY = 'samarkiv.lang';
const DICTIONARIES: Record<Lang, Record<TextKey, string>> = { sv, en };

interface I18n {
  readonly lang: Lang;
  setLang(lang: Lang): void;
  /** The text for `key` with {name} placeholders filled in. */
  t(key: TextKey, vars?: Record<string, string | number>): string;
  phase(id: string): string;
  party(id: string | null): string;
  role(id: string): string;
  date(iso: string | null | undefined): string;
  dateTime(iso: string | null | undefined): string;
  number(n: number): string;
}

function storedLang(): Lang {
  try {
    return window.localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'sv';
  } catch {
    return 'sv';
  }
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(storedLang);
  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Private mode: the choice lasts for this page only.
    }
  }, []);
  const value = useMemo<I18n>(() => {
    const locale = lang === 'sv' ? 'sv-SE' : 'en-GB';
    const dict = DICTIONARIES[lang];
    document.documentElement.lang = lang;
    return {
      lang,
      setLang,
      t: (key, vars) =>
        dict[key].replace(/\{(\w+)\}/g, (whole, name: string) => String(vars?.[name] ?? whole)),
      phase: (id) => (PHASE_LABELS as Record<string, { sv: string; en: string }>)[id]?.[lang] ?? id,
      party: (id) =>
        id ? ((PARTY_LABELS as Record<string, { sv: string; en: string }>)[id]?.[lang] ?? id) : '–',
      role: (id) => (isRole(id) ? ROLE_LABELS[id][lang] : id),
      date: (iso) => (iso ? new Date(iso).toLocaleDateString(locale) : '–'),
      dateTime: (iso) =>
        iso ? new Date(iso).toLocaleString(locale, { dateStyle: 'short', timeStyle: 'short' }) : '–',
      number: (n) => n.toLocaleString(locale),
    };
  }, [lang, setLang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
