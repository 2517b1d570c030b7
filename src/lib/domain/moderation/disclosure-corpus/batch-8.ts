// Disclosure corpus, batch 8: written blind (before the detector was tuned on it), invented, non-graphic.
import type { DisclosureExample } from '../disclosure-corpus.ts';

export const BATCH_8: DisclosureExample[] = [
	{
		text: "he keeps driving past my house and sending me pics of my front door. says he'll be waiting when i'm alone",
		disclosure: 'threat',
		language: 'en'
	},
	{
		text: 'my sister charges me "rent" to borrow her straightener. five bucks a day, she\'s a tiny landlord',
		disclosure: null,
		language: 'en'
	},
	{
		text: 'la question "as-tu déjà reçu de l\'argent pour des photos?" est trop directe pour commencer, ça va faire fermer les filles',
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'is "sugar daddy" exploitation if the girl is 17? a lot of us think it\'s just a glow up thing. good debate topic for next workshop',
		disclosure: null,
		language: 'en'
	},
	{
		text: "suggestion for the debt card: add that the number never goes down. mine was 300 in march and it's 1200 now and i've done everything he asked",
		disclosure: 'debt',
		language: 'en'
	},
	{
		text: 'FAQ idea: "what happens if i call the police about my pimp? will i get arrested?" answer: no, you\'re the victim. keep it short',
		disclosure: null,
		language: 'en'
	},
	{
		text: "does the platform show our names anywhere? someone who isn't happy i'm here checks everything. i need to be sure he can't find me",
		disclosure: 'threat',
		language: 'en'
	},
	{
		text: "Pour le tableau: les adultes avaient dit qu'on aurait des collations pis des billets de bus pour le pilote. Toujours rien 🙄",
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'jdois de l\'argent à mon dealer pis y ma dit que je pouvais rembourser "autrement". chu pas sûre de ce que ça veut dire mais jle sais un peu',
		disclosure: 'debt',
		language: 'fr'
	},
	{
		text: "dead serious, the new logo slaps. don't let the adults change the purple",
		disclosure: null,
		language: 'en'
	},
	{
		text: 'the scenario where the girl owes money for the phone is good but it needs an exit: who she calls, what they do, what happens after',
		disclosure: null,
		language: 'en'
	},
	{
		text: 'i think the word "debt" confuses the younger ones. maybe "when someone says you owe them" instead?',
		disclosure: null,
		language: 'en'
	},
	{
		text: "Proposition aux adultes: un atelier juste sur les dettes de drogue, pcq c'est comme ça que plein de filles se font embarquer",
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'random q: if someone says "snitches get found" in a voice note, is that something police care about? asking for me, not a friend',
		disclosure: 'threat',
		language: 'en'
	},
	{
		text: "my ex says he'll send the video to my whole school if i don't see him saturday. lol i'm fine tho, just wanna know if the card can mention that",
		disclosure: 'threat',
		language: 'en'
	},
	{
		text: 'my cat threatens me every morning at 6am with her paw on my face until i feed her',
		disclosure: null,
		language: 'en'
	},
	{
		text: 'please stop using "runaway" on the cards. most girls in the group home aren\'t running away, they\'re running from something',
		disclosure: null,
		language: 'en'
	},
	{
		text: "my sister's pimp texted her that he knows which school our little brother goes to. she's scared to leave now",
		disclosure: 'threat',
		language: 'en'
	},
	{
		text: 'my grandma was in a violent marriage in the 70s and got out. i asked if i could use her story (anonymous) for the testimony section',
		disclosure: null,
		language: 'en'
	},
	{
		text: "Sa blonde ma écrit qu'elle va m'attendre après l'école avec ses amies pour me régler mon cas. Jai pas envie d'y aller demain",
		disclosure: 'threat',
		language: 'fr'
	},
	{
		text: 'Une petite de secondaire 1 a demandé: "C\'est quoi un pimp exactement?" On devrait faire une fiche simple pour ça.',
		disclosure: null,
		language: 'fr'
	},
	{
		text: "Les statistiques du SPVM disent que l'âge moyen d'entrée c'est 14 ans. Jsais pas si c'est encore vrai, faudrait vérifier la source",
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'dans la carte 3, faudrait dire "exploitation sexuelle" au lieu de "prostitution", les filles sont pas des criminelles',
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'jpeux pas rester tard au pilote, si jrentre après 8h mon père va encore me tomber dessus. pis pas juste en criant',
		disclosure: 'violence',
		language: 'fr'
	},
	{
		text: 'the card says "he threatens to hurt your family". maybe add "or your pet", in the training video that\'s what the guy used',
		disclosure: null,
		language: 'en'
	},
	{
		text: 'pour la question "comment tu vois ton avenir?" jlaisse blanc. y\'en a pas vraiment, pis cest correct.',
		disclosure: 'self-harm',
		language: 'fr'
	},
	{
		text: 'jfais pu de fugue, jreste juste chez un gars à Laval. en échange jdois le "recevoir" lui pis ses amis des fois. c correct, y me nourrit pis toute',
		disclosure: 'exploitation',
		language: 'fr'
	},
	{
		text: 'ma cousine a fui chez nous pis son ancien "boss" la cherche, y\'a appelé ma tante pour dire qu\'elle va payer cher. on sait pas quoi faire',
		disclosure: 'threat',
		language: 'fr'
	},
	{
		text: 'the math exam absolutely destroyed me, i need a nap and a whole pizza',
		disclosure: null,
		language: 'en'
	},
	{
		text: 'quiz item: true or false, a minor can legally consent to being paid for sex in Canada. answer: false, never.',
		disclosure: null,
		language: 'en'
	},
	{
		text: "jtrouve que la fiche sur la DPJ fait trop peur, faut expliquer que le signalement c'est pas une punition pour la fille",
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'when he says "just be nice to my friend tonight, it\'s for us" is that the thing from the workshop? cause that\'s friday',
		disclosure: 'exploitation',
		language: 'en'
	},
	{
		text: "Des fois jme brûle avec un briquet quand ça va trop mal dans ma tête. Ça m'aide sur le coup",
		disclosure: 'self-harm',
		language: 'fr'
	},
	{
		text: "for the FAQ card: if a girl tells her teacher she's being sold, who gets called first, the cops or the DPJ?",
		disclosure: null,
		language: 'en'
	},
	{
		text: 'ma dette avance pas vite, y dit que chaque "soirée" ça enlève 100. ok fin de la parenthèse, jtrouve que la carte 12 est trop longue',
		disclosure: 'debt',
		language: 'fr'
	},
	{
		text: 'La fiche sur le grooming en ligne est bonne mais trop longue. Personne va lire 3 paragraphes sur un cell',
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'mon frère me fait travailler comme sa bonne depuis que mes parents sont partis en voyage, y ramasse rien',
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'my little brother owes me big time, i covered for him eating the last pudding cup',
		disclosure: null,
		language: 'en'
	},
	{
		text: 'for the scenario, what if Jade\'s boyfriend starts buying her stuff first and only later asks her to "help him out"? that\'s how it usually starts',
		disclosure: null,
		language: 'en'
	},
	{
		text: 'the statistic "one in three girls" feels made up without a source. we\'ll lose credibility with the older girls',
		disclosure: null,
		language: 'en'
	},
	{
		text: "jme suis fait étrangler par mon ex la semaine passée pis depuis jai de la misère à avaler. faut-tu que jle dise à quelqu'un?",
		disclosure: 'violence',
		language: 'fr'
	},
	{
		text: "guy from the hotel stuff says he has my address and my little sister's schedule. i'm not sleeping",
		disclosure: 'threat',
		language: 'en'
	},
	{
		text: "Mon chum veut que je travaille dans un salon de massage à Montréal pour lui. Il dit que toutes les filles font ça pis que c'est pas du vrai. J'ai peur",
		disclosure: 'exploitation',
		language: 'fr'
	},
	{
		text: "ma soeur se fait vendre par son chum sur des sites, elle a 16 ans pis elle dit qu'elle l'aime. ma mère sait pas",
		disclosure: 'exploitation',
		language: 'fr'
	},
	{
		text: "he bought me clothes and weed for months and now he says it's my turn to give back, with his friends. i never asked for any of it",
		disclosure: 'debt',
		language: 'en'
	},
	{
		text: "Le gâteau que j'ai fait pour l'atelier était une arme mortelle, désolée à tout le monde qui a goûté",
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'we did a debate: is it violence if he never hits but controls your money and phone? most of us said yes. i agree',
		disclosure: null,
		language: 'en'
	},
	{
		text: 'my cousin (15) is on those escort ads, i saw her face. she says she\'s a "model" and her "manager" drives her to montreal',
		disclosure: 'exploitation',
		language: 'en'
	},
	{
		text: "ma cousine reste chez son chum depuis 2 semaines pis y la barre dans la chambre quand il part. elle m'a texté en cachette",
		disclosure: 'violence',
		language: 'fr'
	},
	{
		text: 'the testimony from the video: "he said i owed him for the hotel." i think we should quote that line exactly, it hits hard',
		disclosure: null,
		language: 'en'
	},
	{
		text: "two years ago i was in a bad place with a guy like the one in the scenario. i'm out, i've got support, and that's why i want to help write this",
		disclosure: null,
		language: 'en'
	},
	{
		text: 'Les intervenants disent toujours "tu peux nous parler" mais après ils appellent la DPJ sans nous demander. Faut être honnête là-dessus dans la fiche',
		disclosure: null,
		language: 'fr'
	},
	{
		text: "honestly won't matter if i finish the card, not planning to be around for the presentation lol jk. mostly.",
		disclosure: 'self-harm',
		language: 'en'
	},
	{
		text: "q for the box: is it still abuse if he only grabs your neck when he's mad and says sorry after? asking for reasons",
		disclosure: 'violence',
		language: 'en'
	},
	{
		text: "when you're being threatened you don't always recognize it, it can sound like a joke. that's what card 9 should say",
		disclosure: null,
		language: 'en'
	},
	{
		text: "l'histoire de Léa qui se fait menacer par son ex est réaliste, mais faudrait qu'à la fin elle ait un plan de sécurité",
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'can the DPJ take you out of your home just because you skipped school? a girl in sec 2 asked and none of us knew',
		disclosure: null,
		language: 'en'
	},
	{
		text: "he threw my phone at my face bc i was texting a guy from class. he's 19 i'm 14. is that normal",
		disclosure: 'violence',
		language: 'en'
	},
	{
		text: "c'est quoi la différence entre menace pis intimidation? pour la carte faudrait que ce soit clair pour les jeunes",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "my stepdad hits me when he drinks and my mom pretends she doesn't see it",
		disclosure: 'violence',
		language: 'en'
	},
	{
		text: "Pour la carte sur l'automutilation, on met pas de photo. Juste un dessin de mains pis les ressources",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "Pour la scène du motel, on montre pas ce qui se passe, juste la fille qui regarde son cell. Moins c'est graphique mieux c'est",
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'thanks for everything this year, you guys were the best part. giving my hoodie to maya, she always wanted it. take care of the project ok',
		disclosure: 'self-harm',
		language: 'en'
	},
	{
		text: 'honestly the loverboy card is the best one. every girl at my school knows a story like that, which is exactly why it needs to exist',
		disclosure: null,
		language: 'en'
	},
	{
		text: "i'm so in debt to Noor for the notes she lent me, buying her bubble tea forever",
		disclosure: null,
		language: 'en'
	},
	{
		text: 'feedback: the facilitator explained consent really well. the part about "you can say no even after you said yes" should be a poster',
		disclosure: null,
		language: 'en'
	},
	{
		text: "ma grand-mère menace de me faire des crêpes chaque fois que je viens, c'est la pire punition lol",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "la carte 'le loverboy' c'est exactement Kev. les cadeaux, le char, pis là les 'services' pour ses chums. bref chu pas sûre de vouloir la présenter",
		disclosure: 'exploitation',
		language: 'fr'
	},
	{
		text: "i used to think my ex's jealousy was love. therapy and this group helped. that's over now and i'm doing good, just saying why the card matters",
		disclosure: null,
		language: 'en'
	},
	{
		text: "tkt pas pour moi, jai pas de dette d'argent. c plus comme... des faveurs que jdois à un gars pcq y ma hébergé. c normal je pense?",
		disclosure: 'debt',
		language: 'fr'
	},
	{
		text: "he said if i go to the workshop again he'll find out where it is and come get me",
		disclosure: 'threat',
		language: 'en'
	},
	{
		text: "i took a bunch of my pills last night so i wouldn't wake up and i woke up anyway. i don't know what to do now",
		disclosure: 'self-harm',
		language: 'en'
	},
	{
		text: "at the party last weekend two guys wouldn't let me leave the room. i don't really want to say the rest. haven't told anyone",
		disclosure: 'violence',
		language: 'en'
	},
	{
		text: "commentaire sur la trouvaille #4: la partie 'il te fait peur mais il te frappe pas', faudrait ajouter 'ou juste un peu'. pcq chez nous cest juste un peu tout le temps",
		disclosure: 'violence',
		language: 'fr'
	},
	{
		text: "Ils ont payé mon billet de bus pour Toronto pis le motel. Là faut que je rembourse en faisant des clients. J'ai 16 ans",
		disclosure: 'debt',
		language: 'fr'
	},
	{
		text: 'question from a sec 1 girl: "how do i know if my friend is being trafficked?" we should make a checklist card for that',
		disclosure: null,
		language: 'en'
	},
	{
		text: "i've been cutting again since the placement changed. nobody at the house knows",
		disclosure: 'self-harm',
		language: 'en'
	},
	{
		text: "Moi j'ai déjà fugué quand j'avais 13 ans, mais c'est fini, chu bien chez ma tante maintenant. Jpeux en parler au groupe si ça aide",
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'there\'s an older guy at the group home door every night for my roommate, he takes her to "parties" and she comes back with cash and no memory',
		disclosure: 'exploitation',
		language: 'en'
	},
	{
		text: 'Dans le témoignage anonyme qu\'on a reçu, la fille dit "je lui devais tout". On pourrait faire l\'atelier autour de cette idée-là',
		disclosure: null,
		language: 'fr'
	},
	{
		text: "Pouvez-vous enlever ma photo du tableau? Y'a quelqu'un qui a dit qu'il savait où je serais jeudi pis que j'aurais pas de chance si je fais de la délation",
		disclosure: 'threat',
		language: 'fr'
	},
	{
		text: "Ma prof d'éthique a dit que la plupart des filles exploitées se voient pas comme des victimes. Ça devrait être le titre de l'atelier",
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'he posts my pics for clients and answers the messages pretending to be me. i just show up. is that what you guys call trafficking',
		disclosure: 'exploitation',
		language: 'en'
	},
	{
		text: "jte dois une poutine pour le lift de l'autre jour, oublie pas de me la réclamer",
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'coach made us run till we dropped, my legs are officially gone 💀',
		disclosure: null,
		language: 'en'
	},
	{
		text: "Lecture du témoignage de Sarah: elle dit que le pire c'était pas les coups, c'était la honte. On garde cette phrase svp",
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'can we put the Info-aide violence sexuelle number and Tel-jeunes on every card? not just the last one',
		disclosure: null,
		language: 'en'
	},
	{
		text: 'the self-harm card needs a content warning at the top, some girls in the pilot said it came out of nowhere',
		disclosure: null,
		language: 'en'
	},
	{
		text: "my boyfriend makes me go see his friends at hotels and he keeps the money. he says we're saving for our apartment",
		disclosure: 'exploitation',
		language: 'en'
	},
	{
		text: 'lowkey exploited by my own group chat, they made me plan the whole birthday',
		disclosure: null,
		language: 'en'
	},
	{
		text: "the scenario where the girl owes for the drugs, can we make the ending less happy? bc irl you don't just walk away. trust me, still paying",
		disclosure: 'debt',
		language: 'en'
	},
	{
		text: 'i owe him 800 for the phone and the hotel and he says i can pay it back by seeing his friends',
		disclosure: 'debt',
		language: 'en'
	},
	{
		text: 'question d\'une fille de 12 ans dans la boîte: "si un gars disait qu\'il va publier des photos de moi, ça serait-tu de ma faute?" Faut répondre NON en gros',
		disclosure: null,
		language: 'fr'
	},
	{
		text: "question pour la boîte: si un monsieur te paye ton cell pis ta bouffe pis après yé temps de \"le remercier\"... c'tu de l'exploitation si t'as dit oui? pcq moi jai dit oui",
		disclosure: 'exploitation',
		language: 'fr'
	},
	{
		text: '"Suicide" c\'est un mot trop dur pour les plus jeunes? Moi jdirais non, faut nommer les choses. Mais avec le numéro 1-866-APPELLE à côté',
		disclosure: null,
		language: 'fr'
	},
	{
		text: "Ma mère dit que c'est de ma faute s'il me tape, que je le provoque. C'tu vrai que des fois on le cherche? (question boîte anonyme)",
		disclosure: 'violence',
		language: 'fr'
	},
	{
		text: 'my roommate says she has to "work off" what she owes her boyfriend\'s cousin. she\'s been gone every night this week',
		disclosure: 'debt',
		language: 'en'
	},
	{
		text: "j'aime pas l'image de la fille qui pleure dans le coin avec un bleu, c'est cliché. Les victimes ont pas toutes l'air de ça",
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'my sister posted "see you on the other side" and gave away her shoes. she\'s not answering. she\'s 13',
		disclosure: 'self-harm',
		language: 'en'
	},
	{
		text: "y'a un gars qui me fait faire des rencontres avec des hommes plus vieux pis y garde tout l'argent, jai 15 ans",
		disclosure: 'exploitation',
		language: 'fr'
	},
	{
		text: "le prof de chimie ma tuée avec son examen surprise, jvais m'en remettre peut-être",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "genre le personnage de Mégane, faudrait qu'elle ait des bleus au début mais que personne les remarque, pour montrer que les adultes voient rien",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "can i do the workshop under a fake name? people from my old situation said they'd hurt me if they see me talking",
		disclosure: 'threat',
		language: 'en'
	},
	{
		text: 'for the role play Laila plays the recruiter and i play the girl who almost says yes. we practiced at lunch, felt real but fine',
		disclosure: null,
		language: 'en'
	},
	{
		text: "whatever, i stopped eating bc i don't deserve it. the card about self-care is cute tho",
		disclosure: 'self-harm',
		language: 'en'
	},
	{
		text: 'jai pu envie de vivre, sérieux. jpense à ça tous les soirs',
		disclosure: 'self-harm',
		language: 'fr'
	},
	{
		text: 'atelier trop bon. juste, jpourrai pas venir samedi, jai un "shift" à l\'hôtel que Mike a booké. pas le genre de shift que vous pensez. ou peut-être que oui',
		disclosure: 'exploitation',
		language: 'fr'
	},
	{
		text: "feedback pilote: c'était cool mais fermez les rideaux svp, une auto noire attendait encore en face. jpense que c'est pour moi. pas grave",
		disclosure: 'threat',
		language: 'fr'
	},
	{
		text: 'lol the card about "rough love" is literally my life rn but whatever, the font is too small on mobile',
		disclosure: 'violence',
		language: 'en'
	},
	{
		text: 'Jai emprunté du cash à un gars de ma rue pour le loyer de ma mère pis là y veut que je garde du stock pis que jsois "fine" avec ses amis',
		disclosure: 'debt',
		language: 'fr'
	},
	{
		text: 'love the new layout. small thing: the helpline number is hard to find and i needed it tuesday night when the bridge idea came back',
		disclosure: 'self-harm',
		language: 'en'
	},
	{
		text: 'On pourrait faire un quiz: "Vrai ou faux: si t\'acceptes un cadeau, tu lui dois quelque chose." Réponse: FAUX. Toujours faux.',
		disclosure: null,
		language: 'fr'
	},
	{
		text: "Est-ce que les intervenantes sont obligées de signaler si une fille parle de suicide? Faut le dire clairement au début de l'atelier",
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'mon idée de scénario: Kim a 14 ans, un gars de 22 lui offre un lift chaque soir. Les autres doivent repérer les signaux',
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'great session! one idea: explain what to do when your pics are already up on that site with your number. asking bc mine are since tuesday',
		disclosure: 'exploitation',
		language: 'en'
	},
	{
		text: "Est-ce que c'est vrai que c'est illégal d'acheter des services sexuels mais pas d'en vendre? Ça serait bon dans la FAQ",
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'jsuis pas capable de mettre mon vrai nom sur la proposition. Si y voit ça, y ma dit que ma mère va avoir un accident. Genre.',
		disclosure: 'threat',
		language: 'fr'
	},
	{
		text: "on the accountability board: the adults promised a safe room at the school by june and it's still not there. that's on you guys",
		disclosure: null,
		language: 'en'
	},
	{
		text: 'ya un gars qui dit qui va me faire la peau si jparle aux intervenants mdr. anyway jvous parle pas, c juste un commentaire sur la carte 7',
		disclosure: 'threat',
		language: 'fr'
	},
	{
		text: 'lol tout le monde serait mieux sans moi anyway. bon, pour le quiz jpense que la réponse B est meilleure',
		disclosure: 'self-harm',
		language: 'fr'
	},
	{
		text: 'someone asked in the box if cutting is "attention seeking". we should answer that properly, not just say "call a helpline"',
		disclosure: null,
		language: 'en'
	},
	{
		text: 'mon chum ma poussé contre le mur hier pis jai encore la marque sur le bras, jsais pas quoi faire',
		disclosure: 'violence',
		language: 'fr'
	},
	{
		text: "Ils m'ont dit que si je retourne pas travailler ils vont brûler l'auto de mon père. C'est sérieux je pense.",
		disclosure: 'threat',
		language: 'fr'
	},
	{
		text: 'the character Ari gets threatened with her nudes. can we show the part where she reports it to cybertip.ca and it actually works?',
		disclosure: null,
		language: 'en'
	},
	{
		text: 'this playlist is killing it, whoever picked the songs for the pilot is a genius',
		disclosure: null,
		language: 'en'
	},
	{
		text: 'feedback: loved the workshop. left early bc curfew at home is strict, last time late = belt. anyway great snacks',
		disclosure: 'violence',
		language: 'en'
	},
	{
		text: 'adults always say "just leave him" like it\'s easy. the card should say why girls stay: debt, fear, love, nowhere to go',
		disclosure: null,
		language: 'en'
	},
	{
		text: "jsuis à boutte de mes devoirs, jvais me coucher pis disparaître jusqu'à lundi",
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'the stat says most girls recruited in québec are recruited by someone they know. we should put that on the first card not the last',
		disclosure: null,
		language: 'en'
	},
	{
		text: "question anonyme: c'tu vrai quon peut pas aller à la police si on doit de l'argent à quelqu'un pis qu'on le rembourse avec son corps? pcq moi chu pognée là-dedans",
		disclosure: 'debt',
		language: 'fr'
	},
	{
		text: 'Ma grande soeur doit 2000$ à une fille qui l\'a hébergée, pis elle l\'envoie "danser" pour rembourser. Elle a 17 ans.',
		disclosure: 'debt',
		language: 'fr'
	},
	{
		text: "Dans l'histoire, Zoé pense à mourir après que les photos circulent. Faut que la fin montre qu'elle en parle à quelqu'un pis qu'elle s'en sort",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "every night i think about just not waking up. it's not dramatic, it's just there all the time",
		disclosure: 'self-harm',
		language: 'en'
	},
	{
		text: "jai écrit des lettres pour ma mère pis ma petite soeur, elles sont dans mon tiroir. c'est pas grave, c'est juste au cas.",
		disclosure: 'self-harm',
		language: 'fr'
	},
	{
		text: 'Jtrouve qu\'on devrait pas dire "choisir" la prostitution dans le quiz, à 15 ans tu choisis rien pantoute',
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'jpeux pas arrêter maintenant, jsuis à moitié remboursée. après ça chu libre. c juste encore quelques "rendez-vous"',
		disclosure: 'debt',
		language: 'fr'
	},
	{
		text: "my roommate at the foyer came back with a split lip again and says she fell. she didn't fall. her boyfriend picks her up every friday",
		disclosure: 'violence',
		language: 'en'
	},
	{
		text: "ma chum fait des 'dates' payées que son chum organise, elle dit que c juste pour un boutte. elle a 14 ans. je fais quoi moi",
		disclosure: 'exploitation',
		language: 'fr'
	},
	{
		text: "been doing cam stuff for a guy who sends me money, he said if i stop he'll show my mom everything. i'm 16",
		disclosure: 'exploitation',
		language: 'en'
	},
	{
		text: "La loi dit qu'un adulte peut pas avoir de relation sexuelle avec une fille de 15 ans s'il a plus que 5 ans de différence. Jle savais pas!",
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'lol every time i try to leave he adds another "fee" to what i owe. like a gym membership from hell. anyway',
		disclosure: 'debt',
		language: 'en'
	},
	{
		text: "Si ton amie te dit qu'elle doit de l'argent à son chum, tu fais quoi? Je propose ça comme question de départ pour l'atelier",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "suggestion pour le scénario: quand le gars serre le poignet trop fort pis dit que c'est par amour, faut que la fille sache que c pas normal. jle sais pcq cest mon quotidien lol",
		disclosure: 'violence',
		language: 'fr'
	},
	{
		text: "can we add a card for when it's your mom's boyfriend? cause the cards all say \"your partner\" and that's not who leaves the marks",
		disclosure: 'violence',
		language: 'en'
	},
	{
		text: 'my cousin\'s "debt" to the guy who got her out of the foster home keeps growing, he makes her go to parties to pay it off. she\'s 14',
		disclosure: 'debt',
		language: 'en'
	},
	{
		text: 'when the wifi cuts during the final boss i genuinely want to throw myself off the couch lol',
		disclosure: null,
		language: 'en'
	},
	{
		text: "j'ai mangé une volée au Mario Kart contre mon petit cousin, c'est humiliant",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "Ma cousine a dit qu'elle voulait en finir pis elle répond pu sur snap depuis hier soir",
		disclosure: 'self-harm',
		language: 'fr'
	},
	{
		text: 'ma soeur a 15 ans pis son chum la frappe, elle ma montré ses bras mais elle veut pas que jen parle a personne',
		disclosure: 'violence',
		language: 'fr'
	},
	{
		text: "in the play the pimp character shouldn't look scary. in real life he's charming, that's the whole point",
		disclosure: null,
		language: 'en'
	},
	{
		text: "lol i'm basically a girlfriend for rent on weekends now. whatever, the money's not even mine. anyway quiz question 3 is confusing",
		disclosure: 'exploitation',
		language: 'en'
	},
	{
		text: "mon ex menace de publier mes photos si je reviens pas avec lui, y ma donné jusqu'à vendredi",
		disclosure: 'threat',
		language: 'fr'
	},
	{
		text: "how do you pay back a guy who covered your rent when you have no money and he doesn't want money? for a scenario. kinda.",
		disclosure: 'debt',
		language: 'en'
	},
	{
		text: "ma coloc au foyer se gratte les bras jusqu'au sang pis elle cache des lames dans son étui à lunettes. j'ai promis de rien dire",
		disclosure: 'self-harm',
		language: 'fr'
	},
	{
		text: "vous pouvez donner mon cahier à la nouvelle, j'en aurai pu besoin. c'était le fun de vous connaître pour vrai",
		disclosure: 'self-harm',
		language: 'fr'
	},
	{
		text: "la chanson du pilote me reste dans la tête, jvais mourir si je l'entends encore une fois 😂",
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'Mon coach nous a fait suer comme des esclaves, mais on a gagné le tournoi!',
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'younger girls kept asking "what\'s a trap house". maybe we need a glossary page with street words and what they really mean',
		disclosure: null,
		language: 'en'
	},
	{
		text: 'ma chum ma frappée avec son oreiller toute la nuit au chalet, jai pas dormi pantoute',
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'Faut que le scénario montre aussi les gars qui recrutent dans les partys au secondaire, pas juste dans le métro',
		disclosure: null,
		language: 'fr'
	}
];
