/**
 * Portuguese words mapped to the English words the topic and policy models
 * were fitted on (accents folded, lower case), a broad everyday vocabulary per
 * CAP major topic. `stem*` matches words starting with the stem, `*end` words
 * ending with it, phrases are words separated by spaces.
 */
export const TOPIC_CUES_PT: Readonly<Record<string, string>> = {
  // Government and elections
  'governo*': 'government', 'governament*': 'government', 'ministro*': 'minister', 'ministra*': 'minister', 'ministerio*': 'ministry',
  'congresso': 'congress', 'senado*': 'senate', 'senador*': 'senator', 'deputado*': 'lawmaker', 'parlamentar*': 'lawmaker', 'camara': 'house',
  'parlamento*': 'parliament', 'assembleia*': 'assembly', 'legislativ*': 'legislature', 'lei': 'law', 'leis': 'law', 'projeto de lei': 'bill',
  'decreto*': 'order', 'regulamenta*': 'regulation', 'presidente*': 'president', 'presidencia': 'president', 'presidencial*': 'presidential',
  'prefeit*': 'mayor', 'governador*': 'governor', 'politic*': 'political', 'partido*': 'party', 'eleic*': 'election', 'eleitora*': 'election',
  'eleitor*': 'voter', 'voto': 'vote', 'votos': 'vote', 'votac*': 'vote', 'candidat*': 'candidate', 'campanha eleitoral': 'campaign',
  'pesquisa eleitoral': 'poll', 'plebiscito': 'referendum', 'referendo': 'referendum', 'constituic*': 'constitution', 'constitucional': 'constitution',
  'emenda*': 'amendment', 'renuncia*': 'resign', 'corrupc*': 'corruption', 'propina*': 'bribery', 'escandalo*': 'scandal', 'oposicao': 'opposition',
  'reforma*': 'reform', 'autoridades': 'authorities', 'servidor* public*': 'official', 'administrac*': 'administration', 'democracia': 'democracy',
  'coalizao': 'coalition', 'comissao': 'committee', 'impeachment': 'impeachment',
  // Macroeconomics
  'imposto*': 'tax', 'tributari*': 'tax', 'tributo*': 'tax', 'fiscal': 'fiscal', 'orcamento*': 'budget', 'orcamentari*': 'budget', 'divida': 'debt',
  'deficit': 'deficit', 'inflacao': 'inflation', 'economia*': 'economy', 'economic*': 'economic', 'crescimento': 'growth', 'recessao': 'recession',
  'pib': 'economy', 'banco central': 'central bank', 'juros': 'interest rate', 'bolsa de valores': 'stock', 'precos': 'price', 'gastos publicos': 'spending',
  'financas': 'finance', 'financeir*': 'financial',
  // Civil rights
  'discriminac*': 'discrimination', 'igualdade': 'equality', 'desigualdade*': 'equality', 'genero': 'gender', 'mulheres': 'women',
  'feminis*': 'women', 'direitos': 'rights', 'direitos humanos': 'human rights', 'liberdade de expressao': 'free speech',
  'liberdade de imprensa': 'press freedom', 'jornalist*': 'journalist', 'censura': 'censor', 'aborto*': 'abortion', 'homossexua*': 'gay',
  'lgbt*': 'gay', 'racis*': 'racial', 'minoria*': 'minority', 'privacidade': 'privacy', 'protesto*': 'protest', 'manifestac*': 'protest',
  'manifestante*': 'protester',
  // Health
  'saude': 'health', 'sanitari*': 'health', 'hospita*': 'hospital', 'clinica*': 'hospital', 'medico*': 'doctor', 'medica': 'doctor', 'medicas': 'doctor',
  'paciente*': 'patient', 'doenca*': 'disease', 'vacina*': 'vaccine', 'pandemia': 'epidemic', 'epidemia': 'epidemic', 'virus': 'virus',
  'covid*': 'virus', 'cancer': 'cancer', 'medicamento*': 'drug', 'remedio*': 'drug', 'drogas': 'drug', 'tabaco': 'tobacco', 'sus': 'health',
  'plano de saude': 'health insurance', 'enfermeir*': 'nurse', 'tratamento*': 'treatment',
  // Agriculture
  'agricult*': 'agriculture', 'agricola*': 'agriculture', 'agropecuari*': 'agriculture', 'agronegocio': 'agriculture', 'lavoura*': 'crop',
  'safra*': 'crop', 'colheita*': 'crop', 'pecuari*': 'farm', 'fazenda*': 'farm', 'fazendeiro*': 'farmer', 'alimentos': 'food', 'alimentar': 'food', 'carne': 'meat',
  'agrotox*': 'farm', 'pesca': 'fish',
  // Labor
  'trabalhador*': 'worker', 'emprego*': 'job', 'empregado*': 'employee', 'trabalho': 'labor', 'trabalhista*': 'labor', 'sindica*': 'union',
  'salario*': 'wage', 'salarial*': 'wage', 'greve*': 'strike', 'aposentadoria*': 'retirement', 'aposentad*': 'retiree', 'previdencia': 'pension',
  'desemprego': 'unemployment', 'demiss*': 'layoff', 'empregador*': 'employer', 'clt': 'labor',
  // Education
  'escola*': 'school', 'escolar*': 'school', 'aluno*': 'student', 'estudante*': 'student', 'professor*': 'teacher', 'docente*': 'teacher',
  'universidade*': 'university', 'universitari*': 'university', 'educac*': 'education', 'educacional*': 'education', 'ensino': 'education',
  'enem': 'exam', 'vestibular': 'exam', 'mensalidade*': 'tuition',
  // Environment
  'clima*': 'climate', 'climatic*': 'climate', 'ambienta*': 'environment', 'meio ambiente': 'environment', 'desmatamento': 'forest',
  'floresta*': 'forest', 'poluic*': 'pollution', 'poluente*': 'pollution', 'emissao': 'emission', 'emissoes': 'emission', 'aquecimento global': 'global warming',
  'carbono': 'carbon', 'lixo': 'trash', 'residuo*': 'waste', 'reciclagem': 'waste', 'especie*': 'species', 'queimada*': 'fire',
  // Energy
  'energia*': 'energy', 'energetic*': 'energy', 'eletric*': 'electricity', 'solar*': 'solar', 'eolic*': 'wind', 'nuclear*': 'nuclear',
  'petroleo': 'oil', 'petrolifer*': 'oil', 'petrobras': 'oil', 'gas': 'gas', 'gasolina': 'gasoline', 'combustive*': 'fuel', 'carvao': 'coal',
  'mineracao': 'mining', 'apagao': 'blackout', 'hidreletric*': 'electricity', 'usina*': 'plant',
  // Immigration
  'migra*': 'immigration', 'migrante*': 'migrant', 'imigra*': 'immigration', 'refugiado*': 'refugee', 'asilo': 'asylum', 'deporta*': 'deportation',
  'fronteira*': 'border', 'cidadania': 'citizenship', 'estrangeiros': 'immigrant',
  // Transportation
  'transporte*': 'transit', 'rodovia*': 'highway', 'estrada*': 'road', 'aeroporto*': 'airport', 'companhia aerea': 'airline',
  'aerea*': 'air', 'voo': 'flight', 'voos': 'flight', 'transito': 'traffic', 'trem': 'train', 'trens': 'train', 'ferrovi*': 'rail', 'metro': 'subway',
  'onibus': 'bus', 'veiculo*': 'vehicle', 'carro*': 'car', 'motorista*': 'driver', 'passageiro*': 'passenger', 'porto': 'port', 'portos': 'port',
  // Law and crime
  'policia*': 'police', 'policial*': 'police', 'crime*': 'crime', 'criminal*': 'crime', 'criminos*': 'crime', 'prisao': 'prison',
  'presidio*': 'prison', 'preso*': 'inmate', 'detento*': 'inmate', 'condenad*': 'convicted', 'condenac*': 'convicted', 'procurador*': 'prosecutor',
  'ministerio publico': 'prosecutor', 'homicidio*': 'murder', 'assassinato*': 'murder', 'violencia': 'violence', 'seguranca publica': 'crime',
  'tribunal*': 'court', 'supremo': 'supreme court', 'stf': 'supreme court', 'juiz*': 'judge', 'juiza': 'judge', 'julgamento': 'trial',
  'sentenca*': 'sentence', 'reu': 'charge', 'acusad*': 'charge', 'denuncia*': 'charge', 'investigac*': 'investigation', 'inquerito*': 'investigation',
  'fraude*': 'fraud', 'vitima*': 'victim', 'advogad*': 'lawyer', 'trafico de drogas': 'drug', 'traficante*': 'drug', 'terroris*': 'terrorism',
  'roubo*': 'theft', 'sequestro*': 'kidnapping', 'abuso*': 'abuse', 'armas de fogo': 'gun', 'quadrilha*': 'gang', 'faccao': 'gang',
  // Social welfare
  'pobreza': 'poverty', 'pobres': 'poor', 'bolsa familia': 'welfare', 'assistencia social': 'welfare', 'auxilio*': 'welfare', 'beneficio*': 'benefit',
  'familia*': 'family', 'criancas': 'child', 'infancia': 'child', 'deficiencia*': 'disability', 'fome': 'hunger', 'previdencia social': 'social security',
  // Housing
  'moradia*': 'housing', 'habitac*': 'housing', 'aluguel': 'rent', 'alugueis': 'rent', 'inquilino*': 'tenant', 'imobiliari*': 'real estate',
  'despejo*': 'eviction', 'sem-teto': 'homeless', 'moradores de rua': 'homeless', 'urbanismo': 'urban',
  // Domestic commerce
  'empresa*': 'company', 'empresari*': 'business', 'companhia*': 'company', 'banco*': 'bank', 'bancari*': 'bank', 'consumidor*': 'consumer',
  'mercado*': 'market', 'turismo': 'tourism', 'falencia': 'bankruptcy', 'recuperacao judicial': 'bankruptcy', 'fusao': 'merger', 'fusoes': 'merger',
  'investidor*': 'investor', 'investimento*': 'investment', 'acionista*': 'investor', 'negocio*': 'business', 'varejo': 'retailer',
  'concorrencia': 'antitrust', 'seguradora*': 'insurance', 'direitos autorais': 'copyright', 'lucro*': 'profit', 'vendas': 'sale',
  // Defense
  'militar*': 'military', 'exercito': 'army', 'forcas armadas': 'military', 'soldado*': 'soldier', 'tropa*': 'troops', 'guerra': 'war',
  'defesa': 'defense', 'arma': 'weapon', 'armas': 'weapon', 'armamento*': 'arms', 'missil': 'missile', 'misseis': 'missile',
  'inteligencia': 'intelligence', 'espionagem': 'spy', 'ataque*': 'attack', 'bomba*': 'bomb', 'bombarde*': 'bomb', 'otan': 'nato', 'marinha': 'navy',
  // Technology
  'hacker*': 'hacker', 'ciberataque*': 'hacker', 'ciberseguranca': 'hacker', 'informatic*': 'computer', 'computador*': 'computer',
  'dados': 'data', 'internet': 'internet', 'online': 'online', 'digita*': 'digital', 'tecnolog*': 'technology', 'redes sociais': 'social media',
  'plataforma*': 'platform', 'telecomunicac*': 'communication', 'telefon*': 'phone', 'celular*': 'cellphone', 'satelite*': 'satellite',
  'espacial*': 'space', 'inteligencia artificial': 'computer', 'software*': 'software', 'aplicativo*': 'software', 'usuario*': 'user',
  'televisao': 'television', 'radio': 'radio', 'imprensa': 'media',
  // Foreign trade
  'comercio': 'trade', 'comercia*': 'trade', 'tarifa*': 'tariff', 'exportac*': 'export', 'exportador*': 'export', 'importac*': 'import',
  'livre comercio': 'free trade', 'cambio': 'currency', 'dolar': 'dollar', 'moeda': 'currency', 'mercosul': 'trade', 'omc': 'trade',
  // International affairs
  'chanceler*': 'foreign minister', 'itamaraty': 'foreign ministry', 'relacoes exteriores': 'foreign ministry', 'diplomat*': 'diplomat',
  'embaixad*': 'embassy', 'sancoes': 'sanction', 'cupula': 'summit', 'tratado*': 'treaty', 'negociac*': 'talks', 'internacional*': 'international',
  'estrangeir*': 'foreign', 'nacoes unidas': 'united nations', 'onu': 'united nations', 'uniao europeia': 'european', 'europe*': 'european',
  'paz': 'peace', 'cessar-fogo': 'truce', 'relacoes': 'relations', 'conflito*': 'conflict', 'regime': 'regime', 'rebelde*': 'rebel',
  'bilatera*': 'relations', 'soberania': 'sovereignty',
  // Public lands
  'indigena*': 'tribe', 'terras': 'land', 'territori*': 'territory', 'demarcac*': 'land', 'parque* nacional*': 'national park',
  'unidade* de conservacao': 'park', 'agua': 'water', 'rios': 'river', 'litoral': 'coast',
  // Culture
  'cultura*': 'culture', 'cultural*': 'culture', 'museu*': 'museum', 'patrimonio': 'heritage', 'arte': 'art', 'artista*': 'artist',
  'teatro*': 'theater', 'livro*': 'book', 'escritor*': 'writer', 'romance': 'novel', 'filme*': 'film', 'cinema': 'movie', 'musica*': 'music',
  'album': 'music', 'show': 'music', 'exposic*': 'museum',
  // Not policy: religion, sport, science, everyday life, disasters
  'igreja*': 'church', 'religi*': 'religion', 'bispo*': 'bishop', 'papa': 'pope', 'futebol': 'soccer', 'jogo': 'game', 'jogos': 'game',
  'time': 'team', 'equipe*': 'team', 'torneio*': 'tournament', 'temporada': 'season', 'jogador*': 'player', 'gol': 'goal',
  'gols': 'goal', 'cientista*': 'scientist', 'pesquisador*': 'researcher', 'estudo': 'study', 'cozinha*': 'food',
  'restaurante*': 'restaurant', 'viagem': 'travel', 'ferias': 'vacation', 'acidente*': 'accident', 'incendio*': 'fire', 'terremoto*': 'earthquake',
  'tempestade*': 'storm', 'enchente*': 'flood', 'inundac*': 'flood', 'morte': 'death',
};
