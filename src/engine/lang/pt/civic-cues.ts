import type { CivicCueWords } from '../civic-cues.ts';

/** Portuguese civic cues (see ../civic-cues.ts). */
export const CIVIC_CUES_PT: CivicCueWords = {
  authorities: `
    governo* governad* ministr* ministerio* parlament* congress* senad* deputad* legislat* assembleia* tribunal*
    tribunais juiz juiza juizes procurador* promotor* magistrad* prefeit* vereador* camara municipal* presiden*
    autoridade* funcionari* politic* partido* oposicao coalizao coligacao eleic* eleitor* candidat* embaixad*
    diplomat* administracao estadual* federal ue cupula* onu otan
  `,
  measures: `
    lei leis proibicao* veto* imposto* tribut* tarifa* regulament* regulacao* decreto* portaria* tratado* sancao*
    subsidi* orcamento* reforma* emenda* referendo* plebiscit* constituic* sentenca*
  `,
  decisions: `
    aprov* votar voto votos votacao* votaram promulg* revog* ratific* proib* impor impoe impos denunci* protest*
    reivindic* eleito* elegeu nomea* julg* propos* propoe* sancion* vetar vetou
  `,
};
