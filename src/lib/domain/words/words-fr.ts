// French words for youth pass-phrases: common, concrete, short, without accents, safe for a teen.
/*
 * Every word here was chosen by hand for girls of 12 to 17, some of them in situations of sexual
 * exploitation. Keep to these rules when editing (words.test.ts checks the mechanical ones):
 * - lower-case a-z only, 3 to 8 letters: only words correctly spelled with no accent, cedilla or
 *   ligature (no "velo", "foret", "ile", "oeuf"), so they type the same on any keyboard;
 * - a word a 12-year-old reads and spells without help; concrete and neutral: animals, plants,
 *   weather, food (no alcohol), objects, places in nature, instruments, pastimes;
 * - nothing about bodies, sex, violence, weapons, drugs, alcohol, money, police, captivity, death,
 *   religion, family, looks or weight, and no insult, slang senses included, in French or
 *   English: so no "poule", "dinde", "thon", "morue", "chatte", "moule", "abricot", "maquereau"
 *   (a pimp), "poulet", "herbe", "neige", "radis", "oseille", "bonbon", "cadeau", "biche", "puce",
 *   "bleu" (a bruise), "violet", "violon" and "ravioli" (they contain "viol"), "pain" (English),
 *   "train" (English slang);
 * - no first names, no homophones ("vert" is here, so no "verre", "ver" or "vers"; no "mer",
 *   "sel", "cou", "pot", "golfe" beside "golf") and no pairs one letter apart ("cube"/"tube",
 *   "rire"/"rime").
 */

const themes = {
	animals: `
		canard castor marmotte tortue escargot papillon abeille fourmi dauphin otarie pingouin
		hibou chouette aigle mouette merle pinson colibri toucan panda koala girafe lion tigre
		ours poney alpaga bison caribou orque puma jaguar antilope yak chamois loutre belette
		furet moineau flamant cigogne autruche caneton ourson wapiti okapi suricate tatou
		cormoran albatros fauvette alouette perdrix frelon termite luciole grillon criquet
		cigale chenille gecko iguane triton narval mouche renard hermine lynx pivert ara condor
		opossum wombat gnou buffle gibbon ouistiti sanglier mulot cloporte poulpe
	`,
	waterLife: `
		crabe homard corail algue poisson saumon truite sardine anchois merlan carpe brochet
		perche anguille plancton krill dorade turbot hareng
	`,
	plants: `
		arbre sapin palmier pommier tilleul platane peuplier bambou cactus mousse lierre tulipe
		lotus lavande romarin basilic persil menthe sauge laurier muguet bleuet myrtille fraise
		cassis feuille graine racine branche bourgeon fleur jardin prairie buisson haie mimosa
		pivoine houx roseau avoine seigle coton baobab magnolia prunier amandier cocotier plante
		dahlia ronce orme
	`,
	fruitAndVegetables: `
		pomme prune raisin orange citron kiwi mangue papaye ananas olive tomate poivron salade
		laitue haricot lentille poireau brocoli potiron fenouil litchi goyave noisette pistache
	`,
	food: `
		riz beurre fromage soupe pizza gaufre tartine biscuit flan sorbet glace cacao chocolat
		vanille miel jus limonade compote bouillon gratin raclette fondue omelette sandwich
		burger lasagne couscous risotto paella sushi frites ketchup vinaigre poivre paprika
		safran baguette chausson pudding crumble biscotte macaron nougat praline guimauve
		meringue farine granola porridge emmental ricotta tofu falafel pita tortilla burrito wok
		nem tempura bagel bretzel popcorn chips origan moutarde huile soja semoule tapioca
		polenta penne pesto
	`,
	home: `
		table chaise lampe horloge bol tasse assiette bocal plateau four frigo robinet bureau
		tabouret banc tapis coussin tiroir fauteuil armoire commode placard sofa hamac bougie
		balai savon torchon nappe carafe mixeur passoire spatule rouleau saladier marmite
		chaudron bouchon paille soucoupe cuisine salon garage terrasse toit plafond escalier
		couloir volet sonnette lavabo sol calepin carnet brouette tuyau lampion bougeoir peigne
		sacoche fanion
	`,
	schoolAndArt: `
		livre crayon stylo gomme cahier papier classeur pinceau cartable trousse feutre agenda
		pochette craie trombone agrafe gommette chevalet palette toile pastel argile album image
		dessin croquis esquisse fresque statue roman journal lettre colis lecture
	`,
	hobbies: `
		ballon puzzle domino robot peluche jouet cerceau marelle toboggan origami tricot couture
		poterie sieste tennis golf yoga hockey volley natation escalade ski surf cirque magie
		camping jonglage yoyo raquette dinette pion damier crochet broderie gouache peinture
		paysage nature modelage manga fable tempo harmonie duo trio fanfare carnaval parade
		kermesse mime
	`,
	clothes: `
		chapeau bonnet gant moufle sandale veste pull manteau tablier casque chemise gilet
		blouson anorak poncho kimono sabot tuque mitaine capuche ruban laine bobine
	`,
	music: `
		piano guitare tambour harpe tuba banjo sifflet clairon triangle chanson musique note
		refrain concert chorale ocarina disque radio accord
	`,
	skyAndWeather: `
		pluie nuage tonnerre vent brise soleil brume givre ciel lune galaxie averse bruine
		flocon verglas saison automne hiver matin midi soir aube horizon astre cosmos navette
		antenne radar rayon mistral mousson climat univers espace
	`,
	landscape: `
		lac vague plage sable coquille colline montagne grotte caverne canyon champ glacier
		volcan lagune rivage dune rocher source ruisseau cascade geyser oasis savane toundra
		banquise iceberg baie delta plaine sommet verger potager marais fleuve torrent digue
		canal phare quai plume nid bulle flaque goutte fossile quartz granit marbre charbon
	`,
	coloursAndShapes: `
		rouge vert indigo kaki cyan mauve cuivre bronze magenta azur cercle ovale cube spirale
		losange hexagone ligne prisme
	`,
	science: `
		aimant atome loupe levier ressort moteur sablier boussole globe atlas carte zinc acier
		fer turbine circuit sonar signal pixel nombre chiffre calcul fraction octogone
	`,
	transport: `
		bateau navire kayak radeau luge avion wagon tramway moto camion bus voilier paquebot
		tricycle carrosse cargo pirogue gondole hublot cabine pagaie canot barque chaloupe
	`,
	places: `
		pont tour igloo grange parc chalet moulin fontaine kiosque stade piscine gymnase village
		ville palais chemin sentier zoo tipi yourte hutte atelier boutique marina station ponton
		hameau
	`,
	tools: `
		clou arrosoir vase cadre tableau affiche rame palme
	`,
	doing: `
		rire sourire course souhait
	`
};

/** The French pass-phrase words, in no particular order. */
export const WORDS_FR: readonly string[] = Object.freeze(
	Object.values(themes).join(' ').trim().split(/\s+/)
);
