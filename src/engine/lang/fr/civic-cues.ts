import type { CivicCueWords } from '../civic-cues.ts';

/** French civic cues (see ../civic-cues.ts). */
export const CIVIC_CUES_FR: CivicCueWords = {
  authorities: `
    gouvernement* gouverneur* ministr* ministere* parlement* depute* senat* assemblee* legislati* tribunal*
    tribunaux juge juges cour procureur* magistrat* maire maires mairie* municipal* president* presidence*
    autorite* fonctionnaire* politique* parti partis opposition coalition election* electora* candidat* electeur*
    ambassad* diplomat* administration* etat etats etatique* prefet* prefecture* elu elus ue sommet* onu otan
  `,
  measures: `
    loi lois interdiction* impot* taxe* douan* reglement* regulation* decret* ordonnance* sanction* subvention*
    budget* reforme* amendement* referendum* constitution* jugement* verdict* quota* reglementation*
  `,
  decisions: `
    adopt* vote* votai* votons approuv* promulg* abroge* interdi* impos* legifer* reclam* manifest* protest*
    negoci* nomme nommee nommes propos* sanctionn* plainte* destitu* demission*
  `,
};
