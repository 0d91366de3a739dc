import type { ReportingWords } from '../reporting.ts';

/** English: verbs that report speech, words that credit a source, and fillers between a speaker and the verb. */
export const REPORTING: ReportingWords = {
  verbs: `
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
    boasted retorted wondered adding noting arguing warning insisting claiming stressing explaining emailed
    texted conceding acknowledging telling asking tweeting stating describing promising vowing suggesting
  `,
  sourcePrepositions: '',
  sourcePhrase: /\b(?:according to|in the words of)\s+$/i,
  fillers: 'has have had is was were will would could also later then again once further previously recently already repeatedly publicly told earlier flatly simply bluntly',
  complementisers: 'that whether if',
  reportedMood: '',
  speechWords: 'statement statements interview letter spokesman spokeswoman spokesperson remarks speech testimony according quoted called calling accuse accused slammed blasted praised hailed criticised criticized condemned decried dismissed welcomed',
  statementNouns: 'statement release communiqué communique letter memo',
  issuerLinks: 'from of for by issued released the a an its',
  documents: 'draft law, draft, bill, law, report, constitution, document, letter, statement, decree, ruling, resolution, treaty',
};
