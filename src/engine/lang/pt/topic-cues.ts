/**
 * Portuguese words mapped to the English words the topic and policy models
 * were fitted on (accents folded, lower case). `stem*` matches words starting
 * with the stem, `*end` words ending with it.
 */
export const TOPIC_CUES_PT: Readonly<Record<string, string>> = {
  'governo*': 'government', 'ministro*': 'minister', 'ministra*': 'minister', 'ministerio*': 'ministry', 'congresso': 'congress',
  'senado*': 'senate', 'deputado*': 'lawmaker', 'camara': 'house', 'parlamento*': 'parliament', 'lei': 'law', 'leis': 'law', 'projeto de lei': 'bill',
  'decreto*': 'decree', 'presidente*': 'president', 'presidencial*': 'presidential', 'prefeit*': 'mayor', 'governador*': 'governor',
  'politic*': 'political', 'partido*': 'party', 'eleic*': 'election', 'eleitor*': 'voter', 'eleitora*': 'election', 'urna*': 'ballot',
  'voto*': 'vote', 'votac*': 'vote', 'candidat*': 'candidate', 'campanha': 'campaign', 'pesquisa*': 'poll', 'constituic*': 'constitution',
  'emenda*': 'amendment', 'constitucional': 'constitutional', 'indulto': 'pardon', 'renuncia*': 'resign', 'corrupc*': 'corruption',
  'escandalo*': 'scandal', 'fraude*': 'fraud', 'oposicao': 'opposition', 'reforma*': 'reform', 'autoridades': 'authorities', 'imposto*': 'tax',
  'orcamento*': 'budget', 'divida': 'debt', 'inflacao': 'inflation', 'economia*': 'economy', 'desemprego': 'unemployment', 'juros': 'interest rate',
  'discriminac*': 'discrimination', 'igualdade': 'equality', 'mulheres': 'women', 'direitos': 'rights', 'saude': 'health', 'hospita*': 'hospital',
  'medico*': 'doctor', 'vacina*': 'vaccine', 'pandemia': 'pandemic', 'covid*': 'covid', 'drogas': 'drug', 'agricult*': 'agriculture',
  'agropecuari*': 'agriculture', 'trabalhador*': 'worker', 'emprego*': 'job', 'trabalho': 'labor', 'trabalhista*': 'labor', 'sindicato*': 'union', 'salario*': 'wage', 'greve*': 'strike',
  'aposentadoria*': 'pension', 'escola*': 'school', 'aluno*': 'student', 'estudante*': 'student', 'professor*': 'teacher', 'universidade*': 'university',
  'educac*': 'education', 'clima*': 'climate', 'ambienta*': 'environment', 'meio ambiente': 'environment', 'desmatamento': 'deforestation',
  'poluic*': 'pollution', 'energia*': 'energy', 'eletric*': 'electricity', 'solar*': 'solar', 'petroleo': 'oil', 'migra*': 'immigration',
  'migrante*': 'migrant', 'imigra*': 'immigration', 'refugiado*': 'refugee', 'fronteira*': 'border', 'transporte*': 'transportation',
  'rodovia*': 'highway', 'aeroporto*': 'airport', 'transito': 'traffic', 'policia*': 'police', 'crime*': 'crime', 'criminal*': 'crime',
  'prisao': 'prison', 'preso*': 'prison', 'condenad*': 'convicted', 'procurador*': 'prosecutor', 'homicidio*': 'murder', 'assassinato*': 'murder',
  'violencia': 'violence', 'seguranca': 'security', 'tribunal*': 'court', 'supremo': 'supreme court', 'juiz*': 'judge', 'juiza': 'judge',
  'julgamento': 'trial', 'pobreza': 'poverty', 'familia*': 'family', 'moradia*': 'housing', 'aluguel': 'rent', 'empresa*': 'company',
  'banco*': 'bank', 'consumidor*': 'consumer', 'mercado*': 'market', 'turismo': 'tourism', 'militar*': 'military', 'exercito': 'army',
  'forcas armadas': 'military', 'soldado*': 'soldier', 'guerra': 'war', 'defesa': 'defense', 'arma*': 'weapon', 'hacker*': 'hacker',
  'dados': 'data', 'internet': 'internet', 'digital*': 'digital', 'tecnolog*': 'technology', 'sistema*': 'system', 'codigo-fonte': 'software',
  'redes sociais': 'social media', 'comercio': 'trade', 'comercia*': 'trade', 'tarifa*': 'tariff', 'exportac*': 'export', 'importac*': 'import',
  'chanceler*': 'foreign minister', 'itamaraty': 'foreign ministry', 'diplomat*': 'diplomat', 'embaixad*': 'embassy', 'sanc*': 'sanction',
  'cupula': 'summit', 'tratado*': 'treaty', 'negociac*': 'talks', 'internacional*': 'international', 'estrangeir*': 'foreign', 'indigena*': 'indigenous',
  'terras': 'land', 'cultura*': 'culture', 'museu*': 'museum', 'patrimonio': 'heritage', 'igreja*': 'church', 'religi*': 'religion',
  'futebol': 'soccer', 'jogo': 'game', 'jogos': 'game', 'time': 'team', 'equipe*': 'team', 'tecnico': 'coach', 'campeonato*': 'championship',
  'temporada': 'season', 'jogador*': 'player', 'piloto*': 'driver', 'corrida*': 'race', 'formula': 'racing', 'gol': 'goal', 'gols': 'goal',
  'pontos': 'point', 'classificac*': 'standing', 'filme*': 'film', 'musica*': 'music', 'cientista*': 'scientist', 'pesquisador*': 'researcher',
  'estudo': 'study', 'especie*': 'species', 'receita*': 'recipe', 'viagem': 'travel', 'acidente*': 'accident', 'incendio*': 'fire',
  'dentista*': 'dentist', 'dente*': 'tooth', 'odontolog*': 'dentist', 'tratamento*': 'treatment', 'paciente*': 'patient',
};
