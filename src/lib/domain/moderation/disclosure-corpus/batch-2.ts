// Disclosure corpus, batch 2: written blind (before the detector was tuned on it), invented, non-graphic.
import type { DisclosureExample } from '../disclosure-corpus.ts';

export const BATCH_2: DisclosureExample[] = [
	{
		text: 'le wifi marche pas encore dans le local pcq jsuis pas capable douvrir le lien',
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'jai essayé de partir de chez eux pis ils mont texté que ma famille allait payer pour ça',
		disclosure: 'threat',
		language: 'fr'
	},
	{
		text: 'Moi jcomprends pas pourquoi latelier dit que cest toujours un piege, mon chum me trouve du monde a voir pis il mdonne une partie de largent, cest comme une job',
		disclosure: 'exploitation',
		language: 'fr'
	},
	{ text: 'this card killed me lmaooo who drew the cat', disclosure: null, language: 'en' },
	{
		text: "someone has my pics and says he'll send them to my dad unless i do what he says",
		disclosure: 'threat',
		language: 'en'
	},
	{
		text: 'Sérieux le quiz etait trop dur, jme suis fait détruire par Amélie 😭',
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'debt bondage was a new word for me tbh, the example with the rent made it click',
		disclosure: null,
		language: 'en'
	},
	{
		text: 'jenvoie des photos a un gars pis il me donne des cartes cadeaux, au debut cetait drole mais la il en veut toujours plus',
		disclosure: 'exploitation',
		language: 'fr'
	},
	{
		text: 'La sextorsion cest un crime meme si la fille a envoyé la photo elle-meme, faut que ca soit écrit GROS sur la carte',
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'Ya une fille dans le documentaire qui disait quelle devait 5000$ au gars pis quelle arrivait jamais a rembourser. Ca montre que la dette cest un piege, pas juste de largent',
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'Les gars qui disent « tes ma reine » pis qui te coupent de tes amies, cest un red flag classique. A mettre dans le quiz',
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'he paid for my phone and my nails and now he keeps saying i owe him and i know what he means by that',
		disclosure: 'debt',
		language: 'en'
	},
	{
		text: 'La violence dans un couple ca peut etre juste du controle, genre checker ton cell tout le temps. Faut le dire',
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'ma cousine se fait encore du mal pis elle me fait promettre de rien dire',
		disclosure: 'self-harm',
		language: 'fr'
	},
	{
		text: 'my stepdad slaps me around when my mom is at work, please dont tell her i said that',
		disclosure: 'violence',
		language: 'en'
	},
	{
		text: 'il prend mon cell pis il decide ou jva pis avec qui, si jdis non il me fait mal',
		disclosure: 'violence',
		language: 'fr'
	},
	{
		text: 'Bonne idée la carte sur les red flags. Moi il me dit souvent que mon petit frere pourrait avoir un accident',
		disclosure: 'threat',
		language: 'fr'
	},
	{
		text: 'Dans lhistoire de Jade, le gars menace de tout dire a sa mere. Moi jajouterais quil menace sa petite soeur aussi, ca revient souvent dans les témoignages quon a lus',
		disclosure: null,
		language: 'fr'
	},
	{ text: 'honestly i dont want to wake up tomorrow', disclosure: 'self-harm', language: 'en' },
	{
		text: 'Jai aimé le scenario de Maya pcq cest comme avec mon chum, sauf que lui il frappe pour vrai',
		disclosure: 'violence',
		language: 'fr'
	},
	{
		text: 'il ma dit que ce weekend ya des clients qui viennent a lappart pis que jdois etre la',
		disclosure: 'exploitation',
		language: 'fr'
	},
	{
		text: 'La stat qui dit que la moyenne dâge dentrée cest 14 ans ca ma choquée, faudrait la mettre au debut',
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'the quote "he said i had to pay him back and not with money" from the testimony was really powerful, keep it',
		disclosure: null,
		language: 'en'
	},
	{
		text: 'should the facilitators say sex work or exploitation? bc for minors its always exploitation',
		disclosure: null,
		language: 'en'
	},
	{
		text: 'jtrouve que latelier parle pas assez des gars qui recrutent sur snap',
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'Dans le scenario, Léa se fait manipuler par un gars qui lui paye tout, pis après il dit quelle lui doit de largent. Faudrait montrer ça plus clairement',
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'Ma chum Rosalie doit de la drogue a un gars pis il veut quelle aille a un hotel pour effacer ca',
		disclosure: 'debt',
		language: 'fr'
	},
	{
		text: 'we should tell girls its never too late to leave even if they owe him money, the debt isnt real',
		disclosure: null,
		language: 'en'
	},
	{
		text: 'Tsé la question « est ce que quelquun te force a faire des choses » dans le questionnaire, je la trouve trop directe, personne va repondre honnetement',
		disclosure: null,
		language: 'fr'
	},
	{
		text: "good session today. also i cant really come next week, he doesnt let me leave the house when he's mad",
		disclosure: 'violence',
		language: 'en'
	},
	{
		text: 'my friend is scared of her boyfriend, he hit her again this weekend and she still goes back',
		disclosure: 'violence',
		language: 'en'
	},
	{
		text: 'jai oublié mon chargeur dans la salle, quelquun la vu?',
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'i stayed at his place when i ran away and now he says i have to work off the rent',
		disclosure: 'debt',
		language: 'en'
	},
	{
		text: 'chu morte de fatigue apres lecole mais latelier etait nice',
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'Chu pas venue la semaine passée pcq il me laissait pas sortir de lappart, il avait barré la porte',
		disclosure: 'violence',
		language: 'fr'
	},
	{
		text: 'idk if this counts but he hurts me when i dont answer his texts fast enough',
		disclosure: 'violence',
		language: 'en'
	},
	{
		text: 'my friend owes her dealer like 600 and he said she can pay it back "another way"',
		disclosure: 'debt',
		language: 'en'
	},
	{
		text: 'he says i have to be nice to his friends or we dont eat this week, and they give him money after',
		disclosure: 'exploitation',
		language: 'en'
	},
	{
		text: 'i feel like the workshop makes it sound like only girls with bad families get trafficked and thats not true at all',
		disclosure: null,
		language: 'en'
	},
	{
		text: 'the sextortion card should say you can get the pics taken down, a lot of girls dont know that',
		disclosure: null,
		language: 'en'
	},
	{
		text: 'consent card is good but it needs an example with someone older, like a 19 yo and a 15 yo',
		disclosure: null,
		language: 'en'
	},
	{
		text: 'jpense souvent a en finir depuis que tout le monde a vu les photos',
		disclosure: 'self-harm',
		language: 'fr'
	},
	{
		text: 'jdois encore 800 a la fille qui ma fait rentrer, elle dit que je peux rembourser en allant a des partys avec ses amis',
		disclosure: 'debt',
		language: 'fr'
	},
	{
		text: 'Dans le scenario 2, est ce que cest legal pour un adulte de texter Jade genre tous les soirs? jsavais pas quoi repondre',
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'Bonne idée de pas montrer dimages dans les ateliers, juste des dessins. Cest moins lourd',
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'the hotline number is wayyy too small on the poster, make it bigger pls',
		disclosure: null,
		language: 'en'
	},
	{
		text: 'il ma dit « tu pars, tu meurs » en riant mais jpense pas quil riait vraiment',
		disclosure: 'threat',
		language: 'fr'
	},
	{
		text: 'theres this guy my cousin and i live with and he locks us in the room when he goes out',
		disclosure: 'violence',
		language: 'en'
	},
	{
		text: 'Le scenario de Léa ma fait capoter parce que cest exactement ce qui marrive, il me fait travailler pour lui pis il garde tout',
		disclosure: 'exploitation',
		language: 'fr'
	},
	{
		text: 'il ma acheté un cell pis la il dit que cest a mon tour de faire quelque chose pour lui. jsais ce quil veut dire',
		disclosure: 'debt',
		language: 'fr'
	},
	{
		text: 'Dans la mise en situation le chum de Maya la frappe pis elle pense que cest de sa faute. Jtrouve ca realiste mais peut etre trop dur pour les plus jeunes?',
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'Latelier etait bon. Sinon est ce que je peux parler a Sophie apres? mon beau pere me brasse quand ma mere est pas la',
		disclosure: 'violence',
		language: 'fr'
	},
	{
		text: 'the hotel part of the scenario was weird for me bc thats literally my weekends rn',
		disclosure: 'exploitation',
		language: 'en'
	},
	{
		text: 'people think trafficking means getting kidnapped in a van lol when its usually way more subtle',
		disclosure: null,
		language: 'en'
	},
	{
		text: "the part where jess's mom doesnt believe her was sad but realistic",
		disclosure: null,
		language: 'en'
	},
	{
		text: 'my friend keeps saying she wants to die and she just gave me her hoodie and all her stuff',
		disclosure: 'self-harm',
		language: 'en'
	},
	{
		text: 'in the scenario why doesnt léa just tell someone? i think the workshop should explain that he threatens her so she feels stuck',
		disclosure: null,
		language: 'en'
	},
	{
		text: 'il veut que jfasse des videos pour un site, il dit que cest juste entre nous deux mais il se fait payer',
		disclosure: 'exploitation',
		language: 'fr'
	},
	{
		text: 'Quest ce quon dit a une amie si elle dit quelle veut se tuer? jpense que latelier devrait pratiquer ca',
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'ngl the stat about girls being recruited by someone they know was the scariest part',
		disclosure: null,
		language: 'en'
	},
	{
		text: 'il ma pogné par le bras tellement fort que jpouvais pas partir, pis ca arrive souvent',
		disclosure: 'violence',
		language: 'fr'
	},
	{
		text: 'ok mais si quelquun te dit « si tu parles je vais te tuer », tu appelles la police ou tu le dis a un adulte en premier? vraie question pour le quiz',
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'Il dit que si jle laisse il va envoyer mes photos a toute mon école',
		disclosure: 'threat',
		language: 'fr'
	},
	{
		text: 'Ma mere va me tuer si jarrive en retard encore, on finit a quelle heure jeudi?',
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'ma soeur pis moi on se fait frapper par notre oncle chez qui on reste, jsais pas a qui le dire',
		disclosure: 'violence',
		language: 'fr'
	},
	{
		text: 'il dit que ma dette monte chaque semaine que jtravaille pas',
		disclosure: 'debt',
		language: 'fr'
	},
	{
		text: 'si jparle de lui a quelquun il a dit quil savait ou ma mere travaille',
		disclosure: 'threat',
		language: 'fr'
	},
	{
		text: 'jai écrit une lettre a ma mere au cas ou, jsais pas pourquoi jvous dis ça',
		disclosure: 'self-harm',
		language: 'fr'
	},
	{
		text: 'what if the guy is 17 too, is it still exploitation if he sells her pics? genuine question for the quiz',
		disclosure: null,
		language: 'en'
	},
	{
		text: 'ma chum Noémie arrive avec des bleus pis elle dit quelle est tombée, mais son chum la frappe jen suis sure',
		disclosure: 'violence',
		language: 'fr'
	},
	{
		text: 'On peut tu changer la rencontre pour 17h? jai pratique de basket',
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'jsuis pas sure de pouvoir revenir au groupe, il a dit que si il apprend que jparle de lui ici ca va mal finir pour moi',
		disclosure: 'threat',
		language: 'fr'
	},
	{
		text: 'Si jmourais demain jpense que personne remarquerait',
		disclosure: 'self-harm',
		language: 'fr'
	},
	{
		text: 'girls in group homes get targeted a lot from what i read, maybe we add that',
		disclosure: null,
		language: 'en'
	},
	{
		text: "how do you recognize a loverboy if he's actually nice at first? thats the part i dont get",
		disclosure: null,
		language: 'en'
	},
	{
		text: 'every time i say i want out he says fine, pay me back first. and the number keeps going up',
		disclosure: 'debt',
		language: 'en'
	},
	{ text: 'honestly this group is the best part of my tuesdays', disclosure: null, language: 'en' },
	{
		text: 'my bf shoved me into the wall last night when i said i wanted to go home. idk if thats normal',
		disclosure: 'violence',
		language: 'en'
	},
	{
		text: 'loved today!! btw is there a way to block someone everywhere? he keeps saying he knows where i live and im not safe',
		disclosure: 'threat',
		language: 'en'
	},
	{
		text: "my best friend says she works for her man at night now, she's 15 and i dont know what to do",
		disclosure: 'exploitation',
		language: 'en'
	},
	{
		text: 'the suicide hotline card made me think maybe i should call it. for me i mean',
		disclosure: 'self-harm',
		language: 'en'
	},
	{
		text: 'jsuis tannée davoir peur de rentrer chez nous le soir, tsé quand il a bu ça finit toujours mal pour moi',
		disclosure: 'violence',
		language: 'fr'
	},
	{
		text: 'the scenario where the recruiter DMs her on insta felt super real, good job whoever wrote it',
		disclosure: null,
		language: 'en'
	},
	{
		text: 'good workshop. quick question tho, is a debt real if the guy never said it was a loan? bc he says i owe him everything',
		disclosure: 'debt',
		language: 'en'
	},
	{
		text: 'they told me snitches end up in the river lol. im probably overthinking it right',
		disclosure: 'threat',
		language: 'en'
	},
	{
		text: "in the movie the girl's boyfriend hits her and then buys her stuff the next day. thats the cycle they talked about right?",
		disclosure: null,
		language: 'en'
	},
	{
		text: 'theres a guy who pays me to send pics and now he wants to meet up. i kinda need the money tho',
		disclosure: 'exploitation',
		language: 'en'
	},
	{
		text: 'Mon ex a encore des videos de moi pis il me les renvoie des fois avec « oublie pas ce que jai »',
		disclosure: 'threat',
		language: 'fr'
	},
	{
		text: "i've been hurting myself again and i dont know how to stop",
		disclosure: 'self-harm',
		language: 'en'
	},
	{
		text: 'can someone send the slides? i missed last week bc of a dentist thing',
		disclosure: null,
		language: 'en'
	},
	{
		text: 'how much do i have to pay back if it was just food and a place to crash? asking for me not a scenario lol',
		disclosure: 'debt',
		language: 'en'
	},
	{
		text: 'mon chum dit que si jlaime vraiment jvais aller voir ses amis pour de largent, pis la jle fais depuis un mois',
		disclosure: 'exploitation',
		language: 'fr'
	},
	{
		text: 'ma petite cousine de 14 ans va dans des partys avec des hommes de 30 ans pis elle revient avec de la drogue pis du cash',
		disclosure: 'exploitation',
		language: 'fr'
	},
	{
		text: 'im literally dying of boredom in math rn, cant wait for tonight',
		disclosure: null,
		language: 'en'
	},
	{
		text: 'Jpense quon devrait enlever le mot prostitution pis dire exploitation sexuelle, cest plus juste',
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'La carte « Il te paye tes ongles pis ton linge » est super bonne, tout le monde a compris direct que cetait un piege',
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'i think we should add a character who gets paid in weed and a phone and then he says she owes him',
		disclosure: null,
		language: 'en'
	},
	{
		text: 'Le chiffre sur combien de filles se font recruter par une amie devrait etre dans lintro, la plupart pensent que cest juste des inconnus',
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'Jai vu un film ou la fille se faisait vendre par son chum pis personne remarquait rien. Ca serait bon den parler en atelier',
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'i get paid in vapes and rides to hang out with older guys, my friend set it up. its fine i guess',
		disclosure: 'exploitation',
		language: 'en'
	},
	{
		text: 'idk whats the point of anything anymore, i just want everything to stop',
		disclosure: 'self-harm',
		language: 'en'
	},
	{
		text: 'Pourquoi les pimps ciblent les filles en centre jeunesse? Cest tu parce quelles ont moins de monde autour?',
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'Genre la phrase « il me force a rien, cest moi qui veux » ca serait bon pour montrer comment les filles se convainquent elles-memes',
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'jpense que la carte sur les loverboys devrait dire que ça commence souvent par des compliments, pas par des menaces',
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'Ya un compte qui me demande des photos sinon il va montrer les autres a mes parents. Jsais pas quoi faire jai 14 ans',
		disclosure: 'threat',
		language: 'fr'
	},
	{
		text: 'jai recommencé a me faire du mal, personne le sait',
		disclosure: 'self-harm',
		language: 'fr'
	},
	{
		text: 'Ce serait bien davoir une carte sur quoi faire si une amie te dit quelle se fait du mal',
		disclosure: null,
		language: 'fr'
	},
	{
		text: "my friend's ex keeps saying he'll hurt her little sister if she doesnt come back to him",
		disclosure: 'threat',
		language: 'en'
	},
	{
		text: 'Le role-play avec le recruteur au metro etait trop bien joué lol Mélanie faisait peur pour vrai',
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'in the roleplay when the "client" shows up we should have a freeze moment where everyone says what they\'d do',
		disclosure: null,
		language: 'en'
	},
	{
		text: 'Jaimerais que latelier parle des filles qui se font payer en drogue, cest pas juste de largent tsé',
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'jsuis pas fiere mais jvois des gars plus vieux pour avoir du linge pis des lifts, cest mon amie qui organise ça',
		disclosure: 'exploitation',
		language: 'fr'
	},
	{
		text: 'la carte sur les idées noires, ben cest moi ça, tous les soirs',
		disclosure: 'self-harm',
		language: 'fr'
	},
	{
		text: 'On devrait dire que cest jamais la faute de la fille, meme si elle est retournée le voir plein de fois',
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'jveux juste disparaitre genre pour vrai, jsuis tannée de toute',
		disclosure: 'self-harm',
		language: 'fr'
	},
	{
		text: 'Pourquoi on dit victime? Les filles dans les témoignages disaient quelles aimaient pas ce mot la',
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'Jai fumé ses affaires tout lété pis maintenant il dit que jlui dois 2000$ pis que jvais travailler pour lui',
		disclosure: 'debt',
		language: 'fr'
	},
	{
		text: 'Moi jdirais que le mot client fait peur aux plus jeunes, on pourrait dire acheteur dans le jeu de role?',
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'Si le personnage dit « jveux disparaitre », les animatrices devraient montrer comment reagir sans paniquer',
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'dans le jeu, quand Léa dit quelle a pas le choix de travailler pour lui, jaurais aimé quon explique pourquoi elle pense ça',
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'des fois jme dis que ça serait plus simple si jme reveillais pas le matin',
		disclosure: 'self-harm',
		language: 'fr'
	},
	{
		text: 'si une fille se fait menacer que ses photos vont etre partagées, elle devrait parler a qui en premier? faudrait que latelier le dise',
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'ma chum reste chez un gars depuis quelle a fugué, il dit quelle lui doit le loyer pis il lui fait voir des gars pour payer',
		disclosure: 'debt',
		language: 'fr'
	},
	{
		text: 'Si jetais animatrice jcommencerais par parler dune relation saine avant de parler des pimps',
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'Comment on fait pour reconnaitre un recruteur si il a lair juste gentil?',
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'yaura tu des chips la prochaine fois? les biscuits etaient secs',
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'Latelier était bien mais jsuis pas sure de rester jusquau prochain, jai plus la force de rien',
		disclosure: 'self-harm',
		language: 'fr'
	},
	{
		text: 'jai hâte quon presente latelier aux secondaire 1, ca va etre drole de les voir faire le role play',
		disclosure: null,
		language: 'fr'
	},
	{
		text: "he said if i tell the facilitators anything he'll know and i'll regret it",
		disclosure: 'threat',
		language: 'en'
	},
	{ text: 'im dead 💀 the facilitator tried to say rizz', disclosure: null, language: 'en' },
	{
		text: 'mon chum me pousse quand il est fâché pis apres il dit que cest moi qui lai cherché',
		disclosure: 'violence',
		language: 'fr'
	},
	{
		text: 'Ya un gars qui poste des annonces avec mes photos pis qui me dit quoi faire quand les gars appellent',
		disclosure: 'exploitation',
		language: 'fr'
	},
	{
		text: 'Le numéro de la ligne de prévention du suicide devrait etre sur chaque carte, pas juste a la fin',
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'il ma hébergé pendant deux mois pis la il dit que jdois le rembourser, pis pas avec de largent',
		disclosure: 'debt',
		language: 'fr'
	},
	{
		text: 'can we do a part on what to do if someone threatens to leak your nudes? like step by step',
		disclosure: null,
		language: 'en'
	},
	{
		text: 'my boyfriend sets up "dates" for me with his friends and they pay him. i thought it was normal until today',
		disclosure: 'exploitation',
		language: 'en'
	},
	{ text: 'the snacks were fire today ngl', disclosure: null, language: 'en' },
	{
		text: 'ma chum Jess se fait amener dans des hotels par son chum pis elle revient avec de largent, elle dit que cest correct mais jsuis inquiete',
		disclosure: 'exploitation',
		language: 'fr'
	},
	{
		text: 'whats the dress code for the presentation lol do we have to dress fancy',
		disclosure: null,
		language: 'en'
	},
	{
		text: 'Est ce quon peut amener une amie la semaine prochaine?',
		disclosure: null,
		language: 'fr'
	},
	{ text: 'cette carte ma tuée 😂', disclosure: null, language: 'fr' },
	{
		text: 'he reminds me every day that he still has my screenshots. idk how long i can keep doing this',
		disclosure: 'threat',
		language: 'en'
	},
	{
		text: 'i think self harm should get its own workshop, it kinda got rushed at the end',
		disclosure: null,
		language: 'en'
	},
	{ text: 'merci pour la pizza!!! meilleur atelier', disclosure: null, language: 'fr' },
	{
		text: 'my mom will kill me if im late again so can we end at 8 sharp',
		disclosure: null,
		language: 'en'
	},
	{
		text: 'What should you say if a friend tells you she wants to kill herself? We should practice that.',
		disclosure: null,
		language: 'en'
	},
	{
		text: 'dans la scene 3 le gars dit a Sarah « tu me dois ben ca apres tout ce que jai fait pour toi ». Cest exactement comme ca que ces gars la parlent',
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'Chaque fois que jessaie de partir il me montre la liste de tout ce quil a payé pour moi',
		disclosure: 'debt',
		language: 'fr'
	},
	{
		text: 'Jaimerais que latelier parle plus des dettes pcq moi jsuis pognée avec ça, jdois de largent au chum de ma soeur pis il me fait faire des affaires',
		disclosure: 'debt',
		language: 'fr'
	},
	{
		text: 'jai peur quil me trouve si jchange de ville, il arrete pas de dire quil a du monde partout',
		disclosure: 'threat',
		language: 'fr'
	},
	{
		text: 'jvais mourir de rire si Kim refait son imitation de lanimatrice',
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'le gars chez qui jdors me laisse pas sortir sans lui, il garde mes clés pis mes papiers',
		disclosure: 'violence',
		language: 'fr'
	},
	{
		text: 'ma chum se fait menacer par son ex, il dit quil va mettre ses nudes sur insta si elle le bloque',
		disclosure: 'threat',
		language: 'fr'
	},
	{
		text: 'yme nourrit pis yme loge depuis que jsuis partie de chez nous, fait que quand il me demande des services jpeux pas dire non',
		disclosure: 'debt',
		language: 'fr'
	},
	{
		text: 'Pour la partie sur les dettes, on pourrait expliquer que quand un gars te donne un cell ou une place pour dormir pis te dit apres que tu lui dois, ca sappelle de la servitude pour dettes',
		disclosure: null,
		language: 'fr'
	},
	{ text: 'everyone would be better off without me tbh', disclosure: 'self-harm', language: 'en' },
	{
		text: 'le consentement ca veut dire que tu peux dire non meme apres avoir dit oui, faudrait un exemple de ça',
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'the character maya says "he\'s not forcing me" but he totally is, good way to show how it works',
		disclosure: null,
		language: 'en'
	},
	{
		text: 'idk if pimp is the right word for the cards, most girls call them their boyfriend at first',
		disclosure: null,
		language: 'en'
	},
	{
		text: 'ma chum Kayla parle de se tuer depuis une semaine pis jsais pas si cest serieux',
		disclosure: 'self-harm',
		language: 'fr'
	}
];
