/** One requirement of a specification, as listed in a requirement set (requirements/*.json). */
import type { Level, Message } from './rule.ts';

export interface Requirement {
  readonly id: string;
  readonly level: Level;
  readonly title: Message;
  readonly xpath?: string;
  readonly cardinality?: string;
  readonly text: string;
}
