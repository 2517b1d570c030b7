// Disclosure corpus, batch 1: written blind (before any detector existed), invented, non-graphic.
import type { DisclosureExample } from '../disclosure-corpus.ts';

export const BATCH_1: DisclosureExample[] = [
	{
		text: 'he keeps asking for pics and i just found out he sells them in a group chat',
		disclosure: 'exploitation',
		language: 'en'
	},
	{
		text: "il m'a dit que si jfais encore un atelier comme ça il va le savoir pis que j'vais le regretter",
		disclosure: 'threat',
		language: 'fr'
	},
	{
		text: "l'atelier etait bon mais honnetement jsuis pas capable de me concentrer, jpense juste a disparaitre pour de bon ces temps ci",
		disclosure: 'self-harm',
		language: 'fr'
	},
	{
		text: "dans le show que jregarde avec ma soeur, y'a une fille qui se fait menacer avec ses photos, on pourrait en parler en atelier",
		disclosure: null,
		language: 'fr'
	},
	{ text: 'tkt je vais être là jeudi, jamène des chips', disclosure: null, language: 'fr' },
	{
		text: "il m'a payé l'hôtel pis la bouffe pendant un mois pis là il dit que c'est à mon tour de « contribuer »",
		disclosure: 'debt',
		language: 'fr'
	},
	{
		text: 'how do you recognize a recruiter online? like what are the first signs',
		disclosure: null,
		language: 'en'
	},
	{
		text: "quand on a fait l'activité sur les signes, j'ai coché genre toutes les cases. il m'amène à des places pis il prend l'argent après",
		disclosure: 'exploitation',
		language: 'fr'
	},
	{ text: 'im so tired lol, can we do the calm activity first', disclosure: null, language: 'en' },
	{
		text: "pour l'atelier sur la violence on pourrait faire un jeu de rôle, mais personne serait obligé de jouer",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "my bf says its just one time with his friend and then we'll have enough for our own apartment",
		disclosure: 'exploitation',
		language: 'en'
	},
	{
		text: 'honestly so done with school this week, too many tests',
		disclosure: null,
		language: 'en'
	},
	{
		text: "jsais pas si c'est de l'exploitation. il me paye le linge pis le cell pis des fois il me demande d'aller 'voir un ami à lui'. c'est correct non?",
		disclosure: 'exploitation',
		language: 'fr'
	},
	{
		text: 'maybe add something about fake job offers like modeling or dancing, since thats a way ppl get recruited',
		disclosure: null,
		language: 'en'
	},
	{
		text: "le mot « dette » c'est pas clair pour les plus jeunes, on pourrait dire « il te fait croire que tu lui dois quelque chose »",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "jsais pas si c'est grave mais une fille de son crew m'a écrit 'we know where you live' après que j'ai bloqué le gars",
		disclosure: 'threat',
		language: 'fr'
	},
	{
		text: "jai pas pu venir à l'atelier jeudi, il m'a enfermée dans la chambre toute la journée",
		disclosure: 'violence',
		language: 'fr'
	},
	{
		text: "il m'a enlevé mon cell pis mes cartes, jpeux pas sortir sans lui. là jécris de l'ordi du centre",
		disclosure: 'violence',
		language: 'fr'
	},
	{
		text: 'the part where he threatens to post her pics needs a next step, like what she can actually do',
		disclosure: null,
		language: 'en'
	},
	{
		text: "je vais mourir de rire, l'animatrice a échappé son café sur les cartes",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "le scénario avec la fille qui se fait payer ses ongles pis après on lui dit qu'elle doit rembourser, c'est trop réaliste, c'est bien",
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'hurt myself again last night after 2 months clean. idk why im writing this on the group app, pls dont show it',
		disclosure: 'self-harm',
		language: 'en'
	},
	{
		text: 'si je parle à mon intervenante il va le savoir, il dit que ça va mal finir pour moi',
		disclosure: 'threat',
		language: 'fr'
	},
	{
		text: 'this quiz is killing me, why are there so many questions',
		disclosure: null,
		language: 'en'
	},
	{
		text: "tsé quand tout le monde serait mieux sans toi. ben c'est ça que jme dis depuis une semaine",
		disclosure: 'self-harm',
		language: 'fr'
	},
	{
		text: "c quoi la différence entre un proxénète pis un recruteur? dans l'atelier on dirait que c'est pareil",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "il faudrait expliquer ce que c'est une dette, genre quand un gars dit « tu me dois ça » c'est de la manipulation",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "ma chum Noémie veut partir de chez son « chum » mais il lui a dit qu'il allait brûler le char de son père si elle le fait",
		disclosure: 'threat',
		language: 'fr'
	},
	{
		text: 'ive been saving up my meds in a box. not saying why. can i talk to someone but not in the group',
		disclosure: 'self-harm',
		language: 'en'
	},
	{
		text: "in the scenario Maya doesnt see that he's isolating her, which is realistic, but then nobody notices either. maybe add a moment where her friend sees she stopped coming to practice and asks if shes ok, without pushing. that would show what we can do for a friend",
		disclosure: null,
		language: 'en'
	},
	{
		text: "the scenario where Zoé's bf hits her is important but maybe put a warning before it",
		disclosure: null,
		language: 'en'
	},
	{
		text: "jme suis refait mal hier soir, ça faisait 3 mois que j'avais arrêté. chu fâchée contre moi",
		disclosure: 'self-harm',
		language: 'fr'
	},
	{
		text: 'my ex keeps texting that he knows where my mom works and that i should think about that before i talk to anyone',
		disclosure: 'threat',
		language: 'en'
	},
	{
		text: "moi jtrouve que le bout sur les menaces avec les photos est trop court, c'est super commun en vrai",
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'i owe my sister a hoodie bc i spilled juice on hers, rip',
		disclosure: null,
		language: 'en'
	},
	{
		text: "il dit que le cell qu'il m'a donné c'était pas un cadeau pis que faut que jle paye, mais pas avec de l'argent",
		disclosure: 'debt',
		language: 'fr'
	},
	{
		text: "chu crevée aujourd'hui, jai dormi genre 4h à cause de mon exam de maths",
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'mon idée : une carte signaux d’alarme avec genre il te coupe de tes amies, il garde ton argent, il te fait des menaces',
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'my phone died in the middle of the video so i missed the end, what happened?',
		disclosure: null,
		language: 'en'
	},
	{
		text: 'jveux pu être là. sorry jsais pas pk jécris ça ici',
		disclosure: 'self-harm',
		language: 'fr'
	},
	{
		text: "my friend showed up with a black eye again and says she fell. third time since christmas and he's always the one picking her up",
		disclosure: 'violence',
		language: 'en'
	},
	{
		text: "i like that the cards say its never the girl's fault. pls keep that",
		disclosure: null,
		language: 'en'
	},
	{
		text: "this older girl keeps dming me that i could make easy money with her 'manager', she knows im in a group home",
		disclosure: 'exploitation',
		language: 'en'
	},
	{
		text: "is it normal that my bf keeps a tab of everything he buys me and says ill 'make it up to him' later?",
		disclosure: 'debt',
		language: 'en'
	},
	{
		text: "he said if i block him he'll post the pics on a page everyone at school follows",
		disclosure: 'threat',
		language: 'en'
	},
	{
		text: "j'ai vu aux nouvelles qu'un gars a été arrêté à Montréal pour avoir recruté des filles dans un centre d'achat, c fou",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "why does the facilitator guide say 'dont ask for details'? i think its good but explain it to us",
		disclosure: null,
		language: 'en'
	},
	{
		text: 'he says i owe him for the bus ticket and the room and that i can pay it back with favors',
		disclosure: 'debt',
		language: 'en'
	},
	{
		text: "jlui dois genre 500 pis là il dit que jpeux le rembourser d'une autre façon, tsé",
		disclosure: 'debt',
		language: 'fr'
	},
	{
		text: 'mon frère me doit encore 20$ depuis noël, il rembourse jamais rien lui',
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'i think the self-harm section should have the help resources right there, not at the very end',
		disclosure: null,
		language: 'en'
	},
	{
		text: "ma meilleure amie a un chum de 24 ans qui la fait rencontrer ses « amis » dans des hôtels le weekend pis c'est lui qui garde l'argent",
		disclosure: 'exploitation',
		language: 'fr'
	},
	{
		text: 'my friend Jade keeps saying she wont be here by summer and she gave me her favorite hoodie. is that bad??',
		disclosure: 'self-harm',
		language: 'en'
	},
	{
		text: "est-ce que c'est vrai que la police peut pas arrêter la fille mais juste le gars? jveux que ce soit clair dans la fiche",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "c'était juste danser dans un club qu'elle disait, mais là faut que jdonne tout mon cash à son chum pis il veut que je fasse plus",
		disclosure: 'exploitation',
		language: 'fr'
	},
	{
		text: 'my coach is gonna murder us at practice tomorrow lol',
		disclosure: null,
		language: 'en'
	},
	{
		text: 'the snacks were actually good today, who brought the muffins',
		disclosure: null,
		language: 'en'
	},
	{
		text: "j'ai recommencé pis je porte des manches longues même quand il fait chaud. personne pose de questions, c'est mieux de même",
		disclosure: 'self-harm',
		language: 'fr'
	},
	{
		text: "une amie m'a dit que les recruteurs sont souvent sur les réseaux sociaux, est-ce que c'est vrai ou c'est juste une rumeur?",
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'since i ran away he paid for everything. now he says i owe him and i do what he says till its paid',
		disclosure: 'debt',
		language: 'en'
	},
	{
		text: 'chu tannée de toute, des fois jme dis que si jmourais demain ça me dérangerait pas',
		disclosure: 'self-harm',
		language: 'fr'
	},
	{
		text: 'my idea: a card that shows what a safe adult does vs what a recruiter does',
		disclosure: null,
		language: 'en'
	},
	{
		text: "the debt card is confusing. maybe explain that a 'gift' you have to pay back isnt a gift",
		disclosure: null,
		language: 'en'
	},
	{
		text: "la carte sur les photos est bonne mais faudrait dire que c'est jamais la faute de la fille si elles sont partagées",
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'je sais pas si c normal mais des fois le soir jpense que ce serait plus simple si je me réveillais pas le lendemain',
		disclosure: 'self-harm',
		language: 'fr'
	},
	{
		text: 'the guy i stay with takes my shoes and my phone so i cant leave when he goes out',
		disclosure: 'violence',
		language: 'en'
	},
	{
		text: "quelqu'un sait si on a le droit d'amener notre cell pendant l'activité ?",
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'idk what to call it but he books the rooms and the guys and i never see any of the money',
		disclosure: 'exploitation',
		language: 'en'
	},
	{
		text: "j'ai trouvé ça dur à écouter la vidéo mais c'est important, peut-être mettre un avertissement avant",
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'my little brother hit me with a pillow and now hes the one crying lmao',
		disclosure: null,
		language: 'en'
	},
	{
		text: "pour la section « prendre soin de soi » jai rien a proposer. moi quand ça va pas jme fais du mal, c'est la seule affaire qui marche",
		disclosure: 'self-harm',
		language: 'fr'
	},
	{
		text: "c'est un mythe que les filles choisissent ça, faudrait le dire plus clairement dans la carte 3",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "pk le personnage de Maya retourne avec lui à la fin? les filles vont se dire que c'est normal",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "is it a crime if someone says they'll hurt your family if you leave? asking for me tbh",
		disclosure: 'threat',
		language: 'en'
	},
	{
		text: "dying at the part where the video froze on the facilitator's face",
		disclosure: null,
		language: 'en'
	},
	{
		text: "la fin de semaine passée le gars chez qui je reste m'a frappée devant ses amis. jsuis pas retournée à l'école depuis",
		disclosure: 'violence',
		language: 'fr'
	},
	{
		text: "mon chum me laisse pu sortir de l'appart quand il est pas là, il barre la porte pis il garde mes clés",
		disclosure: 'violence',
		language: 'fr'
	},
	{
		text: 'he covered my phone bill for months and now says its time to pay him back. not with money',
		disclosure: 'debt',
		language: 'en'
	},
	{
		text: "jpense qu'on devrait pas utiliser le mot 'prostituée' dans l'atelier, ça fait comme si c'était ce qu'elles sont",
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'what hit me the most in the video was how nice the guy is at first',
		disclosure: null,
		language: 'en'
	},
	{
		text: "tsé la carte sur les dettes? ben moi aussi jdois de l'argent à quelqu'un pis il m'a dit comment jvais payer",
		disclosure: 'debt',
		language: 'fr'
	},
	{
		text: "est-ce qu'une fille de 15 ans peut porter plainte elle-même si un gars la force ? genre en général",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "jtrouve ça bien qu'on dise que c'est pas de la faute de la fille, même si elle est retournée le voir",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "une fille du centre me dit que jpourrais faire genre 1000$ par weekend avec son cousin, easy money qu'elle dit. elle arrête pas de me texter",
		disclosure: 'exploitation',
		language: 'fr'
	},
	{
		text: "comment on reconnaît un recruteur ? dans la vidéo il a l'air tellement gentil",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "les cadeaux au début, le cell, les ongles, c'est vraiment comme ça que ça commence. les filles vont se reconnaître",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "mon chum me demande des photos pis j'ai vu qu'il les vend à ses amis. jsais pas quoi faire",
		disclosure: 'exploitation',
		language: 'fr'
	},
	{
		text: "ma chum Alicia doit de l'argent pour du pot à un gars pis il lui dit qu'elle peut faire des « faveurs » à ses amis pour effacer ça",
		disclosure: 'debt',
		language: 'fr'
	},
	{
		text: 'question 2 says debts are always about money but the facilitator said it can be emotional too? confusing',
		disclosure: null,
		language: 'en'
	},
	{
		text: "pour le scénario de Noah, jpense qu'un gars aussi peut se faire exploiter, faudrait pas l'oublier",
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'the song we used for the check-in was kinda sad, maybe pick something calmer',
		disclosure: null,
		language: 'en'
	},
	{
		text: "dans le scénario, Léa se fait manipuler par son chum pis on le voit pas tout de suite, j'aime ça que ce soit subtil",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "idk how i owe him 800 now. he says theres other ways to pay, genre il arrête pas d'en parler",
		disclosure: 'debt',
		language: 'en'
	},
	{
		text: "la question 4 du quiz est mal écrite, on comprend pas si c'est vrai ou faux que c'est de l'exploitation",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "il sait où ma petite soeur va à l'école pis il me le rappelle à chaque fois que jdis non",
		disclosure: 'threat',
		language: 'fr'
	},
	{
		text: "pour la carte sur les menaces, ben moi c'est ça qui se passe. il dit qu'il va faire du mal à mon frère si jparle",
		disclosure: 'threat',
		language: 'fr'
	},
	{
		text: "if i have to do one more icebreaker i swear i'll scream",
		disclosure: null,
		language: 'en'
	},
	{
		text: 'he slapped me in front of everybody at the party saturday. everyone laughed so i guess its normal??',
		disclosure: 'violence',
		language: 'en'
	},
	{
		text: "ma chum m'a fait une crise parce que j'ai mangé ses frites, jvais pu jamais m'en remettre",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "l'atelier etait cool mais la salle était frette en maudit",
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'the role play about saying no to a friend who recruits was awkward but useful ngl',
		disclosure: null,
		language: 'en'
	},
	{
		text: "ma mère pis son chum me frappent quand jrentre tard, c'est pour ça que jdors chez des amies",
		disclosure: 'violence',
		language: 'fr'
	},
	{
		text: 'things got physical with him again. not like bad bad. im fine. just dont tell the others',
		disclosure: 'violence',
		language: 'en'
	},
	{
		text: "la chanson qu'on a écoutée parle d'un gars jaloux qui contrôle sa blonde, j'ai trouvé ça un bon exemple pour commencer",
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'my bf grabbed me really hard when i said i wanted to go home and my wrist still hurts',
		disclosure: 'violence',
		language: 'en'
	},
	{
		text: 'my friend Chloé is 15 and her man posts ads with her pics, she thinks its normal. what do i do',
		disclosure: 'exploitation',
		language: 'en'
	},
	{
		text: "j'ai des bleus sur les bras pis je dis à tout le monde que c'est au basket",
		disclosure: 'violence',
		language: 'fr'
	},
	{
		text: "can we change the character's name? theres a girl named Jade in our group lol",
		disclosure: null,
		language: 'en'
	},
	{
		text: 'idk if i can come next week, he gets mad when i go out and last time he hit me when i got back',
		disclosure: 'violence',
		language: 'en'
	},
	{
		text: "il a fait un compte avec mes photos pis c'est lui qui parle aux gars pis qui prend l'argent",
		disclosure: 'exploitation',
		language: 'fr'
	},
	{
		text: 'jsuis tellement tannée de l’école ces temps ci, vivement l’été',
		disclosure: null,
		language: 'fr'
	},
	{
		text: "ok so the card about 'gifts then favours' is literally my life rn. at first he bought me everything, nails, a phone, food whenever. he was the only one who cared. now he sends me to see people and says thats how couples build something. idk",
		disclosure: 'exploitation',
		language: 'en'
	},
	{
		text: "il dit que si je pars il va envoyer mes photos à ma mère pis à toute l'école",
		disclosure: 'threat',
		language: 'fr'
	},
	{
		text: 'my friend owes this guy for a vape and some clothes and he told her she can work it off at his place',
		disclosure: 'debt',
		language: 'en'
	},
	{
		text: 'il menace de dire à ma famille ce que je fais si jarrête. ma mère me parlerait pu jamais',
		disclosure: 'threat',
		language: 'fr'
	},
	{
		text: "j'ai pas aimé la vidéo, trop longue, genre boring af. jme suis presque endormie",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "je propose une activité où on écrit ce qu'une vraie amie ferait vs ce qu'un recruteur fait",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "mon chum dit que si je l'aime vraiment je vais l'aider à payer le loyer avec des gars. chu pas sûre",
		disclosure: 'exploitation',
		language: 'fr'
	},
	{
		text: "kinda scared to go home after group, he said he'd be waiting and that i know what happens when i talk",
		disclosure: 'threat',
		language: 'en'
	},
	{
		text: "ça serait bien d'avoir une carte avec les ressources qu'on peut appeler la nuit",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "jsuis pas d'accord avec la carte qui dit « parle à un adulte », des fois les jeunes en ont pas d'adulte de confiance, faut donner d'autres options",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "je sais pas si jdevrais dire ça ici mais hier soir ça a mal viré avec lui. on s'est chicanés pour une niaiserie, mon cell, pis il m'a lancé un verre. chu correcte je pense, c'est juste que j'arrête pas d'y penser pis jveux pas retourner là ce soir",
		disclosure: 'violence',
		language: 'fr'
	},
	{
		text: "dans la mise en situation le gars dit « si tu pars je publie tout », faudrait montrer ce qu'elle peut faire après",
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'idk if this counts but sometimes on the metro platform i stand real close to the edge and think about how easy it would be',
		disclosure: 'self-harm',
		language: 'en'
	},
	{
		text: "il a écrit à mes amies avec un faux compte pour leur dire que j'allais « payer » si je revenais pas",
		disclosure: 'threat',
		language: 'fr'
	},
	{
		text: "on pourrait ajouter que les recruteurs c'est des fois des filles, pas juste des gars plus vieux",
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'honestly i dont see the point of waking up anymore. the workshop was fine tho, i liked the cards. i just sit there while everyone talks about the future and i cant picture being there for any of it',
		disclosure: 'self-harm',
		language: 'en'
	},
	{
		text: 'j’ai écrit une lettre pour ma mère, au cas où jsuis pu là la semaine prochaine. jveux pas en parler en groupe',
		disclosure: 'self-harm',
		language: 'fr'
	},
	{
		text: "ma soeur de 15 ans arrive avec des marques pis elle dit que c'est rien, son chum est toujours collé sur elle. chu inquiète en maudit",
		disclosure: 'violence',
		language: 'fr'
	},
	{
		text: "dans le texte « il la frappe parce qu'elle est pas rentrée », c'est peut-être trop direct pour les 13 ans non?",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "ma mère va me tuer si j'oublie encore mon manteau au centre lol",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "my friend's 'boyfriend' told her if she goes to the cops he'll make sure her little brother gets hurt. she made me promise not to tell",
		disclosure: 'threat',
		language: 'en'
	},
	{
		text: "ce qui m'a frappée dans le scénario c'est que personne autour de Jade remarque rien",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "is the word 'pimp' too harsh for the younger ones? or is it better to just say it straight",
		disclosure: null,
		language: 'en'
	},
	{
		text: 'il dit que jlui dois ma part du loyer pis que si jpeux pas payer en argent on va trouver une autre façon',
		disclosure: 'debt',
		language: 'fr'
	},
	{
		text: "est-ce que c normal que ton chum te prenne par le cou quand il est fâché? il dit qu'il fait pas exprès",
		disclosure: 'violence',
		language: 'fr'
	},
	{
		text: "le programme qu'on avait l'an passé au centre c'était juste des powerpoints, celui-là est ben mieux",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "in the show we watched the girl's bf controls her phone and everyone thinks its romantic. could be a good discussion",
		disclosure: null,
		language: 'en'
	},
	{
		text: 'jai failli mourir de honte quand ma voix a craqué en lisant le texte',
		disclosure: null,
		language: 'fr'
	},
	{
		text: "je propose qu'on parle des gars qui disent qu'on leur doit de l'argent pis qu'on peut payer autrement, parce que c'est ce qui m'arrive pis jcomprends pas trop si c'est correct",
		disclosure: 'debt',
		language: 'fr'
	},
	{
		text: "he screenshotted everything and says he'll send it to my foster mom if i dont come back this weekend",
		disclosure: 'threat',
		language: 'en'
	},
	{
		text: "un gars a des vidéos de moi pis il dit qu'il les met en ligne si jlui en envoie pas d'autres",
		disclosure: 'threat',
		language: 'fr'
	},
	{
		text: 'can a 16 year old consent if the guy gives her money? asking for the quiz answer',
		disclosure: null,
		language: 'en'
	},
	{
		text: "il garde une liste de tout ce qu'il m'a acheté, il dit que tant que c'est pas remboursé jsuis à lui",
		disclosure: 'debt',
		language: 'fr'
	},
	{
		text: 'i think the workshop should say boys can be exploited too, not only girls',
		disclosure: null,
		language: 'en'
	},
	{
		text: 'depuis que jsuis en fugue je reste chez une fille plus vieille pis le soir elle me fait aller dans des apparts avec des gars',
		disclosure: 'exploitation',
		language: 'fr'
	},
	{
		text: "jai emprunté 200 à sa soeur pis là c'est lui qui va décider comment jvais rembourser, il a dit en riant que j'ai « d'autres talents »",
		disclosure: 'debt',
		language: 'fr'
	},
	{
		text: "its a myth that girls in this situation are 'easy', the card should say that way louder",
		disclosure: null,
		language: 'en'
	},
	{
		text: "les jeunes au centre parlent tout le temps de faire de l'argent facile, faudrait une activité là-dessus",
		disclosure: null,
		language: 'fr'
	},
	{
		text: "jaime pas trop la fin du scénario, tout se règle trop vite. dans la vraie vie c'est pas de même, la fille retourne souvent le voir plusieurs fois avant de partir pour vrai. ça serait plus honnête de montrer ça, pis de montrer que son amie la lâche pas pareil",
		disclosure: null,
		language: 'fr'
	},
	{
		text: 'saw a news story about guys arrested in Montréal for trafficking teens, maybe the workshop can explain how it works',
		disclosure: null,
		language: 'en'
	},
	{
		text: "il veut que je voie des gars pour lui, il dit que c'est juste pour quelques semaines le temps qu'on se replace",
		disclosure: 'exploitation',
		language: 'fr'
	},
	{
		text: "il m'a poussée contre le mur hier parce que j'avais pas répondu à ses textos assez vite",
		disclosure: 'violence',
		language: 'fr'
	},
	{
		text: "ma dette est rendue à 1200 qu'il dit, jsais même pas comment c'est monté autant. au début c'était le taxi, la bouffe, une place où dormir. là il dit que jvais le rembourser à sa façon pis que j'ai pas vraiment le choix",
		disclosure: 'debt',
		language: 'fr'
	},
	{
		text: 'tbh everybody would be better off without me, im just a problem for my foster family',
		disclosure: 'self-harm',
		language: 'en'
	},
	{
		text: "suggestion: dont use the word 'client' in the cards, say what he really is",
		disclosure: null,
		language: 'en'
	},
	{
		text: 'the scenario makes it look like only runaways get exploited but it can happen to anyone',
		disclosure: null,
		language: 'en'
	},
	{ text: "ce quiz là me tue, j'ai eu 3 sur 10 mdr", disclosure: null, language: 'fr' },
	{
		text: "ma chum Maya a écrit sur son snap qu'elle allait prendre toutes ses pilules ce soir pis elle répond pu à personne",
		disclosure: 'self-harm',
		language: 'fr'
	},
	{
		text: 'the old program they did at the center was just a lecture, this one feels more like us',
		disclosure: null,
		language: 'en'
	}
];
