import type { CivicCueWords } from '../civic-cues.ts';

/** Spanish civic cues (see ../civic-cues.ts). */
export const CIVIC_CUES_ES: CivicCueWords = {
  authorities: `
    gobierno* gobernador* gubernament* ministr* ministerio* parlament* congres* senad* diputad* legislador*
    legislatura* legislativ* asamblea* tribunal* juez jueza jueces fiscal* corte cortes magistrad* alcald* concejal*
    ayuntamiento* municipal* presiden* autoridad* funcionari* politic* oposicion coalicion eleccion* electoral*
    candidat* votante* elector* embajad* diplomat* administracion gabinete estatal* oficialis* ue cumbre* onu otan
  `,
  measures: `
    ley leyes prohibicion* veto* impuesto* tribut* arancel* regulacion* reglament* normativ* decreto* ordenanza*
    tratado* sancion* subsidi* subvencion* presupuest* reforma* enmienda* referendum* plebiscit* sentencia*
    constitucion* legislacion*
  `,
  decisions: `
    aprob* aprueb* votar voto votos votacion* votaron votaria* promulg* deroga* ratific* prohib* impon* impus*
    demand* denunci* propus* propon* propuesta* reclam* protest* elegid* destitu* juicio* vetar vetaron legislar
  `,
};
