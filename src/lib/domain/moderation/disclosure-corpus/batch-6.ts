// Disclosure corpus, batch 6: written blind (before the detector was tuned on it), invented, non-graphic.
import type { DisclosureExample } from '../disclosure-corpus.ts';

export const BATCH_6: DisclosureExample[] = [
	{
		text: "adults get it wrong when they think exploitation looks like kidnapping. it's usually someone you trust",
		disclosure: null,
		language: 'en'
	},
	{
		text: 'des fois jme dis que ça serait plus simple pour tout le monde si jétais pu là',
		disclosure: 'self-harm',
		language: 'fr'
	},
	{
		text: 'in the pilot a girl asked what to do if your friend says she wants to die. we said tell an adult and call the line together. was that right?',
		disclosure: null,
		language: 'en'
	},
	{
		text: 'my boyfriend makes me go with other guys for money and he keeps it all, idk how to stop',
		disclosure: 'exploitation',
		language: 'en'
	},
	{
		text: "question for the youth workers: if a guy paid for your trip here and now wants you to pay him back with 'dates', is that legal? need to know by friday",
		disclosure: 'debt',
		language: 'en'
	},
	{
		text: "the centre should have a way to report sextortion anonymously, like a form that doesn't need your name",
		disclosure: null,
		language: 'en'
	},
	{
		text: "Question for the adults: what do you do when a girl's dad hits her but she's scared the DPJ will split up the family? asking for real, not hypothetically",
		disclosure: 'violence',
		language: 'en'
	},
	{
		text: 'mon chum paye le loyer pis la bouffe depuis que jsuis partie de chez nous, y me rappelle souvent que jlui dois ça pis que ça va se rembourser',
		disclosure: 'debt',
		language: 'fr'
	},
	{
		text: 'mon chum me fait travailler pour lui les fins de semaine avec des gars quil connait, y garde tout largent',
		disclosure: 'exploitation',
		language: 'fr'
	},
	{
		text: "proposal: youth workers should stop saying 'just block him'. blocking doesn't stop someone who already has your pics",
		disclosure: null,
		language: 'en'
	},
	{
		text: "nothing's ever gonna get better and i'm so tired of everything. there's no point in the workshops for me anymore",
		disclosure: 'self-harm',
		language: 'en'
	},
	{
		text: "the younger girls kept asking 'but what if he says he loves you'. i think that's the main thing to work on next time",
		disclosure: null,
		language: 'en'
	},
	{
		text: 'Idée pour la fin : chaque fille repart avec une petite carte avec 3 numéros daide, format carte daffaires, discret',
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'Le recruteur dans le scénario est trop cliché. Dans la vraie vie cest souvent une fille de ton âge qui te présente au gars',
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'jvais donner tout mon linge à Rosalie, jen aurai pu besoin lol. anyway cest quand le prochain atelier?',
		disclosure: 'self-harm',
		language: 'fr'
	},
	{
		text: 'lol y ma dit quil allait tuer mon chat si jle quittais, cest juste des paroles tkt. on commence à quelle heure?',
		disclosure: 'threat',
		language: 'fr'
	},
	{
		text: 'the stat about runaways getting approached within 48 hours should be the first slide tbh',
		disclosure: null,
		language: 'en'
	},
	{
		text: "Dans la recherche une fille dit 'il ma fait sentir que je lui devais tout'. On devrait mettre cette citation au début du module",
		disclosure: null,
		language: 'fr'
	},
	{ text: 'on me doit encore 5$ pour les chips du pilote mdr', disclosure: null, language: 'fr' },
	{
		text: 'Question pour les adultes: si une fille dit à une intervenante quelle se fait du mal, vous appelez ses parents direct? Les filles veulent savoir AVANT de parler',
		disclosure: null,
		language: 'fr'
	},
	{
		text: "my sister is 16 and goes to 'hotel parties' every weekend with her boyfriend's friends, comes back with cash and won't talk about it",
		disclosure: 'exploitation',
		language: 'en'
	},
	{ text: "I'm literally dead 😭 the 12 year olds roasted us", disclosure: null, language: 'en' },
	{
		text: 'un gars menace denvoyer mes photos à ma mère si jle rejoins pas samedi',
		disclosure: 'threat',
		language: 'fr'
	},
	{
		text: 'another trip to the city this weekend, his friends again. he calls it work. not allowed to keep any of it',
		disclosure: 'exploitation',
		language: 'en'
	},
	{
		text: 'jpense à me suicider presque chaque soir pis personne le sait',
		disclosure: 'self-harm',
		language: 'fr'
	},
	{
		text: 'the role play where someone plays the recruiter felt weird, maybe use a comic instead',
		disclosure: null,
		language: 'en'
	},
	{
		text: "we need to tell the younger girls that 'parties' with older guys where everything's free are a classic recruitment move",
		disclosure: null,
		language: 'en'
	},
	{
		text: 'ma mère va me tuer si jrentre après 9h lol, on peut finir plus tôt jeudi?',
		disclosure: null,
		language: 'fr'
	},
	{
		text: "Lengagement sur une ligne découte 24/7 est encore 'en cours' depuis janvier?? sérieux",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "feedback: the cop at the dialogue kept saying 'those girls'. like hello we're right here??",
		disclosure: null,
		language: 'en'
	},
	{
		text: "deadass best workshop we've done, can we do it again?",
		disclosure: null,
		language: 'en'
	},
	{
		text: 'omg thank you for the debt module!! fr i need it, i owe someone for weed and he said i can work it off at his place this weekend',
		disclosure: 'debt',
		language: 'en'
	},
	{
		text: 'Pendant latelier une fille a demandé si on peut aller en prison pour avoir envoyé une photo de soi-même. Jsavais pas quoi répondre, faudrait une avocate',
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'commitment #4 (helpline cards in every bathroom) DONE!! thank u',
		disclosure: null,
		language: 'en'
	},
	{
		text: 'Proposition: que le centre paye un changement de numéro de cell. Moi y arrête pas de mécrire quil va mettre le feu à lauto de mon père si jreviens pas',
		disclosure: 'threat',
		language: 'fr'
	},
	{
		text: 'mon beau-père me frappe quand y boit pis ma mère dit rien',
		disclosure: 'violence',
		language: 'fr'
	},
	{
		text: 'jsuis pas là samedi, jdois aller faire une game à Laval pour mon chum. y dit que cest la dernière fois',
		disclosure: 'exploitation',
		language: 'fr'
	},
	{
		text: "merci for the sextortion card but it's kinda late, a guy is already selling my videos and he wants me to make more",
		disclosure: 'exploitation',
		language: 'en'
	},
	{
		text: "Ma cousine part à Toronto avec son nouveau chum pour 'travailler' pis elle a 15 ans. Elle pense que cest une job de danse",
		disclosure: 'exploitation',
		language: 'fr'
	},
	{
		text: 'Merci tout le monde, genre meilleure journée de lété',
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'le bus était en retard pis jai couru pour rien, jsuis morte',
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'Proposition: des cours de dessin le soir. Ça maide à pas me faire mal quand ça va pas, pis ces temps-ci ça arrive souvent',
		disclosure: 'self-harm',
		language: 'fr'
	},
	{
		text: 'lol my bf threw my phone at me again, anyway can someone send the slides',
		disclosure: 'violence',
		language: 'en'
	},
	{
		text: 'Jappuie. Les adultes pensent que la dette cest juste une affaire dargent mais dans la recherche cest surtout une façon de contrôler la fille',
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'Pu de raison de continuer. Tout le monde serait mieux sans. Bonne chance avec le pilote',
		disclosure: 'self-harm',
		language: 'fr'
	},
	{
		text: 'jdois 800$ à un gars pour du stock pis y dit que jpeux payer autrement. jveux pas mais jsais pas quoi faire',
		disclosure: 'debt',
		language: 'fr'
	},
	{
		text: "quote from the research we used: 'he said i owed him for everything he bought me.' the younger girls went real quiet after that one",
		disclosure: null,
		language: 'en'
	},
	{
		text: 'Pour le personnage de Maya, jpense quelle devrait pas savoir tout de suite que son chum est un pimp. Cest plus réaliste de même',
		disclosure: null,
		language: 'fr'
	},
	{
		text: "still not done?? i really needed that 24/7 line last night, didn't think i'd make it to morning",
		disclosure: 'self-harm',
		language: 'en'
	},
	{
		text: "my little sister is scared of mom's boyfriend, he slapped her last week and mom believes him not us",
		disclosure: 'violence',
		language: 'en'
	},
	{
		text: 'Proposition : parler aussi des gars qui se font exploiter, cest pas juste les filles. Tsé les petits frères aussi',
		disclosure: null,
		language: 'fr'
	},
	{
		text: "gonna need someone to walk me to the bus after. my ex keeps showing up and he said i'd see what happens",
		disclosure: 'threat',
		language: 'en'
	},
	{
		text: 'honestly i just want to disappear for good. not run away, just not exist',
		disclosure: 'self-harm',
		language: 'en'
	},
	{
		text: "for Jade's character, what if her 'debt' starts with him paying for her nails and phone? that's how the research says it usually goes",
		disclosure: null,
		language: 'en'
	},
	{
		text: "ngl the part where we explained 'boyfriend' pimps was the best, the younger girls were so locked in",
		disclosure: null,
		language: 'en'
	},
	{ text: 'bro the wifi at the centre should be illegal', disclosure: null, language: 'en' },
	{
		text: 'Ça me tente pas de refaire la présentation, jvais mourir de gêne devant les adultes',
		disclosure: null,
		language: 'fr'
	},
	{
		text: "supporting this!! group homes need way more staff at night, that's when girls get picked up",
		disclosure: null,
		language: 'en'
	},
	{
		text: 'Merci pour tout les filles, vous étiez vraiment les meilleures. Prenez soin de vous, pour vrai',
		disclosure: 'self-harm',
		language: 'fr'
	},
	{
		text: "in the pilot can we talk about what to do when you don't want to be alive anymore? asking bc i'm there rn and idk who to tell",
		disclosure: 'self-harm',
		language: 'en'
	},
	{
		text: "Ma coloc au foyer sort chaque nuit pis revient avec du cash pis de la drogue. Elle dit que cest son chum qui lenvoie voir des 'amis'",
		disclosure: 'exploitation',
		language: 'fr'
	},
	{
		text: "Les intervenantes devraient avoir un fonds durgence pour les cells. Le mien cest un gars qui le paye pis maintenant y veut des 'faveurs' chaque mois",
		disclosure: 'debt',
		language: 'fr'
	},
	{
		text: 'Les intervenantes devraient expliquer cest quoi un loverboy avant que les filles en rencontrent un, pas après.',
		disclosure: null,
		language: 'fr'
	},
	{ text: 'tas tué ça avec ta présentation Emma!!', disclosure: null, language: 'fr' },
	{
		text: 'Les polices devraient pas traiter une fille exploitée comme une criminelle. Cest elle la victime, pas le client',
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'Ya des petites qui ont ri pendant la partie sur les menaces en ligne, jpense pas que cest méchant, cest juste nerveux',
		disclosure: null,
		language: 'fr'
	},
	{
		text: "still not done?? you said in march you'd train the night staff on grooming signs",
		disclosure: null,
		language: 'en'
	},
	{
		text: "my roommate keeps getting DMs from a guy saying he'll hurt her little brother if she blocks him. she's terrified",
		disclosure: 'threat',
		language: 'en'
	},
	{
		text: "can't make it friday, have to work one of his parties again. he says i'm his best girl lol",
		disclosure: 'exploitation',
		language: 'en'
	},
	{
		text: 'Toujours pas fait?? Ça fait 2 mois que vous avez promis de parler aux polices du quartier de comment ils traitent les fugueuses',
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'Cest bien beau les ateliers mais tant que les foyers de groupe laissent sortir les filles à 23h sans poser de questions ça changera rien',
		disclosure: null,
		language: 'fr'
	},
	{
		text: "new number, the old one isn't safe. he said if the police get involved the dog is gone. won't be at the session",
		disclosure: 'threat',
		language: 'en'
	},
	{
		text: 'Mise en situation: tu veux pu aller aux partys de ton chum pis y te dit que tu lui dois ben ça. Cest quoi tes options? Bonne question pour les 12-13 ans',
		disclosure: null,
		language: 'fr'
	},
	{
		text: "is there a way to stay late at the centre? home isn't great when he's drinking, i usually wait till he's asleep",
		disclosure: 'violence',
		language: 'en'
	},
	{
		text: 'ma chum Jess arrive à lécole avec des bleus pis elle dit quelle est tombée. ça fait 3 fois ce mois-ci',
		disclosure: 'violence',
		language: 'fr'
	},
	{
		text: 'Feedback du dialogue: chu contente que la DPJ était là mais ils ont pas répondu sur les fugues. Pourquoi on cherche pas les filles plus vite??',
		disclosure: null,
		language: 'fr'
	},
	{
		text: "can the centre lend money? i owe this girl for the coke and she says i'll have to come meet some guys with her to make it even",
		disclosure: 'debt',
		language: 'en'
	},
	{ text: 'i owe you big time for covering my part on saturday', disclosure: null, language: 'en' },
	{
		text: 'La stat que lâge moyen dentrée cest 14 ans a vraiment choqué les plus jeunes. Peut-être la présenter plus doucement?',
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'the research says threats against family are one of the main ways girls are kept from leaving. can we make a card about that?',
		disclosure: null,
		language: 'en'
	},
	{
		text: 'ma soeur doit de largent à son ex pour le billet de bus de Toronto pis y dit quelle va travailler pour lui jusquà temps que ce soit payé',
		disclosure: 'debt',
		language: 'fr'
	},
	{
		text: 'c rien mais mon chum ma serré le bras fort devant tout le monde hier. anyway on fait quoi pour latelier?',
		disclosure: 'violence',
		language: 'fr'
	},
	{
		text: "Question pour latelier: si ton chum te demande de coucher avec son ami une fois pour laider, c'tu normal? jveux juste savoir avant samedi",
		disclosure: 'exploitation',
		language: 'fr'
	},
	{
		text: 'ma chum Noémie arrête pas de dire quelle veut mourir pis elle a donné son chat à sa voisine. jsais pu quoi faire',
		disclosure: 'self-harm',
		language: 'fr'
	},
	{
		text: "Chu morte de rire, les petites ont renommé le module 'les gars red flag' 😂",
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'merci!! enfin quelquun qui dit que les filles en centre jeunesse se font recruter direct devant la porte',
		disclosure: null,
		language: 'fr'
	},
	{
		text: "in the script the line 'i owe him everything' should go to the older character, not the 13 year old",
		disclosure: null,
		language: 'en'
	},
	{
		text: "the video should show that violence in couples isn't only hitting, it's also him controlling your phone and who you see",
		disclosure: null,
		language: 'en'
	},
	{
		text: 'chu tannée de me battre, rien change jamais, jvois pas pourquoi jcontinuerais',
		disclosure: 'self-harm',
		language: 'fr'
	},
	{
		text: 'Ma soeur peut pu sortir de lappart, son chum barre la porte pis y garde ses clés',
		disclosure: 'violence',
		language: 'fr'
	},
	{
		text: "idea: a scenario where a girl's cousin offers her a 'modeling job' in another city and the group has to spot what's off",
		disclosure: null,
		language: 'en'
	},
	{
		text: "Le gars dans la mise en situation dit 'si tu parles ta famille va payer'. Les petites ont trouvé ça intense, on adoucit?",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "Ma proposition : que les intervenantes apprennent le vocabulaire. 'Faire des games', 'monter à Toronto'... les adultes comprennent pas ce que ça veut dire",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "giving away the art supplies to the younger girls, won't be needing them. thanks for everything, truly",
		disclosure: 'self-harm',
		language: 'en'
	},
	{
		text: 'Encore enfermée dans la chambre toute la fin de semaine, pas le droit au cell. Retour lundi si tout va bien',
		disclosure: 'violence',
		language: 'fr'
	},
	{
		text: 'jsuis crevée mais contente, latelier sest super bien passé',
		disclosure: null,
		language: 'fr'
	},
	{
		text: "Pour la BD, la réplique de Maya 'jveux juste disparaître' est forte, on la garde mais on met la ressource en bas de la page",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "lol he said he'd ruin my life if i tell anyone, he's all talk. anyway see u thursday",
		disclosure: 'threat',
		language: 'en'
	},
	{
		text: 'Les intervenantes devraient savoir que dans les partys les gars offrent du stock gratuit pis après faut aller dans la chambre avec leurs amis. Ça marrive chaque vendredi pis jsais pas comment arrêter',
		disclosure: 'exploitation',
		language: 'fr'
	},
	{
		text: "lol i owe my ex like 600 for the phone and he keeps saying 'you know how you can pay me'. whatever, can we talk about the posters",
		disclosure: 'debt',
		language: 'en'
	},
	{
		text: "i can't be in the pictures for the pilot. he said if he sees me online again he'll come find me",
		disclosure: 'threat',
		language: 'en'
	},
	{
		text: "my cousin is living with a guy who says she owes him for rent and food and now he makes her 'pay' in ways she won't tell me about",
		disclosure: 'debt',
		language: 'en'
	},
	{ text: 'the dialogue session was lowkey fire ngl', disclosure: null, language: 'en' },
	{ text: 'cette réunion va me tuer, 2h sur le budget 💀', disclosure: null, language: 'fr' },
	{
		text: "he doesn't let me leave the apartment without him and he takes my keys. first time i've been online in days",
		disclosure: 'violence',
		language: 'en'
	},
	{
		text: 'still 400 short. he says one night with his friend clears it. no other way to pay',
		disclosure: 'debt',
		language: 'en'
	},
	{
		text: 'jdors chez ma chum ce soir pcq mon père est en crisse pis la dernière fois cest moi qui a mangé les coups',
		disclosure: 'violence',
		language: 'fr'
	},
	{
		text: 'my roommate at the group home has bruises all over her arms from her boyfriend and she made me promise not to tell',
		disclosure: 'violence',
		language: 'en'
	},
	{
		text: "one of the 12 year olds asked if a guy can be your boyfriend and your pimp at the same time. we said yes, that's literally how it works. put it in the guide",
		disclosure: null,
		language: 'en'
	},
	{
		text: 'the law part was confusing. is it the buyer or the girl who gets charged? we should know before we teach it',
		disclosure: null,
		language: 'en'
	},
	{
		text: 'still not done?? the safe ride home thing would really help rn, his cousin said they know where my mom works',
		disclosure: 'threat',
		language: 'en'
	},
	{
		text: 'jai bloqué mon ex mais y trouve toujours un autre compte. ma dit quil sait où habite ma petite soeur',
		disclosure: 'threat',
		language: 'fr'
	},
	{
		text: 'Encore un voyage à Ottawa cette fin de semaine avec les amis à Kevin. Pas le droit de dire non sinon y se fâche',
		disclosure: 'exploitation',
		language: 'fr'
	},
	{
		text: "i like the proposal but maybe don't make the self-harm module mandatory? some girls might not be ready and that's ok",
		disclosure: null,
		language: 'en'
	},
	{
		text: 'Quest-ce qui arrive si on doit de largent à quelquun qui nous a hébergée pis quil veut pas dargent en retour? demande pour une amie... pis un peu pour moi',
		disclosure: 'debt',
		language: 'fr'
	},
	{
		text: 'this hits different when the younger girls actually get it',
		disclosure: null,
		language: 'en'
	},
	{
		text: "someone has my pics and says he'll send them to everyone at my school tonight unless i send more",
		disclosure: 'threat',
		language: 'en'
	},
	{
		text: 'La loi dit quun mineur peut jamais consentir à être payé pour du sexe. Ça devrait être écrit GROS sur laffiche',
		disclosure: null,
		language: 'fr'
	},
	{
		text: "i could die of embarrassment, i called the director 'mom' in front of everyone",
		disclosure: null,
		language: 'en'
	},
	{
		text: "Les intervenantes devraient arrêter de dire 'pourquoi t'es pas partie' quand une fille parle de violence dans son couple. Ça fait juste quelle se ferme",
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'still not done?? i needed that emergency bed thing last week when he shoved me out and locked the door',
		disclosure: 'violence',
		language: 'en'
	},
	{
		text: 'Le centre devrait afficher le numéro de Tel-Jeunes dans les toilettes, pas juste dans le bureau de lintervenante',
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'Proposition: que le centre ait un lit pour dormir quand cest pas safe chez nous. Hier ça criait pis y ma poussée contre le mur, jsais pas où aller le soir',
		disclosure: 'violence',
		language: 'fr'
	},
	{
		text: 'jai un nouveau cell pis mes ongles payés par un gars, jai juste à lui envoyer des photos de temps en temps lol c rien',
		disclosure: 'exploitation',
		language: 'fr'
	},
	{
		text: "i owe this guy for the place i'm staying and he says i can pay it off by doing favours for his friends",
		disclosure: 'debt',
		language: 'en'
	},
	{
		text: "yes to this. adults always act like the girl 'chose' it. nobody chooses that at 15",
		disclosure: null,
		language: 'en'
	},
	{
		text: "ngl i'm scared to go home, he texted that he's waiting outside and that i'll regret leaving him",
		disclosure: 'threat',
		language: 'en'
	},
	{
		text: "i've been hurting myself again and i don't know how to stop",
		disclosure: 'self-harm',
		language: 'en'
	},
	{
		text: 'Question pour la police au dialogue: si quelquun dit quil va te retrouver pis te faire regretter, vous pouvez faire quelque chose AVANT? Pcq là jai vraiment peur de sortir',
		disclosure: 'threat',
		language: 'fr'
	},
	{
		text: 'thank you for actually putting the suicide prevention line on the website 🙏',
		disclosure: null,
		language: 'en'
	},
	{
		text: "supporting Zoé's proposal about training teachers. my old teacher had no clue what grooming even was",
		disclosure: null,
		language: 'en'
	},
	{
		text: 'Mon ex contrôlait mon cell ya deux ans, cest fini depuis longtemps pis jai porté plainte. Cest pour ça que jveux animer le module sur les couples',
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'mon chum veut pas que jvienne aux ateliers, la dernière fois que jsuis sortie sans lui demander ça a mal fini',
		disclosure: 'violence',
		language: 'fr'
	},
	{
		text: "the centre should stop searching girls' phones when they come back from running away. it just makes them run again",
		disclosure: null,
		language: 'en'
	},
	{
		text: "my best friend's 'boyfriend' is 24 and he posts her on some website for guys to book. she thinks it's love, what do i do?",
		disclosure: 'exploitation',
		language: 'en'
	},
	{
		text: 'Dans le pilote une petite a demandé si cest illégal quun gars de 25 ans texte une fille de 14. Faudrait une réponse claire dans le guide',
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'je te dois un café pour mavoir aidée avec les affiches!',
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'Quand jétais en famille daccueil ya 3 ans cétait pas facile, mais là chu chez ma tante pis ça va super bien. Mon vécu peut aider pour le module DPJ',
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'Pas de sortie au centre ce soir. Y attend en char devant à chaque fois, pis y a dit que la prochaine fois ça va mal finir',
		disclosure: 'threat',
		language: 'fr'
	},
	{
		text: "last year was rough but i'm in a good place now, own room at my grandma's and back in school. happy to share my story for the DPJ part if it helps",
		disclosure: null,
		language: 'en'
	},
	{
		text: 'Ma chum Océane se fait menacer par un gars qui a ses photos, y veut 500$ sinon y les met sur insta. elle a pas dormi depuis 3 jours',
		disclosure: 'threat',
		language: 'fr'
	},
	{
		text: "Ma chum Kim reste chez un gars depuis sa fugue, y dit quelle lui doit 2000$ pour la bouffe pis le logement pis quelle doit 'travailler' pour ça",
		disclosure: 'debt',
		language: 'fr'
	},
	{
		text: "hypothetically if you're 16 and someone threatens to send your pics to your school, can the police actually do anything? the younger ones asked and nobody knew",
		disclosure: null,
		language: 'en'
	},
	{ text: "my mom's gonna kill me i forgot the snacks at home", disclosure: null, language: 'en' },
	{
		text: "my roommate at the group home said tonight's her last night and gave me her necklace. staff are off, what do i do",
		disclosure: 'self-harm',
		language: 'en'
	},
	{
		text: "lol i wrote my goodbye letters already jk jk. anyway who's bringing snacks",
		disclosure: 'self-harm',
		language: 'en'
	},
	{
		text: "why is 'review the runaway protocol' still marked in progress?? it's been 6 months",
		disclosure: null,
		language: 'en'
	},
	{ text: 'Priya is killing it with the slides fr', disclosure: null, language: 'en' },
	{
		text: "he paid for my phone and my bus ticket here so now i'm kinda stuck till it's paid back. he keeps adding to it",
		disclosure: 'debt',
		language: 'en'
	},
	{
		text: 'Jaime lidée mais faut parler du suicide sans que ce soit un cours magistral, les jeunes décrochent quand cest trop lourd',
		disclosure: null,
		language: 'fr'
	},
	{
		text: "the centre should teach girls how to say no to the 'modeling' guy on insta. he pays me for pics now and keeps asking for more, didn't know it'd get like this",
		disclosure: 'exploitation',
		language: 'en'
	},
	{
		text: 'can the workshop cover what happens after you report? like do you have to go to court, does the guy find out it was you',
		disclosure: null,
		language: 'en'
	},
	{
		text: "c rien mais la fille chez qui jreste dit que jdois 'rembourser' la chambre en allant voir ses amis. anyway ma proposition pour latelier cest des affiches",
		disclosure: 'debt',
		language: 'fr'
	},
	{
		text: "Proposition: un atelier sur la sextorsion avec quoi faire si quelquun menace de partager tes photos. Genre des étapes concrètes, pas juste 'parle à un adulte'.",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "we're so dead if we don't finish the posters by friday lol",
		disclosure: null,
		language: 'en'
	},
	{
		text: 'Toujours 300$ de retard sur le cell. Y dit quune soirée avec ses chums pis cest effacé. Pas sûre davoir le choix',
		disclosure: 'debt',
		language: 'fr'
	},
	{
		text: 'jsais pas si jpeux témoigner dans la vidéo, ses amis ont dit que si je parle à la police ma famille va payer',
		disclosure: 'threat',
		language: 'fr'
	},
	{
		text: 'jk but is it weird that a guy gives me weed every time i send him pictures? anyway loved the workshop',
		disclosure: 'exploitation',
		language: 'en'
	},
	{
		text: "my stepdad hit me again last night and i really don't want to go home after the workshop",
		disclosure: 'violence',
		language: 'en'
	},
	{
		text: 'Suggestion: un jeu de rôle où une fille reçoit plein de cadeaux dun gars plus vieux pis le groupe doit trouver les red flags',
		disclosure: null,
		language: 'fr'
	}
];
