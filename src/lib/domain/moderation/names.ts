// Word lists the personal-information guard uses to tell full names from ordinary capitalised words.

/** Lower-cased, accents removed: how every list entry and every word from the text is compared. */
export function foldWord(word: string): string {
	return word.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’]/g, "'").toLowerCase();
}

function wordSet(list: string): ReadonlySet<string> {
	return new Set(list.split(/\s+/).filter(Boolean).map(foldWord));
}

/** Common given names in Quebec, the rest of Canada, France and English-speaking countries. */
export const GIVEN_NAMES = wordSet(`
	aaliyah abigail adam adèle adrien agathe aisha alex alexa alexandra alexandre alexis alice alicia
	aline alyssa amanda amélie amira amy anaïs andré andrea andréanne andrew angela angélique anna
	annabelle anne annie anthony antoine anouk ariane arianne arnaud arthur audrey aurélie ava axel
	béatrice benjamin benoît bianca brandon brenda brian brittany bruno camille carla carole caroline
	catherine cédric céline chanel charles charlie charlotte chantal chloé christian christine
	christopher claude clara clarisse coralie corinne cynthia daniel daniela danielle david delphine
	denis diane dominic dominique dylan édouard éléonore eliana élisabeth elizabeth élise ella
	éloïse émile émilie emily emma emmanuel emmanuelle éric érika estelle esther ethan étienne eva
	évelyne fanny fatima félix florence florian francis françois françoise frédérique frédéric gabriel
	gabrielle geneviève georges gérard ginette gisèle guillaume hailey hannah hélène henri hugo
	inès isaac isabelle jacob jacqueline jacques jade jasmine jason jayden jennifer jérémie jérôme
	jessica jessie joanie joannie jocelyne joëlle john jonathan jordan joseph josée joshua judith
	julia julie julien juliette justin justine karine karen kate katherine katia kayla kevin kim
	kimberly laura laurence laurent laurie léa léanne léo léonie liam lily lina linda lisa loïc
	louis louise luc luca lucas lucie lucy lydia madison maëlle maélie maeva malik manon marc
	marc-antoine marcel margaux margot maria marianne marie marie-ève marie-pier marine mario marion
	martin mathilde mathieu mathis matteo matthew maude maxime mégane mélanie mélissa mélodie mia
	michael michel michelle mikael mila mohamed monique morgane nadia naomi natalie nathalie nathan
	nicolas nicole noah noémie océane olivia olivier oscar pascal pascale patricia patrick paul pauline
	philippe pier-luc pierre-luc rachel raphaël raphaëlle rebecca réjean rémi renée richard robert
	rosalie roxanne ryan sabrina salma samantha samuel sandra sara sarah sébastien serge simon
	simone sofia solène sophie stéphane stéphanie steve suzanne sylvain sylvie tania taylor théo
	thomas tiffany tristan valérie vanessa véronique victor victoria vincent virginie william xavier
	yasmine yves zacharie zoé alia amani awa fatoumata kenza khadija leila mariam nour rania sana
	yara youssef ibrahim omar karim mehdi rayan adama aminata mamadou moussa djenaba stanley
	wilson jean-philippe jean-françois jean-sébastien marc-olivier anne-sophie marie-claude
	marie-soleil kassandra cassandra katrina bella chloe zoe hanna jasmin kelly ashley megan lauren
	courtney heather melissa nicholas tyler kyle cody logan mason owen jack oliver henry leo noé
	emy ève laurie-anne florence-anne rose-marie
	rose claire grace hope joy may will mark bill jean pierre olive ambre max guy june april avril
	summer sky iris faith angel aurore reine blanche ange constance prudence victoire sam tom
`);

/**
 * Given names that are also ordinary words ("rose", "claire", "max", "pierre"): alone they prove nothing, so a
 * name starting with one needs a known family name after it.
 */
export const AMBIGUOUS_GIVEN_NAMES = wordSet(`
	rose claire grace hope joy may will mark bill jean pierre olive ambre max guy june april avril
	summer sky iris faith angel aurore reine blanche ange constance prudence victoire marine mélodie
	jade florence charlotte victoria jordan taylor sam tom august paris
`);

/** Common family names in Quebec, the rest of Canada, France and English-speaking countries. */
export const FAMILY_NAMES = wordSet(`
	tremblay gagnon roy côté bouchard gauthier morin lavoie fortin gagné ouellet ouellette pelletier
	bélanger lévesque bergeron leblanc paquette girard simard boucher caron beaulieu cloutier dubé
	poirier fournier lapointe leclerc lefebvre poulin thibault st-pierre nadeau martin landry martel
	bédard grenier lessard bernier richard michaud hébert desjardins couture turcotte lachance parent
	blais gosselin savard proulx beaudoin demers perreault boudreau lemieux cyr perron dufour dion
	mercier bolduc bérubé boisvert langlois ménard therrien plante bilodeau blanchette dubois
	champagne paradis fortier arsenault dupuis gaudreault hamel houle villeneuve rousseau gravel
	thériault lemay robert allard deschênes giroux guay leduc boivin charbonneau lambert raymond
	vachon gilbert audet larouche legault trudel fontaine picard labelle lacroix jacques moreau
	carrier bernard desrosiers goulet renaud dionne lapierre vaillancourt fillion lalonde tessier
	bertrand tardif lepage gingras benoît rioux giguère drouin harvey lauzon gendron boutin laflamme
	vallée dumont breton paré paquin robitaille gélinas duchesne lussier séguin veilleux potvin
	gervais pépin laroche morissette charron lavallée laplante chabot brunet vézina desrochers
	labrecque coulombe tanguay chouinard noël pouliot lacasse daigle marcotte lamontagne roberge
	laberge dufresne labbé beauchamp cormier brassard croteau lavigne sirois bisson guérin
	deslauriers lemire st-onge st-laurent st-jean dagenais fréchette lamarche leroux
	smith brown wilson johnson macdonald taylor campbell anderson jones williams miller thompson
	white lee clark walker young scott wright king green hall wood baker harris lewis robinson
	murphy kelly stewart ross reid ryan mitchell moore jackson davis evans roberts turner phillips
	cook morgan bell cooper parker hughes edwards collins bennett gray murray graham fraser hamilton
	kennedy sullivan o'brien o'connor macleod henderson patel singh nguyen tran chen wang li kim
	park garcia rodriguez martinez lopez gonzalez hernandez perez sanchez ramirez torres joseph
	dupont durand leroy simon laurent michel garnier faure blanc muller henry roussel nicolas perrin
	morel mathieu clément dumas chevalier robin masson gérard boyer denis lemaire duval joly roger
	roche meyer lucas meunier marchand blanchard barbier brun schmitt colin fernandez renard arnaud
	rolland aubert giraud vidal bourgeois lemoine gaillard philippe olivier hubert guillot rivière
	guillaume adam rey moulin berger lecomte fleury deschamps carpentier julien maillard aubry
	vasseur renault jacquet collet prévost charpentier royer huet baron dupuy pons laîné carré remy
	schneider perrot guyot barré marty cousin benali haddad khalil mansour nasser saleh hassan ali
	ahmed diallo traoré diop ndiaye cissé étienne dorval jean-baptiste jean-louis saint-louis
	françois alexandre augustin celestin pierre-louis auguste charles louis paul pierre jean
	kowalski novak rossi russo esposito ferrari silva santos pereira costa oliveira
`);

/** Places and directions: capitalised, but never part of a person's name ("Montréal Nord", "Saint-Jérôme"). */
export const PLACE_WORDS = wordSet(`
	montréal montreal laval longueuil québec quebec gatineau sherbrooke saguenay lévis terrebonne
	trois-rivières repentigny brossard drummondville granby blainville mirabel joliette
	victoriaville chicoutimi rimouski verdun lachine lasalle outremont westmount rosemont villeray
	hochelaga anjou ahuntsic plateau saint-laurent saint-léonard saint-jérôme saint-hyacinthe
	rouyn-noranda ontario toronto ottawa vancouver calgary edmonton winnipeg halifax moncton regina
	canada france paris lyon marseille haïti maroc algérie tunisie liban sénégal cameroun belgique
	suisse amérique europe afrique asie mexique floride florida boston york new
	nord sud est ouest north south east west centre center ville city mont lac rivière île pointe
	parc park rue street avenue boulevard place square vieux grand grande petit petite haut haute bas
	basse nouveau nouvelle saint sainte st ste marché métro station café restaurant boutique collège
	cégep école hôpital pavillon maison église musée théâtre cinéma aréna piscine bibliothèque
	dépanneur pharmacie université complexe carrefour galeries promenades quartier pont plage jardin
	marina autoroute route chemin
`);

/**
 * Everyday words, French and English, that teens capitalise at the start of a sentence or use after "c'est":
 * never a given name, family name or social-media handle on their own.
 */
export const COMMON_WORDS = wordSet(`
	le la les l un une des du de d et ou mais donc car ni je j tu il elle on nous vous ils elles ce
	ça ca cet cette ces c mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs qui que quoi
	quand comment pourquoi où si oui non merci bonjour bonsoir salut allo allô bonne bon bonnes bons
	hier demain aujourd'hui aujourd maintenant parfois souvent toujours jamais ensuite puis après
	avant pendant depuis avec sans pour par chez dans sur sous entre vers selon moi toi lui eux tout
	tous toute toutes rien personne quelqu'un chaque plusieurs certains certaines beaucoup peu très
	trop assez vraiment juste seulement aussi encore déjà enfin finalement heureusement
	malheureusement peut-être alors voilà voici bref ok okay wow bravo super génial genial cool nice
	fin début atelier ateliers programme groupe activité activités jeu jeux carte cartes scénario
	histoire vidéo question questions réponse réponses lundi mardi mercredi jeudi vendredi samedi
	dimanche janvier février mars avril mai juin juillet août septembre octobre novembre décembre
	noël pâques madame monsieur mme mlle mr mrs ms miss dr docteur maman papa mère père soeur sœur
	frère amie ami amis amies famille copine copain chum blonde intervenante intervenant
	travailleuse travailleur sociale social police dpj clsc école secondaire cégep internet
	instagram snapchat tiktok google netflix facebook discord youtube messenger whatsapp dieu
	français anglais confiance estime respect consentement amitié amour relation relations sécurité
	aide ressources ressource urgence
	privé privée public publique fermé fermée ouvert nul nulle plate drôle bizarre correct pas plus
	moins même mêmes autre autres rien personne quelque chose ici là-bas loin proche
	pareil pareille secret secrète bloqué bloquée supprimé supprimée désactivé mort morte vieux
	nouveau nouvelle mieux pire bien mal vrai faux facile difficile important importante
	the a an and but or so i you he she we they it my your his her our their this that these those
	what when where why how who yes no thanks thank hello hi hey today yesterday tomorrow monday
	tuesday wednesday thursday friday saturday sunday january february march april may june july
	august september october november december sometimes always never then after before with without
	for from in on at to of by about also just really very maybe please dear mom dad mum
	private public closed open down gone deleted blocked secret same new old dead lame weird fine
	good bad great not only also here there everyone someone nobody nothing something
	est sont était être avoir fait faire va vais aller aime aimé aimée pense crois sais veux peux
	dois suis es sommes êtes étaient is are was were be been have has had do does did go went like
	think know want can could should would will
	hortons couche-tard tim surtout souvent genre tellement trop full vraiment toxique
`);

/** Words just before a full name that make it one even when neither word is on a list ("s'appelle …"). */
export const NAME_CUES = wordSet(`
	appelle appelait appellent nommée nommé nom name named called madame monsieur mme mlle mr mrs ms
	miss dr prof professeur professeure enseignante enseignant voisin voisine cousin cousine tante oncle
	boyfriend girlfriend friend sister brother avec chez with
`);
