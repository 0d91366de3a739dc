/**
 * Verbs (and prepositions) that introduce reported speech, in the forms news
 * text uses them. Compound tenses ("has said", "a déclaré", "hat gesagt") are
 * matched on their participle; the auxiliary is skipped as a filler word.
 */

const words = (list: string): Set<string> => new Set(list.trim().split(/\s+/));

const REPORTING_VERBS = words(`
  say says said saying tell tells told add adds added argue argues argued warn warns warned write writes
  wrote written tweet tweets tweeted insist insists insisted explain explains explained note notes noted
  stated declare declares declared claim claims claimed assert asserts asserted stress
  stresses stressed emphasize emphasizes emphasized emphasise emphasises emphasised acknowledge
  acknowledges acknowledged admit admits admitted concede concedes conceded continue continues continued
  recall recalls recalled remark remarked reply replies replied respond responds responded answer
  answers answered ask asks asked urge urges urged suggest suggests suggested predict predicts predicted
  caution cautioned complain complains complained countered observe observes
  observed announce announces announced confirm confirms confirmed deny denies denied maintain maintains
  maintained contend contends contended lament laments lamented joke jokes joked quip quips quipped
  posted conclude concludes concluded comment comments commented testify testifies testified
  reiterate reiterates reiterated shout shouts shouted exclaim exclaimed muse mused agree agrees agreed
  vow vows vowed promise promises promised allege alleges alleged pledge pledged describe
  described describes recount recounted recounts tweeted whispered yelled cried begged pleaded
  dit déclare déclaré affirme affirmé estime estimé explique expliqué ajoute ajouté souligne souligné
  assure assuré indique indiqué précise précisé rappelle rappelé lance lancé confie confié martèle
  martelé insiste insisté prévient prévenu averti avertit réagi juge jugé écrit tweeté répondu répond
  poursuit poursuivi conclut conclu reconnaît reconnu annonce annoncé commenté dénonce dénoncé regrette
  regretté note noté raconte raconté confirme confirmé admet admis résume observe tranche déplore glisse
  commente relève remarque disent affirment estiment expliquent ajoutent soulignent assurent indiquent
  précisent rappellent préviennent jugent écrivent répondent dénoncent regrettent déplorent réclament
  sagte sagt sagten gesagt erklärte erklärt erklärten betonte betont betonten meinte meint schrieb
  schreibt geschrieben warnte warnt kritisierte kritisiert forderte fordert ergänzte ergänzt berichtete
  berichtet äußerte äußert erläuterte erläutert bekräftigte unterstrich argumentierte twitterte verkündete
  mahnte mahnt sagt teilte kommentiert kommentierte führt führte
  dijo dice afirmó afirma declaró declara explicó explica señaló señala aseguró asegura añadió añade
  agregó agrega indicó indica sostuvo sostiene subrayó advirtió advierte destacó comentó manifestó expresó
  reconoció apuntó precisó escribió tuiteó insistió opinó consideró considera respondió concluyó recordó
  criticó lamentó denunció resalta resaltó opina relata relató cuenta contó agrega apunta insiste subraya
  recuerda detalla precisa matiza admite reconoce dijeron dicen afirmaron afirman declararon explicaron
  señalaron aseguraron añadieron agregaron indicaron advirtieron sostuvieron denunciaron criticaron
  lamentaron respondieron reclamaron
  disse diz afirmou declarou explicou ressaltou destacou assegurou acrescentou completou indicou apontou
  escreveu argumentou alertou avaliou avalia considerou comentou garantiu reforçou observou lembrou
  informou respondeu criticou defendeu tuitou publicou concluiu falou fala contou conta relatou informa aponta
  acrescenta ressalta destaca observa completa pontua relata explica diz disseram dizem afirmaram
  declararam explicaram alertaram garantiram criticaram defenderam avaliaram ressaltaram destacaram
  informaram responderam denunciaram
`);

/** Prepositions that credit a statement to whoever follows ("according to X", "selon X", „…“, so Maas). */
export const SOURCE_PREPOSITIONS = words('selon laut zufolge según segundo conforme so');
/** Multi-word forms of the same ("according to", "d'après", "de acuerdo con", "de acordo com"). */
export const SOURCE_PHRASES = /\b(?:according to|d['’]après|de acuerdo con|de acordo com|in the words of)\s+$/i;

/** Words that may stand between a speaker and the reporting verb ("has also said", "a notamment déclaré"). */
export const VERB_FILLERS = words(`
  has have had is was were will would could also later then again once further previously recently
  already repeatedly publicly has later told earlier flatly simply bluntly
  a ont avait aussi encore également notamment ensuite déjà
  hat haben hatte auch noch bereits
  ha han había también ya luego
  tem têm tinha também já ainda
`);

/** Whether a lower-cased word is a reporting verb form. */
export function isReportingVerb(word: string): boolean {
  return REPORTING_VERBS.has(word);
}
