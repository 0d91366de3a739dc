import type { ReportingWords } from '../reporting.ts';

/** Spanish: verbs that report speech, words that credit a source, and fillers between a speaker and the verb. */
export const REPORTING: ReportingWords = {
  verbs: `
    dijo dice afirmó afirma declaró declara explicó explica señaló señala aseguró asegura añadió añade
    agregó agrega indicó indica sostuvo sostiene subrayó advirtió advierte destacó comentó manifestó expresó
    reconoció apuntó precisó escribió tuiteó insistió opinó consideró considera respondió concluyó recordó
    criticó lamentó denunció resalta resaltó opina relata relató cuenta contó agrega apunta insiste subraya
    recuerda detalla precisa matiza admite reconoce dijeron dicen afirmaron afirman declararon explicaron
    señalaron aseguraron añadieron agregaron indicaron advirtieron sostuvieron denunciaron criticaron
    lamentaron respondieron reclamaron
    detalló detallaron recalcó recalca planteó plantea puntualizó puntualiza reafirmó reafirma reiteró reitera
    aclaró aclara argumentó argumenta enfatizó enfatiza sentenció exclamó preguntó pregunta anunció anuncia
    confirmó confirma negó niega prometió promete alertó alerta informó informa mencionó menciona acotó expuso
    expone remarcó remarca valoró valora cuestionó cuestiona reclamó reclama pidió pide defendió defiende
    justificó justifica confesó aseveró continuó prosiguió calificó califica describió describe estimó estima
    admitió manifiesta concluye escribe tuitea añadía consideraron destacaron subrayaron comentaron reconocieron
    recordaron insistieron apuntaron precisaron expresaron manifestaron sostienen advierten explican señalan
    indican destacan denuncian critican lamentan
    remató apostilló zanjó ironizó resumió refirió replicó replica contestó contesta narró narra agregaba decía
    comenta aseguran
  `,
  sourcePrepositions: 'según',
  sourcePhrase: /\b(?:de acuerdo con)\s+$/i,
  fillers: 'ha han había también ya luego',
  complementisers: 'que si',
  reportedMood: '',
  speechWords: 'según comunicado declaraciones entrevista carta portavoz vocero vocera discurso palabras llamó',
  statementNouns: 'comunicado nota declaración carta',
  issuerLinks: 'del de la el los las emitido difundido',
  documents: 'informe, ley, proyecto de ley, proyecto, texto, constitución, decreto',
};
