import { describe, expect, it } from 'vitest';
import { isPageFurniture } from '../../../src/engine/text/furniture.ts';

describe('page furniture', () => {
  it.each([
    'Microsoft may earn an Affiliate Commission if you purchase something through recommended links in this article.',
    'Jan Hamáček, photo: Archives du Gouvernement tchèque',
    'Foto: LA NACION',
    'A habitation module for a crewed Mars mission. Credit: ESA',
    '© Lucy Nicholson Detainees at the detention centre in San Diego.',
    'Copyright @ 2019 The New Arab.',
    'Sign up to our newsletter for exclusive updates',
    'Lire aussi : Les critiques de la CNIL contre le projet de loi',
    'Assine o 247, apoie por Pix, inscreva-se na TV 247',
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

