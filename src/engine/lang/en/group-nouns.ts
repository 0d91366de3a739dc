import type { GroupNounWords } from '../group-nouns.ts';

/** English nouns for collective actors, lower case. */
export const GROUP_NOUNS: GroupNounWords = {
  nouns: `
    activists critics opponents supporters proponents advocates campaigners protesters protestors
    demonstrators lawmakers legislators republicans democrats conservatives liberals progressives unions
    residents officials leaders politicians teachers doctors physicians nurses parents students workers
    employees farmers voters citizens analysts experts economists scientists diplomats allies
    environmentalists conservationists settlers immigrants migrants refugees businesses employers investors
    landlords tenants retailers manufacturers insurers veterans prosecutors judges lawyers observers
    commentators users groups organizations organisations ngos opposition providers advisers advisors
    senators mps meps ministers governors mayors authorities regulators negotiators exporters producers
    consumers patients families
  `,
  needQualifier: `
    officials leaders politicians groups organizations organisations users workers employees citizens
    businesses allies providers advisers advisors senators mps meps ministers governors mayors authorities
    regulators negotiators producers consumers patients families
  `,
  phrases: ['civil society', 'human rights groups', 'rights groups', 'the public', 'international community', 'security forces'],
  opposing: 'critics opponents protesters protestors demonstrators',
  supporting: 'supporters proponents',
  campaigning: 'activists campaigners protesters protestors demonstrators',
  qualifiers: `
    human rights civil local state federal national environmental opposition conservative progressive
    liberal religious congressional senior administration government party union trade labour labor
    indigenous health care medical independent
  `,
  parties: 'democratic republican',
  quantifiers: 'some many other several',
};
