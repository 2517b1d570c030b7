// Disclosure corpus, batch 4: written blind (before the detector was tuned on it), invented, non-graphic.
import type { DisclosureExample } from '../disclosure-corpus.ts';

export const BATCH_4: DisclosureExample[] = [
	{
		text: 'agree w Zoe, choking should be named as a huge red flag but not shown. keep it safe for the younger girls',
		disclosure: null,
		language: 'en'
	},
	{
		text: "c'tu normal que ton chum te pousse contre le mur quand y est fâché? genre il s'excuse après",
		disclosure: 'violence',
		language: 'fr'
	},
	{
		text: 'my friend owes this guy for pills and he told her she can work it off at his parties',
		disclosure: 'debt',
		language: 'en'
	},
	{
		text: "lol my arm's in a sling bc i 'fell' again 🙄 anyway i can still type notes for the scenario",
		disclosure: 'violence',
		language: 'en'
	},
	{
		text: "jai lu dans les resultats de recherche une fille qui disait « au début c'était juste des cadeaux ». ca ma marquée, faudrait le mettre dans l'atelier",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "ajout au quiz : « Vrai ou faux : si t'acceptes un cadeau, tu dois quelque chose en retour » (réponse : FAUX!!)",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "the part where he says 'if you leave i'll hurt your dog' is hard to read but it's real, i'd keep it in",
		disclosure: null,
		language: 'en'
	},
	{
		text: "ma soeur a des bleus partout pis elle dit qu'elle est tombée. son chum la lâche pas d'une semelle",
		disclosure: 'violence',
		language: 'fr'
	},
	{
		text: "he said he'd hurt my dog if i ever left. lol he's probably joking right",
		disclosure: 'threat',
		language: 'en'
	},
	{
		text: "jpropose qu'on renomme la scene « la dette » au lieu de « le piège », ca explique mieux comment le gars la tient",
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'y a payé ma caution quand jme suis fait arrêter pis maintenant y dit que jlui dois tout. c lui qui décide comment',
		disclosure: 'debt',
		language: 'fr'
	},
	{
		text: "he paid my bail so now i work for him until it's paid off. that's normal right",
		disclosure: 'debt',
		language: 'en'
	},
	{
		text: "ma chum Rosalie a une dette avec un gars pour de la drogue pis y dit qu'elle va payer avec son corps",
		disclosure: 'debt',
		language: 'fr'
	},
	{
		text: 'still owe for the bus ticket he bought me and he keeps adding to it. no way out tbh',
		disclosure: 'debt',
		language: 'en'
	},
	{
		text: 'vu aux nouvelles hier : un réseau démantelé à Laval qui recrutait des ados sur Insta. ça donne froid dans le dos',
		disclosure: null,
		language: 'fr'
	},
	{
		text: "the research quote about 'he said i was his business partner' is so creepy, we should def use it in the workshop",
		disclosure: null,
		language: 'en'
	},
	{
		text: "dans le témoignage p.12 la fille dit qu'elle devait « rembourser » le loyer. faudrait expliquer que c une technique de recruteur",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "question anonyme : si une fille de notre âge se fait envoyer dans des hôtels à Québec par son chum pis qu'elle veut arrêter, elle va-tu avoir des problèmes avec la police?",
		disclosure: 'exploitation',
		language: 'fr'
	},
	{ text: 'lol personne remarquerait si jétais pu là', disclosure: 'self-harm', language: 'fr' },
	{
		text: "is it ok if i don't come anymore? someone found out i'm in this group and said i'd regret it",
		disclosure: 'threat',
		language: 'en'
	},
	{
		text: "est-ce normal qu'un gars te dise qu'il va tout publier si tu réponds pas dans les 10 min?",
		disclosure: 'threat',
		language: 'fr'
	},
	{
		text: "on pourrait faire dire au gars : « tu me dois ça après tout ce que j'ai fait pour toi ». ca sonne vrai je trouve",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "got another dm saying my family will find out everything if i don't answer tonight",
		disclosure: 'threat',
		language: 'en'
	},
	{
		text: "c quoi la loi au Canada si un adulte achète des photos d'une mineure? jveux que ce soit exact dans le quiz",
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'comment on reconnait un pimp qui se fait passer pour un chum? ca serait une bonne question pour le quiz',
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'c pas vraiment du pot gratuit, faut que jaille chez son cousin pis ses amis après. ok jarrête de parler de ça',
		disclosure: 'exploitation',
		language: 'fr'
	},
	{
		text: "found a goodbye note in my little sister's phone. she's 13. idk who to tell",
		disclosure: 'self-harm',
		language: 'en'
	},
	{
		text: "si une amie te dit qu'elle pense à se faire du mal, tu fais quoi? jpense qu'on devrait pratiquer ça en jeu de rôle",
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'pour le perso de Léa, son chum pourrait y dire « si tu pars jmontre les photos a tout le monde ». ca montre bien comment la menace marche',
		disclosure: null,
		language: 'fr'
	},
	{
		text: "faudrait pas qu'on voie le père frapper Sarah dans la vidéo, juste qu'on comprenne. c'est assez fort comme ça",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "réplique pour Kevin : « c'est juste une fois, après t'auras plus rien à me devoir »",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "c'tu normal de penser à disparaître pour vrai chaque soir?",
		disclosure: 'self-harm',
		language: 'fr'
	},
	{
		text: 'la prof de math ma massacrée dans mon exam, jveux disparaître sous mon bureau',
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'jdois 800$ a mon chum pour le loyer pis y dit que jvais rembourser autrement, jsais trop pas c quoi que ça veut dire',
		disclosure: 'debt',
		language: 'fr'
	},
	{
		text: 'he posted my pics on some account and ppl pay to see them, he says i get half. is that even legal lol',
		disclosure: 'exploitation',
		language: 'en'
	},
	{
		text: "he said if i tell anyone he'll send the pics to my whole school. so yeah can't really share in the group",
		disclosure: 'threat',
		language: 'en'
	},
	{
		text: "the scene where the character gets locked out should show her calling the youth shelter so people know that's an option",
		disclosure: null,
		language: 'en'
	},
	{
		text: "merci pour tout la gang, vous avez été les meilleures. prenez soin de l'atelier pour moi 💜",
		disclosure: 'self-harm',
		language: 'fr'
	},
	{
		text: "mon chum dit que si jvais aux partys de ses amis pis que jsuis fine avec eux, on va avoir assez d'argent pour notre appart. c'tu normal?",
		disclosure: 'exploitation',
		language: 'fr'
	},
	{
		text: "weekend 'work trip' to toronto again. anyway i'll add my notes to the draft when i'm back",
		disclosure: 'exploitation',
		language: 'en'
	},
	{
		text: "il a une vidéo de moi pis y dit que si jle quitte toute l'école va la voir",
		disclosure: 'threat',
		language: 'fr'
	},
	{
		text: "saw a news story about a guy in ottawa who ran 'parties' with teens and got charged. wild how common this is",
		disclosure: null,
		language: 'en'
	},
	{
		text: 'question pour le quiz : c quoi la difference entre un chum controlant pis un chum jaloux? jpense que bcp de filles le savent pas',
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'mon pere va me tuer si jarrive encore en retard au souper hahaha gotta go',
		disclosure: null,
		language: 'fr'
	},
	{
		text: "my bf says if i love him i'll help out with his friends for rent money. just once a week. that's not what the workshop means right?",
		disclosure: 'exploitation',
		language: 'en'
	},
	{
		text: "bonne idée de mettre les ressources à la fin. moi si j'appelle il a dit que ma famille allait le regretter, faque jsp",
		disclosure: 'threat',
		language: 'fr'
	},
	{
		text: 'pas capable de rentrer ce soir, il va être là pis y etait deja fâché ce matin',
		disclosure: 'violence',
		language: 'fr'
	},
	{
		text: "i went through something really bad two years ago but i'm safe now, i have a worker and a therapist. that's literally why i joined this",
		disclosure: null,
		language: 'en'
	},
	{
		text: 'des fois jvoudrais juste pas me réveiller demain',
		disclosure: 'self-harm',
		language: 'fr'
	},
	{
		text: "perso jtrouve qu'on parle trop des inconnus. selon la recherche c souvent un chum ou une amie qui recrute",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "jai vu mes photos sur un site, quelqu'un les vend. jsais pas qui les a mises là",
		disclosure: 'exploitation',
		language: 'fr'
	},
	{
		text: 'c malade comment latelier a bien été, jsuis tellement fière de nous autres',
		disclosure: null,
		language: 'fr'
	},
	{
		text: "my sister's ex keeps saying he knows where my mom works and he'll show up there if she doesn't come back",
		disclosure: 'threat',
		language: 'en'
	},
	{
		text: "my cousin got out of a situation like this years ago, she's doing great now and said we can use her story w changed names",
		disclosure: null,
		language: 'en'
	},
	{
		text: "can we not use the word 'victim' on the poster? a lot of girls don't see themselves that way tbh",
		disclosure: null,
		language: 'en'
	},
	{
		text: 'jme suis refait mal hier. désolée jai pas fini mes notes',
		disclosure: 'self-harm',
		language: 'fr'
	},
	{
		text: "pour la partie sur les menaces, faudrait expliquer que si quelqu'un menace de partager tes photos, c'est LUI qui commet un crime, pas toi",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "scenario note: Maya doesn't get that the 'modeling gig' is fake until they ask for pics. we should slow that part down",
		disclosure: null,
		language: 'en'
	},
	{
		text: 'question for the facilitators: if someone shares something personal during a workshop, what happens after? so we can explain it in the intro',
		disclosure: null,
		language: 'en'
	},
	{
		text: "la stat qui dit que l'âge moyen du recrutement cest 14 ans ma jetée à terre. on la met en gros sur l'affiche",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "jpeux pas laisser mon nom dans le doc, il va savoir que c moi qui a écrit la scène pis il ma dit qu'il me ferait payer",
		disclosure: 'threat',
		language: 'fr'
	},
	{
		text: "Emma in our story gets sent to montreal 'for work', we should show how her friends notice she's gone",
		disclosure: null,
		language: 'en'
	},
	{
		text: 'lol jai pu le droit de partir sinon mon chat y passe. drôle hein',
		disclosure: 'threat',
		language: 'fr'
	},
	{ text: 'i owe you big time for covering my part last week', disclosure: null, language: 'en' },
	{
		text: 'lol jai reçu un autre iphone, faut juste que jaille voir un ami à lui samedi. c ça le deal',
		disclosure: 'exploitation',
		language: 'fr'
	},
	{
		text: "pas capable de rembourser le weed. elle dit qu'une soirée avec ses amis pis on est quittes",
		disclosure: 'debt',
		language: 'fr'
	},
	{
		text: "latelier de la semaine passée sur les menaces en ligne etait vraiment bien fait, surtout l'exemple du faux compte",
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'no reason to keep going tbh. this group is the only thing i still show up for',
		disclosure: 'self-harm',
		language: 'en'
	},
	{
		text: "in the self-harm section can we list what a friend can actually say instead of just 'get help'? like real words",
		disclosure: null,
		language: 'en'
	},
	{
		text: 'ugh i wanna die my hair looks so bad in the group photo',
		disclosure: null,
		language: 'en'
	},
	{
		text: "line for the recruiter: 'you're not like other girls, you're so mature.' that's word for word what they say in the testimonies",
		disclosure: null,
		language: 'en'
	},
	{
		text: "my mom's gonna kill me, forgot to sign the permission form AGAIN lmao",
		disclosure: null,
		language: 'en'
	},
	{
		text: "reçu un texto : « tu sais ce qui arrive aux filles qui parlent ». supprimé mais j'y pense tout le temps",
		disclosure: 'threat',
		language: 'fr'
	},
	{
		text: "for the helpline slide: kids help phone is free, 24/7 and you can text. pretty sure they don't call your parents unless it's an emergency? someone check",
		disclosure: null,
		language: 'en'
	},
	{
		text: 'jvois pu vraiment de raison de continuer. bon, la scène 2 est correcte, jlai relue',
		disclosure: 'self-harm',
		language: 'fr'
	},
	{ text: "tuez-moi c'est lundi pis latelier commence a 9h 😩", disclosure: null, language: 'fr' },
	{
		text: 'le commentaire de Lili sur les cadeaux c tellement vrai. jai accepté du linge pis maintenant y dit que jdois le remercier comme il faut',
		disclosure: 'debt',
		language: 'fr'
	},
	{
		text: "dans les résultats de recherche bcp de filles disent qu'elles avaient pas de place où dormir. le logement devrait être un aspect clé selon moi",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "pour la fiche ressources: c quoi exactement que Tel-jeunes fait quand une fille appelle? faut l'expliquer simple pour les plus jeunes",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "bon commentaire sur la fin du scénario. moi aussi j'aimerais ça disparaître comme le personnage, pour vrai",
		disclosure: 'self-harm',
		language: 'fr'
	},
	{
		text: "quand on écrit « demande de l'aide », faudrait mettre des vrais numéros pis le texto, pas juste dire parle à un adulte",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "honestly it'd be easier if i just didn't wake up tomorrow lol jk",
		disclosure: 'self-harm',
		language: 'en'
	},
	{
		text: 'c lui qui paye mon cell pis ma bouffe, faque quand y demande des « faveurs » jpeux pas vraiment dire non',
		disclosure: 'debt',
		language: 'fr'
	},
	{
		text: "si jlâche mon chum y dit qu'il va s'en prendre à mon petit frère. faque jreste",
		disclosure: 'threat',
		language: 'fr'
	},
	{
		text: "can't do the zoom tonight, dad's home and it's not a good night if u know what i mean",
		disclosure: 'violence',
		language: 'en'
	},
	{
		text: "dans la scene 3, Jade se fait barrer dehors par son beau-pere. on pourrait montrer ou elle va dormir ce soir-là, genre une maison d'hébergement",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "ngl the 'he controls her money' part is the most important one, nobody ever talks about financial control",
		disclosure: null,
		language: 'en'
	},
	{
		text: "ma soeur reçoit des messages d'un gars qui dit qu'il sait où on habite pis qu'il va venir si elle le rebloque",
		disclosure: 'threat',
		language: 'fr'
	},
	{
		text: 'ma chum Kim arrive a lecole avec des marques dans le cou pis elle veut pas en parler, son chum est vraiment intense',
		disclosure: 'violence',
		language: 'fr'
	},
	{
		text: 'jpeux pas venir jeudi jai un match de volley, dsl la gang',
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'dans notre scenario, Mia se fait dire par son chum quelle lui doit ben des affaires pcq y paye son cell. on le montre-tu direct ou on laisse deviner?',
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'jreste chez sa tante depuis que chu partie de chez nous pis faut que je « travaille » pour payer ma chambre',
		disclosure: 'debt',
		language: 'fr'
	},
	{
		text: "in our scenario maybe Mia's bf says 'you owe me for the phone' and that's how it starts? feels realistic ngl",
		disclosure: null,
		language: 'en'
	},
	{
		text: "i'm dead 💀 who wrote the quiz question about pineapple pizza",
		disclosure: null,
		language: 'en'
	},
	{
		text: "what if Chloe's friend notices she has a new phone and her nails done every week and asks about it? good way to show the signs",
		disclosure: null,
		language: 'en'
	},
	{
		text: "jvais mourir de honte si quelqu'un revoit ma présentation de la semaine passée lol",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "i don't love how the draft makes it sound like the girl should've known better. it's never her fault",
		disclosure: null,
		language: 'en'
	},
	{
		text: "my sister's bf threw her phone and shoved her last week and she's still with him. idk what to do",
		disclosure: 'violence',
		language: 'en'
	},
	{
		text: 'can someone send me the link to the draft? my phone is being trash',
		disclosure: null,
		language: 'en'
	},
	{
		text: "draft line: 'nobody's gonna believe you.' that's what manipulators say, we should show how a girl can answer it",
		disclosure: null,
		language: 'en'
	},
	{
		text: "kinda relate to the locked out scene ngl. slept in the stairwell last night bc she wouldn't open the door",
		disclosure: 'violence',
		language: 'en'
	},
	{
		text: "is it ok if someone lets you stay at their place and then says you have to 'pay them back' with favours? asking for me lol",
		disclosure: 'debt',
		language: 'en'
	},
	{
		text: "is it normal that when he gets mad he holds me so i can't leave the room? asking for the quiz lol",
		disclosure: 'violence',
		language: 'en'
	},
	{
		text: "y ma dit que si jparle de lui a quelqu'un de latelier il envoie mes photos a ma mere",
		disclosure: 'threat',
		language: 'fr'
	},
	{
		text: "not me realizing the 'modeling agency' in our scenario is literally what my weekends are 😅 jk... kinda",
		disclosure: 'exploitation',
		language: 'en'
	},
	{
		text: 'jai pas pu venir hier, javais de la misère à marcher après la chicane. ça va mieux',
		disclosure: 'violence',
		language: 'fr'
	},
	{
		text: "i owe him like 600 for rent and he said we'll figure out how i pay. kinda scared of what that means",
		disclosure: 'debt',
		language: 'en'
	},
	{
		text: 'jai une dette envers toi pour les notes dhier, jte dois un bubble tea fr',
		disclosure: null,
		language: 'fr'
	},
	{ text: "ce gâteau là c'est un crime, qui l'a fait??", disclosure: null, language: 'fr' },
	{
		text: "do we say 'suicide' straight up or 'not wanting to be here'? the research says be direct so i vote direct",
		disclosure: null,
		language: 'en'
	},
	{ text: 'that history test literally murdered me', disclosure: null, language: 'en' },
	{
		text: 'is it normal to want to hurt yourself when things get bad? like every time he yells i do',
		disclosure: 'self-harm',
		language: 'en'
	},
	{
		text: "jaime pas le mot « prostitution » dans la diapo, ça fait juger les filles. exploitation c'est plus juste non?",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "good draft! one thing tho, the girl could say she's scared to go home, that's how it feels when your mom's boyfriend is there. like every night rn",
		disclosure: 'violence',
		language: 'en'
	},
	{
		text: "my best friend keeps getting driven to other cities by this older guy and comes back with cash. she's 15",
		disclosure: 'exploitation',
		language: 'en'
	},
	{
		text: 'idk if this counts but a guy pays my phone bill and i have to go meet his friends whenever he asks',
		disclosure: 'exploitation',
		language: 'en'
	},
	{
		text: "intro idea: ask everyone what 'owing someone' means to them before we get into debt bondage",
		disclosure: null,
		language: 'en'
	},
	{
		text: "ma chum ma volé mon idée pour l'affiche lol jlui en dois une pareil",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "love the scene about the fake account. same thing happening rn, he says he'll post everything if i block him",
		disclosure: 'threat',
		language: 'en'
	},
	{
		text: 'ma soeur part à Ottawa ce weekend « pour travailler » avec son chum, elle a 16 ans pis elle veut pas dire c quoi la job',
		disclosure: 'exploitation',
		language: 'fr'
	},
	{
		text: "the men at those parties give me weed and money and my bf says it's fine bc i'm his girl",
		disclosure: 'exploitation',
		language: 'en'
	},
	{
		text: "don't put my name on anything pls. if he sees it he said he'll make sure i never talk again",
		disclosure: 'threat',
		language: 'en'
	},
	{
		text: 'je trouve que « elle veut plus vivre » cest trop lourd pour une affiche, on pourrait dire « elle se sent au bout du rouleau » à la place?',
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'jai peur de rentrer chez nous ce soir. jpeux tu rester au local plus tard?',
		disclosure: 'violence',
		language: 'fr'
	},
	{
		text: "y me fait « travailler » les fins de semaine pis y garde tout l'argent, y dit que c pour nous deux",
		disclosure: 'exploitation',
		language: 'fr'
	},
	{
		text: 'si jréponds pas ce weekend c que mon beau-père ma encore pris mon cell pis barré dans ma chambre. c rien tkt',
		disclosure: 'violence',
		language: 'fr'
	},
	{
		text: "jsuis pas daccord avec l'aspect clé « les filles doivent dire non ». c pas a nous a porter ça, cest aux gars d'apprendre",
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'jai changé la réplique de la mère : « il lèvera plus jamais la main sur toi, jte le promets ». trop intense?',
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'stats slide says 1 in 4 trafficking victims in canada is under 18. is that right?? source pls',
		disclosure: null,
		language: 'en'
	},
	{
		text: "moi jaurais fait que Mia bloque le gars a la fin pis qu'elle parle a son intervenante. une fin où elle s'en sort ça fait du bien",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "quiz idea: true or false, if someone threatens to share your pics you'll get in trouble too (FALSE)",
		disclosure: null,
		language: 'en'
	},
	{
		text: "giving my hoodies away this week, won't need them. anyway what time is the workshop",
		disclosure: 'self-harm',
		language: 'en'
	},
	{
		text: "opinion: the workshop should say clearly that sending a pic doesn't mean you deserve to have it leaked",
		disclosure: null,
		language: 'en'
	},
	{
		text: 'ma chum Alexa va dans des partys où des hommes payent, elle dit que c juste pour danser mais elle revient jamais avant le matin',
		disclosure: 'exploitation',
		language: 'fr'
	},
	{
		text: 'y a deux ans jai passé au travers dune situation pas facile avec un gars plus vieux. cest fini depuis longtemps, chu suivie pis ça va bien, cest pour ça que jsuis ici',
		disclosure: null,
		language: 'fr'
	},
	{
		text: "good point about the hotline on the poster. saved the number bc i've been thinking about ending it lately",
		disclosure: 'self-harm',
		language: 'en'
	},
	{
		text: 'ma grande soeur a vécu de la violence avec son ex y a genre 8 ans, asteure elle est mariée pis heureuse. elle ma dit que je pouvais en parler ici',
		disclosure: null,
		language: 'fr'
	},
	{ text: 'killing it with the new scene Ana!! 🔥', disclosure: null, language: 'en' },
	{
		text: "mon chum me tient le bras fort quand on sort pis c lui qui decide ou je vais, jpensais que cetait de l'amour avant latelier",
		disclosure: 'violence',
		language: 'fr'
	},
	{
		text: 'key aspect 3 needs a content warning before the video tbh',
		disclosure: null,
		language: 'en'
	},
	{
		text: "pour la scène du bus vers Toronto, on pourrait montrer que Jade sait même pas où elle s'en va. ça montre le déplacement sans rien de graphique",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "the findings say lots of girls were told their debt grows every day. we should explain that's a control tactic, not real money",
		disclosure: null,
		language: 'en'
	},
	{
		text: 'ma chum Maude parle de mourir tout le temps depuis une semaine pis a donne ses affaires, jsais pas quoi faire',
		disclosure: 'self-harm',
		language: 'fr'
	},
	{
		text: 'he put his hands on my neck during a fight but he said sorry and it was only once. red flag or am i overthinking',
		disclosure: 'violence',
		language: 'en'
	},
	{
		text: 'jai tellement faim jpourrais tuer pour une poutine rn',
		disclosure: null,
		language: 'fr'
	},
	{
		text: "role play: person A is the friend, person B keeps saying 'he's just protective'. A has to spot the red flags",
		disclosure: null,
		language: 'en'
	},
	{
		text: 'bonne idée la scene 3 mais la porte barrée c vrai chez nous, ma mere me barre dehors quand elle boit. en tk jaime le scénario',
		disclosure: 'violence',
		language: 'fr'
	},
	{
		text: 'tsé les « partys » où des gars plus vieux invitent des filles de 15 ans? faudrait en parler, selon la recherche ça arrive vraiment à Montréal',
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'omg the snacks today were elite, whoever brought the cookies ily',
		disclosure: null,
		language: 'en'
	},
	{
		text: 'chu morte de rire avec ton dessin de la scene 2 😂😂',
		disclosure: null,
		language: 'fr'
	},
	{
		text: "c'tu normal qu'une dette monte chaque semaine même si tu payes? la mienne ça fait 3 mois",
		disclosure: 'debt',
		language: 'fr'
	},
	{
		text: "great draft, the debt part is so real. i still owe for my phone and food and he decides when i'm done paying",
		disclosure: 'debt',
		language: 'en'
	},
	{
		text: "if i'm not here next week just know i loved working w you guys",
		disclosure: 'self-harm',
		language: 'en'
	},
	{
		text: "je vote pour l'aspect clé #2 (reconnaitre la manipulation). le #4 sur les lois jtrouve ça moins utile pour nous autres",
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'jai donné mon linge pis mes écouteurs à ma soeur, elle en aura plus besoin que moi',
		disclosure: 'self-harm',
		language: 'fr'
	},
	{
		text: "can't leave, i owe too much. he keeps the list on his phone",
		disclosure: 'debt',
		language: 'en'
	},
	{ text: 'this slaps fr, the new poster design is so good', disclosure: null, language: 'en' },
	{
		text: "une fille dans le documentaire disait « jme sentais comme un objet qu'on revend ». on pourrait la citer sur la dernière diapo",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "super bon ton aspect clé sur les « clients ». chu pas capable d'en parler en groupe mais c'est ma vie en ce moment",
		disclosure: 'exploitation',
		language: 'fr'
	},
	{
		text: "lol jdois encore le billet de bus pour Montréal, y me laisse pas l'oublier. bon revenons à la scène 4",
		disclosure: 'debt',
		language: 'fr'
	}
];
