// Disclosure corpus, batch 5: written blind (before the detector was tuned on it), invented, non-graphic.
import type { DisclosureExample } from '../disclosure-corpus.ts';

export const BATCH_5: DisclosureExample[] = [
	{
		text: 'il a dit quil va faire du mal a mon petit frere si jparle a la police',
		disclosure: 'threat',
		language: 'fr'
	},
	{
		text: 'lol mon ex dit quil va tuer mon chat si je le bloque, il est drama tkt',
		disclosure: 'threat',
		language: 'fr'
	},
	{
		text: "ma cousine a 14 ans pis elle a un 'chum' de 25 ans qui la fait travailler dans des hotels. elle pense quil laime",
		disclosure: 'exploitation',
		language: 'fr'
	},
	{
		text: "feedback: session was great, snacks were great, i'm just tired of everything and don't see the point anymore. 8/10",
		disclosure: 'self-harm',
		language: 'en'
	},
	{
		text: "idea for the card design: a phone screen with messages that start sweet and get controlling. 'where r u' 'who's that' 'you owe me'",
		disclosure: null,
		language: 'en'
	},
	{
		text: 'the sextortion section is good but add what to do when they already have your address? asking for me lol',
		disclosure: 'threat',
		language: 'en'
	},
	{
		text: "reaction to the commitment: 'we'll respond within 48h' is too slow if someone's in danger. what about weekends?",
		disclosure: null,
		language: 'en'
	},
	{
		text: 'i owe you big time for covering for me at the meeting',
		disclosure: null,
		language: 'en'
	},
	{
		text: "the debt trap card is good!! maybe add how to get out when you're already in it and he keeps adding to it. like mine's at 1200 now",
		disclosure: 'debt',
		language: 'en'
	},
	{
		text: 'jpense a me suicider ces temps-ci. jsais pas a qui le dire',
		disclosure: 'self-harm',
		language: 'fr'
	},
	{
		text: 'Cest quoi la difference entre proxenetisme pis traite de personnes dans la loi? La police fait quoi si une fille de 15 ans porte plainte?',
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'lol jai envoye des photos a un gars pour de la weed, cest pas grave, tout le monde le fait',
		disclosure: 'exploitation',
		language: 'fr'
	},
	{
		text: "Personnage: Lina, 16 ans. Son 'bf' lui dit quelle doit rembourser le loyer en allant voir ses amis. Elle comprend pas que c'est un piege.",
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'that font is giving dead-serious government form, can we pick something fun',
		disclosure: null,
		language: 'en'
	},
	{
		text: "lol i owe my plug like 300 and he said i can 'work it off' at his friend's party 🙃 it's fine",
		disclosure: 'debt',
		language: 'en'
	},
	{
		text: 'dans la recherche ils disent que 1 fille sur 3 en centre jeunesse a deja été sollicitée. cest fou, faut que ca change',
		disclosure: null,
		language: 'fr'
	},
	{
		text: "the vape money i borrowed from his brother turned into something else. he says we're even when he decides",
		disclosure: 'debt',
		language: 'en'
	},
	{
		text: "people need to know blackmail with pics is a crime even if you sent them yourself. a lot of girls think it's their fault so they never report",
		disclosure: null,
		language: 'en'
	},
	{
		text: "La chanson qu'on a choisie pour la fin parle de quelqu'un qui veut mourir pis qui trouve une raison de rester, jtrouve ca beau",
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'he bought me the phone and the plane ticket and now he brings it up every day. says i have to earn it back',
		disclosure: 'debt',
		language: 'en'
	},
	{
		text: 'jai pu de cell pis jdors chez le cousin de mon chum. il note toute ce que je mange pis dit que ca va se payer un jour',
		disclosure: 'debt',
		language: 'fr'
	},
	{
		text: "my ex said he'll hurt my mom if i tell anyone what happened",
		disclosure: 'threat',
		language: 'en'
	},
	{
		text: "Cest qui qui a ecrit la phrase 'personne va te croire'? Cest exactement ce que les gars disent, bonne idee de la garder dans le scénario",
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'ma chum Zoé a donné toutes ses affaires cette semaine pis elle dit quelle sera pu la bientot. jai peur',
		disclosure: 'self-harm',
		language: 'fr'
	},
	{
		text: "jfais des 'sorties' avec des amis a mon chum les fins de semaine, il dit que cest pour nous deux, pour l'appart",
		disclosure: 'exploitation',
		language: 'fr'
	},
	{
		text: "Deux filles de l'unité font des 'rencontres' payées avec des gars que la recruteuse amène. Ça se passe encore cette semaine.",
		disclosure: 'exploitation',
		language: 'fr'
	},
	{
		text: 'love the card on dating violence. maybe add what to do when he locks you in the car and drives around for hours? asking bc it keeps happening lately',
		disclosure: 'violence',
		language: 'en'
	},
	{
		text: 'the research slide said most girls are recruited by someone they already know. honestly not surprised',
		disclosure: null,
		language: 'en'
	},
	{
		text: 'on peut tu commander de la pizza a la prochaine rencontre? jdois encore 5$ a Jade pour la derniere fois lol',
		disclosure: null,
		language: 'fr'
	},
	{
		text: "the line 'if you tell anyone i'll hurt your family' in the script feels real. keep it. but add what she can do next",
		disclosure: null,
		language: 'en'
	},
	{
		text: "Jai lu l'article sur le réseau démantelé a Laval, les filles avaient 14-15 ans. Ca serait bon d'en parler sans montrer les photos.",
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'jme suis fait mal encore hier soir. jarrive pas a arreter',
		disclosure: 'self-harm',
		language: 'fr'
	},
	{
		text: "La porte est barree de l'exterieur la nuit pis le cell est confisque. Ca compte tu comme de la sequestration?",
		disclosure: 'violence',
		language: 'fr'
	},
	{
		text: "tsé quand on dit 'jvais me tuer' pour niaiser, ca peut banaliser. On devrait en parler dans l'atelier sur la prévention du suicide",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "Quand une fille fait une fugue pis quun gars lui offre une place ou dormir, cest souvent la que ca commence. Faut que ce soit dans l'atelier.",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "'Si tu parles tu vas le regretter, pis ta mere aussi.' Message recu hier soir. Quoi faire?",
		disclosure: 'threat',
		language: 'fr'
	},
	{
		text: "the character's mom hits her and she thinks it's normal. we should show a teacher noticing, not just the cops showing up",
		disclosure: null,
		language: 'en'
	},
	{
		text: 'lol jvais juste pas me reveiller demain, ca va regler mes problemes 🙃 jk',
		disclosure: 'self-harm',
		language: 'fr'
	},
	{
		text: 'mon prof de francais me tue avec ses devoirs serieux',
		disclosure: null,
		language: 'fr'
	},
	{
		text: "the loverboy comic is so accurate it's scary. the part where he says 'it's just for a little while' is word for word what mine says, still going on",
		disclosure: 'exploitation',
		language: 'en'
	},
	{
		text: 'jaimerais ca disparaitre genre pour vrai, que personne se rappelle de moi',
		disclosure: 'self-harm',
		language: 'fr'
	},
	{
		text: 'mon ex menace denvoyer mes photos a toute mon ecole si je retourne pas avec lui',
		disclosure: 'threat',
		language: 'fr'
	},
	{
		text: "i'm dead 😭 the icebreaker game was so cringe but i loved it",
		disclosure: null,
		language: 'en'
	},
	{
		text: 'ma chum reste chez un gars depuis sa fugue pis la il dit quelle lui doit le loyer pis la bouffe. elle a pas une cenne',
		disclosure: 'debt',
		language: 'fr'
	},
	{
		text: 'question box: if a guy lets you stay at his place and then says you owe him, do you actually have to pay? not hypothetical btw',
		disclosure: 'debt',
		language: 'en'
	},
	{
		text: "for the question box: if i do stuff with guys so i have somewhere to sleep, is that exploitation? nobody's forcing me",
		disclosure: 'exploitation',
		language: 'en'
	},
	{
		text: "my best friend is getting picked up by older guys after school and they give her money and vapes. she's 13 idk what to do",
		disclosure: 'exploitation',
		language: 'en'
	},
	{
		text: "si jsuis pas forcée mais que mon chum me demande de le faire pour largent, cest quand meme de l'exploitation?",
		disclosure: 'exploitation',
		language: 'fr'
	},
	{
		text: 'jdois 800$ a un gars pour la place ou jreste pis il dit que je peux le rembourser autrement. jsais ce que ca veut dire',
		disclosure: 'debt',
		language: 'fr'
	},
	{
		text: "Jaime pas le mot 'victime' sur la carte, bcp de filles se voient pas comme ca meme quand un gars les fait travailler",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "proposal: a session on what the DPJ actually does bc everyone's scared of it and half of what people say is rumours",
		disclosure: null,
		language: 'en'
	},
	{
		text: "quote from the testimony that hit hardest: 'i thought he was my boyfriend, i didn't know i was his income.' put that on the cover",
		disclosure: null,
		language: 'en'
	},
	{
		text: "la stat de la recherche qui dit que l'age moyen de recrutement cest 14 ans ca ma vraiment choquée, faudrait la mettre en gros sur la carte",
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'Plus de raison de rester. Merci pour les ateliers, vraiment. Prenez soin des autres filles.',
		disclosure: 'self-harm',
		language: 'fr'
	},
	{
		text: "question for the box: if a girl sends nudes and she's under 18, can SHE get in trouble with the law too??",
		disclosure: null,
		language: 'en'
	},
	{
		text: "i owe this guy for rent and he says i can pay him back with 'favours'. i don't want to",
		disclosure: 'debt',
		language: 'en'
	},
	{
		text: "3 years ago i was in a really bad place and hurt myself a lot. i'm doing good now, therapy helped. happy to share if it helps the workshop",
		disclosure: null,
		language: 'en'
	},
	{
		text: "mon chum a payé mon cell pis ma chambre, la il dit que c'est le temps que je lui 'redonne'",
		disclosure: 'debt',
		language: 'fr'
	},
	{
		text: "Le billet d'autobus pour Toronto, l'hotel, la bouffe: tout ca est a rembourser. Pas en argent.",
		disclosure: 'debt',
		language: 'fr'
	},
	{
		text: "lol ma mere ma encore lancé une assiette, jai l'habitude c rien",
		disclosure: 'violence',
		language: 'fr'
	},
	{
		text: "my cousin ran away and is staying at some guy's place. now he says she owes him for the food and the room and has to pay him back 'his way'",
		disclosure: 'debt',
		language: 'en'
	},
	{
		text: 'bonne carte sur la violence! mais ajoutez que des fois cest le pere pis que tu peux pas appeler quand il te barre dans ta chambre. jsais de quoi je parle',
		disclosure: 'violence',
		language: 'fr'
	},
	{
		text: 'Dans le scenario, Maya pense que Kevin laime vraiment, mais cest lui qui la pousse a faire des clients. Faudrait que la fin montre quelle peut appeler quelquun.',
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'jai recu un autre message du compte fake. il sait ou jhabite pis il me la fait savoir',
		disclosure: 'threat',
		language: 'fr'
	},
	{
		text: "Genre si une fille doit de l'argent a son chum pour son cell pis qu'il lui demande des 'faveurs', les intervenants devraient expliquer que cest de l'exploitation",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "pour la carte sur les loverboys, ajoutez que le gars peut dire 'cest juste pour un temps bebe'. cest ce quil me dit depuis 2 mois",
		disclosure: 'exploitation',
		language: 'fr'
	},
	{
		text: 'i hurt myself again last night, first time in months',
		disclosure: 'self-harm',
		language: 'en'
	},
	{
		text: 'bruises again after he got mad. long sleeves in july. nobody at school ever notices',
		disclosure: 'violence',
		language: 'en'
	},
	{
		text: 'staff at the group home restrained me so hard yesterday my wrist still hurts, is that even allowed??',
		disclosure: 'violence',
		language: 'en'
	},
	{
		text: "mise en situation 3: Sarah recoit 'envoie une photo sinon tout le monde va savoir'. On demande au groupe: quest-ce quelle peut faire?",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "jsuis morte de rire avec la video de l'intervenante qui danse 💀",
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'the stats on girls in foster care being targeted more should go on the adult version of the card, not ours. it feels like labeling us',
		disclosure: null,
		language: 'en'
	},
	{
		text: 'si un gars dit que tu lui dois de largent pour de la drogue quil ta donnee, faut tu vraiment le payer? parce que moi il me le demande',
		disclosure: 'debt',
		language: 'fr'
	},
	{
		text: "Pourquoi les adultes disent toujours 'appelle la police' alors que plein de filles ont peur de la police? Proposition: mettre d'autres options.",
		disclosure: null,
		language: 'fr'
	},
	{ text: 'ma mere va mtuer jai oublie ma carte opus encore 😭', disclosure: null, language: 'fr' },
	{
		text: "he keeps saying 'you know what happens if you leave.' i know what happens",
		disclosure: 'threat',
		language: 'en'
	},
	{
		text: "can't come thursday, he doesn't let me leave the house without him anymore",
		disclosure: 'violence',
		language: 'en'
	},
	{
		text: "formulaire de retour: l'atelier sur la violence dans les couples etait trop long mais le jeu de role etait vraiment bon",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "jk jk but my bf said he'd kill my dog if i break up w him 😂 he's so dramatic",
		disclosure: 'threat',
		language: 'en'
	},
	{ text: 'she killed it with the presentation fr', disclosure: null, language: 'en' },
	{
		text: "c'tu normal que ton chum te pousse contre le mur quand il est faché? genre il s'excuse toujours apres",
		disclosure: 'violence',
		language: 'fr'
	},
	{
		text: "i don't like how the adults' commitment says 'we will report everything'. if you say that no one will tell you anything fr",
		disclosure: null,
		language: 'en'
	},
	{
		text: 'bonne idee la carte sur la prevention du suicide. moi jai deja ecrit mes lettres pour tout le monde, mais bon, bonne carte',
		disclosure: 'self-harm',
		language: 'fr'
	},
	{
		text: 'pilot feedback: the part about sextortion was good but the video was kinda outdated lol nobody uses that app anymore',
		disclosure: null,
		language: 'en'
	},
	{
		text: 'ma question pour la boite: est-ce que la police peut arrêter le gars meme si la fille veut pas porter plainte?',
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'the suicide prevention part was actually good. the breathing thing is kinda dumb tho, sorry 😅',
		disclosure: null,
		language: 'en'
	},
	{
		text: "the guy i'm seeing has me 'working' for him on weekends. the money goes to him but he says he's keeping it safe lol",
		disclosure: 'exploitation',
		language: 'en'
	},
	{
		text: "i'm so broke rn i owe my friend like $20 for bubble tea 😩",
		disclosure: null,
		language: 'en'
	},
	{
		text: "the debt in the scenario should be small, like $200 for a phone. that's how it starts, not thousands",
		disclosure: null,
		language: 'en'
	},
	{
		text: "the workshop should say clearly that being 'paid' in weed or a phone is still exploitation. a lot of girls don't count that",
		disclosure: null,
		language: 'en'
	},
	{
		text: "my 'boyfriend' says i have to be nice to his friends so we can keep the apartment",
		disclosure: 'exploitation',
		language: 'en'
	},
	{
		text: 'lowkey wanna disappear forever lol anyway what time is the meeting',
		disclosure: 'self-harm',
		language: 'en'
	},
	{
		text: "super carte sur les dettes! mettez 'tu dois rien a personne' en gros. jai besoin de lentendre ces temps-ci, le gars chez qui jdors dit que jlui dois gros",
		disclosure: 'debt',
		language: 'fr'
	},
	{
		text: "my little sister has been hurting herself and begged me not to tell our mom. she's 13. what do i do",
		disclosure: 'self-harm',
		language: 'en'
	},
	{
		text: "jpeux pas venir jeudi jai un match de soccer, on se fait toujours planter par l'equipe de Terrebonne",
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'bonne carte sur la sextorsion!! ajoutez quoi faire si le gars te donne jusqua vendredi, moi jai jusqua vendredi',
		disclosure: 'threat',
		language: 'fr'
	},
	{
		text: 'Moi chu passée par la DPJ y a 3 ans, ca allait mal chez nous, mais la chu en famille daccueil pis ca va vraiment bien. Jveux aider dautres filles.',
		disclosure: null,
		language: 'fr'
	},
	{
		text: "Si ton chum te dit que tu lui dois de l'argent pour la drogue quil te donnait, cest une dette qui existe pas. Ca devrait etre le titre de la carte.",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "the card about grooming should say it can take months. he's not creepy at first, he's the only one who listens. that's the whole trick",
		disclosure: null,
		language: 'en'
	},
	{
		text: 'tbh the card about dating violence focuses too much on hitting. control is violence too, like checking your phone or telling you who to see',
		disclosure: null,
		language: 'en'
	},
	{
		text: "someone has my pics and says he'll send them to my whole family tomorrow unless i send more",
		disclosure: 'threat',
		language: 'en'
	},
	{
		text: 'la couleur des cartes est trop belle, vous avez tué ça',
		disclosure: null,
		language: 'fr'
	},
	{
		text: "in the story can the pimp not look like a scary guy? irl it's some 19 yo with a nice car who calls you babe",
		disclosure: null,
		language: 'en'
	},
	{
		text: 'is it bad if you plan out who gets your stuff? not for any reason lol',
		disclosure: 'self-harm',
		language: 'en'
	},
	{
		text: 'mon chum ma frappe hier soir pis ma pas laissee sortir de lappart jusquau matin',
		disclosure: 'violence',
		language: 'fr'
	},
	{
		text: 'jai mis du fond de teint sur ma joue pour pas que les profs posent des questions, tsé apres la chicane avec mon beau-pere',
		disclosure: 'violence',
		language: 'fr'
	},
	{
		text: "my phone's about to die lol i'll finish the form later",
		disclosure: null,
		language: 'en'
	},
	{
		text: "my friend Jas keeps getting messages from a guy saying he'll post her stuff if she doesn't meet him. she's scared to tell her parents",
		disclosure: 'threat',
		language: 'en'
	},
	{
		text: 'saw on the news a guy got charged for running girls out of airbnbs in montreal. could be a discussion starter',
		disclosure: null,
		language: 'en'
	},
	{
		text: "Dans l'histoire on pourrait faire que la soeur de l'heroine l'aide a sortir de chez le gars. La soeur cest la vraie héroïne genre",
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'Jade tu peux garder mon hoodie, jen aurai pu besoin. merci a toutes pour tout',
		disclosure: 'self-harm',
		language: 'fr'
	},
	{
		text: 'Vous vous engagez a pas appeler la DPJ sans nous le dire avant? Ca serait important pour que les filles osent parler.',
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'Jpense que la carte sur les loverboys devrait dire que le gars peut etre super fin au debut, genre cadeaux, resto, pis apres il dit que tu lui dois tout ca',
		disclosure: null,
		language: 'fr'
	},
	{
		text: "i'd add that running away isn't 'being bad'. most girls run FROM something. the workshop should say that",
		disclosure: null,
		language: 'en'
	},
	{
		text: 'depuis que mon beau pere est revenu jdors chez des amies le plus possible, cest pas safe a la maison',
		disclosure: 'violence',
		language: 'fr'
	},
	{
		text: 'ma chum Kim arrive tout le temps avec des bleus pis son chum la laisse pas avoir son cell. jsais pas quoi faire',
		disclosure: 'violence',
		language: 'fr'
	},
	{
		text: "Giving the art supplies to whoever wants them. Won't be needing them. Thanks for everything, truly.",
		disclosure: 'self-harm',
		language: 'en'
	},
	{
		text: 'if a guy threatens to send your pics to your family you can report it to cybertip.ca. should be on the card in big letters',
		disclosure: null,
		language: 'en'
	},
	{
		text: "he posts me online and the guys pay him. i'm 15. i need help getting out",
		disclosure: 'exploitation',
		language: 'en'
	},
	{
		text: "my sister's bf hits her and she keeps going back. she's 15. she's at his place right now",
		disclosure: 'violence',
		language: 'en'
	},
	{
		text: 'can we not do the meeting on friday, i work at the grocery store till 9',
		disclosure: null,
		language: 'en'
	},
	{
		text: "can we add a scene where the girl runs away from her group home and an older guy offers her a place? that's literally how it happens",
		disclosure: null,
		language: 'en'
	},
	{
		text: 'everyone would be fine without me tbh. probably better',
		disclosure: 'self-harm',
		language: 'en'
	},
	{
		text: "my bf hit me again last night and took my keys so i couldn't leave",
		disclosure: 'violence',
		language: 'en'
	},
	{
		text: 'mon chum me fait voir des gars pour de largent pis il garde tout. jveux arreter mais jsais pas comment',
		disclosure: 'exploitation',
		language: 'fr'
	},
	{
		text: "i've been thinking about killing myself a lot lately. i don't really want help i just needed to say it somewhere",
		disclosure: 'self-harm',
		language: 'en'
	},
	{
		text: "is it normal for a guy to say he'll 'find' you if you stop answering? bc he keeps saying it",
		disclosure: 'threat',
		language: 'en'
	},
	{
		text: "another hotel tonight. he keeps the cash, says it's 'for the future'. 16 years old btw",
		disclosure: 'exploitation',
		language: 'en'
	},
	{
		text: "ngl the snacks were fire, my mom's gonna kill me for eating all those cookies tho",
		disclosure: null,
		language: 'en'
	},
	{
		text: 'jtrouve que le scenario ou le chum menace de tuer le chien dAlexia est trop intense pour les 13 ans, on pourrait le changer pour une menace de publier des photos?',
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'ma soeur se fait menacer par un gars sur snap, il dit quil va publier ses photos ce soir si elle envoie pas 300$',
		disclosure: 'threat',
		language: 'fr'
	},
	{
		text: "c'tu illegal si quelquun dit quil va montrer mes photos a mes parents? parce que ca arrive en ce moment genre",
		disclosure: 'threat',
		language: 'fr'
	},
	{
		text: 'En centre jeunesse les recruteuses cest souvent des filles, pas juste des gars. Les adultes le savent pas assez selon moi',
		disclosure: null,
		language: 'fr'
	},
	{
		text: "Dans le temoignage quon a lu, la fille disait 'il me frappait pas, donc je pensais que cetait pas de la violence'. Ca devrait etre sur la premiere page.",
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'lol i sell pics to some guys online for cash, not a big deal, everyone does it',
		disclosure: 'exploitation',
		language: 'en'
	},
	{
		text: "je te dois une pour hier, merci d'avoir fait mes slides!!",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "lol jdois de la weed a mon dealer pis il dit que je peux payer en 'faveurs' 🙃 c rien",
		disclosure: 'debt',
		language: 'fr'
	},
	{
		text: 'pour le personnage de Jess, on pourrait ecrire quelle veut disparaitre mais que son amie le remarque pis en parle a une intervenante?',
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'la section sur la sextorsion est bonne mais faut dire clairement que cest pas ta faute si quelquun menace de partager tes photos',
		disclosure: null,
		language: 'fr'
	},
	{
		text: "we should add an FAQ: what do you do if a friend is being recruited but says she's fine and gets mad when you bring it up?",
		disclosure: null,
		language: 'en'
	},
	{
		text: 'this beat hits so hard, can we use it for the video intro?',
		disclosure: null,
		language: 'en'
	},
	{
		text: "une intervenante nous a dit que les pimps cherchent les filles qui ont l'air seules sur insta. ca serait bon de montrer des exemples de DM",
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'Le numero de Tel-jeunes devrait etre sur toutes les cartes, pas juste celle sur le suicide',
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'Ca fait 2 ans que jai pu de contact avec le gars qui me controlait, nouveau numero pis toute, chu correcte astheure. Jaimerais temoigner dans la video.',
		disclosure: null,
		language: 'fr'
	},
	{
		text: "il ma dit que si je l'aime jvais aller voir son ami ce soir. jai pas envie",
		disclosure: 'exploitation',
		language: 'fr'
	},
	{
		text: 'loverboy = he plays boyfriend, buys you stuff, then says you owe him. we should make that a comic strip',
		disclosure: null,
		language: 'en'
	},
	{
		text: 'for the scenario: Mia writes a goodbye message to her friends and gives away her hoodie, and Zoe recognizes the signs. too heavy for grade 8?',
		disclosure: null,
		language: 'en'
	},
	{
		text: "is it abuse if he only hits when i 'deserve' it? genuinely asking",
		disclosure: 'violence',
		language: 'en'
	},
	{ text: 'cette toune la est malade, elle tue genre', disclosure: null, language: 'fr' },
	{
		text: "ok so in our scenario Tasha owes him for the bus ticket and the hotel and he says she can 'work it off'. should the ending be her calling a helpline or her friend noticing?",
		disclosure: null,
		language: 'en'
	},
	{
		text: 'i think the self-harm card needs the crisis line number AND a text option bc nobody our age wants to call',
		disclosure: null,
		language: 'en'
	},
	{
		text: 'chu full fatiguee jai un exam de maths demain, jvais mourir',
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'mon frere ma menacé de dire a ma mere que jai mangé ses chips 😂',
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'my little sister threatened to tell on me for wearing her hoodie lmao',
		disclosure: null,
		language: 'en'
	},
	{
		text: "jsuis pas daccord avec la carte qui dit 'quitte-le tout de suite'. des fois cest pas safe de partir direct, faut un plan",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "pics get posted at midnight if the money isn't sent. that was the message. 4 hours left.",
		disclosure: 'threat',
		language: 'en'
	},
	{
		text: "my cousin did a workshop like this last year and said it helped her friends talk about stuff. so yeah i'm into it",
		disclosure: null,
		language: 'en'
	},
	{
		text: "Every meal, every ride, every night on the couch gets written down. The total goes up every week. No job, no money, just 'favours'.",
		disclosure: 'debt',
		language: 'en'
	},
	{
		text: "stat check: is it true the average age of entry is like 14? i've seen people online say that number is made up",
		disclosure: null,
		language: 'en'
	},
	{
		text: "my dad threw me into the wall lol it's fine he was drunk",
		disclosure: 'violence',
		language: 'en'
	}
];
