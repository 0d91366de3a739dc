import type { StanceCuePack } from '../stance-cues.ts';

/** English stance cues, by group (see ../stance-cues.ts). Written for this project. */
export const STANCE_CUES_EN: StanceCuePack = {
  stems: {
    'support verb': 'support backed backing backs defend endors favour favor approv champion advocat uphold upheld',
    welcome: 'welcom prais applaud commend embrac hail$ hails$ hailed$ laud$ lauds$ lauded$ pleased$ delighted$ glad$ thrilled$ grateful$',
    'judged necessary': 'necessar essential vital indispensable',
    'judged beneficial': 'strengthen benefit feasible$ realistic$ workable$ viable$ help$ helps$ helping$ improv enabl boost useful$ worthwhile$ sensible$',
    'advocacy modal': 'need$ needs$ must$ should$ deserve$ deserves$',
    'measure act': `invit propos introduc adopt launch unveil implement enact authoris authoriz imposed imposes
      pledg promis prosecut vow recommend implor volunteered$ volunteering$`,
    announce: 'announc',
    'call for': 'urge$ urges$ urged$ urging$ demanded$',
    'oppose verb': 'oppos reject disapprov objected objection refus boycott veto scrap repeal balk resist hostile unfavourable unfavorable',
    criticism: 'criticis criticiz criticism condemn denounc backlash outrag slam decried decry deplor undermin appall mock ridicul derid lampoon lambast assail castigat rebuk disappoint dismay',
    'judged unacceptable': 'illegal$ unlawful$ unconstitutional$ unacceptable intolerable mistake dangerous scandal disproportionate unfair$ unjust$ absurd outrageous reckless misguided draconian counterproductive',
    // The verb only: "protests" and "protesters" name events and people, not the subject's act.
    'fight against': 'challenged$ fight block halt sued$ sue$ lawsuit regret protested$ protesting$',
    warning: 'warn alert',
  },
  phrases: {
    'oppose verb': [
      /\b(?:is|are|was|were|be|been|vote[sd]?|voting|came out|coming out|spoke out|speaking out|campaign(?:ed|ing|s)?|stands?|stood|argued?|fought|fight(?:ing)?) against\b/,
      /\b(?:opposition|objection|hostility) (?:to|from)\b/,
      /\bpush(?:ed|es|ing)? back\b/,
      /\bdistanc(?:e|es|ed|ing) (?:himself|herself|itself|themselves|ourselves|myself) from\b/,
    ],
    criticism: [/\b(?:cast(?:s|ing)?|raised?|raising) doubts? (?:on|over|about)\b/],
    // The verb, not the noun: "challenges the ruling" contests it; "the challenges of returns" are difficulties.
    'fight against': [/\bchalleng(?:e|es|ing) (?:the|a|an|this|that|these|their|his|her|its)\b/, /\bprotest(?:s|ed|ing)? against\b/,
      // Appealing a ruling contests it; "appealed to voters" does not.
      /\bappeal(?:s|ed|ing)? (?:the|a|an|this|that|his|her|their|its) (?:[\p{L}-]+ )?(?:ruling|decision|verdict|sentence|judge?ment|conviction|order)\b/u,
    ],
    'judged unacceptable': [/\b(?:beyond|crosse?d?) the (?:line|pale)\b/, /\b(?:goes|went|go) too far\b/],
    'support verb': [
      /\b(?:vote[sd]?|voting) for\b/,
      /\b(?:committed to|stands? by|stood by|agreed? with)\b/,
      /\bin favou?r of\b/,
      /\b(?:backed|supported|endorsed|defended)(?: on \p{L}+)? by\b/u,
    ],
    'measure act': [
      // Putting a text before a chamber: "tabled a motion", "filed a bill".
      /\b(?:tabled|filed|moved|submitted) (?:a|an|the) (?:[\p{L}-]+ )?(?:bill|motion|amendment|resolution|proposal|petition)\b/u,
      // "the plans of the minister": whose plan it is, supports it.
      /\b(?:plans?|proposals?) (?:of|by)\b/,
      /\b(?:announced|proposed|introduced|unveiled|ordered|imposed|signed|launched)(?: on \p{L}+)? by\b/u,
      // Offering to do something is committing to it ("offered to stage a clinic"); "offered no comment" is not.
      /\boffer(?:s|ed|ing)? to\b/,
      // Pressing charges is pursuing the prosecution.
      /\b(?:press(?:es|ed|ing)?|bring(?:s|ing)?|brought) (?:[\p{L}-]+ ){0,2}charges\b/u,
      // Signing a measure enacts it; signing up for an account or a false form does not.
      /\bsign(?:s|ed|ing)? (?:(?:the|a|an|this|that|his|her|their) )?(?:[\p{L}-]+ )?(?:bill|law|order|decree|treaty|accord|agreement|deal|measure|legislation|pact)s?\b/u,
      /\bsign(?:s|ed|ing)? (?:it |them )?into law\b/,
    ],
    'call for': [
      /\b(?:asked|asks|ask|pushed|pushes|push|pushing|pressed|presses|argued|argues|lobbied) for\b/,
      /\bcall(?:s|ed)? for\b/,
      // Wanting an outcome is backing it ("would like to see them agree").
      /\b(?:would like to|wants? to see|hope[sd]? to see)\b/,
    ],
    welcome: [/\bright decision\b/, /\bgood news\b/, /\bstep in the right direction\b/],
  },
  negators: "not no never nor without cannot can't won't don't doesn't didn't isn't aren't wasn't weren't hasn't haven't lack lacks neither hardly -n't",
  postNegators: '',
  clauseBreaks: 'but however yet although though while whereas that because',
  complementisers: 'that whether',
  // Words a stem reaches that say nothing of a position: "the opposite bank", "the Balkans", "a title championship", "rebel fighters", "the Warner studio".
  notCues: `opposition defendant defendants criticality objective objectives concerning blockchain invitation invitations prosecutor prosecutors
    opposite opposites balkan balkans championship championships fighter fighters warner scrape scraped scraping`,
  conditionals: 'if unless',
  holderLink: /^\s+(?:from|by|among|across|within)\s/i,
  // "drew criticism", "came in for criticism", "could count on support": the subject is the target or the beneficiary.
  receiving:
    /(?:^|\s)(?:fac(?:e|es|ed|ing)|dr[ae]w|draws|drawn|drawing|spark(?:s|ed|ing)?|receiv(?:e|es|ed|ing)|met with|meets? with|trigger(?:s|ed|ing)?|prompt(?:s|ed|ing)?|provok(?:e|es|ed|ing)|attract(?:s|ed|ing)?|caus(?:e|es|ed|ing)|c(?:a|o)me(?:s)? (?:in for|under)|coming (?:in for|under)|w[io]n|wins|winning|gain(?:s|ed|ing)?|get|gets|got|gotten|getting|lack(?:s|ed|ing)?|lose|loses|losing|lost|count(?:s|ed|ing)? on|rel(?:y|ies|ied|ying) on|enjoy(?:s|ed|ing)?|secur(?:e|es|ed|ing)|seek(?:s|ing)?|sought|need(?:s|ed)?|hop(?:e|es|ed|ing) for)(?:\s+(?!to\b)[\p{L}'’-]+){0,3}\s*$/u,
  participleSubject: { before: /\bwith\s+(?:[\p{L}.'’-]+\s+){0,4}$/iu, after: /^\s+\p{L}+ing\b/u },
  opinionVerbs: 'argue argues argued believe believes believed think thinks thought consider considers considered feel feels felt call calls called',
};
