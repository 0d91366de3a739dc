/**
 * French words mapped to the English words the topic and policy models were
 * fitted on (accents folded, lower case). `stem*` matches words starting with
 * the stem, `*end` words ending with it.
 */
export const TOPIC_CUES_FR: Readonly<Record<string, string>> = {
  'gouvernement*': 'government', 'ministre*': 'minister', 'ministere*': 'ministry', 'parlement*': 'parliament', 'depute*': 'lawmaker',
  'senat': 'senate', 'senateur*': 'senator', 'assemblee': 'assembly', 'loi': 'law', 'lois': 'law', 'projet de loi': 'bill', 'decret*': 'decree',
  'reglementation*': 'regulation', 'president*': 'president', 'presidentiel*': 'presidential', 'maire*': 'mayor', 'politique*': 'political',
  'parti': 'party', 'partis': 'party', 'election*': 'election', 'electora*': 'election', 'electeur*': 'voter', 'scrutin*': 'vote', 'vote*': 'vote',
  'candidat*': 'candidate', 'campagne': 'campaign', 'sondage*': 'poll', 'referendum': 'referendum', 'constitution*': 'constitution',
  'demission*': 'resign', 'remaniement': 'reshuffle', 'corruption': 'corruption', 'scandale*': 'scandal', 'opposition': 'opposition',
  'reforme*': 'reform', 'autorites': 'authorities', 'fonctionnaire*': 'official', 'impot*': 'tax', 'taxe*': 'tax', 'fiscal*': 'tax',
  'budget*': 'budget', 'dette': 'debt', 'inflation': 'inflation', 'economi*': 'economy', 'chomage': 'unemployment', 'croissance': 'growth',
  'discrimination*': 'discrimination', 'egalite': 'equality', 'inegalite*': 'inequality', 'parite': 'parity', 'femmes': 'women', 'genre': 'gender',
  'droits': 'rights', 'liberte*': 'freedom', 'sante': 'health', 'hopita*': 'hospital', 'medecin*': 'doctor', 'patient*': 'patient',
  'vaccin*': 'vaccine', 'pandemie': 'pandemic', 'covid*': 'covid', 'epidemi*': 'epidemic', 'confinement': 'lockdown', 'drogue*': 'drug',
  'agricult*': 'agriculture', 'agricole*': 'agriculture', 'paysan*': 'farmer', 'alimentation': 'food', 'travailleur*': 'worker', 'salarie*': 'worker',
  'emploi*': 'job', 'travail': 'labor', 'partenaires sociaux': 'union', 'syndicat*': 'union', 'salaire*': 'wage', 'greve*': 'strike', 'retraite*': 'pension', 'ecole*': 'school', 'eleve*': 'student',
  'etudiant*': 'student', 'enseignant*': 'teacher', 'universite*': 'university', 'education': 'education', 'scolaire*': 'school', 'climat*': 'climate',
  'environnement*': 'environment', 'emission*': 'emission', 'pollution': 'pollution', 'energie*': 'energy', 'electricite': 'electricity',
  'nucleaire': 'nuclear', 'petrole': 'oil', 'migra*': 'immigration', 'migrant*': 'migrant', 'immigr*': 'immigration', 'refugie*': 'refugee',
  'asile': 'asylum', 'expuls*': 'deport', 'frontiere*': 'border', 'transport*': 'transportation', 'route*': 'road', 'aeroport*': 'airport',
  'police*': 'police', 'policier*': 'police', 'gendarm*': 'police', 'crime*': 'crime', 'criminel*': 'crime', 'delinquance': 'crime', 'delit*': 'crime',
  'procureur*': 'prosecutor', 'prison*': 'prison', 'condamn*': 'convicted', 'meurtre*': 'murder', 'terroris*': 'terrorism', 'attentat*': 'terrorism',
  'violence*': 'violence', 'securite': 'security', 'tribunal': 'court', 'cour': 'court', 'juge*': 'judge', 'proces': 'trial', 'pauvrete': 'poverty',
  'allocation*': 'welfare', 'famille*': 'family', 'enfants': 'child', 'logement*': 'housing', 'loyer*': 'rent', 'entreprise*': 'company',
  'banque*': 'bank', 'consommat*': 'consumer', 'marche': 'market', 'tourisme': 'tourism', 'militaire*': 'military', 'armee*': 'army',
  'soldat*': 'soldier', 'guerre': 'war', 'defense': 'defense', 'arme*': 'weapon', 'renseignement*': 'intelligence', 'espionnage': 'espionage',
  'surveillance': 'surveillance', 'otan': 'nato', 'donnees': 'data', 'internet': 'internet', 'numerique': 'digital', 'technolog*': 'technology',
  'reseaux sociaux': 'social media', 'commerce': 'trade', 'commercia*': 'trade', 'douane*': 'tariff', 'exportation*': 'export', 'importation*': 'import',
  'affaires etrangeres': 'foreign affairs', 'diplomat*': 'diplomat', 'ambassad*': 'embassy', 'sanction*': 'sanction', 'sommet*': 'summit',
  'traite': 'treaty', 'negociation*': 'talks', 'pourparlers': 'talks', 'international*': 'international', 'etranger*': 'foreign',
  'nations unies': 'united nations', 'autochtone*': 'indigenous', 'terres': 'land', 'culture*': 'culture', 'culturel*': 'culture', 'musee*': 'museum',
  'patrimoine': 'heritage', 'eglise*': 'church', 'religi*': 'religion', 'football': 'soccer', 'match': 'game', 'equipe*': 'team', 'entraineur*': 'coach',
  'championnat*': 'championship', 'saison': 'season', 'joueur*': 'player', 'film*': 'film', 'musique*': 'music', 'scientifique*': 'scientist',
  'chercheur*': 'researcher', 'etude': 'study', 'espece*': 'species', 'recette*': 'recipe', 'cuisine*': 'kitchen', 'voyage*': 'travel',
  'accident*': 'accident', 'incendie*': 'fire', 'tempete*': 'storm', 'seisme*': 'earthquake',
};
