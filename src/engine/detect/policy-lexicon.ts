import type { CapTopic } from '../types.ts';

/**
 * Hand-written term lists for policy detection and CAP topic coding.
 * Each list is per language (`any` holds names and acronyms read the same
 * everywhere), because a word of one language is often a function word of
 * another (Spanish "sus", French "car"). Accents are folded before matching.
 *
 * Each group is [weight, terms]: 3 = said almost only about this subject,
 * 2 = usually, 1 = a supporting cue. Terms are comma-separated; `*` ends a
 * stem; spaces make a phrase (a phrase wins over the single words inside it,
 * so "health minister" is politics, not health).
 */
export type WeightedTerms = [number, string][];
export type Lexicon = Partial<Record<LexiconLanguage, WeightedTerms>>;
export const LEXICON_LANGUAGES = ['any', 'en', 'fr', 'de', 'es', 'pt'] as const;
export type LexiconLanguage = (typeof LEXICON_LANGUAGES)[number];

/** Cues that a text is about politics and government at all, whatever the subject. */
export const POLITICS: Lexicon = {
  any: [[2, 'nato, g7, g20, imf, wto, gop, ukip, spd, cdu, csu, fdp, afd, psoe, psdb, mdb, lrem, stf, tse']],
  en: [
    [2, 'un, eu, health minister*, health secretary, education secretary, education minister*, interior minister*, home secretary, finance minister*, defense secretary, defence secretary, foreign minister*, trade minister*, energy minister*, labor secretary, labour secretary, environment minister*'],
    [3, 'legislation, legislat*, lawmaker*, parliament*, congress, congressional, congressman, congresswoman, senator*, senate, ministry, ministries, minister*, prime minister, cabinet minister*, government*, governmental, regulator*, policymaker*, policy makers, referendum*, ruling party, opposition party, white house, downing street, kremlin, european commission, european parliament, united nations, supreme court, constitutional court, executive order*, statute*, house of representatives, house speaker, speaker of the house, democrats, republicans, democratic party, republican party, labour party, conservative party, tories, bipartisan, partisan, administration officials, federal government, state legislature*, city council, town council, governor*, secretary of state, attorney general, public policy, election*, electoral, voters, campaign trail'],
    [2, 'president, presidential, presidency, mayor*, politician*, political, politically, politics, officials, authorities, administration, federal, state department, vote, votes, voted, voting, ballot*, sanction*, treaty, treaties, diplomat*, summit, reform*, taxpayer*, public funds, public money, court ruling*, ruled, judge*, regulation*, regulatory, policy, policies, law, laws, legal challenge*, lawsuit*, protest*, activist*, campaign*, candidate*, citizens, nationalist*, regime*, sovereignty, constitution*, mandate, ministers, premier, chancellor, leader of, coalition*, opposition, parliamentary'],
    [1, 'bill, bills, official, state, states, nation*, country, countries, public, court, courts, agency, agencies, rights, security, reform, power'],
  ],
  fr: [
    [2, 'ue, lr, ministre de la sante, ministre de l interieur, ministre de l education, ministre des finances, ministre de l economie, ministre de la defense, ministre des affaires etrangeres, ministre de la culture, ministre du travail'],
    [3, 'gouvernement*, ministre*, ministere*, parlement*, parlementaire*, depute*, senateur*, senat, assemblee nationale, projet de loi, proposition de loi, politique publique, elysee, matignon, reglementation*, legislati*, premier ministre, conseil constitutionnel, conseil d etat, election*, electora*, electeur*, electrice*, referendum'],
    [2, 'president*, presidentiel*, maire*, politique*, politicien*, elu, elus, elue*, autorites, scrutin*, parti, partis, reforme*, sanction*, traite, diplomat*, sommet, tribunal, juge*, justice, loi, lois, decret*, manifestation*, militant*, opposition, majorite, gauche, droite, citoyen*, vote*, voter, pouvoirs publics, etat, collectivite*'],
    [1, 'public, publique, pays, nation*, securite, droits'],
  ],
  de: [
    [2, 'eu, gesundheitsminister*, innenminister*, finanzminister*, aussenminister*, verteidigungsminister*, kulturminister*, verkehrsminister*, arbeitsminister*, bildungsminister*, *minister, *ministerin, *ministerium, *regierung, *gesetz, *gesetzes, *politik, *politiker, *partei, *parteien, *wahl, *wahlen'],
    [3, 'regierung*, bundesregierung, landesregierung, minister*, ministerium, bundestag, bundesrat, landtag, abgeordnete*, gesetz, gesetze, gesetzes, gesetzentwurf*, gesetzgeb*, verordnung*, bundeskanzler*, kanzlerin, koalition*, opposition, behorde*, politik, politiker*, politisch*, wahl, wahlen, wahlkampf*, bundesverfassungsgericht, parlament*, volksabstimmung'],
    [2, 'prasident*, burgermeister*, partei*, abstimmung*, reform*, sanktion*, vertrag, diplomat*, gipfel*, gericht*, richter*, staat, staaten, staatlich*, bundes*, behorden, verwaltung*, beschluss, beschlossen, kritiker*, demonstr*, protest*, burger*, offentlich*'],
    [1, 'land, lander, sicherheit, rechte, recht'],
  ],
  es: [
    [2, 'ue, pp, ministro de salud, ministra de salud, ministerio de salud, ministro de economia, ministro de hacienda, ministro de educacion, ministro de defensa, ministro del interior, ministro de cultura, ministro de trabajo'],
    [3, 'gobierno*, ministro*, ministra*, ministerio*, congreso, senado*, diputado*, parlamento*, proyecto de ley, decreto*, regulacion*, normativa*, presidente del gobierno, legislativ*, eleccion*, electoral*, comicios, casa rosada, moncloa, poder ejecutivo, poder judicial, tribunal supremo, corte suprema'],
    [2, 'presidente*, presidencial*, alcalde*, gobernador*, politic*, autoridades, partido*, reforma*, sancion*, tratado*, diplomat*, cumbre*, tribunal*, juez*, justicia, estado, estatal*, ley, leyes, oposicion, votacion*, votos, votar, ciudadan*, manifestacion*, protesta*, activista*, soberania, constitucion*'],
    [1, 'pais, paises, nacion*, publico, publica, seguridad, derechos'],
  ],
  pt: [
    [2, 'pt, ue, ministro da saude, ministerio da saude, ministro da economia, ministro da fazenda, ministro da educacao, ministro da defesa, ministro da justica, ministro da cultura, ministro do trabalho'],
    [3, 'governo*, ministro*, ministra*, ministerio*, congresso, senado*, deputado*, camara dos deputados, projeto de lei, decreto*, regulamenta*, planalto, supremo tribunal, tribunal superior eleitoral, eleic*, eleitor*, urnas, urna eletronica, legislativ*'],
    [2, 'presidente*, presidencial*, prefeit*, governador*, politic*, autoridades, partido*, reforma*, sanc*, tratado*, diplomat*, cupula, tribunal*, juiz*, justica, estado, estadual, federal, lei, leis, oposicao, votac*, votos, votar, cidada*, manifestac*, protesto*, ativista*, constituic*, bolsonaro, lula'],
    [1, 'pais, paises, nac*, publico, publica, seguranca, direitos'],
  ],
};

/** Cues that a text is about something other than public policy: sport, science, technology, business, culture, lifestyle. */
export const NOT_POLICY: Lexicon = {
  any: [[3, 'nfl, nba, nhl, mlb, mls, nascar, fifa, uefa, atp, wta, nasa, iphone, ipad, android, macos, ios, playstation, xbox, nintendo, netflix, spotify, minecraft']],
  en: [
    [3, 'football, soccer, quarterback*, touchdown*, goalkeeper*, striker*, midfielder*, defender*, playoff*, tournament*, championship*, grand prix, tennis, golf, golfer*, cricket, rugby, olympic*, head coach, coaches, coaching, premier league, champions league, world cup, transfer window, scored, goals, teammate*, locker room, the season, this season, last season, match, matches, game against, stadium*, boxing, baseball, basketball, hockey, racing, race car, athlete*, sportsman, sportswoman, manager of, club*'],
    [3, 'scientist*, researcher*, astronaut*, spacecraft, space station, telescope*, species, physicist*, physics, biologist*, biology, chemist*, chemistry, laboratory, experiment*, the study, study published, peer review*, hypothes*, molecul*, protein*, genome*, genes, genetic*, fossil*, solar system, hibernat*, orbit*, asteroid*, planet*, galax*, mars, lunar, dinosaur*, evolution*, neuron*, particle*, clinical trial*, trial results, side effect*, study found, study finds, researchers found, medical conference, medical journal, preclinical, placebo, antarctic*, glacier*, ice sheet*, temperature record*, meteorolog*'],
    [2, 'software, app, apps, smartphone*, gadget*, laptop*, desktop, browser*, update, updates, version, download*, password*, gamer*, video game*, gaming, server*, exploits, programmer*, users, user, startup*, bug, bugs, patch*, plugin*, open source, github, source code, hackers, vulnerability, firmware, chip*, processor*'],
    [2, 'recipe*, cooking, kitchen*, fashion*, celebrit*, movie*, films, filmmaker*, album*, singer*, actress*, hollywood, tv series, box office, vacation*, hotel*, restaurant*, garden*, gardening, terrarium*, decor*, wellness, diet pill*, dieting, fitness, weight loss, beauty, makeup, wedding*, dating, pets, how to, tips'],
    [1, 'customer*, shopper*, retailer*, grocer*, brand*, store, stores, products, sales, revenue*, profit*, earnings, shares, stock price, investor*, ceo, chief executive, market share, fishing boat*, fishermen, consumers, buyers, seafood, fish, halibut, menu'],
  ],
  fr: [
    [3, 'football, footballeur*, entraineur*, joueur*, joueuse*, equipe de france, ligue 1, championnat*, coupe du monde, match, matchs, tennis, cyclisme, tour de france, rugby, essai clinique, essais cliniques, effets secondaires, scientifique*, chercheur*, astronome*, astronaute*, espece*, physicien*, laboratoire*, etude publiee, molecule*, planete*, galaxie*, logiciel*, mise a jour, smartphone*, jeu video, jeux video, recette*, cuisine*, cinema, film*, chanteu*, acteur*, actrice*, album*'],
    [1, 'client*, marque*, produit*, ventes, chiffre d affaires, benefice*, actionnaire*'],
  ],
  de: [
    [3, 'fussball*, trainer*, spieler*, spielerin*, mannschaft*, bundesliga, champions league, weltmeister*, tor, tore, saison, tennis, olympi*, wissenschaftler*, forscher*, forscherin*, klinische studie*, nebenwirkung*, astronaut*, raumfahrt*, physiker*, labor, molekul*, planet*, galaxie*, software, app, apps, update, version, passwort*, passworter, browser, smartphone*, iphone, mac, entwickler*, rezept*, kochen, kuche, kino, film*, sanger*, schauspieler*, album'],
    [1, 'nutzer, kunde*, kunden, marke*, produkt*, umsatz, gewinn*, aktie*, anleger*, preis, preise'],
  ],
  es: [
    [3, 'futbol, futbolista*, entrenador*, jugador*, seleccion nacional, liga, campeonato*, copa mundial, copa america, copa libertadores, gol, goles, partido de futbol, estadio*, tenis, baloncesto, cientifico*, cientifica*, investigador*, investigadora*, astronauta*, especie*, laboratorio*, estudio publicado, ensayo clinico, ensayos clinicos, efectos secundarios, molecula*, planeta*, galaxia*, glaciar*, antartida, temperatura*, meteorolog*, software, actualizacion*, telefono movil, videojuego*, receta*, cocina*, moda, cine, pelicula*, cantante*, actor, actriz, album'],
    [1, 'cliente*, marca*, producto*, ventas, beneficio*, accionista*'],
  ],
  pt: [
    [3, 'futebol, jogador*, treinador*, tecnico da selecao, selecao brasileira, selecao, campeonato*, libertadores, copa do mundo, copa america, gol, gols, torcida, torcedor*, estadio*, tenis, automobilismo, piloto*, classificacao, cientista*, pesquisador*, pesquisadora*, astronauta*, especie*, laboratorio*, estudo publicado, ensaio clinico, ensaios clinicos, efeitos colaterais, molecula*, planeta*, galaxia*, software, aplicativo*, atualizac*, celular*, videogame*, receita*, cozinha*, moda, cinema, filme*, cantor*, ator, atriz, novela*, album'],
    [1, 'cliente*, marca*, produto*, vendas, lucro*, acionista*'],
  ],
};

/** Terms of each CAP major topic. Coded by subject: an election anywhere is Government Operations. */
export const TOPICS: Record<CapTopic, Lexicon> = {
  Macroeconomics: {
    any: [[3, 'ecb, gdp, imf']],
    en: [
      [3, 'inflation, interest rate*, central bank*, federal reserve, monetary policy, fiscal policy, budget deficit, national debt, public debt, debt ceiling, recession, tax cut*, tax increase*, tax reform, income tax*, taxation, austerity, stimulus package, economic stimulus, unemployment rate, economic growth, economic policy, treasury secretary, chancellor of the exchequer, government spending, public spending, deficit*'],
      [1, 'economy, economic*, economist*, budget*, debt, taxes, tax, spending, growth, treasury'],
    ],
    fr: [[3, 'taux directeur*, banque centrale, dette publique, deficit*, croissance economique, impot*, fiscalit*, budget de l etat, politique budgetaire, austerite, inflation, recession'], [1, 'economie, economique*, budget*, dette']],
    de: [[3, 'zinsen, leitzins*, zentralbank, notenbank, inflation, inflationsrate, staatsverschuldung, schuldenbremse, staatshaushalt, bundeshaushalt, haushalt*, steuer*, konjunktur*, rezession, wirtschaftspolitik, wirtschaftswachstum'], [1, 'wirtschaft*, okonom*, schulden']],
    es: [[3, 'tasa de interes, tasas de interes, banco central, deuda publica, deficit*, impuesto*, inflacion, recesion, crecimiento economico, politica economica, presupuesto*, hacienda, austeridad'], [1, 'economia, economic*, deuda']],
    pt: [[3, 'juros, taxa selic, selic, banco central, divida publica, deficit*, imposto*, inflac*, recessao, crescimento economico, politica economica, orcamento*, teto de gastos, reforma tributaria'], [1, 'economia, economic*, divida']],
  },
  'Civil Rights': {
    en: [
      [3, 'civil rights, civil liberties, discriminat*, racism, racist*, racial, race relations, racial justice, equal rights, same-sex marriage, gay marriage, gay rights, lgbt*, transgender, abortion*, voting rights, freedom of speech, free speech, freedom of expression, hate speech, privacy rights, right to privacy, censorship, gender equality, women s rights, minority rights, religious freedom, affirmative action, segregation, black lives matter, police brutality'],
      [1, 'rights, equality, freedom, minorities, minority, women, gender'],
    ],
    fr: [[3, 'droits civiques, discrimination*, racisme, raciste*, avortement, egalite des droits, liberte d expression, libertes publiques, libertes individuelles, vie privee, mariage pour tous, droits des femmes, homophob*'], [1, 'droits, egalite, liberte*']],
    de: [[3, 'burgerrechte, grundrechte, diskriminierung*, rassismus, rassist*, abtreibung*, meinungsfreiheit, pressefreiheit, zensur, gleichberechtigung, ehe fur alle, privatsphare, hassrede, hasskommentar*, hetze'], [1, 'rechte, freiheit, gleichstellung']],
    es: [[3, 'derechos civiles, discriminacion, racismo, racista*, aborto, libertad de expresion, igualdad de genero, matrimonio igualitario, censura, privacidad, derechos de las mujeres'], [1, 'derechos, igualdad, libertad']],
    pt: [[3, 'direitos civis, discriminacao, racismo, racista*, aborto, liberdade de expressao, igualdade de genero, casamento gay, censura, privacidade, direitos das mulheres'], [1, 'direitos, igualdade, liberdade']],
  },
  Health: {
    any: [[3, 'nhs, cdc, fda, medicaid, medicare, obamacare, covid']],
    en: [
      [3, 'health care, healthcare, public health, health insurance, health policy, affordable care act, hospital*, patient*, vaccin*, flu shot*, pandemic*, epidemic*, coronavirus, disease*, drug abuse, opioid*, meth, methamphetamine, addiction*, overdose*, tobacco, smoking, mental health, world health organization, health officials, health department, prescription drug*, drug prices, nursing home*, outbreak*, infection*, lockdown*'],
      [2, 'doctor*, physician*, nurse*, medical, medicine*, clinic*, treatment*, illness*, health'],
      [1, 'sick, death*, died, mortality, drug, drugs'],
    ],
    fr: [[3, 'sante publique, systeme de sante, hopital*, hopitaux, medecin*, maladie*, vaccin*, patient*, epidemie, pandemie, covid*, confinement, assurance maladie, securite sociale'], [2, 'sante, soins, infirmi*']],
    de: [[3, 'gesundheitswesen, gesundheitspolitik, krankenhaus*, krankenhauser, krankenkasse*, krankenversicherung, arzt, arzte, arztin*, patient*, impf*, pandemie, epidemie, corona*, krankheit*, pflege*'], [2, 'gesundheit*, medizin*']],
    es: [[3, 'salud publica, sistema de salud, sanidad, hospital*, medico*, medica*, enfermedad*, vacuna*, paciente*, pandemia, epidemia, coronavirus'], [2, 'salud, sanitari*']],
    pt: [[3, 'saude publica, sistema unico de saude, hospital*, hospitais, medico*, medica*, doenca*, vacina*, paciente*, pandemia, epidemia, coronavirus, sus'], [2, 'saude, sanitari*']],
  },
  Agriculture: {
    en: [[3, 'agricultur*, farmer*, farm bill, farming, crop*, livestock, cattle, dairy farm*, pesticide*, food safety, fisheries, fishing quota*, usda, farm subsid*'], [1, 'farm*, harvest*, ranch*']],
    fr: [[3, 'agricole*, agriculteur*, agriculture, eleveur*, elevage, pesticide*, recolte*, peche'], [1, 'ferme*']],
    de: [[3, 'landwirt*, bauern, bauer, agrar*, viehzucht, pestizid*, ernte*, glyphosat, fischerei'], [1, 'hof']],
    es: [[3, 'agricultor*, agricultura, agropecuari*, ganader*, cosecha*, cultivo*, pesticida*, campesino*, pesca'], [1, 'campo']],
    pt: [[3, 'agricultor*, agricultura, agropecuari*, agronegocio, ruralista*, pecuari*, safra*, agrotoxico*, lavoura*, pesca'], [1, 'campo']],
  },
  Labor: {
    en: [
      [3, 'labor relations, labour relations, industrial relations, labor union*, labour union*, trade union*, unions, union members, minimum wage, workers rights, walkout*, collective bargaining, employment, unemployment, unemployed, jobless, job losses, job cuts, layoff*, workforce, pension*, retirement age, overtime, workplace safety, labor market, labour market, labor department, working conditions'],
      [2, 'workers, strike, strikes, striking, walked out, pay rise*, pay dispute*, pay deal*, pay freeze, over pay'], [1, 'pay, worker, wage*, salary, salaries, jobs, job, labor, labour, employer*, employee*, hiring'],
    ],
    fr: [[3, 'chomage, chomeur*, syndicat*, syndical*, emploi*, salaire minimum, smic, greve*, retraite*, droit du travail, marche du travail, licenciement*, salaries'], [1, 'travail*, salaire*, employeur*']],
    de: [[3, 'arbeitslos*, arbeitsmarkt*, beschaftig*, erwerbs*, gewerkschaft*, mindestlohn, arbeitnehmer*, arbeitsagentur, bundesagentur fur arbeit, kurzarbeit*, streik*, rente, renten*, tarif*, stellenabbau, fachkrafte*'], [1, 'arbeit*, lohn, lohne, job*, arbeitgeber*']],
    es: [[3, 'desempleo, desempleado*, paro, sindicato*, sindical*, empleo*, salario minimo, huelga*, jubilacion*, pension*, trabajadores, mercado laboral, reforma laboral, despido*'], [1, 'trabajo*, salario*, empleador*']],
    pt: [[3, 'desemprego, desempregado*, sindicato*, sindical*, emprego*, salario minimo, greve*, aposentadoria*, previdencia, trabalhadores, mercado de trabalho, reforma trabalhista, demiss*'], [1, 'trabalho*, salario*, empregador*']],
  },
  Education: {
    en: [[3, 'education, educational, school*, teacher*, student*, pupil*, classroom*, curriculum, universit*, college*, tuition, superintendent*, education department, school board*, school district*, educator*, charter school*, standardized test*, student loan*'], [1, 'learn*, teach*, class, classes, exam*, degree*, campus']],
    fr: [[3, 'education, ecole*, enseignant*, eleve*, education nationale, lycee*, college*, universite*, etudiant*, professeur*, baccalaureat, enseignement'], [1, 'classe*, examen*']],
    de: [[3, 'schule*, schul*, lehrer*, lehrerin*, schuler*, bildung*, hochschul*, universitat*, studenten, studierende, kita*, unterricht'], [1, 'klasse*, prufung*']],
    es: [[3, 'educacion, educativ*, escuela*, colegio*, docente*, maestro*, maestra*, alumno*, estudiante*, universidad*, ensenanza'], [1, 'clase*, examen*']],
    pt: [[3, 'educacao, educacional, escola*, professor*, professora*, aluno*, estudante*, universidade*, ensino, enem, vestibular'], [1, 'aula*, prova*']],
  },
  Environment: {
    en: [[3, 'climate change, global warming, greenhouse gas*, carbon emission*, emissions, co2, pollution, pollutant*, environmental protection, environmental protection agency, epa, paris agreement, paris climate, biodiversity, endangered species, conservation, recycling, deforestation, climate policy, climate target*, net zero, carbon tax, air quality, water quality, plastic waste, environmentalist*'], [1, 'climate, environment*, waste, wildlife, forest*']],
    fr: [[3, 'rechauffement climatique, changement climatique, gaz a effet de serre, emissions, pollution, biodiversite, environnement, ecologi*, accord de paris, deforestation, recyclage'], [1, 'climat*, dechets']],
    de: [[3, 'klimawandel, klimaschutz*, klimapolitik, umweltschutz, umweltpolitik, emission*, treibhausgas*, co2, luftverschmutzung, artenschutz, artensterben, erderwarmung, pariser abkommen'], [1, 'klima*, umwelt*, mull']],
    es: [[3, 'cambio climatico, calentamiento global, emisiones, gases de efecto invernadero, contaminacion, medio ambiente, medioambient*, biodiversidad, deforestacion, acuerdo de paris, reciclaje'], [1, 'clima, climatic*, residuos']],
    pt: [[3, 'mudanca climatica, mudancas climaticas, aquecimento global, emissoes, gases de efeito estufa, poluicao, meio ambiente, ambiental, biodiversidade, desmatamento, acordo de paris, reciclagem, ibama'], [1, 'clima, climatic*, residuos']],
  },
  Energy: {
    any: [[3, 'opec, petrobras, kwh, mwh, gwh, gw, mw']],
    en: [[2, 'solar'], [3, 'energy policy, energy prices, renewable*, photovoltaic*, pv, wind power, wind farm*, offshore wind, wind turbine*, nuclear power, nuclear plant*, nuclear reactor*, oil price*, gas price*, natural gas, pipeline*, coal, electricity, power grid, power plant*, utilities, fossil fuel*, oil and gas, fracking, energy efficiency, energy storage, batter* storage, hydropower, solar cells, solar panel*, solar power'], [1, 'energy, power, oil, gas, fuel*']],
    fr: [[3, 'politique energetique, energie*, energetique*, solaire, photovoltai*, eolien*, nucleaire, centrale*, electricite, petrole, gaz naturel, charbon, renouvelable*'], [1, 'carburant*']],
    de: [[3, 'energiepolitik, energiewende, energie*, solar*, photovoltaik, windkraft, windenergie, atomkraft*, kernkraft*, kohle*, kohleausstieg, strom*, erdgas, erdol, ol, gaspreis*, erneuerbare*'], [1, 'kraftstoff*']],
    es: [[3, 'politica energetica, energia*, energetic*, solar*, fotovoltaic*, eolic*, nuclear, electricidad, electrica*, petroleo, gas natural, carbon, renovable*'], [1, 'combustible*']],
    pt: [[3, 'politica energetica, energia*, energetic*, solar*, fotovoltaic*, eolic*, nuclear, eletricidade, eletrica*, petroleo, gas natural, carvao, renovave*'], [1, 'combustive*']],
  },
  Immigration: {
    any: [[3, 'daca, frontex']],
    en: [[3, 'immigra*, migrant*, migration*, asylum*, refugee*, deport*, border patrol, border wall, border security, customs and border protection, detention center*, detention facilit*, detained migrants, undocumented, illegal alien*, dreamers, visa*, expulsion*, returns of migrants, return of migrants, naturali*, green card*'], [1, 'border*, citizenship, nationality, detention, detained']],
    fr: [[3, 'immigr*, migrant*, migratoire*, migration*, refugie*, demandeur* d asile, droit d asile, asile, expulsion*, sans papiers, titre de sejour, reconduite* a la frontiere'], [1, 'frontiere*, nationalite']],
    de: [[3, 'einwander*, zuwander*, migrant*, migration*, fluchtling*, gefluchtete*, asyl*, abschieb*, aufenthaltsrecht, aufenthaltsgenehmigung, einburgerung*'], [1, 'grenze*, staatsangehorigkeit']],
    es: [[3, 'inmigra*, migrante*, migracion*, migratori*, refugiado*, asilo, deportacion*, deportad*, indocumentado*, expulsion*'], [1, 'frontera*, nacionalidad']],
    pt: [[3, 'imigra*, migrante*, migracao, migratori*, refugiado*, asilo, deportac*, deportad*, indocumentado*, expulsao'], [1, 'fronteira*, nacionalidade']],
  },
  Transportation: {
    any: [[3, 'faa, sncf, ntsb']],
    en: [[3, 'transportation, transport policy, highway*, railway*, railroad*, rail line*, high-speed rail, airline*, aviation, airport*, road safety, public transit, mass transit, metro line*, subway, bus service*, infrastructure bill, traffic safety, driverless, self-driving, speed limit*'], [1, 'road*, cars, vehicle*, driver*, trains, flights, traffic']],
    fr: [[3, 'transports, transport public, ferroviaire*, autoroute*, aeroport*, compagnie aerienne, securite routiere, trafic'], [1, 'route*, voiture*, train*, vol*']],
    de: [[3, 'verkehr*, verkehrsminister*, bahn, deutsche bahn, autobahn*, flughafen*, fluggesellschaft*, nahverkehr, tempolimit, maut'], [1, 'strasse*, auto*, zug, zuge']],
    es: [[3, 'transporte*, ferrocarril*, autopista*, aeropuerto*, aerolinea*, seguridad vial, trafico, metro'], [1, 'carretera*, coche*, vehiculo*, tren*']],
    pt: [[3, 'transporte*, ferrovia*, rodovia*, aeroporto*, companhia aerea, seguranca viaria, transito, metro'], [1, 'estrada*, carro*, veiculo*, trem*']],
  },
  'Law and Crime': {
    any: [[3, 'fbi, dea, atf']],
    en: [
      [3, 'crime*, criminal*, police, policing, prosecut*, indict*, pleaded guilty, pleads guilty, plead guilty, convicted, conviction*, sentenced, sentencing, prison*, jail*, murder*, homicide*, shooting*, shooter*, gun control, gun law*, war on drugs, gun violence, gun owner*, firearm*, guns, assault weapon*, attorney general, district attorney, felony, felonies, death threat*, threatening to kill, trial, jury, justice department, department of justice, terroris*, drug trafficking, police officer*, law enforcement, arrested, charged with, courtroom, defendant*, gang*, smuggling, fraud charges'],
      [1, 'court*, judge*, arrest*, charges, lawsuit*, legal, illegal, violence, violent, victim*, threat*, suspect*, investigat*, gun'],
    ],
    fr: [[3, 'police, policier*, gendarmerie, gendarme*, criminalit*, delinquance, crime*, delit*, proces, condamn*, prison*, parquet, procureur*, garde a vue, meurtre*, terroris*, inculp*, mis en examen, attentat*'], [1, 'tribunal, juge*, enquete*, violence*, victime*, arrest*']],
    de: [[3, 'polizei*, polizist*, kriminalit*, verbrechen, straftat*, staatsanwalt*, gefangnis*, haft*, verurteil*, anklage*, angeklagt*, mord*, terror*, waffengesetz*, prozess'], [1, 'gericht*, richter*, ermittl*, gewalt, opfer, festgenommen']],
    es: [[3, 'policia*, delito*, crimen*, criminal*, delincuencia, fiscalia, fiscal, carcel*, prision*, condena*, condenad*, asesinato*, homicidio*, terroris*, narcotrafico, juicio'], [1, 'tribunal*, juez*, investigacion*, violencia, victima*, detenid*']],
    pt: [[3, 'policia*, delito*, crime*, criminal*, criminalidade, ministerio publico, procurador*, prisao, presos, preso, condenad*, condenac*, assassinato*, homicidio*, terroris*, narcotrafico, julgamento'], [1, 'tribunal*, juiz*, investigac*, violencia, vitima*']],
  },
  'Social Welfare': {
    en: [[3, 'welfare, social security, food stamps, snap benefits, poverty, low-income, child care, childcare, disability benefit*, social services, homeless*, universal credit, social safety net, food bank*'], [1, 'benefits, poor, elderly, charity, charities']],
    fr: [[3, 'aide sociale, pauvrete, allocation*, minima sociaux, rsa, sans abri, sans domicile, precarite'], [1, 'pauvres']],
    de: [[3, 'sozialhilfe, hartz, burgergeld, grundsicherung, armut, kindergeld, sozialleistung*, obdachlos*, sozialstaat'], [1, 'arme']],
    es: [[3, 'pobreza, bienestar social, asistencia social, ayuda social, subsidio*, prestacion*, sin techo, indigencia'], [1, 'pobres']],
    pt: [[3, 'pobreza, assistencia social, bolsa familia, auxilio emergencial, beneficio social, moradores de rua, miseria'], [1, 'pobres']],
  },
  Housing: {
    en: [[3, 'housing, affordable housing, rent control, rents, mortgage*, homeowner*, eviction*, public housing, zoning, housing market, homebuyer*, landlord*, tenant*'], [1, 'apartment*, real estate, neighborhood*, neighbourhood*']],
    fr: [[3, 'logement*, loyer*, hlm, locataire*, proprietaire*, expulsions locatives'], [1, 'immobilier, quartier*']],
    de: [[3, 'wohnung*, wohnungsbau, miete*, mietpreis*, mieter*, vermieter*, wohnungsnot, sozialwohnung*'], [1, 'immobilie*, viertel']],
    es: [[3, 'vivienda*, alquiler*, hipoteca*, desahucio*, inquilino*'], [1, 'inmobiliari*, barrio*']],
    pt: [[3, 'moradia*, habitacao, aluguel, alugueis, hipoteca*, despejo*, inquilino*, minha casa minha vida'], [1, 'imobiliari*, bairro*']],
  },
  'Domestic Commerce': {
    any: [[3, 'sec, ftc']],
    en: [[3, 'antitrust, competition law, consumer protection, banking regulation, financial regulation, securities and exchange commission, bankruptcy, corporate tax, small business*, copyright*, patent*, monopol*, mergers, merger, bank bailout, tourism, insurance industry, price gouging, consumer safety, disaster relief, fema, disaster aid'], [1, 'business*, compan*, corporat*, bank*, firm*, industry, industries, market*, consumer*, public relations']],
    fr: [[3, 'concurrence, protection des consommateurs, faillite*, droit d auteur, brevet*, monopole*, fusion*, tourisme'], [1, 'entreprise*, banque*, consommat*']],
    de: [[3, 'kartell*, wettbewerbs*, verbraucherschutz, insolvenz*, urheberrecht*, patent*, monopol*, fusion*, tourismus'], [1, 'unternehm*, bank*, firma, firmen, verbraucher*']],
    es: [[3, 'competencia, proteccion al consumidor, quiebra*, derechos de autor, patente*, monopolio*, fusion*, turismo'], [1, 'empresa*, banco*, consumidor*']],
    pt: [[3, 'concorrencia, defesa do consumidor, falencia*, direitos autorais, patente*, monopolio*, fusao, turismo'], [1, 'empresa*, banco*, consumidor*']],
  },
  Defense: {
    any: [[3, 'nato, cia, nsa, pentagon']],
    en: [[3, 'military, armed forces, army, navy, air force, troops, soldier*, defense department, defence ministry, defense secretary, defence secretary, missile*, nuclear weapon*, weapons program*, warfare, veterans, intelligence agenc*, intelligence service*, espionage, surveillance program*, mass surveillance, airstrike*, air strike*, drone strike*, invasion, military base*, arms deal*, defense budget, defence budget'], [2, 'war, wars'], [1, 'attack*, security, armed, weapon*, combat, conflict*, fighter*']],
    fr: [[3, 'militaire*, armee*, defense, soldat*, troupes, renseignement*, espionnage, surveillance de masse, guerre, missile*, otan'], [1, 'securite, attaque*, arme, armes']],
    de: [[3, 'militar*, bundeswehr, streitkrafte, soldat*, truppen, verteidigung*, geheimdienst*, nachrichtendienst*, bnd, krieg, rakete*, nato'], [1, 'sicherheit, angriff*, waffe*']],
    es: [[3, 'militar*, ejercito, fuerzas armadas, soldado*, tropas, defensa, inteligencia, espionaje, guerra, misil*, otan'], [1, 'seguridad, ataque*, arma*']],
    pt: [[3, 'militar*, militares, exercito, forcas armadas, soldado*, tropas, defesa, inteligencia, espionagem, guerra, missil*, otan'], [1, 'seguranca, ataque*, arma*']],
  },
  Technology: {
    any: [[3, 'gdpr, fcc, netzdg, 5g']],
    en: [[3, 'broadband, telecommunication*, net neutrality, internet regulation, data protection, data privacy, social network*, social media, tech compan*, tech giant*, big tech, cybersecurity, cyber security, space program, space agency, research funding, artificial intelligence, online platforms, content moderation, encryption'], [1, 'internet, online, digital*, technolog*, data, tech, platform*, facebook, twitter, google, youtube']],
    fr: [[3, 'telecom*, protection des donnees, reseaux sociaux, reseau social, numerique, cybersecurite, intelligence artificielle, haut debit'], [1, 'internet, en ligne, donnees, technolog*, plateforme*']],
    de: [[3, 'telekommunikation, netzneutralitat, datenschutz, soziale netzwerke, sozialen netzwerke*, netzwerkdurchsetzungsgesetz, digitalisierung, breitband*, cybersicherheit, kunstliche intelligenz, plattformen'], [1, 'internet, online, daten, technolog*, digital*']],
    es: [[3, 'telecomunica*, proteccion de datos, redes sociales, red social, ciberseguridad, inteligencia artificial, banda ancha'], [1, 'internet, datos, tecnolog*, digital*, plataforma*']],
    pt: [[3, 'telecomunica*, protecao de dados, redes sociais, rede social, ciberseguranca, inteligencia artificial, banda larga, fake news'], [1, 'internet, dados, tecnolog*, digital*, plataforma*']],
  },
  'Foreign Trade': {
    any: [[3, 'wto, nafta, usmca, mercosur, mercosul']],
    en: [[3, 'tariff*, trade deal*, trade war*, trade agreement*, trade talks, trade deficit, trade negotiat*, trade dispute*, trade policy, free trade, exports, imports, exporter*, importer*, world trade organization, customs union, anti-dumping, dumping, trade representative, trade barrier*, phase one deal'], [1, 'trade, export, import, commerce']],
    fr: [[3, 'droits de douane, accord commercial, accords commerciaux, guerre commerciale, libre echange, exportation*, importation*, balance commerciale, protectionnisme'], [1, 'commerce, commercial*']],
    de: [[3, 'zolle, zoll*, handelsstreit*, handelskrieg*, handelsabkommen, freihandel*, export*, import*, handelsbilanz, strafzolle'], [1, 'handel*']],
    es: [[3, 'aranceles, arancel*, acuerdo comercial, guerra comercial, libre comercio, exportacion*, importacion*, balanza comercial'], [1, 'comercio, comercial*']],
    pt: [[3, 'tarifas, tarifa*, acordo comercial, guerra comercial, livre comercio, exportac*, importac*, balanca comercial'], [1, 'comercio, comercial*']],
  },
  'International Affairs': {
    any: [[3, 'un security council']],
    en: [[3, 'foreign policy, foreign minister*, foreign ministry, foreign secretary, secretary of state, state department, diplomacy, diplomatic*, diplomat*, embassy, embassies, ambassador*, bilateral, sanctions, united nations, security council, peace talks, peace process, peace deal, foreign aid, international community, ceasefire, settlements, settlers, occupied territor*, west bank, two-state, annexation, international law, world leaders, strained relations, relations between, relations with, envoy*, humanitarian aid'], [2, 'relations, ties with, human rights'], [1, 'foreign, international*, nations, ally, allies, alliance*, delegation*, global, treaty, summit*']],
    fr: [[3, 'politique etrangere, affaires etrangeres, ministre des affaires etrangeres, ambassade*, ambassadeur*, diplomatie, diplomatique*, relations internationales, relations bilaterales, sanctions, nations unies, conseil de securite, aide humanitaire, delegation*, accord de paix, droits de l homme'], [1, 'etranger*, international*, allie*']],
    de: [[3, 'aussenpolitik, aussenminister*, auswartiges amt, botschaft*, botschafter*, diplomatie, diplomatisch*, sanktionen, vereinte nationen, un sicherheitsrat, beziehungen, delegation*, friedensgesprache, entwicklungshilfe, menschenrechte'], [1, 'ausland*, international*, verbundete*']],
    es: [[3, 'politica exterior, relaciones exteriores, canciller*, cancilleria, embajad*, diplomacia, diplomatic*, relaciones bilaterales, sanciones, naciones unidas, consejo de seguridad, ayuda humanitaria, delegacion*, acuerdo de paz, derechos humanos'], [1, 'extranjer*, internacional*, aliado*']],
    pt: [[3, 'politica externa, relacoes exteriores, itamaraty, chanceler*, embaixad*, diplomacia, diplomatic*, relacoes bilaterais, sancoes, nacoes unidas, conselho de seguranca, ajuda humanitaria, delegac*, acordo de paz, direitos humanos'], [1, 'estrangeir*, internacional*, aliado*']],
  },
  'Government Operations': {
    en: [[3, 'election*, electoral, reelection, re-election, voters, voter fraud, voting machine*, ballot*, campaign*, candidate*, primaries, primary election, polls, polling, opinion poll*, civil service, civil servant*, government shutdown, impeach*, resign*, resignation*, step down, cabinet reshuffle, coalition talks, coalition government, corruption, scandal*, bureaucra*, public administration, census, postal service, lobbying, inauguration, succession, transfer of power, power struggle, coup, coups, snap election*, landslide, re-elected, elected, won the election, oust*, prime ministership, presidency, term limit*, approval rating*, party leader*, party leadership, leadership contest, ethics'], [1, 'vote*, parliament, parties, party, government, head of state']],
    fr: [[3, 'election*, electora*, electeur*, electrice*, scrutin*, candidat*, campagne electorale, sondage*, premier tour, second tour, fonction publique, fonctionnaire*, demission*, demissionner, remaniement, corruption, scandale*, coup d etat, destitution, investiture, mandat'], [1, 'vote*, parti*']],
    de: [[3, 'wahl, wahlen, wahlkampf*, wahler*, kandidat*, umfrage*, stimmzettel, rucktritt*, zurucktreten, zuruckgetreten, amtsenthebung, korruption*, skandal*, verwaltungsreform, beamte*, putsch*, regierungsbildung, koalitionsverhandlung*, regierungskrise, misstrauensvotum, vereidigung'], [1, 'partei*, abstimmung*']],
    es: [[3, 'eleccion*, elecciones, electoral*, elector*, votante*, comicios, candidat*, campana electoral, encuesta*, urnas, dimision*, dimitir, renuncia*, corrupcion, escandalo*, golpe de estado, destitucion, investidura, mandato, funcionario* publico*'], [1, 'voto*, partido*']],
    pt: [[3, 'eleic*, eleitor*, candidat*, campanha eleitoral, pesquisa eleitoral, urna*, urnas eletronicas, renuncia*, corrupc*, escandalo*, golpe de estado, golpe, impeachment, posse, mandato, funcionalismo, servidores publicos, tse, justica eleitoral, codigo-fonte, fraude'], [1, 'voto*, partido*']],
  },
  'Public Lands': {
    en: [[3, 'public lands, public land, national park*, national forest*, wilderness, indigenous, native american*, tribal, tribes, water rights, land rights, land dispute*, land claim*, federal land*, bureau of land management, mapuche, indian reservation*, territorial claim*, ancestral land*, national monument*'], [2, 'water supply, water resources, water management, dam, dams, reservoir*'], [1, 'land, lands, territor*, forest*']],
    fr: [[3, 'terres publiques, parc national, parcs nationaux, peuples autochtones, autochtone*, indigene*, territoire* ancestra*, foncier, domaine public'], [1, 'terre*, territoire*']],
    de: [[3, 'nationalpark*, indigen*, ureinwohner*, landrechte, naturschutzgebiet*, staatsforst*'], [1, 'land*, gebiet*']],
    es: [[3, 'pueblos originarios, pueblo mapuche, mapuche*, indigena*, comunidades indigenas, territorio* ancestral*, tierras ancestrales, parque* nacional*, reserva natural, conflicto mapuche, recuperacion territorial, usurpacion*'], [1, 'tierra*, territori*']],
    pt: [[3, 'terras indigenas, terra indigena, povos indigenas, indigena*, demarcac*, quilombola*, parque* nacional*, reserva* ambienta*, funai, grilagem'], [1, 'terra*, territori*']],
  },
  Culture: {
    en: [[3, 'arts funding, cultural policy, national endowment for the arts, museum*, heritage, monument*, public broadcaster*, culture secretary'], [1, 'culture, cultural, art, arts, music']],
    fr: [[3, 'politique culturelle, ministere de la culture, patrimoine, musee*, audiovisuel public'], [1, 'culture, culturel*']],
    de: [[3, 'kulturpolitik, denkmal*, museum*, museen, rundfunkbeitrag, offentlich-rechtliche*'], [1, 'kultur*, kunst']],
    es: [[3, 'politica cultural, ministerio de cultura, patrimonio, museo*'], [1, 'cultura, cultural*']],
    pt: [[3, 'politica cultural, ministerio da cultura, patrimonio, museu*, lei rouanet'], [1, 'cultura, cultural*']],
  },
};
