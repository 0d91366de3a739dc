/** The eval's issue scoring is the same content-word comparison memory uses to find articles on one question. */
export { issueContentWords, issueF1 } from '../shared/issue-words.ts';
