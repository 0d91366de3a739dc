import type { TitleWords } from '../titles.ts';

/** English titles written before a person's name, lower case. */
export const TITLES: TitleWords = {
  titles: `
    mr mrs ms miss dr prof sir prime dame lord lady rev father pope king queen prince princess sheikh
    president vice gov governor sen senator rep representative congressman congresswoman judge justice gen
    general col colonel capt captain lt sgt commander admiral officer chief minister premier chancellor
    secretary speaker superintendent mayor ambassador commissioner sheriff attorney prosecutor deputy
    director chairman chairwoman professor inspector mp mep ceo bishop archbishop cardinal councillor
    councilman councilwoman
  `,
  male: 'mr sir lord king prince father',
  female: 'mrs ms miss dame lady queen princess',
  addressOnly: 'dr',
  abbreviated: 'gov sen rep gen col capt lt sgt prof supt atty adm cmdr',
  compoundSuffix: null,
};
