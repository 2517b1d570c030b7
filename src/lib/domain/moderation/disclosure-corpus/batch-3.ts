// Disclosure corpus, batch 3: written blind (before the detector was tuned on it), invented, non-graphic.
import type { DisclosureExample } from '../disclosure-corpus.ts';

export const BATCH_3: DisclosureExample[] = [
	{
		text: "ca me parle bcp le resultat sur les dettes, c'est vraiment comme ça qu'ils piègent les filles, genre ils te paient ton linge pis après tu leur dois",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "jsuis pas sure de la stat sur l'âge moyen du recrutement, ça me semble jeune mais bon c'est vous les chercheuses",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "la carte où le gars dit 'tu me dois ben ça' est bonne mais faudrait une carte qui explique quoi faire après",
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'Ce qui a marché : le jeu de rôle avec Maya. Ce qui a pas marché : trop long. Suggestion : plus de pauses',
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'la scene ou le chum de Jess la frappe c trop intense pour des 12 ans, faudrait juste le suggérer',
		disclosure: null,
		language: 'fr'
	},
	{
		text: "qu'est-ce qu'on fait si une amie nous dit qu'elle veut mourir? on appelle qui?",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "les intervenantes devraient expliquer c quoi la sextorsion avant de parler des photos, bcp de filles savent pas que c'est un crime",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "l'engagement de Sophie de répondre en 48h c'est bien mais 24h ce serait mieux, tsé quand t'es en fugue t'as pas le temps d'attendre",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "est-ce que c'est vrai que si une fille envoie une photo à 15 ans c'est elle qui peut être accusée? pour la carte quiz",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "faudrait une carte sur le gars qui dit qu'il t'aime pis qui te demande de 'l'aider' avec ses amis, c'est LE classique",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "dans le scénario, quand Kim fugue du centre jeunesse, on devrait montrer qu'elle a d'autres options que d'aller chez le gars",
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'jsp si la partie sur les menaces marche, les filles riaient pendant la vidéo',
		disclosure: null,
		language: 'fr'
	},
	{
		text: "La ligne d'écoute devrait être écrite sur chaque carte, pas juste à la fin du paquet.",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "ça me parle pas vraiment la stat sur les réseaux sociaux, moi jpense que c'est plus dans les partys que ça commence",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "c'est quoi la différence entre un pimp pis un chum jaloux? genre pour l'atelier, comment on explique ça aux plus jeunes",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "j'aime l'idée que le personnage rembourse rien pis qu'elle réalise à la fin que la dette existait pas vraiment",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "les intervenantes devraient arrêter de dire 'prostitution' pis dire exploitation. c'est pas un choix quand t'as 14 ans",
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'Suggestion : ajouter un exemple de gars qui menace de publier des photos (sans montrer de photo evidemment)',
		disclosure: null,
		language: 'fr'
	},
	{
		text: "l'activité vrai ou faux sur le consentement c'était malade, on devrait la faire en premier",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "bonne idée la carte 'il t'achète un cell' mais ajoutez que le cell peut aussi servir à te surveiller",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "faut dire clairement au début de chaque atelier quand les intervenantes sont obligées d'appeler la DPJ, sinon les filles vont rien dire",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "moi j'ai trouvé ça lourd la partie sur le suicide mais c'était important. peut-être finir avec qqch de plus léger?",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "L'engagement « former tout le staff sur le recrutement en ligne », c'est rendu où? ça fait 3 mois",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "dans la vraie vie le gars dit pas 'tu vas travailler pour moi', il dit 'on est une équipe bb'. le script devrait être plus réaliste",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "tellement vrai que les filles en centre jeunesse sont ciblées, tout le monde sait que des gars attendent proche de l'arrêt de bus",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "Ce qui a moins marché: le quiz sur les lois, trop compliqué. Ce qui a marché: quand l'intervenante a raconté une histoire vraie (anonyme)",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "jpense qu'on devrait parler des gars aussi, c pas juste les filles qui se font exploiter",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "pk dans l'histoire c'est toujours une fille qui se fait frapper? la violence c'est aussi des menaces pis du controle, pis ça on le montre pas",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "si quelqu'un écrit 'jvais me tuer' en joke dans le groupe, on fait quoi? on le prend au sérieux ou pas?",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "pas sure pour la carte 'il garde ton argent'. c'est important mais la façon que c'est écrit on dirait que c'est la faute à la fille",
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'les intervenantes devraient avoir un numéro texto, personne appelle en 2024 lol',
		disclosure: null,
		language: 'fr'
	},
	{
		text: "ça me parle le bout sur les amies qui recrutent d'autres filles, on en parle jamais pis c'est souvent comme ça que ça commence",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "La recherche dit que les filles 'doivent' pour un loyer, de la drogue ou un cell. faudrait une carte pour chaque sorte de dette",
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'not sure about the finding that most girls are recruited by someone they know? feels like insta strangers are way more common',
		disclosure: null,
		language: 'en'
	},
	{
		text: "card idea: 'he says you owe him for the hotel' and then 3 options for what she can do",
		disclosure: null,
		language: 'en'
	},
	{
		text: 'what worked: the breakout groups. what didnt: the video was so old lol. suggestion: use tiktok style clips',
		disclosure: null,
		language: 'en'
	},
	{
		text: 'the scenario where she gets hit is too intense for 12 year olds imo, maybe just show the convo after',
		disclosure: null,
		language: 'en'
	},
	{
		text: 'what do you do if a friend tells you she wants to die? like do you tell an adult even if she made you promise not to',
		disclosure: null,
		language: 'en'
	},
	{
		text: "youth workers should stop saying 'just block him'. sextortion doesnt stop bc you blocked someone, they have other accounts",
		disclosure: null,
		language: 'en'
	},
	{
		text: 'we should talk more about debts bc thats literally how they trap girls. first its free then suddenly you owe',
		disclosure: null,
		language: 'en'
	},
	{
		text: "this finding hits ngl. the part about 'boyfriends' who are actually pimps is so real for girls in group homes",
		disclosure: null,
		language: 'en'
	},
	{
		text: 'question for the quiz: is it illegal for a guy to ask for pics if hes also 16?',
		disclosure: null,
		language: 'en'
	},
	{
		text: 're: the commitment to put helpline numbers in the bathrooms, did that actually happen? i didnt see them',
		disclosure: null,
		language: 'en'
	},
	{
		text: 'the character Leah running away from the group home felt realistic but she goes back way too easily at the end',
		disclosure: null,
		language: 'en'
	},
	{
		text: "love the card 'he threatens to tell your parents'. maybe add one where he threatens to post stuff, thats more common",
		disclosure: null,
		language: 'en'
	},
	{
		text: 'feedback: facilitators were chill, stats slides were boring. more stories less numbers pls',
		disclosure: null,
		language: 'en'
	},
	{
		text: 'i think the workshop should say clearly that if someone sells your pics its NOT your fault',
		disclosure: null,
		language: 'en'
	},
	{
		text: 'do clients get charged in canada or only the pimps? asking for the quiz card',
		disclosure: null,
		language: 'en'
	},
	{
		text: "suggestion for the deck: a card about the 'friend' who introduces you to older guys at parties",
		disclosure: null,
		language: 'en'
	},
	{
		text: "adults should know 'kill myself' gets said like every 5 min at school. you cant panic every time but you cant ignore it either",
		disclosure: null,
		language: 'en'
	},
	{
		text: 'the self-harm part was handled really well, thank u for not showing anything and just giving the resources',
		disclosure: null,
		language: 'en'
	},
	{
		text: "the story where Maya pays back the 'debt' by bringing her friend was so dark but so accurate",
		disclosure: null,
		language: 'en'
	},
	{
		text: "not sure the word 'trafficking' works, most girls think it means getting kidnapped in a van",
		disclosure: null,
		language: 'en'
	},
	{
		text: 'commitment #4 (train staff on online grooming): love it but can youth be part of the training too?',
		disclosure: null,
		language: 'en'
	},
	{
		text: 'for the FAQ card: if a girl reports a guy, does he find out who it was? girls ask this all the time',
		disclosure: null,
		language: 'en'
	},
	{
		text: "when the trainer said 'you dont owe anyone anything' that should be on a poster fr",
		disclosure: null,
		language: 'en'
	},
	{
		text: 'the threat scenario was good but the ending where the cops fix everything in 5 min isnt realistic',
		disclosure: null,
		language: 'en'
	},
	{
		text: "card draft feedback: 'he pays for everything' needs a second part, like 'and then he says its your turn'",
		disclosure: null,
		language: 'en'
	},
	{
		text: 'what worked: the anonymous box, ppl actually asked real questions. what didnt: some girls were on their phones the whole time and the room was freezing. suggestion: phone basket at the door and maybe shorter sessions after school',
		disclosure: null,
		language: 'en'
	},
	{
		text: 'for the peer support card: how should the character help her friend who keeps going back to a guy everyone knows is dangerous?',
		disclosure: null,
		language: 'en'
	},
	{ text: "jvais le tuer mon frère s'il mange encore mes chips", disclosure: null, language: 'fr' },
	{
		text: "j'étais morte de rire quand l'intervenante a essayé de dire 'c'est malade' lol",
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'ma mère va me tuer si jsuis encore en retard, on peut finir à 8h pile svp',
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'je te dois une poutine Léa pour les notes de la semaine passée',
		disclosure: null,
		language: 'fr'
	},
	{
		text: "mon chum m'a ENCORE volé mon hoodie, jvais le frapper lol",
		disclosure: null,
		language: 'fr'
	},
	{ text: "chu tellement crevée, l'école me tue cette semaine", disclosure: null, language: 'fr' },
	{
		text: 'on était morts de faim à la fin, ça prend plus de collations svp',
		disclosure: null,
		language: 'fr'
	},
	{ text: 'tkt jvais payer ma part pour la pizza de vendredi', disclosure: null, language: 'fr' },
	{
		text: "on s'est fait battre 5-1 au soccer, un vrai massacre mdr",
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'jsuis en train de crever de chaleur dans le local, ouvrez une fenetre svp',
		disclosure: null,
		language: 'fr'
	},
	{
		text: "le jeu avec les post-its c'était de la bombe, faut le refaire",
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'im dying of laughter at the card with the cat drawing 💀',
		disclosure: null,
		language: 'en'
	},
	{ text: 'i owe you one jess for saving my seat', disclosure: null, language: 'en' },
	{
		text: 'my sister is gonna murder me, i borrowed her hoodie for the workshop lol',
		disclosure: null,
		language: 'en'
	},
	{ text: 'this workshop slaps fr', disclosure: null, language: 'en' },
	{
		text: 'the snacks were killer ngl, pls keep the mini muffins',
		disclosure: null,
		language: 'en'
	},
	{ text: 'ugh math exam tomorrow, kill me now', disclosure: null, language: 'en' },
	{ text: 'we got destroyed at trivia night, rematch next week', disclosure: null, language: 'en' },
	{
		text: 'Noor absolutely killed it with the presentation, shoutout',
		disclosure: null,
		language: 'en'
	},
	{
		text: 'if i have to do one more icebreaker i will literally disappear lol',
		disclosure: null,
		language: 'en'
	},

	{
		text: "la carte sur la jalousie est bonne. mon chum fait ça aussi, il me pousse contre le mur quand il est fâché pis après il s'excuse",
		disclosure: 'violence',
		language: 'fr'
	},
	{
		text: "est-ce normal qu'il me barre dans la chambre quand il part? il dit que c'est pour me protéger",
		disclosure: 'violence',
		language: 'fr'
	},
	{
		text: "ma chum Léa arrive avec des bleus depuis 2 semaines pis elle dit qu'elle est tombée. jsais pas quoi faire",
		disclosure: 'violence',
		language: 'fr'
	},
	{
		text: 'ça me parle la partie sur le contrôle. chez nous le chum de ma mère me frappe quand elle est pas là',
		disclosure: 'violence',
		language: 'fr'
	},
	{
		text: "suggestion pour l'atelier : parler des gars qui prennent ton cell pis te laissent pas sortir. ça fait un mois que jpeux pas sortir sans lui",
		disclosure: 'violence',
		language: 'fr'
	},
	{
		text: 'jpourrai pas venir jeudi, il veut pas que je sorte pis la derniere fois que jsuis sortie ca a mal fini',
		disclosure: 'violence',
		language: 'fr'
	},
	{
		text: "les intervenantes devraient savoir que quand une fille porte des manches longues en juillet c pas toujours pour le style. moi c'est pour cacher ce qu'il me fait",
		disclosure: 'violence',
		language: 'fr'
	},
	{
		text: "c quoi on fait quand notre chum nous étrangle pendant une chicane? jveux pas qu'il ait des problèmes",
		disclosure: 'violence',
		language: 'fr'
	},
	{
		text: "le gars chez qui jreste me laisse pas partir, y'a barré la porte pis y'a mon cell",
		disclosure: 'violence',
		language: 'fr'
	},
	{
		text: 'the scenario felt real bc thats what happens at my place, he throws stuff at me and then says im crazy',
		disclosure: 'violence',
		language: 'en'
	},
	{
		text: 'is it normal if he grabs me really hard when i talk to other guys? he never punches so idk if it counts',
		disclosure: 'violence',
		language: 'en'
	},
	{
		text: "my friend Jade's bf hits her and she keeps saying its fine. she has to go back there tonight",
		disclosure: 'violence',
		language: 'en'
	},
	{
		text: "feedback: loved the consent cards. also can someone talk to me after? my foster mom's boyfriend hurts me when im alone w him",
		disclosure: 'violence',
		language: 'en'
	},
	{
		text: 'he took my keys and my phone again and says i cant leave the apartment till hes back',
		disclosure: 'violence',
		language: 'en'
	},
	{
		text: 'the workshop should say hitting isnt the only violence. like i get locked outside in the cold when i say no to him',
		disclosure: 'violence',
		language: 'en'
	},
	{
		text: 'not sure ill make it next week, gotta wait for my face to heal first lol',
		disclosure: 'violence',
		language: 'en'
	},

	{
		text: "jsp si c'est grave mais y m'a dit que le cell c'était pas un cadeau pis que j'allais devoir le rembourser autrement",
		disclosure: 'debt',
		language: 'fr'
	},
	{
		text: "est-ce que c'est normal que je doive de l'argent à la fille chez qui jdors depuis ma fugue? elle dit que je vais payer en 'sortant' avec ses amis",
		disclosure: 'debt',
		language: 'fr'
	},
	{
		text: 'ça me parle trop la partie sur les dettes. moi jen dois 800 à un gars pour du pot pis y dit que jpeux rembourser en travaillant pour lui',
		disclosure: 'debt',
		language: 'fr'
	},
	{
		text: "ma chum doit sa caution au gars qui l'a payée pis là il dit qu'elle lui appartient",
		disclosure: 'debt',
		language: 'fr'
	},
	{
		text: "bonne carte! juste pour dire que des fois c pas de l'argent qu'on doit, c genre un toit. moi jdois rester gentille avec ses amis sinon je dors dehors",
		disclosure: 'debt',
		language: 'fr'
	},
	{
		text: "les intervenantes devraient expliquer comment sortir d'une dette quand le gars dit qu'elle monte chaque semaine. parce que la mienne arrête pas de monter",
		disclosure: 'debt',
		language: 'fr'
	},
	{
		text: "il a payé mes ongles, mon linge pis mes cigarettes pis là y dit que c l'heure de lui rendre",
		disclosure: 'debt',
		language: 'fr'
	},
	{
		text: "tsé quand tu dois de la bouffe à qqn pis qu'y te demande de faire des affaires pour effacer ça... jsuis rendue là",
		disclosure: 'debt',
		language: 'fr'
	},
	{
		text: "question anonyme: si jdois de l'argent à un gars pis que j'arrête de lui répondre, est-ce qu'y peut me faire quelque chose?",
		disclosure: 'debt',
		language: 'fr'
	},
	{
		text: 'he says the phone isnt a gift and that ill pay it back when hes ready',
		disclosure: 'debt',
		language: 'en'
	},
	{
		text: 'how do u pay back a debt if the guy wont take money? asking for me',
		disclosure: 'debt',
		language: 'en'
	},
	{
		text: 'my friend owes her ex for the place shes staying at and he says she has to work it off this weekend',
		disclosure: 'debt',
		language: 'en'
	},
	{
		text: 'good workshop overall. one thing tho, i still owe him for the bail and idk how much longer i can keep paying the way he wants',
		disclosure: 'debt',
		language: 'en'
	},
	{
		text: 'the debt card is so real. mine is like 2k now for stuff i didnt even know was being counted',
		disclosure: 'debt',
		language: 'en'
	},
	{
		text: 'is it normal that he keeps a list of everything he bought me? he says i have to make it even',
		disclosure: 'debt',
		language: 'en'
	},
	{
		text: 'i cant go home bc i owe the guys from the party and they said i know how i can pay',
		disclosure: 'debt',
		language: 'en'
	},

	{
		text: "est-ce que c'est normal que mon chum garde tout l'argent que je fais? il dit que c'est pour nous deux",
		disclosure: 'exploitation',
		language: 'fr'
	},
	{
		text: "ma chum Kayla 'travaille' pour son chum les fins de semaine pis elle a 14 ans. elle veut pas que jle dise",
		disclosure: 'exploitation',
		language: 'fr'
	},
	{
		text: "ça me parle la recherche sur les 'clients'. moi j'en vois 3-4 par semaine pis jsavais pas que ça avait un nom",
		disclosure: 'exploitation',
		language: 'fr'
	},
	{
		text: "Suggestion pour le deck: une carte sur quand ton chum te 'prête' à ses amis. ça m'arrive pis jsavais pas que c'était de l'exploitation",
		disclosure: 'exploitation',
		language: 'fr'
	},
	{
		text: "y me demande des photos pis y les vend, il me donne du pot en échange. c'tu grave?",
		disclosure: 'exploitation',
		language: 'fr'
	},
	{
		text: 'jpeux pas venir au prochain atelier, jdois travailler au motel en fds',
		disclosure: 'exploitation',
		language: 'fr'
	},
	{
		text: "les intervenantes devraient parler des filles qu'on envoie à Ottawa ou Toronto les fins de semaine. c'est ce qui m'arrive depuis l'été",
		disclosure: 'exploitation',
		language: 'fr'
	},
	{
		text: "mon ex m'a présentée à un 'ami' qui me donne de l'argent pour que je passe du temps avec d'autres gars",
		disclosure: 'exploitation',
		language: 'fr'
	},
	{
		text: "jveux juste savoir si c'est légal que des gars de 30 ans me paient pour me voir? y disent que c'est un arrangement",
		disclosure: 'exploitation',
		language: 'fr'
	},
	{
		text: "my friend is doing 'dates' for her bf to pay rent and shes 15. she thinks its normal",
		disclosure: 'exploitation',
		language: 'en'
	},
	{
		text: "the character's story is literally my life rn, he posts me online and guys message him not me",
		disclosure: 'exploitation',
		language: 'en'
	},
	{
		text: 'is it still a relationship if he makes me see other guys for money? he says its just temporary',
		disclosure: 'exploitation',
		language: 'en'
	},
	{
		text: "the card about 'the boyfriend who becomes a manager' was spot on. thats what mine is now tbh",
		disclosure: 'exploitation',
		language: 'en'
	},
	{
		text: 'i send pics to a guy who gives me vapes and weed for them, is that exploitation or just a trade',
		disclosure: 'exploitation',
		language: 'en'
	},
	{
		text: "my cousin brings me to his friends' parties and they give him money after. i dont really remember those nights",
		disclosure: 'exploitation',
		language: 'en'
	},
	{
		text: "idk if this is the place but my friend Tia has 'clients' now and her guy takes everything",
		disclosure: 'exploitation',
		language: 'en'
	},

	{
		text: 'il dit que si jparle aux intervenantes il va publier mes photos',
		disclosure: 'threat',
		language: 'fr'
	},
	{
		text: "ma chum reçoit des messages d'un gars qui dit qu'il va envoyer ses photos à sa famille si elle paye pas",
		disclosure: 'threat',
		language: 'fr'
	},
	{
		text: "la carte sur les menaces est bonne. moi le gars m'a dit qu'il sait à quelle école va ma petite soeur",
		disclosure: 'threat',
		language: 'fr'
	},
	{
		text: "si jarrete de le voir y dit qu'y va tout dire a mes parents pis qu'y va me retrouver anyway",
		disclosure: 'threat',
		language: 'fr'
	},
	{
		text: "est-ce que vous êtes obligées de dire à la police ce qu'on écrit ici? pcq s'il apprend que j'ai parlé jsuis morte",
		disclosure: 'threat',
		language: 'fr'
	},
	{
		text: "l'engagement de faire des check-in c'est bien mais svp pas par texto, il lit mes messages pis y m'a dit ce qui arrive si jle trahis",
		disclosure: 'threat',
		language: 'fr'
	},
	{
		text: "question: qu'est-ce qui arrive si quelqu'un menace de faire du mal à ta mère si tu retournes pas chez lui?",
		disclosure: 'threat',
		language: 'fr'
	},
	{
		text: "y'a un compte qui a mes photos pis qui dit qu'il va les poster vendredi si jfais pas ce qu'il veut",
		disclosure: 'threat',
		language: 'fr'
	},
	{
		text: "mon ex dit que si jme trouve un autre chum il va me faire regretter d'être née",
		disclosure: 'threat',
		language: 'fr'
	},
	{
		text: 'he said if i leave hell send everything to my school group chat',
		disclosure: 'threat',
		language: 'en'
	},
	{
		text: 'some guy on snap has my pics and says hell post them tonight unless i send more. what do i do',
		disclosure: 'threat',
		language: 'en'
	},
	{
		text: 'loved the role play!! side note, can we not post group photos? he said if he finds me hes gonna hurt my brother',
		disclosure: 'threat',
		language: 'en'
	},
	{
		text: 'my friend got a msg saying they know where she lives and she better not talk to the cops. shes scared to go home',
		disclosure: 'threat',
		language: 'en'
	},
	{
		text: "is it a threat if he just says 'you know what happens to girls who snitch'?",
		disclosure: 'threat',
		language: 'en'
	},
	{
		text: 'they told me if i tell anyone at the center theyll come find my mom',
		disclosure: 'threat',
		language: 'en'
	},
	{
		text: 'pls dont call my house about the workshop, hes told me what hed do if he found out im coming here',
		disclosure: 'threat',
		language: 'en'
	},

	{
		text: 'jpense pas être au prochain atelier, ni nulle part en fait',
		disclosure: 'self-harm',
		language: 'fr'
	},
	{
		text: "c quoi le point de faire des ateliers si rien change. jsuis tannee d'etre ici, genre sur terre",
		disclosure: 'self-harm',
		language: 'fr'
	},
	{
		text: "ma chum dit qu'elle veut pu être là pis elle a donné toutes ses affaires cette semaine",
		disclosure: 'self-harm',
		language: 'fr'
	},
	{
		text: 'ça me parle la partie sur le suicide, moi aussi jy pense souvent le soir',
		disclosure: 'self-harm',
		language: 'fr'
	},
	{
		text: "bonne idée les numéros d'aide sur les cartes. moi jme fais encore mal quand ça va pas, ça m'aiderait de l'avoir dans ma poche",
		disclosure: 'self-harm',
		language: 'fr'
	},
	{
		text: 'jveux juste disparaître, tout le monde serait mieux sans moi',
		disclosure: 'self-harm',
		language: 'fr'
	},
	{
		text: "est-ce que c'est normal de penser à mourir presque tous les jours? jen parle à personne",
		disclosure: 'self-harm',
		language: 'fr'
	},
	{
		text: "merci pour l'atelier, c'était peut-être mon dernier. prenez soin des autres filles",
		disclosure: 'self-harm',
		language: 'fr'
	},
	{
		text: 'les intervenantes devraient checker les filles qui disent rien. genre moi jsouris mais jsuis pu capable, jvois pas de raison de continuer',
		disclosure: 'self-harm',
		language: 'fr'
	},
	{
		text: 'whats the point tbh. nothing gets better no matter what workshop we do',
		disclosure: 'self-harm',
		language: 'en'
	},
	{
		text: 'i dont think ill be at the next workshop, or anywhere',
		disclosure: 'self-harm',
		language: 'en'
	},
	{
		text: 'my friend keeps saying she wants to kill herself and this time shes not joking, she says she has a plan',
		disclosure: 'self-harm',
		language: 'en'
	},
	{
		text: 'cool card deck. lowkey ive been hurting myself again since the last session and idk who to tell',
		disclosure: 'self-harm',
		language: 'en'
	},
	{
		text: 'is it normal to not want to wake up anymore? not dramatic, just tired of existing',
		disclosure: 'self-harm',
		language: 'en'
	},
	{
		text: 'feedback: the breathing exercise helped a bit and the facilitator was really nice about it. i still dont want to be here anymore tbh, but it helped for like an hour so maybe do it at every session',
		disclosure: 'self-harm',
		language: 'en'
	},
	{
		text: 'if i disappeared nobody would even notice honestly',
		disclosure: 'self-harm',
		language: 'en'
	}
];
