import type { BodyWords } from '../bodies.ts';

/** German words that name organisations, lower case. */
export const BODIES: BodyWords = {
  heads: `
    ministerium bundesministerium regierung bundesregierung landesregierung partei gericht bundesgericht rat
    agentur bundesagentur verband gewerkschaft kommission stiftung bundestag landtag bundesrat senat amt
    behörde polizei bundeswehr bank universität hochschule institut krankenhaus museum verein gmbh ag
    konzern unternehmen organisation
  `,
  compoundSuffix: /.{3}(?:ministerium|regierung|behörde|gericht|verband|partei|agentur|kommission|gewerkschaft|stiftung|institut|verwaltung|polizei|konzern|unternehmen|organisation|bund(?:es)?|(?<!ges)amt(?:e?s)?)$/,
  connectors: 'für der die des und',
  afterName: '',
  portfolios: '',
  references: 'behörde ministerium regierung agentur konzern unternehmen verband gewerkschaft gericht amt partei kommission stiftung institut organisation',
};
