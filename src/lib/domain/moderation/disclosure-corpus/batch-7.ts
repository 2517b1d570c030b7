// Disclosure corpus, batch 7: written blind (before the detector was tuned on it), invented, non-graphic.
import type { DisclosureExample } from '../disclosure-corpus.ts';

export const BATCH_7: DisclosureExample[] = [
	{
		text: "Pour la carte sur la jalousie : ça commence par checker ton cell, après y te serre le poignet trop fort. Chez nous c'est rendu là.",
		disclosure: 'violence',
		language: 'fr'
	},
	{
		text: 'y me dit que cest juste du modeling mais les gars qui viennent a lappart sont vieux pis cest lui quy payent, pas moi',
		disclosure: 'exploitation',
		language: 'fr'
	},
	{
		text: "in the quiz, 'threatening to share intimate images is a crime in canada' should be true, rn it says false lol",
		disclosure: null,
		language: 'en'
	},
	{
		text: "someone made a fake account with my pics and says they'll post my address if i dont pay. idk what to do",
		disclosure: 'threat',
		language: 'en'
	},
	{
		text: 'jai une dette de sommeil incroyable, jvais dormir tout le weekend',
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'ma chum de 14 ans se fait amener à Montréal les fins de semaine par un gars qui lui trouve des « clients ». jai peur pour elle',
		disclosure: 'exploitation',
		language: 'fr'
	},
	{ text: 'that exam killed me fr, i need a nap', disclosure: null, language: 'en' },
	{
		text: "Les intervenants comprennent pas que quand une fille fugue, c'est souvent pour fuir quelque chose. Arrêtez de dire qu'elle fait des niaiseries.",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "Dans l'histoire, l'amie dit « si tu pars y va te tuer ». Je pense que c'est trop intense pour les 13 ans, on peut mettre « y va se venger »?",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "my sister (16) is 'dancing' at a club downtown with a fake id and her bf drives her there every night",
		disclosure: 'exploitation',
		language: 'en'
	},
	{
		text: "the testimony where she says 'he told me i owed him for everything' hit hard. keep it word for word on the poster",
		disclosure: null,
		language: 'en'
	},
	{
		text: 'cette toune-là me tue à chaque fois tellement est bonne',
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'my sister thinks she still owes the guy who let her stay with him, so she does whatever he says. he counts it in nights',
		disclosure: 'debt',
		language: 'en'
	},
	{
		text: 'c rien mais jpeux pas mettre de short cette semaine lol faut cacher les bleus',
		disclosure: 'violence',
		language: 'fr'
	},
	{
		text: 'the stat about 1 in 4 girls experiencing dating violence before 18 needs a source on the slide',
		disclosure: null,
		language: 'en'
	},
	{
		text: "the law says anyone under 18 can't consent to being paid for sex, period. put that in the first line",
		disclosure: null,
		language: 'en'
	},
	{
		text: "my mom threatened to take my phone if i don't clean my room 🙄",
		disclosure: null,
		language: 'en'
	},
	{
		text: 'i owe this guy for the phone and the weed and he keeps saying i can work it off. idk how to get out',
		disclosure: 'debt',
		language: 'en'
	},
	{
		text: "honestly the scenario where the pimp is a woman is important, ppl think it's always guys",
		disclosure: null,
		language: 'en'
	},
	{
		text: "Au Québec l'âge du consentement c'est 16 ans, mais y'a des exceptions d'âge rapproché. Faut l'écrire simplement.",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "whatever, it's just dates. he picks the guys, i get a phone and somewhere to sleep",
		disclosure: 'exploitation',
		language: 'en'
	},
	{
		text: 'pillow fight at the sleepover got intense, took one straight to the face 😂',
		disclosure: null,
		language: 'en'
	},
	{
		text: "Engagement des adultes #3 : répondre en 48h. C'est bien mais c'est trop long si une fille est en danger. Mettez un numéro d'urgence.",
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'un gars de 24 ans me paye mes ongles pis mes cheveux, en retour faut que jaille a ses partys avec ses amis. cest correct non?',
		disclosure: 'exploitation',
		language: 'fr'
	},
	{
		text: 'my friend sends me pics of her arms every night and says she doesnt want to live anymore. i dont know who to tell',
		disclosure: 'self-harm',
		language: 'en'
	},
	{
		text: "the dpj worker in the video sounds so cold. if a girl hears that she'll never call",
		disclosure: null,
		language: 'en'
	},
	{
		text: 'jai pas été a lécole mardi pcq javais loeil enflé. anyway ca va mieux',
		disclosure: 'violence',
		language: 'fr'
	},
	{
		text: 'feedback on the pilot: the girls loved the red flags vs green flags game but the violence cards were confusing',
		disclosure: null,
		language: 'en'
	},
	{ text: "i'd kill for a poutine rn", disclosure: null, language: 'en' },
	{
		text: "hypothetically if someone already sold a guy a few pics, is she allowed to say no to meeting him? he's pushing hard",
		disclosure: 'exploitation',
		language: 'en'
	},
	{
		text: 'jpense souvent que ça serait plus simple si jétais pu là',
		disclosure: 'self-harm',
		language: 'fr'
	},
	{
		text: 'si tu te fais menacer de publier tes photos, tu peux appeler Cyberaide ou la police, cest pas toi qui es en tort. a mettre au verso',
		disclosure: null,
		language: 'fr'
	},
	{
		text: "Scénario : Maya, 15 ans, accepte un lift d'un gars plus vieux. Il lui dit qu'elle lui doit l'essence. Qu'est-ce que ses amies peuvent faire?",
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'kids help phone number is tiny on the flyer, make it bigger pls',
		disclosure: null,
		language: 'en'
	},
	{
		text: 'paid my friend back the 20 bucks finally, debt free lmao',
		disclosure: null,
		language: 'en'
	},
	{
		text: 'how long do bruised ribs usually take to heal? asking for reasons lol',
		disclosure: 'violence',
		language: 'en'
	},
	{
		text: 'my bf slapped me in front of his friends and everyone laughed. idk if im overreacting',
		disclosure: 'violence',
		language: 'en'
	},
	{
		text: "I don't like the word 'victim' on every slide. 'survivor' or just 'girl' works better",
		disclosure: null,
		language: 'en'
	},
	{
		text: 'ya une fille dans la vidéo qui dit « jvoulais mourir » pis ca ma touchée. faudrait mettre un avertissement avant',
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'jai recommencé a me couper cette semaine, jvoulais juste que quelquun le sache',
		disclosure: 'self-harm',
		language: 'fr'
	},
	{
		text: "the suicide prevention card says 'talk to someone' but like who? list actual names of services",
		disclosure: null,
		language: 'en'
	},
	{
		text: "Merci aux adultes d'avoir changé « fille à risque » pour « fille ciblée ». Ça change tout.",
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'my roommate at the group home leaves every friday with an older guy and comes back with cash and new nails. she calls him her manager',
		disclosure: 'exploitation',
		language: 'en'
	},
	{
		text: "Proposition pour l'atelier : parler des gars qui t'offrent une place où dormir quand t'as fugué. Ça fait 3 semaines que chu chez un de même pis y'a toujours des gars qui passent le soir.",
		disclosure: 'exploitation',
		language: 'fr'
	},
	{
		text: "he keeps a tab of every meal lol. at 600 now. says i'll pay it off at his friend's party saturday",
		disclosure: 'debt',
		language: 'en'
	},
	{
		text: 'stat from the report: most exploited girls were first approached online. put it next to the insta mockup',
		disclosure: null,
		language: 'en'
	},
	{
		text: 'le mot automutilation est trop clinique, les jeunes disent se faire du mal. changez-le sur la carte',
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'i have a plan and a date. i just wanted one person to know',
		disclosure: 'self-harm',
		language: 'en'
	},
	{
		text: 'jvais tuer mon frère, y a mangé tous mes restants de pizza 😤',
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'legal q for the lawyer session: is it trafficking if nobody crossed a border? most people think it has to',
		disclosure: null,
		language: 'en'
	},
	{
		text: 'Si jsuis pas là la semaine prochaine, Sarah peut garder mes marqueurs pis mon cahier. Merci pour tout, vraiment.',
		disclosure: 'self-harm',
		language: 'fr'
	},
	{
		text: "my roommate owes her bf like 2k and he makes her go with guys to pay it down. she says its only until it's zero",
		disclosure: 'debt',
		language: 'en'
	},
	{ text: 'we got destroyed in volleyball today but it was fun', disclosure: null, language: 'en' },
	{
		text: "my cousin's boyfriend choked her last weekend and she's still with him. she made me promise not to tell",
		disclosure: 'violence',
		language: 'en'
	},
	{
		text: "what's the point of the workshop if nothing ever gets better. nobody would notice if i disappeared",
		disclosure: 'self-harm',
		language: 'en'
	},
	{
		text: "he said if i block him he'll show my parents the screenshots and tell everyone what i did",
		disclosure: 'threat',
		language: 'en'
	},
	{
		text: "for the card about 'the boyfriend stage': add that he starts asking you to be nice to his friends. that part's happening rn lol",
		disclosure: 'exploitation',
		language: 'en'
	},
	{
		text: 'shoutout to my bf for driving me to the workshop in the snow 🥹',
		disclosure: null,
		language: 'en'
	},
	{
		text: 'on sest battues pour le dernier muffin au local haha',
		disclosure: null,
		language: 'fr'
	},
	{
		text: "The scenario ends with the girl going to the police alone. Can we add a youth worker going with her? That's more realistic.",
		disclosure: null,
		language: 'en'
	},
	{
		text: 'ma soeur a pris des pilules hier soir, elle est revenue de lhopital mais elle dit quelle va recommencer',
		disclosure: 'self-harm',
		language: 'fr'
	},
	{
		text: "a character saying 'i'd rather die' about a math test is fine, it's how people talk. don't make it a red flag in the script",
		disclosure: null,
		language: 'en'
	},
	{
		text: 'jme suis coupée en ouvrant une canne de thon lol, jsuis pas douée',
		disclosure: null,
		language: 'fr'
	},
	{
		text: "the part about self-harm should say it's not attention seeking. that's the #1 thing people get wrong",
		disclosure: null,
		language: 'en'
	},
	{
		text: "i used to think 'the life' looked glamorous from tiktok. the workshop really changed how i see it",
		disclosure: null,
		language: 'en'
	},
	{
		text: 'i need a break. not from the project. from everything. so tired of being here',
		disclosure: 'self-harm',
		language: 'en'
	},
	{
		text: "the adults' commitment to 'believe girls first' is good but what does it mean in practice? write down the steps",
		disclosure: null,
		language: 'en'
	},
	{
		text: "Proposition : parler du loyer payé par un gars. Deux mois payés, pis là y dit que c'est « mon tour ». Jsais trop c'est quoi mon tour.",
		disclosure: 'debt',
		language: 'fr'
	},
	{
		text: 'chu tannée de tout, rien va changer anyway. jsp pourquoi jessaie encore',
		disclosure: 'self-harm',
		language: 'fr'
	},
	{
		text: "i think the debt bondage part should explain that the 'debt' is made up, it keeps growing on purpose",
		disclosure: null,
		language: 'en'
	},
	{
		text: 'jfais des « rencontres » de temps en temps pour payer mon cell, c pas si pire tkt',
		disclosure: 'exploitation',
		language: 'fr'
	},
	{
		text: "my sister's ex showed up at our place with a knife last night and said he's coming back. she won't call the cops",
		disclosure: 'threat',
		language: 'en'
	},
	{
		text: 'la DPJ c pas juste pour enlever les enfants, faut expliquer aux plus jeunes que ca peut aider aussi',
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'est-ce normal quun gars te tienne par la gorge quand y est fâché? genre juste 2 secondes',
		disclosure: 'violence',
		language: 'fr'
	},
	{
		text: 'cest quoi la différence entre une menace pis du chantage dans la loi? pour la section juridique',
		disclosure: null,
		language: 'fr'
	},
	{
		text: "i borrowed money from my friend's older brother and now he says the only way to pay is doing stuff for him and his friends",
		disclosure: 'debt',
		language: 'en'
	},
	{
		text: 'not trying to make this about me but the scenario where he grabs her arm? yeah. tuesday. anyway the wording on card 3 is good',
		disclosure: 'violence',
		language: 'en'
	},
	{
		text: 'jdois 800$ a un gars pour du pot pis y ma dit que je peux le rembourser autrement. jsais ce quil veut dire',
		disclosure: 'debt',
		language: 'fr'
	},
	{
		text: "can someone get in trouble for telling an adult if the guy said he'd hurt her? like hypothetically. asking for me ig",
		disclosure: 'threat',
		language: 'en'
	},
	{
		text: 'cutting again lol. its fine its under control',
		disclosure: 'self-harm',
		language: 'en'
	},
	{
		text: 'lol manches longues en juillet, devinez pourquoi',
		disclosure: 'self-harm',
		language: 'fr'
	},
	{
		text: "Question anonyme : si quelqu'un menace de faire du mal à ta famille si tu parles, est-ce que la police peut vraiment protéger? C'est urgent.",
		disclosure: 'threat',
		language: 'fr'
	},
	{
		text: 'les gangs utilisent les réseaux pour recruter, le rapport le dit. faudrait montrer des exemples de messages typiques',
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'ma cousine met des annonces sur un site pis cest son chum qui garde largent. elle a 16 ans',
		disclosure: 'exploitation',
		language: 'fr'
	},
	{
		text: 'Trouvé le chiffre : la majorité des victimes connaissaient leur exploiteur avant. Ça casse le mythe du gars inconnu dans un van.',
		disclosure: null,
		language: 'fr'
	},
	{
		text: "Dans le scénario, Jade dit « je lui dois bien ça » quand son chum lui demande des faveurs. Faudrait que la carte explique que c'est de la manipulation.",
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'sur la carte suicide, mettez 1-866-APPELLE en gros pis dites que cest correct dappeler même si on est pas sure',
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'jaime pas que le personnage de Kim se coupe dans le scénario 3, ca peut trigger du monde. on peut juste dire quelle va pas bien?',
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'he only pushes when hes drunk so its not really abuse right',
		disclosure: 'violence',
		language: 'en'
	},
	{
		text: "Pour la FAQ : « si une amie te dit qu'elle se fait frapper, t'es obligée de le dire? » Les plus jeunes l'ont demandé 3 fois au pilote.",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "my older cousin went through this stuff years ago. she's in uni now and doing great, she said we can use her story anonymously",
		disclosure: null,
		language: 'en'
	},
	{
		text: "can we change 'child prostitute' in the police report excerpt? there's no such thing, it's exploitation",
		disclosure: null,
		language: 'en'
	},
	{
		text: "for the anonymous box: someone asked if gangs really make girls pay off 'debts'. yes, and it's a big part of how they keep them",
		disclosure: null,
		language: 'en'
	},
	{
		text: 'mon beau-père crie pis lance des affaires quand yé saoul, jdors chez ma chum le plus souvent possible',
		disclosure: 'violence',
		language: 'fr'
	},
	{
		text: "a 13yo in the pilot asked 'is it a threat if he says he'll tell everyone my secrets?' great question, add it to the FAQ",
		disclosure: null,
		language: 'en'
	},
	{
		text: 'ngl i flinch now when someone raises their hand too fast. started this summer',
		disclosure: 'violence',
		language: 'en'
	},
	{
		text: "a guy from the old crew keeps texting 'found u' with a pic of my building. probably nothing",
		disclosure: 'threat',
		language: 'en'
	},
	{
		text: 'la phrase « elle sest mise dans cette situation » dans le texte de la police faut lenlever, cest du victim blaming',
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'lol jai 40 messages de lui depuis hier, le dernier cest juste mon adresse. jsp pk',
		disclosure: 'threat',
		language: 'fr'
	},
	{
		text: 'mon ex dit que si jle laisse pas revenir y va envoyer mes nudes à toute lécole',
		disclosure: 'threat',
		language: 'fr'
	},
	{
		text: 'si jparle a la police y va publier la vidéo, fak jparlerai pas. cetait juste pour dire',
		disclosure: 'threat',
		language: 'fr'
	},
	{
		text: "this guy i met on insta wants me to come to a 'hotel party' in laval and says ill make 500 easy. he's sending an uber tonight",
		disclosure: 'exploitation',
		language: 'en'
	},
	{
		text: 'ma mère va me tuer si jrentre pas avant 10h, faut que jparte tôt',
		disclosure: null,
		language: 'fr'
	},
	{
		text: "the quote 'he said he'd hurt my little brother if i left' is powerful but maybe add that she got out, so it's not hopeless",
		disclosure: null,
		language: 'en'
	},
	{
		text: 'ma cousine travaille pour rembourser le gars qui la amenée de Gatineau, y dit quelle lui doit le transport pis lappart',
		disclosure: 'debt',
		language: 'fr'
	},
	{
		text: "Proposition : une carte « c'est quoi une dette de drogue » pis comment les gars s'en servent pour contrôler les filles.",
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'Le numéro de Tel-jeunes devrait être sur chaque carte, pas juste la dernière.',
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'y ma dit quil sait ou jhabite pis quil va venir me chercher si jreviens pas',
		disclosure: 'threat',
		language: 'fr'
	},
	{ text: 'jdois 5$ à Emma pour le café, rappelez-moi svp', disclosure: null, language: 'fr' },
	{
		text: 'love the debt bondage section. very accurate. been paying mine off since june and it never goes down 😅',
		disclosure: 'debt',
		language: 'en'
	},
	{
		text: "Pour la question des plus jeunes « est-ce qu'on peut devoir de l'argent à quelqu'un qui nous a donné un cadeau? » → réponse : non, un cadeau c'est un cadeau.",
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'tsé quand ton « chum » te demande de faire plaisir a ses amis pour prouver que tu laimes… ya tu un nom pour ca? demande pour une amie mdr',
		disclosure: 'exploitation',
		language: 'fr'
	},
	{
		text: 'gave my hoodies and my speaker to my little sister today. she deserves nice stuff. anyway see u thursday maybe',
		disclosure: 'self-harm',
		language: 'en'
	},
	{
		text: 'i owe my sister a starbucks for covering my shift lol',
		disclosure: null,
		language: 'en'
	},
	{
		text: 'quick q for the workshop: if someone covered your bail and now you owe him favours, is that actually a debt legally? asking for a friend (its me)',
		disclosure: 'debt',
		language: 'en'
	},
	{
		text: "adults keep saying 'just block him' like that fixes anything. sextortion doesn't stop bc you blocked someone",
		disclosure: null,
		language: 'en'
	},
	{
		text: 'mon coach nous a menacées de faire des push-ups si on arrive encore en retard',
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'jai pris de la coke a credit pis maintenant y veut que jsois « gentille » avec ses chums pour effacer ca',
		disclosure: 'debt',
		language: 'fr'
	},
	{
		text: "idea for a card: 'he paid for your phone. you don't owe him anything.' short and clear",
		disclosure: null,
		language: 'en'
	},
	{
		text: 'we need more examples of controlling behaviour for the card: checking her phone, picking her clothes, deciding who she sees',
		disclosure: null,
		language: 'en'
	},
	{
		text: 'jose pu sortir de chez nous, y attend devant le dépanneur tous les jours pis y ma dit que jallais le regretter',
		disclosure: 'threat',
		language: 'fr'
	},
	{
		text: "i don't really see myself being around by the end of the year tbh",
		disclosure: 'self-harm',
		language: 'en'
	},
	{
		text: "Mon chum m'a offert des fleurs pour nos 6 mois, trop cute",
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'sorry i missed the pilot, my dad went off again and i wasnt allowed out w the split lip. ill read the notes',
		disclosure: 'violence',
		language: 'en'
	},
	{
		text: 'jpense que le mot prostitution devrait pas être sur la carte, on dit exploitation sexuelle, cest pas la fille le problème',
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'the character Zoe cutting in scene 2 feels too detailed. can we just show her sleeves and let people get it',
		disclosure: null,
		language: 'en'
	},
	{
		text: 'jk jk but if i stop showing up to workshops its bc someone said id regret it if i kept coming',
		disclosure: 'threat',
		language: 'en'
	},
	{
		text: "Une fille de 12 ans au pilote a demandé si c'est illégal qu'un adulte lui envoie de l'argent par Interac. Bonne question, faut l'ajouter à la FAQ.",
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'c rien, jai juste une dette avec un gars, jvais la payer en faisant des affaires pour lui, genre livrer pis dautres trucs',
		disclosure: 'debt',
		language: 'fr'
	},
	{
		text: "whatever. it's just until the debt's paid off, he said 3 more weekends",
		disclosure: 'debt',
		language: 'en'
	},
	{
		text: "for the younger girls: 'what do i do if my friend says she wants to die?' → tell a trusted adult, call 1-866-APPELLE, stay with her",
		disclosure: null,
		language: 'en'
	},
	{ text: 'im literally dying, this meme is so funny 💀', disclosure: null, language: 'en' },
	{
		text: "reaction to the youth workers' plan: more drop-in hours please, a lot of girls only feel safe talking at night",
		disclosure: null,
		language: 'en'
	},
	{
		text: "my mom's boyfriend hits me when she's at work. i dont want the dpj to split us up",
		disclosure: 'violence',
		language: 'en'
	},
	{
		text: 'le gars qui gère mon compte onlyfans dit que jai pas besoin davoir 18 pour vrai, que personne check',
		disclosure: 'exploitation',
		language: 'fr'
	},
	{
		text: "Pour le scénario du bus, ça marche. Juste pour que vous sachiez, un char me suit le soir après l'atelier depuis deux semaines.",
		disclosure: 'threat',
		language: 'fr'
	},
	{
		text: 'le quiz demande combien de filles vivent de la violence dans leur couple pis la réponse est 1 sur 3?? faut sourcer ca',
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'ma soeur a 15 ans pis son chum la frappe, elle dit que cest de sa faute. jsais pu quoi faire',
		disclosure: 'violence',
		language: 'fr'
	},
	{
		text: "Ma coloc revient souvent avec des bleus pis elle dit qu'elle est tombée. Son chum l'attend en bas tous les soirs.",
		disclosure: 'violence',
		language: 'fr'
	},
	{
		text: 'cest quoi la dose de tylenol qui est dangereuse? cest pour la carte sur les médicaments',
		disclosure: 'self-harm',
		language: 'fr'
	},
	{
		text: "Pour la carte « cadeaux » : ajoutez que le gars tient un compte de tout. Le mien est rendu à 1200$ pis y dit que jvais le payer d'une façon ou d'une autre.",
		disclosure: 'debt',
		language: 'fr'
	},
	{
		text: "i'm dead tired, someone pls bring snacks to the next session",
		disclosure: null,
		language: 'en'
	},
	{
		text: "the card about sextortion: add 'they give you a deadline'. mine is friday.",
		disclosure: 'threat',
		language: 'en'
	},
	{
		text: "my boyfriend posts my pics on a site and guys pay him. he says it's for our apartment",
		disclosure: 'exploitation',
		language: 'en'
	},
	{
		text: "Quand j'avais 11 ans mon père était violent, mais c'est fini depuis longtemps, il est plus dans ma vie pis jvais bien. Ça m'aide à écrire les scénarios.",
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'dans le témoignage #4 la fille dit « y ma frappée devant ma mère ». jtrouve quon devrait garder la phrase telle quelle, cest fort',
		disclosure: null,
		language: 'fr'
	},
	{
		text: "the recruiter messages in the example look too fake. real ones are like 'ur so mature for ur age' 'ill take care of u'",
		disclosure: null,
		language: 'en'
	},
	{
		text: "is it still a sugar daddy thing if you're 15 and he's 40? he's nice tho, buys me everything",
		disclosure: 'exploitation',
		language: 'en'
	},
	{
		text: 'la stat qui dit que lâge moyen dentrée dans lexploitation cest 14 ans ma choquée, faut la mettre en gros sur laffiche',
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'jtrouve que les adultes parlent juste des étrangers sur internet mais cest souvent des chums, des cousins, des amis de la famille',
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'mon chum ma poussé contre le mur hier soir pis jai une marque sur le bras, jsais pas si cest grave',
		disclosure: 'violence',
		language: 'fr'
	},
	{
		text: 'ma coloc a écrit une lettre dadieu pis elle la cachée dans son tiroir, je lai trouvée ce matin',
		disclosure: 'self-harm',
		language: 'fr'
	},
	{
		text: 'le prof de maths nous a massacrées avec lexamen, chu morte',
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'le loverboy dans la bd est trop évident, les vrais sont gentils au début, y te paient tes ongles pis te disent que tes belle',
		disclosure: null,
		language: 'fr'
	},
	{
		text: "the slide about warning signs: 'giving things away, saying goodbye'. yeah. been doing both this week ngl",
		disclosure: 'self-harm',
		language: 'en'
	},
	{
		text: 'ma chum Léa se fait menacer par le gars pour qui elle « travaillait », y dit quil va la retrouver où quelle aille',
		disclosure: 'threat',
		language: 'fr'
	},
	{
		text: 'cest quoi le mot quand quelquun te prête de largent pis après tu lui dois des faveurs? jvous jure cest pas pour moi 🙃',
		disclosure: 'debt',
		language: 'fr'
	},
	{
		text: "Mon ancienne école avait un gars qui recrutait dans le parking. Y s'est fait arrêter l'an passé, fak c'est réglé, mais ça prouve que ça arrive partout.",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "my ex's friends keep saying 'watch yourself' when i walk by. today one of them said they know where my little brother goes to school",
		disclosure: 'threat',
		language: 'en'
	},
	{
		text: 'ma chum doit de largent au gars qui lhéberge pis y la fait « rembourser » avec ses amis. elle dit que cest temporaire',
		disclosure: 'debt',
		language: 'fr'
	}
];
