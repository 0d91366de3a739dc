/**
 * Spanish words mapped to the English words the topic and policy models were
 * fitted on (accents folded, lower case), a broad everyday vocabulary per CAP
 * major topic. `stem*` matches words starting with the stem, `*end` words
 * ending with it, phrases are words separated by spaces.
 */
export const TOPIC_CUES_ES: Readonly<Record<string, string>> = {
  // Government and elections
  'gobierno*': 'government', 'gubernamental*': 'government', 'ministro*': 'minister', 'ministra*': 'minister', 'ministerio*': 'ministry',
  'congreso': 'congress', 'senado*': 'senate', 'senador*': 'senator', 'diputado*': 'lawmaker', 'legislador*': 'lawmaker',
  'parlamento*': 'parliament', 'parlamentari*': 'parliament', 'asamblea*': 'assembly', 'legislativ*': 'legislature', 'ley': 'law', 'leyes': 'law',
  'proyecto de ley': 'bill', 'decreto*': 'order', 'normativa*': 'regulation', 'regulacion*': 'regulation', 'presidente*': 'president',
  'presidencia': 'president', 'presidencial*': 'presidential', 'alcalde*': 'mayor', 'gobernador*': 'governor', 'politic*': 'political',
  'partido*': 'party', 'eleccion*': 'election', 'electoral*': 'election', 'comicios': 'election', 'votante*': 'voter', 'elector*': 'voter',
  'voto': 'vote', 'votos': 'vote', 'votacion*': 'vote', 'candidat*': 'candidate', 'campana electoral': 'campaign', 'encuesta*': 'poll',
  'sondeo*': 'poll', 'referendum': 'referendum', 'plebiscito': 'referendum', 'constitucion*': 'constitution', 'constituyente': 'constitution',
  'dimision*': 'resign', 'dimite': 'resign', 'renuncia*': 'resign', 'corrupcion': 'corruption', 'soborno*': 'bribery', 'escandalo*': 'scandal',
  'oposicion': 'opposition', 'reforma*': 'reform', 'autoridades': 'authorities', 'funcionario*': 'official', 'administracion': 'administration',
  'democracia': 'democracy', 'coalicion': 'coalition', 'oficialismo': 'government', 'comision': 'committee',
  // Macroeconomics
  'impuesto*': 'tax', 'tributari*': 'tax', 'fiscal': 'fiscal', 'hacienda': 'treasury', 'presupuesto*': 'budget', 'deuda': 'debt', 'deficit': 'deficit',
  'inflacion': 'inflation', 'economia*': 'economy', 'economic*': 'economic', 'crecimiento': 'growth', 'recesion': 'recession', 'pib': 'economy',
  'banco central': 'central bank', 'tasas de interes': 'interest rate', 'tipos de interes': 'interest rate', 'bolsa': 'stock', 'precios': 'price',
  'gasto publico': 'spending', 'finanzas': 'finance', 'financier*': 'financial',
  // Civil rights
  'discriminacion': 'discrimination', 'igualdad': 'equality', 'desigualdad*': 'equality', 'genero': 'gender', 'mujeres': 'women',
  'feminis*': 'women', 'derechos': 'rights', 'derechos humanos': 'human rights', 'libertad de expresion': 'free speech',
  'libertad de prensa': 'press freedom', 'periodis*': 'journalist', 'censura': 'censor', 'aborto*': 'abortion', 'homosexual*': 'gay',
  'lgbt*': 'gay', 'matrimonio igualitario': 'same-sex marriage', 'racis*': 'racial', 'minoria*': 'minority', 'privacidad': 'privacy',
  'protesta*': 'protest', 'manifestacion*': 'protest', 'manifestante*': 'protester',
  // Health
  'salud': 'health', 'sanitari*': 'health', 'hospital*': 'hospital', 'clinica*': 'hospital', 'medico*': 'doctor', 'medica*': 'doctor',
  'paciente*': 'patient', 'enfermedad*': 'disease', 'enfermo*': 'illness', 'vacuna*': 'vaccine', 'pandemia': 'epidemic', 'epidemia': 'epidemic',
  'virus': 'virus', 'covid*': 'virus', 'cancer': 'cancer', 'medicamento*': 'drug', 'farmac*': 'drug', 'drogas': 'drug', 'tabaco': 'tobacco',
  'seguro medico': 'health insurance', 'enfermer*': 'nurse',
  // Agriculture
  'agricultor*': 'farmer', 'agricola*': 'agriculture', 'agricultura': 'agriculture', 'agropecuari*': 'agriculture', 'campesino*': 'farmer',
  'ganader*': 'farm', 'alimentos': 'food', 'alimentari*': 'food', 'cosecha*': 'crop', 'cultivo*': 'crop', 'carne': 'meat', 'pesca': 'fish',
  // Labor
  'trabajador*': 'worker', 'empleo*': 'job', 'empleado*': 'employee', 'trabajo': 'labor', 'laboral*': 'labor', 'sindica*': 'union',
  'salario*': 'wage', 'salarial*': 'wage', 'sueldo*': 'pay', 'huelga*': 'strike', 'pension*': 'pension', 'jubilacion*': 'retirement',
  'jubilado*': 'retiree', 'desempleo': 'unemployment', 'paro': 'unemployment', 'despido*': 'layoff', 'patronal': 'employer', 'empleador*': 'employer',
  // Education
  'escuela*': 'school', 'colegio*': 'school', 'escolar*': 'school', 'estudiante*': 'student', 'alumno*': 'student', 'profesor*': 'teacher',
  'maestro*': 'teacher', 'docente*': 'teacher', 'universidad*': 'university', 'universitari*': 'university', 'educacion*': 'education',
  'educativ*': 'education', 'ensenanza': 'education', 'examen*': 'exam', 'matricula': 'tuition',
  // Environment
  'clima*': 'climate', 'climatic*': 'climate', 'ambiental*': 'environment', 'medio ambiente': 'environment', 'emision*': 'emission',
  'contaminacion': 'pollution', 'contaminante*': 'pollution', 'calentamiento': 'warming', 'carbono': 'carbon', 'residuo*': 'waste', 'basura': 'trash',
  'reciclaje': 'waste', 'deforestacion': 'forest', 'bosque*': 'forest', 'especie*': 'species', 'sequia': 'water', 'ecolog*': 'environmental',
  // Energy
  'energia*': 'energy', 'energetic*': 'energy', 'electricidad': 'electricity', 'electric*': 'electricity', 'solar*': 'solar', 'eolic*': 'wind',
  'nuclear*': 'nuclear', 'petroleo': 'oil', 'petroler*': 'oil', 'gas': 'gas', 'gasolina': 'gasoline', 'combustible*': 'fuel', 'carbon': 'coal',
  'mineria': 'mining', 'apagon*': 'blackout', 'tarifa electrica': 'electricity',
  // Immigration
  'migra*': 'immigration', 'migrante*': 'migrant', 'inmigra*': 'immigration', 'refugiado*': 'refugee', 'asilo': 'asylum', 'deporta*': 'deportation',
  'expulsion*': 'deportation', 'frontera*': 'border', 'fronteriz*': 'border', 'visado*': 'visa', 'visa*': 'visa', 'ciudadania': 'citizenship',
  'indocumentado*': 'illegal', 'extranjeria': 'immigration',
  // Transportation
  'transporte*': 'transit', 'carretera*': 'highway', 'autopista*': 'highway', 'aeropuerto*': 'airport', 'aerolinea*': 'airline',
  'vuelo*': 'flight', 'trafico': 'traffic', 'transito': 'traffic', 'tren*': 'train', 'ferrocarril*': 'rail', 'autobus*': 'bus',
  'vehiculo*': 'vehicle', 'conductor*': 'driver', 'pasajero*': 'passenger', 'puerto*': 'port', 'coche*': 'car', 'automovil*': 'car',
  // Law and crime
  'policia*': 'police', 'policial*': 'police', 'delito*': 'crime', 'crimen*': 'crime', 'criminal*': 'crime', 'delincuen*': 'crime',
  'fiscalia': 'prosecutor', 'fiscal general': 'prosecutor', 'carcel*': 'prison', 'prision*': 'prison', 'preso*': 'inmate', 'recluso*': 'inmate',
  'condena*': 'convicted', 'homicidio*': 'murder', 'asesinato*': 'murder', 'narcotrafic*': 'drug', 'narco*': 'drug', 'terroris*': 'terrorism',
  'seguridad ciudadana': 'crime', 'violencia': 'violence', 'tribunal*': 'court', 'corte suprema': 'supreme court', 'juez*': 'judge', 'jueces': 'judge',
  'jueza*': 'judge', 'juicio*': 'trial', 'sentencia*': 'sentence', 'acusado*': 'charge', 'detenido*': 'arrest', 'detencion*': 'arrest',
  'arresto*': 'arrest', 'robo*': 'theft', 'fraude*': 'fraud', 'victima*': 'victim', 'abogado*': 'lawyer', 'demanda judicial': 'lawsuit',
  'investigacion judicial': 'investigation', 'armas de fuego': 'gun', 'secuestro*': 'kidnapping', 'abuso*': 'abuse',
  // Social welfare
  'pobreza': 'poverty', 'pobres': 'poor', 'subsidio*': 'welfare', 'ayuda social': 'welfare', 'asistencia social': 'welfare', 'bienestar': 'welfare',
  'familia*': 'family', 'ninos': 'child', 'infancia': 'child', 'discapacidad*': 'disability', 'seguridad social': 'social security',
  'prestacion*': 'benefit', 'hambre': 'hunger',
  // Housing
  'vivienda*': 'housing', 'alquiler*': 'rent', 'arriendo*': 'rent', 'inquilino*': 'tenant', 'hipoteca*': 'mortgage', 'desahucio*': 'eviction',
  'inmobiliari*': 'real estate', 'sin hogar': 'homeless', 'urbanismo': 'urban',
  // Domestic commerce
  'empresa*': 'company', 'empresari*': 'business', 'compania*': 'company', 'banco*': 'bank', 'bancari*': 'bank', 'consumidor*': 'consumer',
  'mercado*': 'market', 'turismo': 'tourism', 'quiebra': 'bankruptcy', 'fusion*': 'merger', 'inversor*': 'investor', 'inversion*': 'investment',
  'accionista*': 'investor', 'negocio*': 'business', 'comercio minorista': 'retailer', 'aseguradora*': 'insurance',
  'derechos de autor': 'copyright', 'ganancia*': 'profit', 'ventas': 'sale',
  // Defense
  'militar*': 'military', 'ejercito': 'army', 'fuerzas armadas': 'military', 'soldado*': 'soldier', 'tropa*': 'troops', 'guerra': 'war',
  'defensa': 'defense', 'arma': 'weapon', 'armas': 'weapon', 'armamento*': 'arms', 'misil*': 'missile', 'inteligencia': 'intelligence',
  'espionaje': 'spy', 'ataque*': 'attack', 'bomba*': 'bomb', 'bombarde*': 'bomb', 'otan': 'nato', 'armada': 'navy', 'conflicto armado': 'war',
  // Technology
  'hacker*': 'hacker', 'ciberataque*': 'hacker', 'ciberseguridad': 'hacker', 'informatic*': 'computer', 'computador*': 'computer',
  'ordenador*': 'computer', 'datos': 'data', 'internet': 'internet', 'digital*': 'digital', 'tecnolog*': 'technology', 'redes sociales': 'social media',
  'plataforma*': 'platform', 'telecomunicacion*': 'communication', 'telefon*': 'phone', 'celular*': 'cellphone', 'movil*': 'cellphone',
  'satelite*': 'satellite', 'espacial*': 'space', 'inteligencia artificial': 'computer', 'software': 'software', 'aplicacion*': 'software',
  'usuario*': 'user', 'television': 'television', 'radio': 'radio', 'medios de comunicacion': 'media', 'investigacion cientifica': 'research',
  // Foreign trade
  'comercio': 'trade', 'comercial*': 'trade', 'arancel*': 'tariff', 'exportacion*': 'export', 'exportador*': 'export', 'importacion*': 'import',
  'tratado de libre comercio': 'free trade', 'libre comercio': 'free trade', 'divisa*': 'currency', 'dolar*': 'dollar', 'moneda': 'currency',
  // International affairs
  'canciller*': 'foreign minister', 'cancilleria': 'foreign ministry', 'exteriores': 'foreign', 'diplomat*': 'diplomat', 'embajad*': 'embassy',
  'sanciones': 'sanction', 'cumbre*': 'summit', 'tratado*': 'treaty', 'negociacion*': 'talks', 'conversaciones': 'talks',
  'internacional*': 'international', 'extranjer*': 'foreign', 'naciones unidas': 'united nations', 'onu': 'united nations',
  'union europea': 'european', 'europe*': 'european', 'paz': 'peace', 'alto el fuego': 'truce', 'relaciones': 'relations', 'conflicto*': 'conflict',
  'regimen': 'regime', 'rebelde*': 'rebel', 'bilateral*': 'relations', 'cooperacion internacional': 'foreign aid', 'soberania': 'sovereignty',
  // Public lands
  'indigena*': 'tribe', 'pueblos originarios': 'tribe', 'tierras': 'land', 'territori*': 'territory', 'parque* nacional*': 'national park',
  'area* protegida*': 'park', 'reserva natural': 'park', 'agua': 'water', 'rios': 'river', 'costa': 'coast', 'costas': 'coast',
  // Culture
  'cultura*': 'culture', 'cultural*': 'culture', 'museo*': 'museum', 'patrimonio': 'heritage', 'arte': 'art', 'artista*': 'artist',
  'teatro*': 'theater', 'libro*': 'book', 'escritor*': 'writer', 'novela*': 'novel', 'pelicula*': 'film', 'cine': 'movie', 'musica*': 'music',
  'album': 'music', 'concierto*': 'music', 'exposicion*': 'museum',
  // Not policy: religion, sport, science, everyday life, disasters
  'iglesia*': 'church', 'religio*': 'religion', 'obispo*': 'bishop', 'futbol*': 'soccer', 'equipo*': 'team', 'entrenador*': 'coach',
  'liga': 'league', 'gol': 'goal', 'goles': 'goal', 'torneo*': 'tournament', 'temporada': 'season', 'jugador*': 'player', 'partido de futbol': 'game',
  'cientific*': 'scientist', 'investigador*': 'researcher', 'estudio': 'study', 'hielo': 'ice', 'receta*': 'recipe', 'cocina*': 'food',
  'restaurante*': 'restaurant', 'viaje*': 'travel', 'vacaciones': 'vacation', 'accidente*': 'accident', 'incendio*': 'fire', 'terremoto*': 'earthquake',
  'sismo*': 'earthquake', 'tormenta*': 'storm', 'huracan*': 'hurricane', 'inundacion*': 'flood', 'ayuda humanitaria': 'aid',
  'muerte': 'death',
};
