/**
 * Stance lexicon: word beginnings (matched where a lower-cased word
 * begins) that say an actor is for or against something, in English, French,
 * German, Spanish and Portuguese. Written for this project.
 *
 * A stem ending in "$" matches the whole word only ("against$", "contra$").
 *
 * Weights: 1 for explicit positions ("oppose", "welcomed"), lower for
 * actions that imply a position without stating it (proposing a measure,
 * warning about it).
 */

export interface StanceCue {
  stem: string;
  weight: number;
  /**
   * Judgement words ("necessary", "illegal") state a position only when
   * someone voices them: in a quotation or a reported statement, not in the
   * reporter's description ("illegal migration").
   */
  voicedOnly: boolean;
  /**
   * Verbs that back a measure when their object is one ("announced a new
   * strategy") but only report speech before a clause ("announced that he
   * would appeal").
   */
  measureOnly: boolean;
}

const cues = (list: string, weight: number, voicedOnly = false, measureOnly = false): StanceCue[] =>
  list
    .trim()
    .split(/\s+/)
    .map((stem) => ({ stem, weight, voicedOnly, measureOnly }));

export const SUPPORT_CUES: StanceCue[] = [
  ...cues(`
    support backed backing backs welcom prais defend defence defense endors favour favor approv applaud
    champion commend hail embrac advocat
    soutien soutient soutenu soutenir salu favorable approuv défend félicit encourag
    unterstütz befürwort begrüß lobt lobte verteidig
    apoy respald defiend defend celebr elogi favorable
    apoi apóia defend elogi favorável
  `, 1),
  ...cues(`
    necessar essential vital indispensable notwendig necesari necessári achievement breakthrough
  `, 1, true),
  // Judged beneficial: "good relations could strengthen moderate voices" argues for them.
  ...cues(`
    strengthen benefit renforc bénéfic stärk fortalec benefici
  `, 0.5, true),
  // Judged workable: "running a ferry service is not workable" is a refusal.
  ...cues(`
    feasible$ realistic$ workable$ viable$ réaliste$ realistisch$ factible$ viável$
  `, 0.5, true),
  // Advocacy in someone's own words ("we need action now", "we must act"): a call for the measure at hand.
  ...cues(`
    need$ needs$ must$ should$ deserve$ deserves$ faut$ doit$ devons$ doivent$ muss$ müssen$ sollte$ sollten$ brauchen$
    debe$ debemos$ deben$ necesitamos$ deve$ devemos$ devem$ precisamos$
  `, 0.5, true),
  // Doing the thing is supporting it: the actor who invites, proposes or signs is for it.
  ...cues(`
    invit propos introduc adopt signed launch unveil implement enact authoris authoriz imposed imposes lifted
    eased pledg promis prosecut vow lift$ lifting$ ease$ easing$ recommend implor
    recommand empfiehlt empfehl recomiend recomend
    invité propos adopté lancé signé
    vorgeleg beschloss
    propus propuso aprob impuls pide pidió exig
    propôs aprov lanç pede pediu exig defende
  `, 0.6),
  // Volunteering for a measure, urging or demanding it: the actor puts it forward.
  ...cues(`
    volunteered$ volunteering$ urge$ urges$ urged$ urging$ demanded$
    exhort forder insta$ instó$
  `, 0.6),
  ...cues(`
    announc annonc angekündigt anunci
  `, 0.6, false, true),
];

export const OPPOSE_CUES: StanceCue[] = [
  ...cues(`
    oppos criticis criticiz criticism condemn denounc reject disapprov objected objection backlash
    outrag slam blast decried decry deplor resist refus boycott undermin appall veto scrap repeal balk
    mock ridicul derid lampoon
    oppos critiqu dénonc condamn rejet refus désapprouv contest hostile regrett décri défavorable
    unfavourable unfavorable desfavorável
    kritisier kritik ablehn verurteil bedenk
    rechaz critic conden denunci opon opuso
    critic conden rejeit denunci opõe opôs oposição desconfi
  `, 1),
  ...cues(`
    illegal unlawful unconstitutional unacceptable intolerable mistake dangerous obstacle devil
    inacceptable intolérable scandal dangereu ungeeignet unverhältnis inaceptable inaceitável
  `, 1, true),
  ...cues(`
    challeng fight block halt sued$ sue$ lawsuit regret protest
  `, 0.6),
  // Warnings and worries are often about the problem a measure answers ("doctors warned of an epidemic"):
  // weaker than acting, so an actor who both warns and acts is read by the act.
  ...cues(`
    warn inquiet inquiét alert sorge besorg advirt preocup
  `, 0.5),
];

/** Multi-word cues, matched on the lower-cased sentence. */
export const OPPOSE_PHRASES: RegExp[] = [
  /\b(?:is|are|was|were|be|been|vote[sd]?|voting|came out|coming out|spoke out|speaking out|campaign(?:ed|ing|s)?|stands?|stood|argued?|fought|fight(?:ing)?) against\b/,
  /\b(?:se prononce|s'est prononcée?|votée?s?|votera|voteront) contre\b/u,
  /\b(?:opposition|objection|hostilité) (?:to|from|à)\b/,
  /\b(?:stimmte|stimmten|stimmt) gegen\b/,
  /\b(?:votó|votaron|se opuso|se opone) (?:en )?contra\b/,
  /\b(?:votou|votaram) contra\b/,
  /\bexceed\w* the limits?\b/,
  /\b(?:beyond|crosse?d?) the (?:line|pale)\b/,
  /\b(?:goes|went|go) too far\b/,
  /\blegitimacy to\b/,
  /\bnot a fan\b/,
  /\bva trop loin\b/,
  /\bgeht zu weit\b/,
  /\bva demasiado lejos\b/,
  /\baußer verhältnis\b/,
  /\bpush(?:ed|es|ing)? back\b/,
  // Casting doubt on a measure or institution is contesting it.
  /\b(?:cast(?:s|ing)?|raised?|raising) doubts? (?:on|over|about)\b/,
  /\b(?:mis|mettre|met|mettent) en doute\b/,
  /\bin zweifel (?:gezogen|ziehen|zieht|zog)\b/,
  /\b(?:puesto|poner|pone|puso|ponen) en (?:duda|entredicho)\b/,
  /\b(?:colocado|colocar|coloca|colocou|posto|pôr|põe|pôs) em (?:dúvida|xeque)\b/,
  /\b(?:en contra de|est contre|sont contre|é contra|são contra|ist gegen|sind gegen)\b/,
];
export const SUPPORT_PHRASES: RegExp[] = [
  // "the plans of Justice Minister Heiko Maas": whose plan it is, supports it.
  /\b(?:plans?|proposals?|pläne[n]?|vorschlag|projet|proposition|propuesta|proyecto|proposta|projeto) (?:von|of|by|de|du|del|da|do)\b/u,
  /\b(?:vote[sd]?|voting) for\b/,
  /\b(?:committed to|stands? by|stood by|agreed? with)\b/,
  /\b(?:a favor de|en faveur d[eu]|est pour|ist für|sind für|é a favor)\b/,
  /\b(?:announced|proposed|introduced|unveiled|ordered|imposed|signed|launched|backed|supported|endorsed|defended)(?: on \p{L}+)? by\b/u,
  /\b(?:annoncée?s?|proposée?s?|soutenue?s?|défendue?s?) par\b/,/\b(?:asked|asks|ask|pushed|pushes|push|pushing|pressed|presses|argued|argues|lobbied) for\b/, /\bin favou?r of\b/, /\bcalls? for\b/, /\bcalled for\b/,
  // Wanting an outcome is backing it ("would like to see them agree", "souhaite que").
  /\b(?:would like to|wants? to see|hope[sd]? to see|souhaite(?:nt|rait)? que|voudrai(?:t|ent) que|quisiera que|gostaria que)\b/,
  // Offering to do something is committing to it ("offered to stage a vaccine clinic"); "offered no comment" is not.
  /\b(?:offer(?:s|ed|ing)? to|se ofrec\p{L}* a|se ofere\p{L}* para|ofereceu-se para|ofereceram-se para)\b/u,
  // Pressing charges is pursuing the prosecution.
  /\b(?:press(?:es|ed|ing)?|bring(?:s|ing)?|brought) (?:[\p{L}-]+ ){0,2}charges\b/u,
  /\bright decision\b/, /\bgood news\b/, /\bstep in the right direction\b/];

/** Words that open a reported clause after a verb ("announced that …", "a annoncé qu'il …"). */
export const COMPLEMENTISERS = /^(?:that|que|qu['’]\p{L}*|dass|whether|si|ob)$/u;

/** Words that negate the cue that follows them in the same clause. */
export const NEGATORS = new Set(
  `not no never nor without cannot can't won't don't doesn't didn't isn't aren't wasn't weren't hasn't haven't
   lack lacks neither hardly
   ne n' jamais sans ni
   nicht kein keine keinen keinem nie niemals ohne
   no nunca sin ni tampoco
   não nem nunca sem jamais`
    .split(/\s+/)
    .filter(Boolean),
);

/** Negation words that follow the verb ("ne s'oppose pas", "lehnt das nicht ab"). */
export const POST_NEGATORS = new Set(['pas', 'plus', 'jamais', 'nicht', 'nie']);

/** Words that end a clause for negation purposes. */
export const CLAUSE_BREAKS = new Set(['but', 'however', 'yet', 'although', 'though', 'while', 'whereas', 'mais', 'aber', 'doch', 'pero', 'sino', 'mas', 'porém', 'that', 'because']);

/** Words that begin like a cue but are not one. */
// "opposition" alone is mostly the parliamentary opposition; "opposition to" is a phrase cue.
export const NOT_CUES = new Set(['opposition', 'oposición', 'oposição', 'defendant', 'defendants', 'criticality', 'objective', 'objectives', 'concerning', 'blockchain', 'invitation', 'invitations']);
