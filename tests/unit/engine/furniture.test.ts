import { describe, expect, it } from 'vitest';
import { isPageFurniture } from '../../../src/engine/text/furniture.ts';

describe('page furniture', () => {
  it.each([
    'Acme Media may receive an affiliate commission when readers buy items through the links on this page.',
    'Odile Varenne, photo: Mairie de Valbonne',
    'Foto: EL FARO',
    'A floating dock for the new ferry line. Credit: Harbour Board',
    '© Rhoda Quill Detainees at the detention centre in Port Alder.',
    'Copyright @ 2031 The Valdoria Herald.',
    'Sign up to our weekly letter and never miss a story',
    'Lire aussi : Les pêcheurs inquiets du nouveau péage portuaire',
    'Assine a Folha do Porto, inscreva-se no canal do jornal',
    'Lesen Sie auch: Die Regierung plant neue Regeln',
  ])('is recognised: %s', (text) => {
    expect(isPageFurniture(text)).toBe(true);
  });

  it.each([
    '"I disapprove of the invitation of the Taliban to Brussels, but I cannot block it," said Maxime Prévot, a Belgian official.',
    'The European Commission defended the talks as necessary to organise returns of Afghan migrants.',
    'The photo agency said its images had been used without permission.',
    'Related measures will follow next year, the minister said.',
    // A long paragraph that happens to mention a newsletter is story, not furniture.
    `The ministry's newsletter, sent to 40,000 teachers, announced the change. ${'The unions said they were not consulted. '.repeat(8)}`,
  ])('leaves the story alone: %s', (text) => {
    expect(isPageFurniture(text)).toBe(false);
  });
});

