// Disclosure corpus, batch 9: written blind (before the detector was tuned on it), invented, non-graphic.
import type { DisclosureExample } from '../disclosure-corpus.ts';

export const BATCH_9: DisclosureExample[] = [
	{
		text: 'the north shore group said the bus terminal is where recruiters talk to girls. maybe add a scenario there?',
		disclosure: null,
		language: 'en'
	},
	{
		text: "can we not use the word 'victim' on the poster? girls don't see themselves that way, even when it's obviously happening to them",
		disclosure: null,
		language: 'en'
	},
	{
		text: 'getting slammed into a locker for not answering a text fast enough... that part of the scenario is too real. this week too real',
		disclosure: 'violence',
		language: 'en'
	},
	{
		text: "coach said if we're late again she'll make us run suicides till june. be on time tomorrow ppl",
		disclosure: null,
		language: 'en'
	},
	{
		text: "Mon « manager » garde 70% de ce que jfais pis y dit que c'est normal dans le milieu. C'est-tu normal pour vrai?",
		disclosure: 'exploitation',
		language: 'fr'
	},
	{ text: 'would sell my soul for a snow day', disclosure: null, language: 'en' },
	{
		text: 'bro the snack table at the workshop was violent. who brought the ghost pepper chips 😭',
		disclosure: null,
		language: 'en'
	},
	{
		text: "Pour la question de la boîte « mon chum a-tu le droit de fouiller mon cell »: la réponse devrait être non, même s'il dit que c'est par amour. Pas de « ça dépend ».",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "Le témoignage de la fille de Sept-Îles qui dit « je voulais juste que ça arrête », coupez-le pas! C'est la meilleure partie de la capsule.",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "anonymous: my mom's boyfriend grabs me and throws stuff at me when she's at work. who do i tell that won't make it worse",
		disclosure: 'violence',
		language: 'en'
	},
	{
		text: 'the plant i was supposed to take care of at the group home died. rip fernando 🌱 i was not made for responsibility',
		disclosure: null,
		language: 'en'
	},
	{
		text: 'Ma petite sœur de 13 ans se fait amener à Montréal par un gars de 20 ans les fins de semaine. Elle revient avec des sacs de linge neuf pis elle dort toute la journée.',
		disclosure: 'exploitation',
		language: 'fr'
	},
	{
		text: "C'est quoi le numéro à appeler si on pense à mourir mais qu'on veut pas que l'école le sache? pcq c'est tous les soirs ces temps-ci",
		disclosure: 'self-harm',
		language: 'fr'
	},
	{
		text: "the finding about 'it starts with yelling' — yeah, and then it doesn't stop at yelling. ask me how i know lol",
		disclosure: 'violence',
		language: 'en'
	},
	{
		text: "hypothetically, if someone's friend posts about wanting to die, should you screenshot it and send it to an adult? we should answer that in the faq",
		disclosure: null,
		language: 'en'
	},
	{
		text: "lol it's fine, i just gotta 'work off' what i owe him for a couple more weekends then we're even",
		disclosure: 'debt',
		language: 'en'
	},
	{ text: "tab's at $900. 'favours' accepted 🙂", disclosure: 'debt', language: 'en' },
	{
		text: "the finding that threats are 'mostly online' isn't always true. mine shows up at my bus stop now",
		disclosure: 'threat',
		language: 'en'
	},
	{
		text: "On doit rembourser le club de robotique pour la pièce qu'on a brisée, fait qu'on fait une vente de biscuits samedi au centre d'achats",
		disclosure: null,
		language: 'fr'
	},
	{ text: 'anyway bruise is mostly gone. whatever.', disclosure: 'violence', language: 'en' },
	{
		text: "Jdonne mon linge pis mes écouteurs à ma coloc, j'en aurai pu besoin. Bon, sur la carte 3 je changerais le titre.",
		disclosure: 'self-harm',
		language: 'fr'
	},
	{
		text: "we shouldn't tell girls 'just block him'. blocking doesn't stop anything if the guy knows your school and your bus",
		disclosure: null,
		language: 'en'
	},
	{
		text: 'for the self-harm card please no pictures of arms or blood. even a drawing can set someone off',
		disclosure: null,
		language: 'en'
	},
	{
		text: "Si un gars te paye ton voyage jusqu'à Montréal pis après y dit que tu dois le rembourser en dansant dans son club, c'tu légal? pcq jsuis rendue là",
		disclosure: 'debt',
		language: 'fr'
	},
	{
		text: "love that the story ends with her getting out, but it should show it took like 4 tries. the workers said that's how it usually goes",
		disclosure: null,
		language: 'en'
	},
	{
		text: 'lol sometimes i just wanna not wake up. jk. mostly.',
		disclosure: 'self-harm',
		language: 'en'
	},
	{
		text: "Le mot « dette » est correct mais les filles disent plus « y m'a avancé du cash » ou « je lui dois une faveur ». Mettez les deux expressions sur la carte.",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "Est-ce que c'est normal qu'un chum te serre le bras assez fort pour laisser des marques quand tu veux partir d'un party? genre ça compte-tu, pcq c'est la 3e fois",
		disclosure: 'violence',
		language: 'fr'
	},
	{
		text: "if i don't show up next week just know this group was the only good thing. bye guys 💙",
		disclosure: 'self-harm',
		language: 'en'
	},
	{
		text: "my cousin's boyfriend choked her during a fight last weekend and she's acting like it's normal. she's still staying at his place",
		disclosure: 'violence',
		language: 'en'
	},
	{
		text: "a guy from my old school keeps dming me that i'm 'gonna get it' after class. he sent a pic of my house. idk what to do",
		disclosure: 'threat',
		language: 'en'
	},
	{
		text: "J'ai perdu un sac que je devais livrer pis maintenant y disent que je dois « travailler » pour effacer ce que je dois. Comment on sort de ça?",
		disclosure: 'debt',
		language: 'fr'
	},
	{
		text: "Ma chum m'a texté hier soir qu'elle avait écrit des lettres pour tout le monde pis depuis elle répond pu. Jsais pas qui appeler.",
		disclosure: 'self-harm',
		language: 'fr'
	},
	{
		text: "hypothetically if someone has screenshots of you and says they'll send them to your family unless you meet up, can the police do anything before friday?",
		disclosure: 'threat',
		language: 'en'
	},
	{
		text: "Les adultes s'imaginent le pimp comme un gars en manteau de fourrure. Dans la vraie vie c'est le cousin de quelqu'un, 19 ans, belle auto. Le personnage devrait être de même.",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "J'ai failli mourir étouffée avec mon chip quand Léa a sorti sa joke sur le prof de math 😂",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "Le coach de basket nous a fait courir jusqu'à ce qu'on crève, mes jambes existent pu",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "my sister told me she has a plan to end it and made me promise not to tell. she's 15. i don't know what to do",
		disclosure: 'self-harm',
		language: 'en'
	},
	{
		text: 'my phone screen is so cracked it looks like it survived a war',
		disclosure: null,
		language: 'en'
	},
	{
		text: 'Le prof de chimie nous a assassinées avec son examen surprise, chu encore sous le choc lol',
		disclosure: null,
		language: 'fr'
	},
	{
		text: "my older sister's boyfriend told her if she leaves he'll kill himself and then her. she laughs it off but i can't sleep",
		disclosure: 'threat',
		language: 'en'
	},
	{
		text: "Ma sœur doit de l'argent à son ex pis il la fait « payer » en allant voir des gars. Elle a 16 ans. Mes parents savent rien.",
		disclosure: 'debt',
		language: 'fr'
	},
	{
		text: "le constat sur la dette qui grossit toute seule... ouin. y'a 2 mois c'était 200, là y dit 1500 pis faut que je « travaille » pour ça",
		disclosure: 'debt',
		language: 'fr'
	},
	{
		text: "kinda disagree with the finding that girls in group homes are 'easy targets'. the wording makes it sound like it's our fault",
		disclosure: null,
		language: 'en'
	},
	{
		text: "Le dépliant dit que la DPJ « retire » les jeunes de leur famille. Ça fait peur pour rien, la plupart du temps c'est pas ça qui arrive. À reformuler.",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "Y'a deux ans j'ai vécu de quoi de pas correct avec un gars plus vieux. C'est fini, il est pu dans ma vie, jvais bien pis j'ai une intervenante. C'est pour ça que je veux aider à écrire la carte.",
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'for the anonymous box next time: what do we answer when girls ask how to help a friend whose bf hits her? every single group asks this',
		disclosure: null,
		language: 'en'
	},
	{
		text: "Les plus jeunes demandent souvent si c'est normal de se sentir vide après une rupture. Ça prend une réponse douce dans la FAQ, pas juste « consulte ».",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "Faudrait expliquer que la DPJ peut aider aussi quand c'est quelqu'un en dehors de la famille qui fait du mal à une jeune. Bcp pensent que c'est juste pour les parents.",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "the statistic slide says '1 in 4' but doesn't say 1 in 4 what. girls? women? in québec? fix pls 🙏",
		disclosure: null,
		language: 'en'
	},
	{
		text: "the finding that self-harm is 'a way to cope' — yeah. long sleeves in july, you do the math",
		disclosure: 'self-harm',
		language: 'en'
	},
	{
		text: "the research says self-harm is often about handling feelings, not wanting to die. that's important so friends don't panic and make it worse",
		disclosure: null,
		language: 'en'
	},
	{
		text: "the workshop should explain what actually happens when you call the DPJ, step by step. people are scared they'll get placed right away",
		disclosure: null,
		language: 'en'
	},
	{
		text: "the testimony 'i thought it was love until the first time he said i had to see his friend' is perfect for the opening. chills",
		disclosure: null,
		language: 'en'
	},
	{
		text: "Ça me parle pcq le constat dit que les filles se confient d'abord à une amie, pas à un adulte. Donc l'atelier devrait former les amies, c'est logique.",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "ma chum fait des « dates » que son chum organise pour elle, elle dit que c'est elle qui décide mais c'est lui qui garde tout le cash",
		disclosure: 'exploitation',
		language: 'fr'
	},
	{
		text: "the 'gift that becomes a debt' thing is so accurate. the phone, the nails, the airpods... now it's 'you owe me' every time i say no",
		disclosure: 'debt',
		language: 'en'
	},
	{
		text: "jk i'm not being trafficked lmao i just go to parties where older guys pay for everything and then i have to 'thank' them",
		disclosure: 'exploitation',
		language: 'en'
	},
	{
		text: "Si une amie te dit qu'elle veut mourir, tu fais quoi concrètement? L'atelier devrait pratiquer ça en jeu de rôle, pas juste donner un numéro.",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "Le témoignage cité (« il m'a dit que je lui devais ça pour le loyer ») est super fort, mais ajoutez ce que la fille a fait après, sinon ça finit sur rien.",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "is 'sextortion' the right word for 13 year olds?? maybe 'when someone uses your pics to control you' is clearer",
		disclosure: null,
		language: 'en'
	},
	{
		text: "my sister threatened to spoil the season finale if i don't give her hoodie back. criminal behaviour honestly",
		disclosure: null,
		language: 'en'
	},
	{
		text: 'this math homework is slowly killing me, 40 questions due tomorrow??',
		disclosure: null,
		language: 'en'
	},
	{
		text: "Jme suis coupée le doigt en coupant des oignons pour l'atelier cuisine, rien de grave, un pansement pis c'est réglé",
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'ma coloc au foyer a reçu une photo de sa maison avec écrit « on sait où tu dors ». elle veut pas le dire aux éducs',
		disclosure: 'threat',
		language: 'fr'
	},
	{
		text: 'the scenario where the older guy buys her a phone and then says she owes him should also show a friend noticing. friends notice first',
		disclosure: null,
		language: 'en'
	},
	{
		text: "lowkey been doing some sugar daddy stuff online, it's just pics and he pays my phone bill. not a big deal right",
		disclosure: 'exploitation',
		language: 'en'
	},
	{
		text: "for the law section: sharing a nude of someone under 18 counts as distributing child sexual abuse material even if you're 15 too. most ppl have no idea",
		disclosure: null,
		language: 'en'
	},
	{
		text: "a year ago i was in a bad situation with a guy who made me 'pay back' stuff. it's over, i moved, i have a worker and i'm safe now. that's why this card matters to me",
		disclosure: null,
		language: 'en'
	},
	{ text: 'Tout le monde serait mieux sans moi. Bref.', disclosure: 'self-harm', language: 'fr' },
	{
		text: "my friend's ex keeps saying he'll leak her pics if she doesn't come back. she's 14 and i think she's gonna go back to him",
		disclosure: 'threat',
		language: 'en'
	},
	{
		text: 'the stat about most trafficked girls in canada being born here should be on the first slide. people think it only happens to newcomers',
		disclosure: null,
		language: 'en'
	},
	{
		text: "« Si tu parles t'es finie. » Reçu hier soir. Ça compte-tu comme menace pour le dépliant?",
		disclosure: 'threat',
		language: 'fr'
	},
	{
		text: "un gars sur insta m'offre 300$ pour des photos « pas trop osées ». jai 14 ans. c'tu si grave si jdis oui juste une fois?",
		disclosure: 'exploitation',
		language: 'fr'
	},
	{
		text: "Dans le scénario quand Maya se fait mal, svp décrivez pas comment. Juste qu'elle porte des manches longues en juin pis que son amie le remarque.",
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'mon petit frère ma menacée de dire à ma mère que jai mangé le dernier pouding. le chantage commence jeune dans cette famille',
		disclosure: null,
		language: 'fr'
	},
	{
		text: "he said if i tell anyone about what happened he'll hurt my little brother. i'm scared to go home tonight",
		disclosure: 'threat',
		language: 'en'
	},
	{
		text: "Tel-jeunes ça répond vraiment la nuit? Si oui faut l'écrire sur l'affiche, c'est la nuit que les filles en ont le plus besoin",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "y m'a juste dit que si jparle aux intervenantes ma petite sœur va avoir des problèmes. c probablement rien lol",
		disclosure: 'threat',
		language: 'fr'
	},
	{
		text: "the card about 'the boyfriend becomes the boss' — ya that's literally my weekend schedule now. he books them, i show up",
		disclosure: 'exploitation',
		language: 'en'
	},
	{
		text: "my cousin (14) keeps getting picked up at the group home by a guy in a bmw and comes back at 4am with cash. staff just write 'fugue'",
		disclosure: 'exploitation',
		language: 'en'
	},
	{
		text: 'Ce constat-là sur les « cadeaux » qui deviennent des dettes, ça me parle pcq on le voit dans le scénario de Léa. Faudrait montrer le moment exact où ça bascule.',
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'i owe my best friend like 3 coffees and a ride to the mall. the debt is getting out of control',
		disclosure: null,
		language: 'en'
	},
	{
		text: "is it still abuse if he only does it when he's drunk? asking bc it's basically every friday now",
		disclosure: 'violence',
		language: 'en'
	},
	{
		text: 'Pour Québec: on peut-tu mettre le numéro des travailleuses de rue sur la carte? Les filles de Limoilou le connaissent pas pantoute.',
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'c rien là mais quand mon père boit faut que jme barre dans ma chambre sinon ça revole. anyway la carte est bonne',
		disclosure: 'violence',
		language: 'fr'
	},
	{
		text: "FAQ idea: 'is it still a crime if i said yes?' the answer should say that under 18 the adult is always the one responsible. always.",
		disclosure: null,
		language: 'en'
	},
	{
		text: "Chez nous ça crie, ça lance des affaires, pis après tout le monde fait comme si rien s'était passé. Bon. Prochaine diapo.",
		disclosure: 'violence',
		language: 'fr'
	},
	{
		text: "why do adults always assume the girl is lying when she says she ran away because of a guy? that's the real problem in this finding",
		disclosure: null,
		language: 'en'
	},
	{
		text: "the word pimp makes it sound like a movie. most girls would say 'he manages me' or 'my man'. the card should use their words not ours",
		disclosure: null,
		language: 'en'
	},
	{
		text: "mon ex dit que si je le quitte pour de bon y va envoyer mes nudes à toute l'école pis à ma mère. jsais pu quoi faire",
		disclosure: 'threat',
		language: 'fr'
	},
	{
		text: "Un gars menace de poster une vidéo de moi si je lui envoie pas d'autres photos. J'ai 15 ans. Aidez-moi svp, je sais pas à qui le dire",
		disclosure: 'threat',
		language: 'fr'
	},
	{
		text: "not sure this is true for everyone... the finding says girls get recruited online but in our town it's mostly at parties, through someone's older brother",
		disclosure: null,
		language: 'en'
	},
	{
		text: "Hôtel à Laval, cell qui sonne toute la nuit, faut répondre sinon y'est fâché. Ça c'est le vrai scénario, pas votre affaire de party.",
		disclosure: 'exploitation',
		language: 'fr'
	},
	{
		text: "La stat de 1 fille sur 3 avec un chum contrôlant, ça me surprend pas mais faudrait écrire d'où elle vient, sinon les adultes vont dire qu'on l'a inventée",
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'est-ce quon peut mettre le numéro de la ligne de prévention du suicide EN GROS sur la carte? personne lit les petites lettres en bas',
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'new city every week, motel rooms, phone gets checked every night. not sure the workshop covers that part',
		disclosure: 'exploitation',
		language: 'en'
	},
	{
		text: "jaime que le scénario montre que la violence cest pas juste des coups, genre les insultes devant tout le monde pis le gars qui contrôle l'argent",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "jvois pas l'intérêt de continuer honnêtement. lol anyway la diapo sur les ressources est belle",
		disclosure: 'self-harm',
		language: 'fr'
	},
	{
		text: 'jtrouve que le mot prostitution fait fuir les filles de 13 ans, on devrait écrire exploitation sexuelle sur la carte',
		disclosure: null,
		language: 'fr'
	},
	{
		text: "can the threat scenario show it can be about your family too? like the character saying 'i know where your little sister goes to school'",
		disclosure: null,
		language: 'en'
	},
	{
		text: "how do you know when it's time to tell someone you think about dying? like at what point is it 'serious'. asking for the faq (not really)",
		disclosure: 'self-harm',
		language: 'en'
	},
	{
		text: 'Boîte anonyme: mon frère me frappe quand mes parents sont pas là. Est-ce que je peux en parler sans que ça brise ma famille?',
		disclosure: 'violence',
		language: 'fr'
	},
	{
		text: "Le chiffre sur l'âge moyen du recrutement (14 ans) devrait être sur la première page. C'est ça qui choque le monde.",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "Pour la section loi: c'tu légal qu'un gars de 22 ans sorte avec une fille de 15? Jpense que bcp de filles le savent pas pis ce serait bon de l'écrire noir sur blanc",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "gave my sketchbooks to my little sister and my hoodie to jess today. won't be needing them. anyway what's the next activity",
		disclosure: 'self-harm',
		language: 'en'
	},
	{
		text: "my 6 year old cousin made me pay her 2 dollars to leave my room. she's already a loan shark",
		disclosure: null,
		language: 'en'
	},
	{
		text: "Dans la carte 4 le gars menace de publier les photos, mais jpense que ce serait plus vrai si y disait juste « tsé ce que j'ai sur toi ». C'est plus subtil.",
		disclosure: null,
		language: 'fr'
	},
	{ text: 'put 988 on every card pls', disclosure: null, language: 'en' },
	{
		text: "Le gars qui m'héberge veut que je rencontre ses amis pis que je sois « gentille » avec eux en échange de la chambre. Jsais pas quoi faire.",
		disclosure: 'exploitation',
		language: 'fr'
	},
	{
		text: "i owe a guy for the weed and the rides and he says i can pay it off by doing stuff with his friends. don't really have a choice",
		disclosure: 'debt',
		language: 'en'
	},
	{
		text: "Une question que les secondaire 1 posent tout le temps au camp: c'est quoi la différence entre un chum jaloux pis un chum violent? On devrait avoir une réponse simple",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "bah jdois juste des faveurs à un gars pour le cell qu'y m'a donné, c rien, jme débrouille",
		disclosure: 'debt',
		language: 'fr'
	},
	{
		text: "Dette de 600 pour le linge, les ongles, l'hôtel. Remboursement en « services ». Voilà votre scénario, version vraie vie.",
		disclosure: 'debt',
		language: 'fr'
	},
	{
		text: "my roommate at the group home came back from her home visit with a split lip and says her uncle 'disciplines' her. staff don't know",
		disclosure: 'violence',
		language: 'en'
	},
	{
		text: "Ma chum a fugué pis un gars l'a hébergée. Là y dit qu'elle lui doit le loyer pis qu'elle va le rembourser « autrement ».",
		disclosure: 'debt',
		language: 'fr'
	},
	{
		text: "Le constat que les filles se font mal « pour sentir de quoi »... c'est pas une stat pour moi, c'est mon mardi soir.",
		disclosure: 'self-harm',
		language: 'fr'
	},
	{
		text: "ma grande sœur reste avec un gars qui la bat, jl'ai entendue pleurer au téléphone hier soir pis elle veut pas que jle dise à personne",
		disclosure: 'violence',
		language: 'fr'
	},
	{
		text: "my cousin got her vape and phone from a guy who now says she owes him and has to 'help out' at his apartment on weekends. she's 13",
		disclosure: 'debt',
		language: 'en'
	},
	{
		text: "La coordo nous a payées en pizza pour ranger toute la salle, c'est de l'exploitation 😤 (la pizza était bonne par exemple)",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "Jsuis pas d'accord avec la carte qui dit qu'une menace c'est toujours des mots. Ça peut être un regard, ou un « vu » à 3h du matin. Faudrait l'ajouter.",
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'honestly the adults in the video are so fake, no youth worker talks like that lol. the part about owing money for the hotel room is realistic tho',
		disclosure: null,
		language: 'en'
	},
	{
		text: "my stepdad hit me last night because i came home late. i don't want to go back there after the workshop",
		disclosure: 'violence',
		language: 'en'
	},
	{
		text: "Ma coloc au foyer revient de ses fins de semaine chez son beau-père avec des bleus pis elle dit qu'elle est tombée. Encore.",
		disclosure: 'violence',
		language: 'fr'
	},
	{
		text: "the 'boyfriend' who's secretly a recruiter is way too obvious in the draft. real ones are sweet for months first, that's the whole trick",
		disclosure: null,
		language: 'en'
	},
	{
		text: 'in the scenario, Chloé hurting herself should happen off-page. just show her friend noticing the bracelets she never takes off',
		disclosure: null,
		language: 'en'
	},
	{
		text: "Les « soirées VIP » du constat, ça me rejoint trop. C'est là que jpasse mes fins de semaine, y'a des gars vieux pis on est payées en bouteilles pis en lifts.",
		disclosure: 'exploitation',
		language: 'fr'
	},
	{
		text: "Les intervenants disent « fugue » comme si c'était la faute de la fille. Dans le scénario on pourrait dire qu'elle est partie pis que quelqu'un l'attendait déjà.",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "Jdois 5$ à Maude depuis la sortie au cinéma en octobre, c'est officiellement la plus vieille dette du Québec",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "C'tu possible de porter plainte si quelqu'un dit qu'y va te faire mal mais juste en vocal snap qui s'efface? pcq là c'est rendu tous les soirs",
		disclosure: 'threat',
		language: 'fr'
	},
	{
		text: "ce constat-là sur les chums qui « perdent le contrôle », c'est mon quotidien. mettons que le fond de teint sert pas juste pour les boutons",
		disclosure: 'violence',
		language: 'fr'
	},
	{
		text: 'merci pour tout les filles, vraiment. vous allez me manquer. jpense pas être là la semaine prochaine, ni après',
		disclosure: 'self-harm',
		language: 'fr'
	},
	{ text: 'Ce scénario-là tue, sérieux.', disclosure: null, language: 'fr' },
	{
		text: "Le gars qui m'a avancé du pot dit que je lui dois 800$ pis que je peux rembourser en « passant du temps » avec ses chums.",
		disclosure: 'debt',
		language: 'fr'
	},
	{
		text: 'got a paper cut from the card deck lol these cards are dangerous',
		disclosure: null,
		language: 'en'
	},
	{
		text: "what happens if you can't pay back someone who let you stay at his place and now he wants you to be 'nice' to his friends instead? asking for real",
		disclosure: 'debt',
		language: 'en'
	},
	{
		text: "he paid for my bus ticket from baie-comeau and the motel and now he says i have to earn it back. i'm in montreal and i don't know anyone",
		disclosure: 'debt',
		language: 'en'
	},
	{
		text: "La carte « il sait où tu habites », ouin. Y'est passé devant chez nous 3 fois cette semaine. Bonne carte sinon.",
		disclosure: 'threat',
		language: 'fr'
	},
	{
		text: "J'ai recommencé à me faire mal depuis que jsuis revenue au foyer. Je voulais juste que quelqu'un le sache.",
		disclosure: 'self-harm',
		language: 'fr'
	},
	{
		text: "the quote 'he said i had to work it off' hits hard. maybe move it to the debt card instead of the intro?",
		disclosure: null,
		language: 'en'
	},
	{
		text: "Ma sœur pis moi on s'est battues pour la dernière pointe de pizza. J'ai gagné, évidemment 🍕",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "lol jfais juste des massages aux amis de mon chum, c'est pas du sexe là. tkt pour moi",
		disclosure: 'exploitation',
		language: 'fr'
	},
	{
		text: "question box: a guy i met at the mall says i can make good money 'entertaining' his clients. he keeps texting me. i'm 16",
		disclosure: 'exploitation',
		language: 'en'
	},
	{
		text: "Ma cousine reçoit des messages d'un gars qui dit qu'il va la trouver pis la faire payer pcq elle l'a bloqué. Elle a peur de sortir de chez eux.",
		disclosure: 'threat',
		language: 'fr'
	},
	{
		text: "the card where the boyfriend says 'if you leave i'll send the pics to your dad' is good but maybe add what she can do next, like who she can tell",
		disclosure: null,
		language: 'en'
	},
	{
		text: "'watch ur back' 'ur done' 'i know ur schedule' — like 40 of these since sunday. totally normal teen stuff right 🙃",
		disclosure: 'threat',
		language: 'en'
	},
	{
		text: "my best friend is 15 and she's being posted on some site by the guy she lives with. she thinks he's her boyfriend",
		disclosure: 'exploitation',
		language: 'en'
	},
	{
		text: "my bf wants me to do a 'job' with his friend from toronto this weekend, says it's just one time and we need the money",
		disclosure: 'exploitation',
		language: 'en'
	},
	{
		text: "Pas sûre que c'est vrai pour tout le monde que les filles en foyer de groupe sont plus ciblées. À Baie-Comeau c'est surtout par Snap, peu importe où tu restes.",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "Jsais pas si je peux écrire ça ici mais mon chum me pousse quand y'est fâché pis hier jme suis cognée la tête sur le comptoir",
		disclosure: 'violence',
		language: 'fr'
	},
	{
		text: "Ce que jaime pas dans la vidéo: la fille se fait frapper, l'adulte arrive, pis tout est réglé en 30 secondes. Faudrait montrer que sortir de ça, c'est long.",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "i've been cutting again and i don't know how to stop. i don't want staff to find out",
		disclosure: 'self-harm',
		language: 'en'
	},
	{
		text: "La phrase « elle l'a cherché » dans le quiz, même si c'est pour montrer le préjugé, j'ai peur que des filles la prennent au premier degré.",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "role play idea: one girl plays the guy who keeps saying 'you owe me', the other practices saying no. we tried it at the gatineau session and it worked",
		disclosure: null,
		language: 'en'
	},
	{
		text: 'question from the younger group we ran: what does grooming mean? we need a simple definition on the card, 3 lines max',
		disclosure: null,
		language: 'en'
	},
	{
		text: "whatever, it's just some guy saying he'll 'ruin my life' if i don't answer. happens every night now. anyway nice workshop",
		disclosure: 'threat',
		language: 'en'
	},
	{
		text: "Pour la FAQ: si une fille de 15 ans envoie une photo à son chum pis qu'il la partage, c'est LUI qui commet un crime, pas elle. Faut le dire clairement.",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "nothing's gonna get better so why even bother with these workshops. i'm just tired of existing tbh",
		disclosure: 'self-harm',
		language: 'en'
	},
	{
		text: "my roommate owes her ex like 2k and he's making her go to 'parties' to pay it back. she cries after every one",
		disclosure: 'debt',
		language: 'en'
	},
	{
		text: "Le personnage de Jade, le gars qui lui paye ses ongles pis son cell pis après y dit qu'elle lui doit ça... trop réaliste, bravo à l'équipe de Gatineau 👏",
		disclosure: null,
		language: 'fr'
	}
];
