/**
 * Word lists for recognising actors in English, French, German, Spanish and
 * Portuguese news text. All entries are lower case; lookups fold case first.
 */

const words = (list: string): Set<string> => new Set(list.trim().split(/\s+/));

/** Honorifics and office titles that may stand before a person's name ("Gov. Eric Holcomb", "M. Prévot"). */
const TITLES = words(`
  mr mrs ms miss dr prof sir prime dame lord lady rev father pope king queen prince princess sheikh
  president vice gov governor sen senator rep representative congressman congresswoman judge justice
  gen general col colonel capt captain lt sgt commander admiral officer chief minister premier
  chancellor secretary speaker superintendent mayor ambassador commissioner sheriff attorney prosecutor
  deputy director chairman chairwoman professor inspector
  m mme mlle me monsieur madame ministre président présidente député députée sénateur sénatrice maire
  herr frau bundeskanzler bundeskanzlerin kanzler kanzlerin präsident präsidentin minister ministerin
  bundesminister bundesministerin justizminister innenminister außenminister
  sr sra srta don doña dom presidente ministro ministra diputado diputada deputado deputada senador senadora
  alcalde prefeito prefeita governador governadora gobernador gobernadora juez jueza juiz juíza
`);

/** Male / female honorifics, for pronoun resolution. */
export const MALE_TITLES = words('mr sir lord king prince father m monsieur herr sr don dom');
export const FEMALE_TITLES = words('mrs ms miss dame lady queen princess mme mlle madame frau sra srta doña');

/** Titles that only say how to address someone: not a role worth showing ("Mr", "Dr", "Herr"). */
export const HONORIFICS = new Set([...MALE_TITLES, ...FEMALE_TITLES, 'dr', 'me', 'mlle', 'sr', 'sra', 'srta']);

/** Abbreviated titles, written with their full stop when shown as a role ("Gov.", "Sen."). */
export const ABBREVIATED_TITLES = words('gov sen rep gen col capt lt sgt prof supt atty adm cmdr');

/** Lower-case particles inside personal names ("Laure de la Raudière", "Ursula von der Leyen"). */
export const NAME_PARTICLES = words('de da do dos das del della di du la le van von der den ter bin al el y');

/** Suffixes that end a personal name. */
export const NAME_SUFFIXES = words('jr sr ii iii iv');

/** Head words that make a capitalised run an organisation. */
export const ORG_WORDS = words(`
  commission ministry party court council agency association union department office institute institution
  university bank authority administration committee parliament assembly police forces force army navy
  government league organization organisation foundation center centre federation group board service
  services bureau senate congress house cabinet legislature parlamento legislatura customs security reserve patrol tribunal network coalition alliance movement corporation
  company inc corp ltd llc agency trust fund society club team unit command guard press nations
  forum program programme initiative campaign
  commissione ministère conseil assemblée gouvernement cour parti agence syndicat fédération
  ministerium bundesministerium regierung partei gericht bundesgericht rat agentur bundesagentur verband
  gewerkschaft kommission stiftung bundestag landtag senat amt behörde polizei
  ministerio comisión gobierno partido tribunal consejo agencia asociación sindicato fundación congreso
  ministério comissão governo conselho agência associação sindicato fundação polícia forças armadas
  supremo federal câmara universidad université universität universidade hochschule instituto institut
  escuela école colegio hospital hôpital krankenhaus museo museum observatorio observatoire centro
`);

/** Words that coordinate two names or phrases ("and", "et", "y", "e", "und"). */
export const COORDINATORS = words('and und et e y');

/** Connectors allowed inside organisation names ("Council on Foreign Relations", "Bundesagentur für Arbeit"). */
export const ORG_CONNECTORS = words('of for on and the de del des du la le für der die do da dos das e y et und');

/**
 * Nouns for collective actors. A group mention is the noun with an optional
 * nationality or qualifier in front ("Belgian officials", "human rights groups").
 */
export const GROUP_NOUNS = words(`
  activists critics opponents supporters proponents advocates campaigners protesters protestors
  demonstrators lawmakers legislators republicans democrats conservatives liberals progressives unions
  residents officials leaders politicians teachers doctors physicians nurses parents students workers
  employees farmers voters citizens analysts experts economists scientists diplomats allies
  environmentalists conservationists settlers immigrants migrants refugees businesses employers
  investors landlords tenants retailers manufacturers insurers veterans prosecutors judges lawyers
  observers commentators users groups organizations organisations ngos opposition providers advisers advisors
  militants opposants détracteurs critiques partisans syndicats habitants associations élus responsables
  experts écologistes manifestants autorités dirigeants fonctionnaires diplomates députés agriculteurs
  aktivisten kritiker gegner befürworter unterstützer gewerkschaften anwohner politiker experten
  demonstranten verbände behörden diplomaten abgeordnete landwirte
  activistas críticos opositores partidarios defensores sindicatos vecinos manifestantes expertos
  autoridades dirigentes funcionarios legisladores diputados políticos agricultores
  ativistas opositores apoiadores defensores moradores manifestantes especialistas funcionários
  parlamentares deputados políticos servidores
`);

/** Collective nouns that need a qualifier to name a specific actor ("Belgian officials", not just "officials"). */
export const GENERIC_GROUP_NOUNS = words(`
  officials leaders politicians groups organizations organisations users workers employees citizens
  businesses allies responsables politiker verbände associations providers advisers advisors
  autorités dirigeants fonctionnaires behörden autoridades dirigentes funcionarios funcionários políticos servidores
  députés diputados deputados abgeordnete parlamentares legisladores
`);

/** Multi-word collective actors matched as phrases. */
export const GROUP_PHRASES = [
  'civil society',
  'human rights groups',
  'rights groups',
  'the public',
  'société civile',
  'zivilgesellschaft',
  'sociedad civil',
  'sociedade civil',
];

/** Group nouns whose very name states a position. */
export const OPPOSING_GROUP_NOUNS = words(
  'critics opponents protesters protestors demonstrators opposants détracteurs critiques manifestants kritiker gegner demonstranten críticos opositores manifestantes',
);
export const SUPPORTING_GROUP_NOUNS = words('supporters proponents partisans befürworter unterstützer partidarios apoiadores');

/** Nouns that name a person's office or function; the head of an apposition role ("a Belgian official"). */
export const ROLE_NOUNS = words(`
  official minister president spokesperson spokesman spokeswoman governor senator speaker attorney
  director chief leader head ambassador analyst professor expert fellow chairman chairwoman chair ceo
  negotiator superintendent secretary member mayor lawyer judge economist scientist researcher teacher
  physician doctor nurse activist advocate founder executive commissioner representative congressman
  congresswoman deputy adviser advisor aide editor correspondent reporter author writer scholar
  candidate lawmaker legislator prosecutor officer manager coach player owner resident student priest
  mediator general
  ministre président présidente député députée porte-parole directeur directrice avocat avocate maire
  secrétaire conseiller conseillère chef responsable
  sprecher sprecherin ministerin präsidentin vorsitzender vorsitzende direktor chefin abgeordneter
  abgeordnete vorstand vorstandsmitglied experte expertin
  ministro ministra presidente portavoz director directora diputado diputada senador senadora secretario
  secretaria líder jefe jefa abogado abogada investigador investigadora alcalde
  porta-voz diretor diretora deputado deputada secretário secretária advogado advogada pesquisador
  prefeito governador jornalista repórter
`);

/** Roles whose holders analyse rather than take sides: a voiced-nothing stance is neutral, not unclear. */
export const ANALYST_ROLE_WORDS = words(
  'analyst analysts expert experts economist scholar professor fellow researcher editor correspondent observer commentator mediator institution institute university think-tank politólogo analista experte analyste chercheur investigador pesquisador',
);

/** Words for someone who speaks for an organisation ("a Commission spokesperson said"). */
export const SPOKESPERSON_WORDS = words(
  'spokesperson spokesman spokeswoman representative statement porte-parole sprecher sprecherin portavoz porta-voz communiqué comunicado mitteilung',
);

/** All-capital words that are not organisations' acronyms. */
export const NON_ORG_ACRONYMS = words(`
  us usa uk un ok tv am pm ad bc ce gdp covid id ii iii iv vi vii viii ix xi xii dc nyc la ceo cfo
  fbi cia nfl nba mlb nhl afp ap upi dpa efe reuters ap bbc cnn abc nbc cbs pbs npr gmt utc est pst
  faq pdf url html ai
  pv gw mw kw kwh mwh gwh twh co2 ghg lng lpg ev evs gmo lgbt lgbtq hiv aids gps sms usb
`);

/** Media outlets and agencies credited in captions and bylines, never stakeholders. */
export const MEDIA_WORDS = words(`
  reuters afp ap dpa efe ansa getty images bbc cnn nbc cbs abc fox npr pbs post times guardian telegraph
  associated press journal tribune herald gazette magazine newspaper
`);

/** German compound titles ("Bundesjustizminister", "Regierungssprecherin"). */
const GERMAN_TITLE_SUFFIX = /(?:minister|ministerin|präsident|präsidentin|kanzler|kanzlerin|sprecher|sprecherin|chef|chefin|vorsitzender|vorsitzende)$/;

export function isTitle(lowerWord: string): boolean {
  return TITLES.has(lowerWord) || GERMAN_TITLE_SUFFIX.test(lowerWord);
}
