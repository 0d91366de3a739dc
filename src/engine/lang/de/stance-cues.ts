import type { StanceCuePack } from '../stance-cues.ts';

/** German stance cues, by group (see ../stance-cues.ts). Written for this project. */
export const STANCE_CUES_DE: StanceCuePack = {
  stems: {
    'support verb': 'unterstütz befürwort verteidig rückendeckung billigt billigte gebilligt zustimm',
    welcome: 'begrüß lobt lobte gelobt lob$ würdigt würdigte erfreut zufrieden',
    'judged necessary': 'notwendig unverzichtbar unerlässlich erforderlich',
    'judged beneficial': 'stärkt stärkte stärken$ gestärkt stärkung realistisch$ sinnvoll hilfreich hilft$ helfen$ verbesser nützlich',
    'advocacy modal': 'muss$ müssen$ sollte$ sollten$ brauchen$',
    'measure act': 'empfiehlt empfahl empfohlen empfehlen$ empfehlung$ vorgeleg beschloss beschließ eingeführt eingebracht unterzeichn verabschiedet$ verabschiedete$ verabschiedeten$ umgesetzt umsetz erließ erlassen$',
    announce: 'angekündigt ankündig',
    'call for': 'forder verlangt verlangte verlangen$ drängt drängte appelliert',
    'oppose verb': 'distanzier ablehn lehnt$ lehnte$ lehnten$ lehnen$ widersprech widersprach widerspruch verweiger zurückgewiesen zurückweis veto',
    criticism: 'kritisier kritik verurteil bemängel beanstand prangert prangerte angeprangert missbillig empört empörung rügt$ rügte$ gerügt attackier enttäusch bedauert$ bedauerte$ bedauern$',
    'judged unacceptable': 'unfair absurd überzogen unsinnig unverhältnis inakzeptabel unannehmbar unzulässig rechtswidrig verfassungswidrig skandal gefährlich',
    'fight against': 'blockier verhinder protestier protest$ proteste$ boykott anfecht angefochten verklag',
    warning: 'sorge$ besorg bedenken$ befürcht warnt warnte warnten warnung gewarnt',
  },
  phrases: {
    'oppose verb': [/\b(?:stimmte|stimmten|stimmt) gegen\b/, /\bw(?:eist|ies|iesen|eisen) (?:\p{L}+ ){0,3}zurück\b/u, /\b(?:ist gegen|sind gegen)\b/, /\bspr(?:icht|ach|achen|echen) sich (?:\p{L}+ ){0,3}gegen\b/u],
    'fight against': [/\b(?:kämpf\p{L}*|wehr\p{L}*|klag\p{L}*) gegen\b/u],
    'call for': [/\bsetz(?:t|te|ten|en) sich (?:\p{L}+ ){0,3}für\b/u],
    criticism: [/\bin zweifel (?:gezogen|ziehen|zieht|zog)\b/],
    'judged unacceptable': [/\bgeht zu weit\b/],
    'support verb': [/\b(?:ist für|sind für)\b/, /\bstimm(?:t|te|ten) (?:\p{L}+ ){0,3}zu\b/u, /\bspr(?:icht|ach|achen|echen) sich (?:\p{L}+ ){0,3}für\b/u],
    'measure act': [/\b(?:pläne[n]?|vorschlag) von\b/u],
  },
  negators: 'nicht kein keine keinen keinem keiner keines nie niemals ohne weder',
  postNegators: 'nicht nie',
  clauseBreaks: 'aber doch',
  complementisers: 'dass ob',
  notCues: '',
  conditionals: 'wenn falls sofern',
  holderLink: /^\s+(?:von|seitens)\s/i,
  // "stieß auf Kritik", "hofft auf Unterstützung", "erntete Kritik": the subject is the target or the beneficiary.
  receiving:
    /(?:^|\s)(?:auf|ernte(?:t|te|ten)?|bekomm(?:t|en)|bekam(?:en)?|erh(?:ält|alten|ielt|ielten)|gewinn(?:t|en)|gewann(?:en)?|verl(?:iert|ieren|or|oren)|such(?:t|te|ten|en)|fehl(?:t|te|ten|en)|löst(?:e|en)? (?:\p{L}+ )?aus|zog(?:en)?)(?:\s+(?!zu\b)[\p{L}'’-]+){0,2}\s*$/u,
  // "die Zustimmung der EU", "Kritik des Verbands": a noun's genitive is who holds it.
  nounHolderLink: /^\s+(?:der|des)\s/,
  receivingAfter: /^[^.,;:!?]{0,60}?(?:^|\s)(?:zu )?(?:bekommen|bekam|bekommt|erhalten|erhielt|erhält|gewinnen|gewann|verlieren|verlor|ernten|erntete|hoffen|hoffte)(?!\p{L})/u,
  opinionVerbs: 'glaubt glauben findet finden',
  verbSecond: true,
};
