// The original "myths and realities" starter deck, in French and English, a draft for organisations.
// Every card that gives a figure or a legal fact names its source; check them before use (CONTENT.md).
import { DECK_SCHEMA_VERSION, type Card, type DeckDocument } from '#lib/domain/cards/deck.ts';
import type { Localized } from '#lib/domain/programs/document.ts';

/** A card that states neither a figure nor a legal fact. */
const NO_SOURCE = (): Localized => ({ fr: '', en: '' });

/** The offences that make a minor's "yes" meaningless: buying, procuring and trafficking. */
const CRIMINAL_CODE_MINORS = (): Localized => ({
	fr: 'Code criminel, art. 286.1(2), 286.3(2) et 279.011',
	en: 'Criminal Code, ss. 286.1(2), 286.3(2) and 279.011'
});

// Recruitment

const recruitment: Card[] = [
	{
		id: 'card-who-exploiters',
		category: 'recruitment',
		answer: 'myth',
		statement: {
			fr: 'Les personnes qui exploitent sont surtout des inconnus qui font peur.',
			en: 'People who exploit are mostly scary strangers.'
		},
		explanation: {
			fr: 'C’est souvent une personne que la jeune connaît : un « chum », un ami, une personne de la famille, parfois une jeune de son âge. Au début, cette personne est souvent très gentille.',
			en: 'It is often someone the young person knows: a “boyfriend”, a friend, a family member, sometimes someone her own age. At first, this person is often very nice.'
		},
		source: NO_SOURCE()
	},
	{
		id: 'card-fake-boyfriend',
		category: 'recruitment',
		answer: 'reality',
		statement: {
			fr: 'Une personne qui exploite peut se présenter comme un amoureux.',
			en: 'Someone who exploits can act like a boyfriend.'
		},
		explanation: {
			fr: 'Il dit « je t’aime » et promet une belle vie à deux. Ensuite, il se sert de cet amour pour demander des choses. L’amour vrai ne te met pas en danger.',
			en: 'He says “I love you” and promises a great life together. Then he uses that love to ask for things. Real love does not put you in danger.'
		},
		source: NO_SOURCE()
	},
	{
		id: 'card-peer-recruiter',
		category: 'recruitment',
		answer: 'reality',
		statement: {
			fr: 'Une amie ou une jeune de ton âge peut être utilisée pour recruter.',
			en: 'A friend or a girl your age can be used to recruit.'
		},
		explanation: {
			fr: 'Parfois, une personne qui exploite demande à une jeune d’en approcher d’autres. Souvent, cette jeune est elle-même sous son contrôle. La responsabilité revient à la personne qui exploite.',
			en: 'Sometimes a person who exploits asks a young person to approach others. Often, that young person is under his control too. The responsibility belongs to the person who exploits.'
		},
		source: NO_SOURCE()
	},
	{
		id: 'card-only-gangs',
		category: 'recruitment',
		answer: 'myth',
		statement: {
			fr: 'L’exploitation sexuelle, ça arrive seulement dans les gangs de rue.',
			en: 'Sexual exploitation only happens in street gangs.'
		},
		explanation: {
			fr: 'Ça peut arriver partout : en ligne, à l’école, au centre commercial, dans un party ou dans une famille. Les personnes qui exploitent ne portent pas d’uniforme.',
			en: 'It can happen anywhere: online, at school, at the mall, at a party or in a family. People who exploit don’t wear a uniform.'
		},
		source: NO_SOURCE()
	},
	{
		id: 'card-cant-happen-to-me',
		category: 'recruitment',
		answer: 'myth',
		statement: {
			fr: 'Ça ne peut pas m’arriver à moi.',
			en: 'It can’t happen to me.'
		},
		explanation: {
			fr: 'Les personnes qui exploitent sont habiles. Elles visent des besoins que tout le monde a : être aimée, faire partie d’un groupe, avoir de l’argent. Connaître les signaux d’alerte aide à te protéger, toi et tes amies.',
			en: 'People who exploit are skilled. They go after needs everyone has: being loved, belonging to a group, having money. Knowing the warning signs helps protect you and your friends.'
		},
		source: NO_SOURCE()
	},
	{
		id: 'card-boys-and-lgbtq',
		category: 'recruitment',
		answer: 'myth',
		statement: {
			fr: 'Seules les filles peuvent être exploitées.',
			en: 'Only girls can be exploited.'
		},
		explanation: {
			fr: 'Les garçons aussi peuvent être ciblés. Les jeunes de la diversité sexuelle et de genre aussi, surtout quand leur entourage les rejette. Tout le monde mérite d’être cru et aidé.',
			en: 'Boys can be targeted too. So can LGBTQ+ and Two-Spirit youth, especially when the people around them reject them. Everyone deserves to be believed and helped.'
		},
		source: NO_SOURCE()
	},
	{
		id: 'card-warning-signs',
		category: 'recruitment',
		answer: 'reality',
		statement: {
			fr: 'Des cadeaux chers, un nouveau téléphone ou un « chum » beaucoup plus vieux peuvent être des signaux d’alerte.',
			en: 'Expensive gifts, a new phone or a much older “boyfriend” can be warning signs.'
		},
		explanation: {
			fr: 'Ces signaux ne prouvent rien à eux seuls. Mais si une amie change, s’éloigne et garde des secrets, tu peux lui dire que tu es là pour elle. Tu peux aussi en parler à un adulte de confiance.',
			en: 'These signs don’t prove anything on their own. But if a friend changes, pulls away and keeps secrets, you can tell her you are there for her. You can also talk to a trusted adult.'
		},
		source: NO_SOURCE()
	},
	{
		id: 'card-fast-compliments',
		category: 'recruitment',
		answer: 'reality',
		statement: {
			fr: 'Beaucoup de compliments, très vite, c’est parfois un signal d’alerte.',
			en: 'Lots of compliments, very fast, can be a warning sign.'
		},
		explanation: {
			fr: 'Les compliments, ça fait du bien. Mais quand une personne que tu connais à peine te flatte beaucoup et très vite, elle cherche peut-être à gagner ta confiance pour en profiter.',
			en: 'Compliments feel good. But when someone you barely know flatters you a lot, very fast, they may be trying to win your trust so they can take advantage of it.'
		},
		source: NO_SOURCE()
	},
	{
		id: 'card-canada-victims',
		category: 'recruitment',
		answer: 'reality',
		statement: {
			fr: 'Au Canada, la plupart des victimes de traite de personnes connues de la police sont des femmes et des filles.',
			en: 'In Canada, most victims of human trafficking known to police are women and girls.'
		},
		explanation: {
			fr: 'De 2010 à 2020, 96 % des victimes de traite de personnes déclarées par la police étaient des femmes et des filles, et une sur quatre avait moins de 18 ans. Beaucoup de situations ne sont jamais signalées à la police.',
			en: 'From 2010 to 2020, 96% of police-reported victims of human trafficking were women and girls, and one in four was under 18. Many situations are never reported to police.'
		},
		source: {
			fr: 'Statistique Canada, Juristat, « La traite des personnes au Canada, 2020 » (Shana Conroy et Danielle Sutton, 2022)',
			en: 'Statistics Canada, Juristat, “Trafficking in persons in Canada, 2020” (Shana Conroy and Danielle Sutton, 2022)'
		}
	},
	{
		id: 'card-quebec-minors',
		category: 'recruitment',
		answer: 'reality',
		statement: {
			fr: 'Au Québec, en 2020, plus d’une victime de proxénétisme ou de traite de personnes sur trois était mineure.',
			en: 'In Quebec in 2020, more than one in three victims of procuring or human trafficking was a minor.'
		},
		explanation: {
			fr: 'En 2020, 36,4 % des victimes de proxénétisme et de traite de personnes déclarées par la police au Québec avaient moins de 18 ans. C’est pour ça qu’on en parle dès l’adolescence.',
			en: 'In 2020, 36.4% of police-reported victims of procuring and human trafficking in Quebec were under 18. That is why we talk about it in the teen years.'
		},
		source: {
			fr: 'Gouvernement du Québec, plan d’action 2021–2026 « Briser le cycle de l’exploitation sexuelle », p. 9',
			en: 'Government of Quebec, action plan 2021–2026 “Briser le cycle de l’exploitation sexuelle”, p. 9'
		}
	}
];

// Online

const online: Card[] = [
	{
		id: 'card-online-start',
		category: 'online',
		answer: 'reality',
		statement: {
			fr: 'Le recrutement peut commencer sur un réseau social ou dans un jeu en ligne.',
			en: 'Recruitment can start on social media or in an online game.'
		},
		explanation: {
			fr: 'Une personne écrit, fait des compliments, offre des cadeaux ou des crédits de jeu. Puis elle demande de continuer sur une appli privée. C’est un signal d’alerte.',
			en: 'Someone messages you, gives compliments, offers gifts or game credits. Then they ask to keep talking on a private app. That is a warning sign.'
		},
		source: NO_SOURCE()
	},
	{
		id: 'card-private-app',
		category: 'online',
		answer: 'myth',
		statement: {
			fr: 'Quand quelqu’un veut continuer sur une appli privée, c’est juste pour être plus proches.',
			en: 'When someone wants to move to a private app, it’s just to get closer.'
		},
		explanation: {
			fr: 'Changer d’appli et demander le secret, c’est souvent une façon de t’éloigner des gens qui pourraient t’aider. Tu as le droit de dire non et d’en parler.',
			en: 'Moving to another app and asking for secrecy is often a way to keep you away from people who could help. You have the right to say no and to talk about it.'
		},
		source: NO_SOURCE()
	},
	{
		id: 'card-easy-money',
		category: 'online',
		answer: 'myth',
		statement: {
			fr: 'Un inconnu qui t’offre en ligne un contrat de mannequin ou de l’argent facile, c’est une belle chance.',
			en: 'A stranger online offering you a modelling contract or easy money is a great chance.'
		},
		explanation: {
			fr: 'C’est souvent un piège pour gagner ta confiance. Une vraie offre pour une jeune passe par ses parents ou ses tuteurs, sans secret. Tu peux bloquer le compte, le signaler et en parler.',
			en: 'It is often a trap to win your trust. A real offer for a teen goes through her parents or guardians, with no secrets. You can block the account, report it and talk about it.'
		},
		source: NO_SOURCE()
	},
	{
		id: 'card-luring-crime',
		category: 'online',
		answer: 'reality',
		statement: {
			fr: 'Utiliser Internet pour attirer une jeune dans le but de l’exploiter, c’est un crime.',
			en: 'Using the internet to lure a young person in order to exploit her is a crime.'
		},
		explanation: {
			fr: 'Au Canada, communiquer avec une personne de moins de 18 ans par Internet, par texto ou par téléphone pour l’exploiter sexuellement, ça s’appelle du leurre. C’est un crime, même si aucune rencontre n’a lieu.',
			en: 'In Canada, contacting a person under 18 online, by text or by phone in order to sexually exploit them is called luring. It is a crime, even if they never meet.'
		},
		source: {
			fr: 'Code criminel, art. 172.1 (leurre)',
			en: 'Criminal Code, s. 172.1 (luring a child)'
		}
	},
	{
		id: 'card-photo-not-her-fault',
		category: 'online',
		answer: 'myth',
		statement: {
			fr: 'Si une jeune a envoyé une photo intime, c’est sa faute si elle circule.',
			en: 'If a girl sent an intimate photo, it’s her fault if it gets shared.'
		},
		explanation: {
			fr: 'La faute revient à la personne qui partage la photo ou qui fait des menaces. Au Canada, partager une image intime de quelqu’un sans son accord est un crime. Cyberaide.ca et AidezMoiSVP.ca aident les jeunes à faire retirer une image.',
			en: 'The fault belongs to the person who shares the photo or makes threats. In Canada, sharing someone’s intimate image without their consent is a crime. Cybertip.ca and NeedHelpNow.ca help young people get an image taken down.'
		},
		source: {
			fr: 'Code criminel, art. 162.1 ; Centre canadien de protection de l’enfance (Cyberaide.ca, AidezMoiSVP.ca)',
			en: 'Criminal Code, s. 162.1; Canadian Centre for Child Protection (Cybertip.ca, NeedHelpNow.ca)'
		}
	},
	{
		id: 'card-threats-photo',
		category: 'online',
		answer: 'myth',
		statement: {
			fr: 'Si quelqu’un menace de publier ta photo, tu n’as pas le choix de lui obéir.',
			en: 'If someone threatens to post your photo, you have no choice but to do what they say.'
		},
		explanation: {
			fr: 'Tu n’as pas à obéir. Tu peux arrêter de répondre, garder les messages et en parler à un adulte de confiance. Cyberaide.ca peut aussi t’aider, sans te juger.',
			en: 'You don’t have to obey. You can stop answering, keep the messages and talk to a trusted adult. Cybertip.ca can help you too, without judging you.'
		},
		source: {
			fr: 'Centre canadien de protection de l’enfance (Cyberaide.ca)',
			en: 'Canadian Centre for Child Protection (Cybertip.ca)'
		}
	}
];

// Control

const control: Card[] = [
	{
		id: 'card-gift-is-not-debt',
		category: 'control',
		answer: 'myth',
		statement: {
			fr: 'Si quelqu’un m’a fait des cadeaux, je lui dois quelque chose.',
			en: 'If someone gave me gifts, I owe them something.'
		},
		explanation: {
			fr: 'Un cadeau, c’est un cadeau. Si une personne dit que tu lui dois de l’argent ou des services après t’avoir gâtée, c’est un piège pour te contrôler. Tu ne lui dois rien.',
			en: 'A gift is a gift. If someone says you owe them money or favours after spoiling you, it’s a trap to control you. You owe them nothing.'
		},
		source: NO_SOURCE()
	},
	{
		id: 'card-debt-control',
		category: 'control',
		answer: 'reality',
		statement: {
			fr: 'Une dette peut servir à contrôler une personne.',
			en: 'A debt can be used to control someone.'
		},
		explanation: {
			fr: 'Une personne qui exploite peut inventer une dette : un toit, un téléphone, des vêtements, des sorties. Ensuite, elle dit que la jeune doit « rembourser ». Cette dette est un moyen de pression, pas une vraie obligation.',
			en: 'A person who exploits may make up a debt: a place to stay, a phone, clothes, outings. Then they say the young person has to “pay it back”. That debt is a way to pressure her, not a real duty.'
		},
		source: NO_SOURCE()
	},
	{
		id: 'card-isolation',
		category: 'control',
		answer: 'reality',
		statement: {
			fr: 'Éloigner une jeune de ses amies et de sa famille, c’est une façon de la contrôler.',
			en: 'Cutting a girl off from her friends and family is a way to control her.'
		},
		explanation: {
			fr: 'Il dit que tes amies sont jalouses et que ta famille ne te comprend pas. Petit à petit, il devient la seule personne dans ta vie. Garder le lien avec les gens qui t’aiment, ça protège.',
			en: 'He says your friends are jealous and your family doesn’t understand you. Little by little, he becomes the only person in your life. Staying close to people who love you protects you.'
		},
		source: NO_SOURCE()
	},
	{
		id: 'card-no-locks-needed',
		category: 'control',
		answer: 'myth',
		statement: {
			fr: 'Si elle n’est pas enfermée, elle peut partir quand elle veut.',
			en: 'If she isn’t locked up, she can leave whenever she wants.'
		},
		explanation: {
			fr: 'Le contrôle passe souvent par des liens invisibles : l’amour, la peur, la honte, les dettes, les menaces. Partir peut être très difficile, même sans porte barrée.',
			en: 'Control often works through invisible ties: love, fear, shame, debts, threats. Leaving can be very hard, even with no locked door.'
		},
		source: NO_SOURCE()
	},
	{
		id: 'card-mixed-feelings',
		category: 'control',
		answer: 'reality',
		statement: {
			fr: 'On peut aimer une personne qui nous fait du mal.',
			en: 'You can love someone who hurts you.'
		},
		explanation: {
			fr: 'C’est normal d’avoir des sentiments mêlés. Les personnes qui exploitent créent exprès un lien très fort. Ça ne veut pas dire que tu as choisi ce qui t’arrive.',
			en: 'It is normal to have mixed feelings. People who exploit create a very strong bond on purpose. It doesn’t mean you chose what is happening to you.'
		},
		source: NO_SOURCE()
	},
	{
		id: 'card-love-is-not-money',
		category: 'control',
		answer: 'myth',
		statement: {
			fr: 'Quand on aime vraiment quelqu’un, c’est normal de lui rapporter de l’argent pour l’aider.',
			en: 'When you really love someone, it’s normal to bring them money to help them.'
		},
		explanation: {
			fr: 'Dans une relation saine, personne ne te pousse à rencontrer d’autres personnes pour de l’argent. Si on te dit « si tu m’aimes, tu vas le faire », c’est de la manipulation. Tu as le droit de dire non.',
			en: 'In a healthy relationship, no one pushes you to meet other people for money. If someone says “if you love me, you’ll do it”, that is manipulation. You have the right to say no.'
		},
		source: NO_SOURCE()
	}
];

// Consent and rights

const consentAndRights: Card[] = [
	{
		id: 'card-minor-cannot-consent',
		category: 'consent',
		answer: 'myth',
		statement: {
			fr: 'Si une jeune de moins de 18 ans dit oui, ce n’est pas de l’exploitation.',
			en: 'If a girl under 18 says yes, it isn’t exploitation.'
		},
		explanation: {
			fr: 'Au Canada, une personne de moins de 18 ans ne peut pas consentir à être vendue, ni à des activités sexuelles en échange de quoi que ce soit. Son « oui » ne change rien : c’est de l’exploitation, et c’est un crime de la part de la personne qui paie ou qui exploite.',
			en: 'In Canada, a person under 18 cannot consent to being sold, or to sexual activity in exchange for anything. Her “yes” changes nothing: it is exploitation, and a crime by the person who pays or who exploits.'
		},
		source: CRIMINAL_CODE_MINORS()
	},
	{
		id: 'card-seems-to-agree',
		category: 'consent',
		answer: 'myth',
		statement: {
			fr: 'Si elle a l’air d’accord, c’est son choix.',
			en: 'If she seems to agree, it’s her choice.'
		},
		explanation: {
			fr: 'Ce qui ressemble à un accord cache souvent la peur, une dette ou l’amour pour la personne qui exploite. Quand une jeune est mineure, la loi la protège : ce sont les personnes qui paient et qui exploitent qui commettent un crime.',
			en: 'What looks like agreement often hides fear, a debt, or love for the person who exploits her. When a girl is a minor, the law protects her: the people who pay and who exploit are the ones committing a crime.'
		},
		source: CRIMINAL_CODE_MINORS()
	},
	{
		id: 'card-buying-is-a-crime',
		category: 'rights',
		answer: 'reality',
		statement: {
			fr: 'Au Canada, payer pour obtenir des services sexuels d’une personne de moins de 18 ans est un crime.',
			en: 'In Canada, paying for sexual services from a person under 18 is a crime.'
		},
		explanation: {
			fr: 'Payer avec de l’argent, un cadeau, un endroit où dormir ou autre chose, c’est pareil. C’est la personne qui paie qui commet le crime, pas la jeune.',
			en: 'Paying with money, a gift, a place to sleep or anything else is the same. The person who pays commits the crime, not the young person.'
		},
		source: {
			fr: 'Code criminel, art. 286.1(2)',
			en: 'Criminal Code, s. 286.1(2)'
		}
	},
	{
		id: 'card-procuring-is-a-crime',
		category: 'rights',
		answer: 'reality',
		statement: {
			fr: 'Pousser une jeune à offrir des services sexuels, ou profiter de l’argent qu’elle rapporte, est un crime.',
			en: 'Pushing a girl to provide sexual services, or profiting from the money she brings in, is a crime.'
		},
		explanation: {
			fr: 'Au Canada, le proxénétisme et la traite d’une personne de moins de 18 ans sont des crimes graves. La jeune, elle, est une victime, et elle a droit à de l’aide.',
			en: 'In Canada, procuring and trafficking a person under 18 are serious crimes. The young person is a victim, and she has a right to help.'
		},
		source: {
			fr: 'Code criminel, art. 279.011, 286.2(2) et 286.3(2)',
			en: 'Criminal Code, ss. 279.011, 286.2(2) and 286.3(2)'
		}
	},
	{
		id: 'card-never-her-fault',
		category: 'rights',
		answer: 'myth',
		statement: {
			fr: 'Si ça lui arrive, c’est un peu de sa faute.',
			en: 'If it happens to her, it’s partly her fault.'
		},
		explanation: {
			fr: 'Ce n’est jamais la faute de la jeune. Peu importe ses vêtements, ses sorties ou ses erreurs. La responsabilité est toujours celle de la personne qui exploite.',
			en: 'It is never the young person’s fault. No matter her clothes, where she goes or her mistakes. The responsibility always belongs to the person who exploits.'
		},
		source: NO_SOURCE()
	},
	{
		id: 'card-youth-protection',
		category: 'rights',
		answer: 'reality',
		statement: {
			fr: 'Au Québec, une personne qui a des raisons de croire qu’une jeune est exploitée sexuellement doit le signaler à la DPJ.',
			en: 'In Quebec, anyone who has reasons to believe a young person is being sexually exploited must report it to youth protection (the DPJ).'
		},
		explanation: {
			fr: 'Cette règle sert à protéger la jeune, pas à la punir. Le rôle de la DPJ, c’est d’assurer la sécurité des jeunes.',
			en: 'This rule is there to protect the young person, not to punish her. The DPJ’s role is to keep young people safe.'
		},
		source: {
			fr: 'Loi sur la protection de la jeunesse (Québec), art. 39',
			en: 'Youth Protection Act (Quebec), s. 39'
		}
	}
];

// Help

const help: Card[] = [
	{
		id: 'card-help-is-not-betrayal',
		category: 'help',
		answer: 'myth',
		statement: {
			fr: 'Demander de l’aide, c’est trahir quelqu’un.',
			en: 'Asking for help means betraying someone.'
		},
		explanation: {
			fr: 'Demander de l’aide, pour toi ou pour une amie, c’est prendre soin. Ce n’est pas trahir. Les personnes qui exploitent disent souvent le contraire pour que personne ne parle.',
			en: 'Asking for help, for yourself or for a friend, is taking care. It isn’t betrayal. People who exploit often say the opposite so that no one talks.'
		},
		source: NO_SOURCE()
	},
	{
		id: 'card-not-in-trouble',
		category: 'help',
		answer: 'myth',
		statement: {
			fr: 'Si elle demande de l’aide, c’est elle qui va avoir des problèmes avec la loi.',
			en: 'If she asks for help, she’s the one who will get in trouble with the law.'
		},
		explanation: {
			fr: 'Une jeune exploitée est une victime. Les crimes prévus par la loi visent les personnes qui paient et celles qui exploitent. Les intervenantes sont là pour l’aider, pas pour la juger.',
			en: 'A girl who is being exploited is a victim. The crimes in the law target the people who pay and the people who exploit. Youth workers are there to help her, not to judge her.'
		},
		source: {
			fr: 'Code criminel, art. 286.1(2), 286.2(2), 286.3(2) et 286.5',
			en: 'Criminal Code, ss. 286.1(2), 286.2(2), 286.3(2) and 286.5'
		}
	},
	{
		id: 'card-help-lines',
		category: 'help',
		answer: 'reality',
		statement: {
			fr: 'Il existe des lignes d’aide gratuites et confidentielles pour les jeunes.',
			en: 'There are free, confidential help lines for young people.'
		},
		explanation: {
			fr: 'Au Québec, tu peux joindre Tel-jeunes. Partout au Canada, il y a Jeunesse, J’écoute et la Ligne d’urgence canadienne contre la traite des personnes. Tu peux appeler ou écrire, et tu n’as pas à tout raconter.',
			en: 'In Quebec, you can reach Tel-jeunes. Across Canada, there is Kids Help Phone and the Canadian Human Trafficking Hotline. You can call or write, and you don’t have to tell everything.'
		},
		source: NO_SOURCE()
	},
	{
		id: 'card-help-for-a-friend',
		category: 'help',
		answer: 'reality',
		statement: {
			fr: 'Tu peux demander de l’aide pour une amie.',
			en: 'You can ask for help for a friend.'
		},
		explanation: {
			fr: 'Si tu t’inquiètes pour une amie, tu peux en parler à un adulte de confiance ou à une ligne d’aide. Tu n’as pas à régler ça toute seule. Reste son amie : ta présence compte.',
			en: 'If you are worried about a friend, you can talk to a trusted adult or a help line. You don’t have to fix it on your own. Stay her friend: being there matters.'
		},
		source: NO_SOURCE()
	},
	{
		id: 'card-never-too-late',
		category: 'help',
		answer: 'myth',
		statement: {
			fr: 'Quand on est prise là-dedans, c’est trop tard pour s’en sortir.',
			en: 'Once you’re caught up in it, it’s too late to get out.'
		},
		explanation: {
			fr: 'Il n’est jamais trop tard. Des personnes sortent de l’exploitation et reconstruisent leur vie, avec de l’aide. Chaque petit pas compte.',
			en: 'It is never too late. People leave exploitation and rebuild their lives, with help. Every small step counts.'
		},
		source: NO_SOURCE()
	}
];

export const STARTER_DECK: DeckDocument = {
	schemaVersion: DECK_SCHEMA_VERSION,
	title: { fr: 'Mythes et réalités', en: 'Myths and realities' },
	description: {
		fr: 'Ébauche à réviser par des professionnel·les et des jeunes co-conceptrices. Un jeu de cartes pour démêler les mythes et les réalités sur le recrutement, le contrôle, le consentement, les droits et l’aide. Pour chaque carte, on se demande : mythe ou réalité ? Puis on lit l’explication. Tu peux passer une carte ou faire une pause quand tu veux. Les chiffres et les lois sont accompagnés de leur source ; avant d’utiliser le jeu, vérifiez-les et ajoutez les ressources d’aide de votre région.',
		en: 'Draft for review by professionals and youth co-designers. A card game to sort out myths and realities about recruitment, control, consent, rights and getting help. For each card, ask: myth or reality? Then read the explanation. You can pass on a card or take a break whenever you want. Figures and laws come with their source; before using the game, check them and add the help resources in your area.'
	},
	languages: ['fr', 'en'],
	cards: [...recruitment, ...online, ...control, ...consentAndRights, ...help]
};
