/**
 * French words mapped to the English words the topic and policy models were
 * fitted on (accents folded, lower case), a broad everyday vocabulary per CAP
 * major topic. `stem*` matches words starting with the stem, `*end` words
 * ending with it, phrases are words separated by spaces.
 */
export const TOPIC_CUES_FR: Readonly<Record<string, string>> = {
  // Government and elections
  'gouvernement*': 'government', 'gouvernemental*': 'government', 'ministre*': 'minister', 'ministere*': 'ministry', 'ministeriel*': 'minister',
  'parlement*': 'parliament', 'depute*': 'lawmaker', 'parlementaire*': 'lawmaker', 'senat': 'senate', 'senateur*': 'senator',
  'assemblee': 'assembly', 'loi': 'law', 'lois': 'law', 'projet de loi': 'bill', 'proposition de loi': 'bill', 'legislati*': 'legislation',
  'decret*': 'order', 'reglementation*': 'regulation', 'president*': 'president', 'presidentiel*': 'presidential', 'maire*': 'mayor',
  'politique*': 'political', 'parti': 'party', 'partis': 'party', 'election*': 'election', 'electora*': 'election', 'electeur*': 'voter',
  'scrutin*': 'vote', 'vote': 'vote', 'votes': 'vote', 'voter': 'vote', 'candidat*': 'candidate', 'campagne electorale': 'campaign',
  'sondage*': 'poll', 'referendum': 'referendum', 'constitution*': 'constitution', 'demission*': 'resign', 'remaniement': 'cabinet',
  'corruption': 'corruption', 'scandale*': 'scandal', 'opposition': 'opposition', 'reforme*': 'reform', 'autorites': 'authorities',
  'fonctionnaire*': 'official', 'administration': 'administration', 'democratie': 'democracy', 'coalition': 'coalition', 'commission': 'committee',
  'premier ministre': 'prime minister', 'elu': 'official', 'elus': 'official',
  // Macroeconomics
  'impot*': 'tax', 'taxe*': 'tax', 'fiscal*': 'tax', 'budget*': 'budget', 'dette': 'debt', 'deficit*': 'deficit', 'inflation': 'inflation',
  'economi*': 'economy', 'croissance': 'growth', 'recession': 'recession', 'banque centrale': 'central bank', 'taux': 'rate', 'bourse': 'stock',
  'prix': 'price', "pouvoir d'achat": 'price', 'finances publiques': 'budget', 'depenses publiques': 'spending',
  // Civil rights
  'discrimination*': 'discrimination', 'egalite': 'equality', 'inegalite*': 'equality', 'parite': 'equality', 'femmes': 'women', 'genre': 'gender',
  'feminis*': 'women', 'droits': 'rights', "droits de l'homme": 'human rights', 'liberte*': 'freedom', "liberte d'expression": 'free speech',
  'liberte de la presse': 'press freedom', 'journalist*': 'journalist', 'censure': 'censor', 'avortement': 'abortion', 'ivg': 'abortion',
  'homosexuel*': 'gay', 'lgbt*': 'gay', 'mariage pour tous': 'same-sex marriage', 'racis*': 'racial', 'minorite*': 'minority',
  'vie privee': 'privacy', 'manifestation*': 'protest', 'manifestant*': 'protester', 'laicite': 'religion',
  // Health
  'sante': 'health', 'sanitaire*': 'health', 'hopita*': 'hospital', 'medecin*': 'doctor', 'patient*': 'patient', 'malad*': 'disease',
  'vaccin*': 'vaccine', 'pandemie': 'epidemic', 'covid*': 'virus', 'epidemi*': 'epidemic', 'virus': 'virus', 'confinement': 'lockdown',
  'cancer*': 'cancer', 'medicament*': 'drug', 'drogue*': 'drug', 'tabac': 'tobacco', 'infirmier*': 'nurse', 'soins': 'health', 'assurance maladie': 'health insurance',
  // Agriculture
  'agricult*': 'agriculture', 'agricole*': 'agriculture', 'paysan*': 'farmer', 'eleveur*': 'farmer', 'elevage*': 'farm', 'alimentation': 'food',
  'alimentaire*': 'food', 'recolte*': 'crop', 'viande': 'meat', 'peche': 'fish', 'pesticide*': 'farm',
  // Labor
  'travailleur*': 'worker', 'salarie*': 'worker', 'ouvrier*': 'worker', 'emploi*': 'job', 'travail': 'labor', 'partenaires sociaux': 'union',
  'syndica*': 'union', 'salaire*': 'wage', 'salarial*': 'wage', 'smic': 'minimum wage', 'greve*': 'strike', 'retraite*': 'pension',
  'chomage': 'unemployment', 'chomeur*': 'unemployment', 'licenciement*': 'layoff', 'employeur*': 'employer', 'patronat': 'employer',
  // Education
  'ecole*': 'school', 'eleve*': 'student', 'etudiant*': 'student', 'enseignant*': 'teacher', 'professeur*': 'teacher', 'universite*': 'university',
  'universitaire*': 'university', 'education': 'education', 'enseignement': 'education', 'scolaire*': 'school', 'college*': 'school',
  'lycee*': 'school', 'baccalaureat': 'exam',
  // Environment
  'climat*': 'climate', 'environnement*': 'environment', 'ecolog*': 'environmental', 'emission*': 'emission', 'pollution': 'pollution',
  'pollu*': 'pollution', 'rechauffement': 'warming', 'carbone': 'carbon', 'dechet*': 'waste', 'biodiversite': 'species', 'espece*': 'species',
  'foret*': 'forest', 'secheresse': 'water',
  // Energy
  'energie*': 'energy', 'energetique*': 'energy', 'electricite': 'electricity', 'electrique*': 'electricity', 'nucleaire': 'nuclear',
  'petrole': 'oil', 'petrolier*': 'oil', 'gaz': 'gas', 'carburant*': 'fuel', 'essence': 'gasoline', 'charbon': 'coal', 'solaire*': 'solar',
  'eolien*': 'wind', 'centrale*': 'plant',
  // Immigration
  'migra*': 'immigration', 'migrant*': 'migrant', 'immigr*': 'immigration', 'refugie*': 'refugee', 'asile': 'asylum', "demandeur* d'asile": 'asylum',
  'expuls*': 'deportation', 'frontiere*': 'border', 'visa*': 'visa', 'sans-papiers': 'illegal', 'naturalisation': 'citizenship',
  'nationalite': 'citizenship', 'etrangers': 'immigrant',
  // Transportation
  'transport*': 'transit', 'route*': 'road', 'routier*': 'road', 'autoroute*': 'highway', 'aeroport*': 'airport',
  'compagnie aerienne': 'airline', 'trains': 'train', 'tgv': 'train', 'ferroviaire*': 'rail', 'sncf': 'rail', 'metro': 'subway',
  'voiture*': 'car', 'automobil*': 'car', 'vehicule*': 'vehicle', 'conducteur*': 'driver', 'passager*': 'passenger', 'circulation': 'traffic',
  'trottinette*': 'transit', 'velo*': 'traffic',
  // Law and crime
  'police*': 'police', 'policier*': 'police', 'gendarm*': 'police', 'crime*': 'crime', 'criminel*': 'crime', 'criminalite': 'crime',
  'delinquance': 'crime', 'delit*': 'crime', 'procureur*': 'prosecutor', 'parquet': 'prosecutor', 'prison*': 'prison', 'detenu*': 'inmate',
  'condamn*': 'convicted', 'meurtre*': 'murder', 'assassinat*': 'murder', 'homicide*': 'murder', 'terroris*': 'terrorism', 'attentat*': 'terrorism',
  'violence*': 'violence', 'securite': 'security', 'tribunal': 'court', 'tribunaux': 'court', 'cour': 'court', 'juge*': 'judge', 'proces': 'trial',
  'justice': 'justice', 'enquete*': 'investigation', 'interpell*': 'arrest', 'arrestation*': 'arrest', 'garde a vue': 'arrest',
  'fraude*': 'fraud', 'victime*': 'victim', 'avocat*': 'lawyer', 'plainte*': 'lawsuit', 'trafic de drogue': 'drug', 'armes a feu': 'gun',
  // Social welfare
  'pauvrete': 'poverty', 'pauvres': 'poor', 'allocation*': 'welfare', 'aide sociale': 'welfare', 'protection sociale': 'welfare', 'rsa': 'welfare',
  'securite sociale': 'social security', 'famille*': 'family', 'enfants': 'child', 'enfance': 'child', 'handicap*': 'disability',
  'precarite': 'poverty', 'prestation*': 'benefit', 'minima sociaux': 'welfare',
  // Housing
  'logement*': 'housing', 'loyer*': 'rent', 'locataire*': 'tenant', 'proprietaire*': 'landlord', 'immobilier*': 'real estate', 'hlm': 'housing',
  'sans-abri': 'homeless', 'sdf': 'homeless', 'expulsion locative': 'eviction', 'urbanisme': 'urban',
  // Domestic commerce
  'entreprise*': 'company', 'banque*': 'bank', 'bancaire*': 'bank', 'consommat*': 'consumer', 'marche': 'market',
  'marches': 'market', 'tourisme': 'tourism', 'faillite': 'bankruptcy', 'fusion*': 'merger', 'rachat': 'merger', 'investisseur*': 'investor',
  'actionnaire*': 'investor', 'patron*': 'executive', 'commercant*': 'business', 'concurrence': 'antitrust', 'assurance*': 'insurance',
  "droit d'auteur": 'copyright', 'benefice*': 'profit', "chiffre d'affaires": 'sale',
  // Defense
  'militaire*': 'military', 'armee*': 'army', 'soldat*': 'soldier', 'troupe*': 'troops', 'guerre': 'war', 'defense': 'defense', 'arme': 'weapon',
  'armes': 'weapon', 'armement*': 'arms', 'missile*': 'missile', 'renseignement*': 'intelligence', 'espionnage': 'spy', 'otan': 'nato',
  'attaque*': 'attack', 'bombe*': 'bomb', 'bombard*': 'bomb', 'marine nationale': 'navy', 'frappe*': 'attack',
  // Technology
  'donnees': 'data', 'internet': 'internet', 'en ligne': 'online', 'numerique': 'digital', 'technolog*': 'technology', 'informatique*': 'computer',
  'ordinateur*': 'computer', 'reseaux sociaux': 'social media', 'plateforme*': 'platform', 'pirat*': 'hacker', 'cyber*': 'hacker',
  'telecom*': 'communication', 'telephone*': 'phone', 'smartphone*': 'phone', 'satellite*': 'satellite', 'spatial*': 'space',
  'intelligence artificielle': 'computer', 'logiciel*': 'software', 'application*': 'software', 'utilisateur*': 'user',
  'television': 'television', 'radio': 'radio', 'medias': 'media', 'recherche scientifique': 'research', 'surveillance': 'surveillance',
  // Foreign trade
  'commerce': 'trade', 'commercia*': 'trade', 'douane*': 'tariff', 'droits de douane': 'tariff', 'tarif* douanier*': 'tariff',
  'exportation*': 'export', 'exportat*': 'export', 'importation*': 'import', 'libre-echange': 'free trade', 'libre echange': 'free trade',
  'devise*': 'currency', 'dollar*': 'dollar', 'euro': 'currency', 'omc': 'trade',
  // International affairs
  'affaires etrangeres': 'foreign ministry', 'diplomat*': 'diplomat', 'ambassad*': 'embassy', 'sanction*': 'sanction', 'sommet*': 'summit',
  'traite': 'treaty', 'accord': 'accord', 'accords': 'accord', 'negociation*': 'talks', 'pourparlers': 'talks', 'international*': 'international', 'etranger*': 'foreign',
  'nations unies': 'united nations', 'onu': 'united nations', 'union europeenne': 'european', 'europe*': 'european', 'paix': 'peace',
  'cessez-le-feu': 'truce', 'relations': 'relations', 'conflit*': 'conflict', 'regime': 'regime', 'rebelle*': 'rebel', 'bilateral*': 'relations',
  'aide au developpement': 'foreign aid', 'souverainete': 'sovereignty',
  // Public lands
  'autochtone*': 'tribe', 'terres': 'land', 'territoire*': 'territory', 'parc* nationa*': 'national park', 'littoral': 'coast',
  'eau': 'water', 'fleuve*': 'river',
  // Culture
  'culture*': 'culture', 'culturel*': 'culture', 'musee*': 'museum', 'patrimoine': 'heritage', 'art': 'art', 'artiste*': 'artist',
  'theatre*': 'theater', 'livre*': 'book', 'ecrivain*': 'writer', 'film*': 'film', 'cinema': 'movie', 'musique*': 'music',
  'album': 'music', 'concert*': 'music', 'exposition*': 'museum', 'opera': 'opera',
  // Not policy: religion, sport, science, everyday life, disasters
  'eglise*': 'church', 'religi*': 'religion', 'eveque*': 'bishop', 'pape': 'pope', 'football': 'soccer', 'match': 'game', 'equipe*': 'team',
  'entraineur*': 'coach', 'championnat*': 'championship', 'saison': 'season', 'joueur*': 'player', 'scientifique*': 'scientist',
  'chercheur*': 'researcher', 'etude': 'study', 'recette*': 'recipe', 'cuisine*': 'food', 'restaurant*': 'restaurant', 'voyage*': 'travel',
  'vacances': 'vacation', 'accident*': 'accident', 'incendie*': 'fire', 'tempete*': 'storm', 'seisme*': 'earthquake', 'inondation*': 'flood',
  'meteo': 'weather', 'mort': 'death',
};
