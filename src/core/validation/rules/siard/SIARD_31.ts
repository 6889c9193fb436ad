/**
 * SIARD_31 — "The (main) system-user dialogues SHOULD be documented, down to the identification of the database columns/fields involved in the dialogues …"
 *
 * About the content of the submission agreement or of documentation, which only a person can
 * judge: reported as a manual checkpoint (not applicable) for every package holding a database.
 */
import type { Rule } from '../../rule.ts';
import { manualCheckpoint } from './siard-support.ts';

export const SIARD_31: Rule = {
  id: 'SIARD_31',
  check: (ctx) =>
    manualCheckpoint(
      ctx,
      'check that the main system-user dialogues are documented down to the columns involved (screenshots, user documentation, views or descriptions of the application logic)',
      'kontrollera att systemets viktigaste användardialoger är dokumenterade ned till de kolumner de använder (skärmbilder, användardokumentation, vyer eller beskrivning av applikationslogiken)',
    ),
};
