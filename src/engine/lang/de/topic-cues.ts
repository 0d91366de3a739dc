/**
 * German words mapped to the English words the topic and policy models were
 * fitted on (accents folded, lower case), a broad everyday vocabulary per CAP
 * major topic. `stem*` matches words starting with the stem, `*end` words
 * ending with it (compounds), `*part*` words holding it.
 */
export const TOPIC_CUES_DE: Readonly<Record<string, string>> = {
  // Government and elections
  'regierung*': 'government', '*regierung': 'government', 'minister*': 'minister', '*minister': 'minister', '*ministerin': 'minister',
  '*ministerium': 'ministry', 'bundestag': 'congress', 'bundesrat': 'senate', 'landtag': 'legislature', 'parlament*': 'parliament',
  'abgeordnete*': 'lawmaker', 'gesetz': 'law', 'gesetze': 'law', '*gesetz': 'law', 'gesetzentwurf*': 'bill', 'gesetzgeb*': 'legislation',
  'kanzler*': 'chancellor', 'koalition*': 'coalition', 'opposition': 'opposition', 'partei*': 'party', '*partei': 'party',
  'wahl': 'election', 'wahlen': 'election', '*wahl': 'election', 'wahlkampf*': 'campaign', 'wahler*': 'voter', 'kandidat*': 'candidate',
  'abstimmung*': 'vote', 'umfrage*': 'poll', 'rucktritt*': 'resign', 'korruption*': 'corruption', 'skandal*': 'scandal',
  'politik': 'politics', '*politik': 'policy', 'politiker*': 'politician', 'politisch*': 'political', 'prasident*': 'president',
  'burgermeister*': 'mayor', 'behorde*': 'agency', 'verwaltung*': 'administration', 'beamte*': 'official', 'reform*': 'reform', '*reform': 'reform',
  'verfassung*': 'constitution', 'ausschuss*': 'committee', 'untersuchungsausschuss*': 'inquiry', 'lobby*': 'lobbyist', 'spende*': 'donor',
  'demokrat*': 'democracy', 'volksabstimmung*': 'referendum', 'referendum': 'referendum',
  // Macroeconomics
  'steuer*': 'tax', '*steuer': 'tax', 'haushalt*': 'budget', '*haushalt': 'budget', 'inflation': 'inflation', 'konjunktur*': 'economy',
  'wirtschaft*': 'economy', '*wirtschaft': 'economy', 'wachstum': 'growth', 'rezession': 'recession', 'zentralbank': 'central bank',
  'notenbank': 'central bank', 'ezb': 'central bank', 'zins*': 'interest rate', '*zins*': 'interest rate', 'schulden*': 'debt', 'defizit*': 'deficit',
  'preise': 'price', '*preise': 'price', 'borse*': 'stock', 'aktie*': 'stock', 'finanz*': 'finance', 'euro': 'currency',
  // Civil rights
  'diskriminier*': 'discrimination', 'gleichstellung': 'equality', 'gleichberechtigung': 'equality', 'rassis*': 'racial',
  'meinungsfreiheit': 'free speech', 'pressefreiheit': 'press freedom', 'frauen': 'women', 'homosexuell*': 'gay', 'lgbt*': 'gay',
  'queer*': 'gay', 'schwul*': 'gay', 'lesb*': 'gay', 'menschenrecht*': 'human rights', 'grundrecht*': 'civil rights', 'burgerrecht*': 'civil rights',
  'zensur': 'censor', 'abtreibung*': 'abortion', 'schwangerschaftsabbruch*': 'abortion', 'minderheit*': 'minority', 'privatsphare': 'privacy',
  'datenschutz*': 'privacy', 'uberwachung*': 'surveillance', 'demonstr*': 'protest', 'protest*': 'protest',
  // Health
  'gesundheit*': 'health', '*gesundheit': 'health', 'krankenhaus*': 'hospital', '*krankenhaus': 'hospital', 'klinik*': 'hospital',
  'arzt': 'doctor', 'arzte': 'doctor', 'arztin*': 'doctor', 'patient*': 'patient', 'impf*': 'vaccine', 'pandemie': 'epidemic', 'epidemie': 'epidemic',
  'virus': 'virus', 'corona*': 'virus', 'covid*': 'virus', 'krankenkasse*': 'insurance', 'krankenversicherung*': 'health insurance',
  'krank*': 'illness', 'krebs': 'cancer', 'medikament*': 'drug', 'arznei*': 'drug', 'drogen': 'drug', 'pflege*': 'nursing', 'medizin*': 'medical',
  'tabak': 'tobacco', 'rauch*': 'smoking',
  // Agriculture
  'landwirt*': 'farm', 'bauern': 'farmer', 'bauer': 'farmer', 'agrar*': 'agriculture', 'lebensmittel*': 'food', 'ernte*': 'crop',
  'fleisch': 'meat', 'tierhaltung': 'farm', 'dunger': 'farm', 'pestizid*': 'farm',
  // Labor
  'arbeit': 'labor', 'arbeitnehmer*': 'worker', 'arbeiter*': 'worker', 'beschaftigt*': 'worker', 'gewerkschaft*': 'union', 'lohn': 'wage',
  'lohne': 'wage', '*lohn': 'wage', 'gehalt*': 'pay', 'mindestlohn': 'minimum wage', 'arbeitsmarkt*': 'job', 'arbeitsplatz*': 'job',
  'arbeitsplatze': 'job', 'arbeitslos*': 'unemployment', 'streik*': 'strike', 'tarif*': 'wage', 'rente': 'pension',
  'renten*': 'pension', '*rente': 'pension', 'arbeitgeber*': 'employer', 'fachkrafte*': 'worker', 'kundigung*': 'layoff', 'entlass*': 'layoff',
  // Education
  'schule*': 'school', '*schule': 'school', 'schuler*': 'student', 'lehrer*': 'teacher', 'universitat*': 'university', 'hochschule*': 'university',
  'studierende*': 'student', 'student*': 'student', 'studium': 'college', 'bildung*': 'education', '*bildung': 'education', 'kita*': 'child',
  'kinderbetreuung': 'child', 'unterricht*': 'class', 'abitur': 'exam', 'prufung*': 'exam', 'lehrkraft*': 'teacher', 'lehrkrafte': 'teacher',
  // Environment
  'klima*': 'climate', '*klima*': 'climate', 'umwelt*': 'environment', '*umwelt*': 'environment', 'emission*': 'emission', 'co2': 'carbon',
  'treibhausgas*': 'greenhouse', 'verschmutz*': 'pollution', 'luftverschmutzung': 'air pollution', 'erwarmung': 'warming', 'artenschutz': 'species',
  'naturschutz*': 'environmental', 'mull': 'trash', 'abfall*': 'waste', 'plastik*': 'waste', 'wald': 'forest', 'walder': 'forest',
  // Energy
  'energie*': 'energy', '*energie': 'energy', 'strom*': 'electricity', '*strom': 'electricity', 'solar*': 'solar', 'windkraft': 'wind',
  'windenergie': 'wind', 'atomkraft*': 'nuclear', 'kernkraft*': 'nuclear', 'atom*': 'nuclear', 'kohle*': 'coal', 'erdgas': 'gas', 'gas': 'gas',
  '*gas': 'gas', 'ol': 'oil', 'erdol': 'oil', 'benzin*': 'gasoline', 'heiz*': 'heat', 'kraftwerk*': 'plant', 'pipeline*': 'pipeline',
  // Immigration
  'migration': 'immigration', 'migrant*': 'migrant', 'fluchtling*': 'refugee', 'gefluchtete*': 'refugee', 'asyl*': 'asylum',
  'abschieb*': 'deportation', 'einwander*': 'immigration', 'zuwander*': 'immigration', 'grenze*': 'border', 'grenzkontroll*': 'border',
  'visum': 'visa', 'visa': 'visa', 'staatsburgerschaft': 'citizenship', 'einburgerung*': 'citizenship', 'auslander*': 'immigrant',
  // Transportation
  'verkehr*': 'transit', '*verkehr': 'traffic', 'bahn': 'rail', '*bahn': 'rail', 'zug': 'train', 'autobahn*': 'highway',
  'strasse*': 'road', 'flughafen*': 'airport', 'flug': 'flight', 'fluge': 'flight', 'fluggesellschaft*': 'airline', 'auto': 'car', 'autos': 'car',
  'fahrzeug*': 'vehicle', 'fahrer*': 'driver', 'lkw': 'truck', 'nahverkehr': 'transit', 'fahrrad*': 'traffic', 'passagier*': 'passenger',
  // Law and crime
  'polizei*': 'police', 'polizist*': 'police', 'kriminal*': 'crime', 'verbrechen': 'crime', 'straftat*': 'crime', 'staatsanwalt*': 'prosecutor',
  'gericht*': 'court', '*gericht': 'court', 'richter*': 'judge', 'urteil*': 'ruling', 'verurteil*': 'convicted', 'anklage*': 'charge',
  'angeklagt*': 'charge', 'gerichtsprozess*': 'trial', 'gefangnis*': 'prison', 'haft*': 'prison', 'mord*': 'murder', 'totung*': 'killing',
  'terror*': 'terrorism', 'festnahme*': 'arrest', 'festgenommen': 'arrest', 'betrug*': 'fraud', 'ermittlung*': 'investigation',
  'tater*': 'suspect', 'verdachtig*': 'suspect', 'opfer': 'victim', 'gewalt*': 'violence', 'schusswaffe*': 'gun', 'strafe*': 'penalty',
  'klage*': 'lawsuit', 'anwalt': 'lawyer', 'anwalte': 'lawyer', 'missbrauch*': 'abuse',
  // Social welfare
  'sozialhilfe': 'welfare', 'burgergeld': 'welfare', 'grundsicherung': 'welfare', 'sozial*': 'social', 'armut*': 'poverty',
  'kindergeld': 'child', 'familie*': 'family', 'mutter': 'mother', 'eltern*': 'parent', 'kinder': 'child', 'behinderung*': 'disability',
  'obdachlos*': 'homeless', 'sozialleistung*': 'benefit', 'bedurftig*': 'needy',
  // Housing
  'wohnung*': 'housing', '*wohnung*': 'housing', 'miete*': 'rent', '*miete': 'rent', 'mieter*': 'tenant', 'vermieter*': 'landlord',
  'wohnungsbau': 'housing', 'wohnraum': 'housing', 'immobilie*': 'real estate', 'bauland': 'land', 'hauspreise': 'housing',
  // Domestic commerce
  'unternehm*': 'company', 'konzern*': 'company', 'firma': 'company', 'firmen': 'company', 'bank': 'bank', 'banken': 'bank', '*banken': 'bank',
  'verbraucher*': 'consumer', 'insolvenz*': 'bankruptcy', 'pleite': 'bankruptcy', 'kartell*': 'antitrust', 'fusion*': 'merger', 'ubernahme*': 'merger',
  'manager*': 'executive', 'vorstand*': 'executive', 'aktionar*': 'investor', 'investor*': 'investor', 'versicherung*': 'insurance',
  'tourismus': 'tourism', 'einzelhandel*': 'retailer', 'mittelstand': 'business', 'gewinn*': 'profit', 'umsatz*': 'sale', 'urheberrecht*': 'copyright',
  // Defense
  'militar*': 'military', 'bundeswehr': 'military', 'armee*': 'army', 'soldat*': 'soldier', 'truppe*': 'troops', 'krieg*': 'war',
  '*krieg': 'war', 'rakete*': 'missile', 'waffe*': 'weapon', '*waffe*': 'weapon', 'rustung*': 'arms', 'verteidigung*': 'defense',
  'geheimdienst*': 'intelligence', 'nato': 'nato', 'angriff*': 'attack', 'anschlag*': 'attack', 'bombe*': 'bomb', 'marine': 'navy',
  'luftwaffe': 'air force', 'kampf*': 'combat', 'spionage': 'spy',
  // Technology
  'daten': 'data', '*daten': 'data', 'hacker*': 'hacker', 'cyber*': 'hacker', 'internet': 'internet', 'online': 'online', 'digital*': 'digital',
  'plattform*': 'platform', 'netzwerk*': 'network', 'netz': 'network', 'technolog*': 'technology', 'forschung*': 'research', 'computer*': 'computer',
  'telekom*': 'communication', 'rundfunk': 'radio', 'fernseh*': 'television', 'medien': 'media', 'satellit*': 'satellite', 'raumfahrt': 'space',
  'weltraum*': 'space', 'kunstliche intelligenz': 'computer', 'ki': 'computer', 'algorithm*': 'computer',
  'software': 'software', 'app': 'software', 'apps': 'software', 'update*': 'update', 'nutzer*': 'user', 'version': 'version', 'browser': 'software',
  'smartphone*': 'phone', 'handy*': 'cellphone', 'soziale netzwerke': 'social media', 'soziale medien': 'social media', 'verschlussel*': 'computer',
  // Foreign trade
  'handel*': 'trade', '*handel': 'trade', 'zoll*': 'tariff', 'zolle': 'tariff', 'export*': 'export', 'import*': 'import', 'freihandel*': 'free trade',
  'handelsabkommen': 'trade deal', 'handelsstreit': 'trade dispute', 'wto': 'trade', 'wahrung*': 'currency', 'dollar': 'dollar',
  // International affairs
  'aussenminister*': 'foreign minister', 'aussenpolitik': 'foreign policy', 'aussenamt': 'foreign ministry', 'auswartig*': 'foreign',
  'diplomat*': 'diplomat', 'botschaft*': 'embassy', 'botschafter*': 'ambassador', 'sanktion*': 'sanction', 'gipfel*': 'summit',
  'vertrag': 'treaty', 'abkommen': 'accord', 'verhandlung*': 'talks', 'gesprache': 'talks', 'eu': 'european', 'europaisch*': 'european',
  'europa': 'europe', 'uno': 'united nations', 'vereinte nationen': 'united nations', 'vereinten nationen': 'united nations',
  'austritt*': 'withdrawal', 'ausland*': 'foreign', 'international*': 'international', 'beziehungen': 'relations', 'konflikt*': 'conflict',
  'frieden*': 'peace', 'waffenstillstand': 'truce', 'entwicklungshilfe': 'foreign aid', 'staatsbesuch': 'visit', 'regime': 'regime',
  'rebell*': 'rebel', 'china': 'china', 'russland': 'russia', 'israel': 'israel', 'ukraine': 'ukraine',
  // Public lands
  'nationalpark*': 'national park', 'naturschutzgebiet*': 'park', 'indigen*': 'tribe', 'ureinwohner*': 'indian', 'wasser*': 'water',
  'gewasser*': 'water', 'fluss': 'river', 'kuste*': 'coast', 'denkmalschutz': 'landmark',
  // Culture
  'kultur*': 'culture', 'museum*': 'museum', 'museen': 'museum', 'kunst': 'art', 'kunstler*': 'artist', 'theater*': 'theater', 'oper': 'opera',
  'denkmal*': 'monument', 'buch': 'book', 'bucher': 'book', 'film*': 'film', 'kino*': 'movie', 'musik*': 'music', 'album': 'music', 'konzert*': 'music',
  'ausstellung*': 'museum', 'schriftsteller*': 'writer',
  // Not policy: religion, sport, science, everyday life, disasters
  'kirche*': 'church', 'religion*': 'religion', 'glaube*': 'faith', 'bischof*': 'bishop', 'papst': 'pope', 'fussball*': 'soccer', 'spiel': 'game',
  'spiele': 'game', 'mannschaft*': 'team', 'trainer': 'coach', 'liga': 'league', 'tor': 'goal', 'tore': 'goal', 'meisterschaft*': 'championship',
  'saison': 'season', 'spieler*': 'player', 'rezept*': 'recipe', 'kuche': 'food', 'restaurant*': 'restaurant', 'reise*': 'travel',
  'urlaub': 'vacation', 'stadtteil*': 'neighborhood', 'viertel': 'neighborhood', 'wissenschaft*': 'science', 'studie': 'study',
  'forscher*': 'researcher', 'unfall*': 'accident', 'feuer*': 'fire', 'brand': 'fire', 'wetter': 'weather', 'sturm': 'storm', 'hochwasser': 'flood',
  'uberschwemmung*': 'flood', 'erdbeben': 'earthquake', 'humanitar*': 'aid', 'katastroph*': 'disaster', 'tod': 'death',
};
