/**
 * Words that tell quoted speech from quoted labels. Lower case word forms,
 * matched against the words of the sentence around a quotation. These are
 * cues for *finding* quotations; the words that report speech are each
 * language's own (../lang/reporting.ts).
 */

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
  'titel', 'buch', 'kampagne', 'sendung', 'namens', 'thema', 'motto', 'theme', 'thème', 'tema',
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
