/**
 * Words that tell quoted speech from quoted labels. Lower case word forms,
 * matched against the words of the sentence around a quotation. These are
 * cues for *finding* quotations; crediting a speaker is the actors module's job.
 */

/** Reporting verbs and speech nouns (en, fr, de, es, pt): a quotation near one is someone's words. */
export const REPORTING_WORDS = new Set([
  // English
  'say', 'says', 'said', 'saying', 'tell', 'tells', 'told', 'telling', 'add', 'adds', 'added', 'adding',
  'ask', 'asks', 'asked', 'asking', 'explain', 'explains', 'explained', 'explaining', 'noted', 'noting',
  'argue', 'argues', 'argued', 'arguing', 'warn', 'warns', 'warned', 'write', 'writes', 'wrote',
  'tweet', 'tweets', 'tweeted', 'tweeting', 'posted', 'stated', 'stating', 'declare', 'declares',
  'declared', 'insist', 'insists', 'insisted', 'admit', 'admits', 'admitted', 'acknowledge', 'acknowledges',
  'acknowledged', 'claim', 'claims', 'claimed', 'recall', 'recalls', 'recalled', 'describe', 'describes', 'described',
  'describing', 'called', 'calling', 'commented', 'replies', 'replied', 'respond',
  'responded', 'answered', 'urge', 'urges', 'urged', 'vow', 'vows', 'vowed', 'promised',
  'pledged', 'predict', 'predicted', 'concede', 'conceded', 'conclude', 'concluded', 'announce', 'announced', 'accuse',
  'accused', 'complain', 'complained', 'deny', 'denied', 'assert', 'asserted',
  'stressed', 'emphasise', 'emphasised', 'emphasize', 'emphasized', 'observe', 'observed', 'remark', 'remarked',
  'recount', 'recounted', 'joked', 'quip', 'quipped', 'lament', 'lamented', 'testify', 'testified', 'quoted',
  'according', 'statement', 'interview', 'letter', 'spokesman', 'spokeswoman', 'spokesperson', 'remarks', 'speech',
  'slammed', 'blasted', 'praised', 'hailed', 'criticised', 'criticized', 'condemned', 'decried', 'dismissed', 'welcomed',
  'promising', 'vowing', 'warning', 'insisting', 'claiming', 'suggesting', 'suggested', 'countered',
  // French
  'dit', 'dire', 'disait', 'déclaré', 'déclare', 'affirmé', 'affirme', 'estimé', 'estime', 'ajouté', 'ajoute',
  'expliqué', 'explique', 'souligné', 'souligne', 'assuré', 'assure', 'indiqué', 'indique', 'précisé', 'précise',
  'prévenu', 'averti', 'lancé', 'confié', 'raconté', 'rappelé', 'reconnu', 'répondu', 'martelé', 'insisté', 'dénoncé',
  'regretté', 'écrit', 'selon', 'énonce', 'stipule', 'prévoit', 'déclaration', 'communiqué', 'jugé', 'qualifié',
  'réagi', 'lâché', 'admis', 'avoué', 'promis', 'plaidé', 'fustigé', 'salué', 'déploré', 'dénonce', 'rappelle',
  'estimant', 'affirmant', 'expliquant', 'soulignant', 'assurant', 'ajoutant', 'déclarant', 'prévient', 'martèle',
  // German
  'sagte', 'sagt', 'sagen', 'gesagt', 'erklärte', 'erklärt', 'betonte', 'betont', 'meinte', 'meint', 'schrieb',
  'schreibt', 'warnte', 'warnt', 'kritisierte', 'kritisiert', 'forderte', 'fordert', 'heißt', 'hieß', 'mitgeteilt',
  'teilte', 'laut', 'zufolge', 'äußerte', 'ergänzte', 'fügte', 'sprach', 'stellungnahme', 'mitteilung', 'sagten',
  'erklärten', 'nannte', 'nennt', 'bezeichnete', 'bezeichnet', 'mahnte', 'versprach', 'kündigte', 'antwortete',
  'fragte', 'behauptete', 'kommentierte', 'zitiert', 'räumte',
  // Spanish
  'dijo', 'dice', 'decía', 'afirmó', 'aseguró', 'asegura', 'explicó', 'explica', 'señaló', 'señala', 'indicó',
  'añadió', 'añade', 'agregó', 'agrega', 'declaró', 'sostuvo', 'sostiene', 'advirtió', 'advierte', 'comentó', 'comenta',
  'manifestó', 'expresó', 'subrayó', 'destacó', 'apuntó', 'escribió', 'llamó', 'calificó', 'según', 'dijeron',
  'insistió', 'reconoció', 'respondió', 'precisó', 'denunció', 'lamentó', 'criticó', 'recordó', 'dicen',
  'explicaron', 'señalaron', 'indicaron', 'afirman', 'aseguran', 'advirtieron',
  // Portuguese
  'disse', 'diz', 'afirmou', 'declarou', 'explicou', 'segundo', 'escreveu', 'ressaltou', 'destacou', 'acrescentou',
  'disseram', 'afirmaram', 'garantiu', 'contou', 'avaliou', 'criticou', 'defendeu', 'alertou', 'lamentou',
  'reconheceu', 'ressalta', 'afirma', 'declara',
]);

/** Words for written or shouted labels: a quotation in a sentence about one is its text, not speech. */
export const SIGN_WORDS = new Set([
  'sign', 'signs', 'placard', 'placards', 'banner', 'banners', 'poster', 'posters', 'billboard', 'billboards',
  'slogan', 'slogans', 'motto', 'hashtag', 'chant', 'chants', 'chanted', 'chanting', 'sayings',
  'pancarte', 'pancartes', 'banderole', 'schild', 'schilder', 'plakat', 'plakate', 'pancarta', 'pancartas',
  'cartaz', 'cartazes',
]);

/** Words before "sign" or "label" that make it a verb ("will sign the bill", "to label it"), not a placard or a label. */
export const VERB_MARKERS = new Set(['to', 'will', 'would', 'must', 'could', 'should', 'can', 'may', 'not', 'did', "didn't", 'didn’t', 'refused', 'they', 'he', 'she', 'we', 'i', 'you']);

/** Words that name a title or label just before the opening mark: titles of works, headlines, brands. */
export const LABEL_WORDS = new Set([
  'headline', 'headlined', 'titled', 'entitled', 'song', 'songs', 'album', 'film', 'movie', 'book', 'novel', 'documentary', 'podcast', 'episode', 'played',
  'sang', 'singing', 'label', 'labelled', 'labeled', 'advertised', 'brand', 'branded', 'trademark', 'trademarked',
  'intitulé', 'intitulée', 'baptisé', 'baptisée', 'livre', 'chanson', 'émission', 'titre',
  'titel', 'buch', 'kampagne', 'sendung', 'namens',
  'titulado', 'titulada', 'lema', 'libro', 'película', 'canción', 'programa', 'campaña',
  'intitulado', 'intitulada', 'livro', 'filme', 'música', 'campanha',
]);

/** First-person words: a short quotation that says "I" or "we" is someone speaking, not a label. */
export const FIRST_PERSON_WORDS = new Set([
  'i', "i'm", 'i’m', "i've", 'i’ve', "i'd", 'i’d', "i'll", 'i’ll', 'me', 'my', 'we', "we're", 'we’re', "we've", 'we’ve',
  'our', 'us', 'je', "j'ai", 'j’ai', 'nous', 'mon', 'ma', 'mes', 'notre', 'nos', 'ich', 'wir', 'mein', 'meine', 'unser',
  'unsere', 'yo', 'nosotros', 'mi', 'nuestro', 'nuestra', 'eu', 'nós', 'meu', 'minha', 'nosso', 'nossa',
]);

/** Imagined or hypothetical speech ("as if to say"): not a quotation. */
export const IMAGINED_SPEECH = /\bas if to (?:say|ask)\W*$|\bcomme pour dire\W*$/i;
